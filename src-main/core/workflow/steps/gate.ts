import { z } from 'zod';
import { buildAtLeast, parseBuild } from '../../knowledge/builds.ts';
import { defineStep, type StepContext, type StepOutcome } from '../types.ts';
import { done, failed, modelName, modelWords, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';
import { words } from '../../ledger/words.ts';

const Params = z
  .strictObject({
    batteryMin: z.number().int().min(1).max(100).optional(),
    buildMin: z
      .string()
      .refine((b) => parseBuild(b) !== null, 'must be a build number like 19041.1103')
      .optional(),
    unlocked: z.boolean().optional(),
    model: z.enum(['hololens1', 'hololens2']).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'needs at least one of batteryMin, buildMin, unlocked, model',
  });
type Params = z.infer<typeof Params>;

/**
 * Lets a device through only when it meets the profile's conditions. What the tech can fix (charge, unlock,
 * restart out of flashing mode) becomes the next action; what he cannot (wrong model, old OS) fails the device
 * with the reason. A condition the station cannot read is shown to the tech to check and confirm.
 */
export const gateStep = defineStep({
  kind: 'gate',
  label: 'Check',
  params: Params,
  notApplicableTo: (d, p) =>
    p.model && d.model !== p.model
      ? say('workflow:gate.notFor', { model: modelName(d.model), wanted: modelName(p.model) })
      : null,
  run: (ctx, p) => gate(ctx, p),
});

async function gate(ctx: StepContext, p: Params): Promise<StepOutcome> {
  const d = ctx.device;
  if (p.model && d.model !== p.model) {
    return failed(
      'gate-model',
      words('workflow:gate.model.title'),
      words('workflow:gate.model.message', { ...where(d), wanted: modelWords(p.model), model: modelWords(d.model) }),
    );
  }
  if (d.mode === 'flashing') {
    return needsTech({
      title: say('workflow:gate.flashing.title'),
      detail: say('workflow:gate.flashing.detail', where(d)),
      chord: 'hold-power-15s',
      deviceShould: say('workflow:gate.flashing.should'),
      sim: [{ act: 'hold-power-15s' }, { act: 'press-power' }],
    });
  }
  const unknown: string[] = [];
  if (p.buildMin) {
    const ok = d.build === null ? undefined : buildAtLeast(d.build, p.buildMin);
    if (ok === false) {
      return failed(
        'gate-build',
        words('workflow:gate.build.title'),
        words('workflow:gate.build.message', { ...where(d), build: d.build, min: p.buildMin }),
      );
    }
    if (ok === undefined) unknown.push(say('workflow:gate.check.build', { min: p.buildMin }));
  }
  if (p.unlocked) {
    let locked = d.locked;
    if (locked === null && ctx.ports.storage) locked = (await ctx.ports.storage.state(d)) === 'no-storage';
    if (locked === true) {
      return needsTech({
        title: say('workflow:gate.unlock.title'),
        detail: say('workflow:gate.unlock.detail', where(d)),
        deviceShould: say('workflow:startMenu'),
        sim: [{ act: 'unlock' }],
      });
    }
    if (locked === null) unknown.push(say('workflow:gate.check.unlocked'));
  }
  if (p.batteryMin !== undefined) {
    const b = d.batteryPercent;
    if (b === null) unknown.push(say('workflow:gate.check.battery', { min: p.batteryMin }));
    else if (b < p.batteryMin) {
      return needsTech({
        title: say('workflow:gate.charge.title', { min: p.batteryMin }),
        detail: say('workflow:gate.charge.detail', { ...where(d), level: b, min: p.batteryMin }),
        deviceShould: say('workflow:gate.charge.should', { min: p.batteryMin }),
        sim: [{ charge: p.batteryMin }],
      });
    }
  }
  if (unknown.length > 0 && !ctx.confirmed) {
    return needsTech({
      title: say('workflow:gate.confirm.title'),
      detail: say('workflow:gate.confirm.detail', { ...where(d), checks: unknown }),
      confirm: true,
      sim: [{ confirm: true }],
    });
  }
  return done({
    model: d.model,
    batteryPercent: d.batteryPercent,
    build: d.build,
    locked: d.locked,
    checkedByTech: unknown,
  });
}
