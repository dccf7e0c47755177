import { describe, expect, it } from 'vitest';
import { parseWarehouseUrl, withoutSecret } from '../../../../src-main/core/warehouse/connection.ts';

describe('the warehouse address is checked at the edge and shown without its password', () => {
  it.each([
    [
      'postgres://bench:s3cret@db.example:5432/wh?sslmode=verify-full',
      'postgres://bench@db.example:5432/wh?sslmode=verify-full',
      'verify-full',
    ],
    ['postgresql://bench@db/wh', 'postgresql://bench@db/wh', null],
    ['postgres://bench:p%40ss@10.0.0.5/wh?sslmode=disable', 'postgres://bench@10.0.0.5/wh?sslmode=disable', 'disable'],
  ])('%s is shown as %s (sslmode %s)', (url, display, sslmode) => {
    const t = parseWarehouseUrl(url);
    expect(t.display).toBe(display);
    expect(t.sslmode).toBe(sslmode);
    expect(t.connectionString).toBe(url);
  });

  it.each([
    ['http://db/wh', /must start with postgres:\/\//],
    ['db.example:5432', /must start with postgres|not a URL/],
    ['postgres://db/wh?sslmode=maybe', /sslmode must be one of/],
    ['not a url', /not a URL/],
  ])('%s is refused with one clear line', (url, why) => {
    expect(() => parseWarehouseUrl(url)).toThrow(why);
  });

  it('takes the password out of any text that echoes it, plain or URL-encoded', () => {
    const t = parseWarehouseUrl('postgres://bench:p%40ss@db/wh');
    expect(t.password).toBe('p@ss');
    expect(withoutSecret(`failed for postgres://bench:p%40ss@db/wh with p@ss`, t)).toBe(
      'failed for postgres://bench@db/wh with ***',
    );
  });
});
