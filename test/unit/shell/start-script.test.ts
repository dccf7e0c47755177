import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const START = join(import.meta.dirname, '../../../scripts/start.mjs');

describe('npm start without an Electron binary', () => {
  it('prints one line that points to npm run serve, and no stack trace', () => {
    const r = spawnSync(process.execPath, [START], {
      env: { ...process.env, HOLOBENCH_ELECTRON: '/nonexistent/electron' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run serve');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
