import { z } from 'zod';
import { defineStep, type Scan } from '../types.ts';
import { done, failed, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';
import { words } from '../../ledger/words.ts';

const Params = z.strictObject({
  /** Refuse devices that are not in the manifest instead of only flagging them. */
  requireManifest: z.boolean().default(false),
  /** Ask the tech to scan a label (asset tag or serial) to tie the physical unit to its USB identity. */
  scan: z.enum(['none', 'asset-tag', 'serial', 'either']).default('none'),
});

/** Records what the station knows about the device, with its manifest values and (optionally) a scanned label. */
export const identifyStep = defineStep({
  kind: 'identify',
  label: 'Identify',
  params: Params,
  run: (ctx, p) => {
    const d = ctx.device;
    const row = ctx.manifestRow;
    if (p.requireManifest && !row) {
      return Promise.resolve(
        failed(
          'not-in-manifest',
          words('workflow:identify.notInManifest.title'),
          words('workflow:identify.notInManifest.message', where(d)),
        ),
      );
    }
    let scanned = (ctx.scratch.get().scan as Scan | undefined) ?? null;
    if (p.scan !== 'none' && !scanned) {
      if (!ctx.scan) {
        const simText = p.scan === 'serial' ? d.serial : (row?.assetTag ?? d.serial);
        return Promise.resolve(
          needsTech({
            title: say(`workflow:identify.scan.${p.scan}.title`),
            detail: say(`workflow:identify.scan.${p.scan}.detail`, where(d)),
            scan: p.scan,
            sim: [{ scan: simText }],
          }),
        );
      }
      scanned = ctx.scan;
      ctx.scratch.set({ scan: scanned });
    }
    return Promise.resolve(
      done({
        serial: d.serial,
        model: d.model,
        mode: d.mode,
        build: d.build,
        batteryPercent: d.batteryPercent,
        portPath: d.portPath,
        inManifest: row !== null,
        deviceName: row?.deviceName ?? null,
        assetTag: scanned?.kind === 'asset-tag' ? scanned.text : (row?.assetTag ?? null),
        scanned,
      }),
    );
  },
});
