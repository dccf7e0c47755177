import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_RULES, judgeScan, showBytes } from '../../../../src-main/core/peripherals/scan-rules.ts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const rules = { ...DEFAULT_SCAN_RULES, isKnownSerial: (t: string) => t === '000123456789' };

describe('judging a scanned line', () => {
  it('takes a known serial and an asset tag', () => {
    expect(judgeScan(bytes('000123456789'), rules)).toEqual({ ok: true, text: '000123456789', kind: 'serial' });
    expect(judgeScan(bytes(' AT-00042 '), rules)).toEqual({ ok: true, text: 'AT-00042', kind: 'asset-tag' });
  });

  it('rejects garbled bytes without ever passing them on', () => {
    const v = judgeScan(Uint8Array.from([0x41, 0x54, 0xff, 0x00, 0x31]), rules);
    expect(v).toMatchObject({ ok: false, shown: 'AT\\xff\\x001' });
    expect(v && !v.ok && v.reason).toMatch(/garbled/);
  });

  it('rejects text that is neither a known serial nor an asset tag', () => {
    const v = judgeScan(bytes('hello world!'), rules);
    expect(v).toMatchObject({ ok: false });
    expect(v && !v.ok && v.reason).toMatch(/neither a serial number this station knows nor an asset tag/);
  });

  it('ignores a blank line', () => {
    expect(judgeScan(bytes('   '), rules)).toBeNull();
  });

  it('shows bytes safely and shortens long ones', () => {
    expect(showBytes(bytes('a\tb'))).toBe('a\\x09b');
    expect(showBytes(bytes('x'.repeat(100)), 10)).toBe('xxxxxxxxxx...');
  });
});
