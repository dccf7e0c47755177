import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FfsGadgetHost } from '../../src-main/core/mtp/ffs-gadget.ts';
import { MtpStorage } from '../../src-main/core/mtp/mtp-storage.ts';
import { startUmtprd, umtprdMissing } from '../../test/support/umtprd.ts';

export interface UmtprdRates {
  pushMbS: number;
  pushVerifiedMbS: number;
  pullMbS: number;
}

/**
 * The station's push and pull through uMTP-Responder over ffs-loopback sockets: a real device-side implementation
 * writing to a real file system, so this includes its costs too. Null, with the reason, where it cannot run.
 */
export async function umtprdRates(source: string, size: number): Promise<UmtprdRates | { skipped: string }> {
  const missing = umtprdMissing();
  if (missing) return { skipped: missing };
  const root = mkdtempSync(join(tmpdir(), 'holobench-bench-umtprd-'));
  mkdirSync(join(root, 'store', 'Documents'), { recursive: true });
  const host = await FfsGadgetHost.listen(join(root, 'ffs'));
  const device = startUmtprd({ storeDir: join(root, 'store'), ffsDir: join(root, 'ffs') });
  try {
    const gadget = await host.waitForGadget(10_000);
    const storage = await MtpStorage.open(gadget.pipe, { timeoutMs: 20_000, events: false });
    const rate = async (run: () => Promise<unknown>) => {
      const t = performance.now();
      await run();
      return Math.round(size / 1e6 / ((performance.now() - t) / 1000));
    };
    const pushMbS = await rate(() => storage.push(source, 'Internal Storage/Documents', { verify: false }));
    const pushVerifiedMbS = await rate(() => storage.push(source, 'Internal Storage/Documents'));
    const pulled = join(root, 'pulled.bin');
    const name = source.split('/').pop()!;
    const pullMbS = await rate(() => storage.pull(`Internal Storage/Documents/${name}`, pulled));
    await storage.close();
    return { pushMbS, pushVerifiedMbS, pullMbS };
  } finally {
    await device.stop();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  }
}
