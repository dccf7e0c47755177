import { z } from 'zod';
import { buildAtLeast, parseBuild } from '../../knowledge/builds.ts';
import { defineStep, type StepContext, type StepOutcome } from '../types.ts';
import { done, failed, modelName, needsTech, where } from './outcome.ts';

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
    p.model && d.model !== p.model ? `it is ${modelName(d.model)}, not ${modelName(p.model)}` : null,
  run: (ctx, p) => gate(ctx, p),
});

async function gate(ctx: StepContext, p: Params): Promise<StepOutcome> {
  const d = ctx.device;
  if (p.model && d.model !== p.model) {
    return failed(
      'gate-model',
      'Wrong model for this batch',
      `This batch is for ${modelName(p.model)}; ${where(d)} is ${modelName(d.model)}. Set it aside.`,
    );
  }
  if (d.mode === 'flashing') {
    return needsTech({
      title: 'Start it normally',
      detail: `${cap(where(d))} is in flashing mode. Hold Power for 15 seconds until all lights are off, then press Power once.`,
      chord: 'hold-power-15s',
      deviceShould: 'It starts normally (all lights go out, then it boots).',
      sim: [{ act: 'hold-power-15s' }, { act: 'press-power' }],
    });
  }
  const unknown: string[] = [];
  if (p.buildMin) {
    const ok = d.build === null ? undefined : buildAtLeast(d.build, p.buildMin);
    if (ok === false) {
      return failed(
        'gate-build',
        'Its OS is too old',
        `${cap(where(d))} runs build ${d.build}; this batch needs ${p.buildMin} or newer. Update it from Settings or reflash it, then run it again.`,
      );
    }
    if (ok === undefined) unknown.push(`the OS build is ${p.buildMin} or newer (Settings > System > About)`);
  }
  if (p.unlocked) {
    let locked = d.locked;
    if (locked === null && ctx.ports.storage) locked = (await ctx.ports.storage.state(d)) === 'no-storage';
    if (locked === true) {
      return needsTech({
        title: 'Unlock it',
        detail: `Put on ${where(d)} and sign in so it unlocks.`,
        deviceShould: 'The Start menu shows.',
        sim: [{ act: 'unlock' }],
      });
    }
    if (locked === null) unknown.push('it is unlocked (signed in, Start menu showing)');
  }
  if (p.batteryMin !== undefined) {
    const b = d.batteryPercent;
    if (b === null) unknown.push(`the battery is at ${p.batteryMin}% or more`);
    else if (b < p.batteryMin) {
      return needsTech({
        title: `Let it charge to ${p.batteryMin}%`,
        detail: `${cap(where(d))} is at ${b}%. Leave it plugged in; it carries on by itself at ${p.batteryMin}%.`,
        deviceShould: `The battery reaches ${p.batteryMin}%.`,
        sim: [{ charge: p.batteryMin }],
      });
    }
  }
  if (unknown.length > 0 && !ctx.confirmed) {
    return needsTech({
      title: 'Check it and confirm',
      detail: `The station cannot read this from ${where(d)}. Check that ${unknown.join(', and that ')}, then press Confirm.`,
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

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
