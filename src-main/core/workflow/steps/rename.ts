import { z } from 'zod';
import { defineStep } from '../types.ts';
import { done, failed, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';
import { words } from '../../ledger/words.ts';

const Params = z.strictObject({
  /** Fail a device whose manifest row has no name instead of carrying on without one. */
  required: z.boolean().default(false),
  /** Ask the tech to apply the name (in the MDM or Settings) and confirm, instead of only recording it. */
  coach: z.boolean().default(false),
});

/**
 * Records the device name from the manifest. The station cannot rename a HoloLens over USB: the name is applied
 * by the MDM (or Device Portal in developer mode), so this step records it and, when asked, coaches the tech.
 */
export const renameStep = defineStep({
  kind: 'rename',
  label: 'Name',
  params: Params,
  run: (ctx, p) => {
    const d = ctx.device;
    const name = ctx.manifestRow?.deviceName ?? null;
    if (!name) {
      if (p.required) {
        return Promise.resolve(
          failed(
            'no-device-name',
            words('workflow:rename.noName.title'),
            words('workflow:rename.noName.message', where(d)),
          ),
        );
      }
      return Promise.resolve(done({ name: null, applied: 'none' }));
    }
    if (p.coach && !ctx.confirmed && ctx.scratch.get().confirmed !== true) {
      return Promise.resolve(
        needsTech({
          title: say('workflow:rename.title', { name }),
          detail: say('workflow:rename.detail', { ...where(d), name }),
          confirm: true,
          sim: [{ confirm: true }],
        }),
      );
    }
    if (p.coach) ctx.scratch.set({ confirmed: true });
    return Promise.resolve(done({ name, applied: p.coach ? 'confirmed-by-tech' : 'recorded' }));
  },
});
