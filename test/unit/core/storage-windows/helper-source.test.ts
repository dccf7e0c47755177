import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WpdHelperClient, WpdHelperError } from '../../../../src-main/core/storage-windows/helper-client.ts';
import { RESOURCES, tempDir } from '../../../support/station.ts';

const HELPER_DIR = join(RESOURCES, 'windows', 'wpd-helper');
const has = (tool: string) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
const mcs = has('mcs');
const mono = has('mono');

/**
 * The Windows helper is C# for .NET Framework 4.x. No Windows here: mono's C# compiler checks every line of it
 * (the COM declarations included), and mono's runtime runs its message loop, where everything that does not need
 * Windows' COM can be checked against the station's own client.
 */
describe.skipIf(!mcs)('the Windows storage helper source (compiled with mono mcs)', () => {
  const dir = tempDir();
  const exe = join(dir.path, 'HoloBenchWpd.exe');
  beforeAll(() => {
    const sources = readdirSync(HELPER_DIR)
      .filter((f) => f.endsWith('.cs'))
      .map((f) => join(HELPER_DIR, f));
    execFileSync('mcs', ['-target:exe', '-warnaserror+', `-out:${exe}`, ...sources], { stdio: 'pipe' });
  }, 60_000);
  afterAll(() => dir.remove());

  it('compiles without warnings', () => {
    expect(readdirSync(dir.path)).toContain('HoloBenchWpd.exe');
  });

  it.skipIf(!mono)(
    'speaks protocol 1 to the station client; without Windows COM it answers with errors, never dies',
    async () => {
      const client = await WpdHelperClient.start({ command: 'mono', args: [exe] }, { requestTimeoutMs: 20_000 });
      try {
        const error = await client.request('devices', {}).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WpdHelperError);
        expect((error as WpdHelperError).wpdCode).toBe('failed');
        await expect(client.request('open', {} as { device: string })).rejects.toMatchObject({
          wpdCode: 'bad-request',
        });
        expect(await client.request('cancel', { target: 99 })).toEqual({});
      } finally {
        await client.close();
      }
    },
    30_000,
  );
});
