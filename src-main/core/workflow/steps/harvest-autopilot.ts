import { z } from 'zod';
import { defineStep, type HarvestRecord, type StepContext, type StepOutcome } from '../types.ts';
import { sleep } from '../wait.ts';
import { done, failed, modelName, needsTech, where } from './outcome.ts';

/**
 * Harvests the Autopilot hardware hash: Power + Volume Down makes the HoloLens 2 write AutopilotDiagnostics.zip
 * into Documents; the Autopilot service reads the hash from it and records it (and queues it for upload with the
 * manifest's group tag and user). The harvested record is kept in the step's scratch so a rerun never asks twice.
 */
export const harvestAutopilotStep = defineStep({
  kind: 'harvest-autopilot',
  label: 'Harvest hash',
  params: z.strictObject({}),
  requires: { ports: ['autopilot'] },
  notApplicableTo: (d) =>
    d.model === 'hololens2' ? null : `${modelName(d.model)} has no Autopilot hash (Autopilot is for HoloLens 2 only)`,
  run: (ctx, _p, signal) => harvest(ctx, signal),
});

const COLLECTING_POLL_MS = 250;

async function harvest(ctx: StepContext, signal: AbortSignal): Promise<StepOutcome> {
  const port = ctx.ports.autopilot;
  if (!port) return failed('no-autopilot', 'Autopilot is not set up', 'This station was started without Autopilot.');
  const d = ctx.device;
  const known = ctx.scratch.get().harvest as HarvestRecord | undefined;
  if (known) return done({ ...known });
  if (d.model !== 'hololens2') {
    return failed(
      'autopilot-hololens2-only',
      'Autopilot is for HoloLens 2',
      `${where(d)} is not a HoloLens 2; Autopilot does not support it. Set it aside.`,
    );
  }
  let state = await port.diagnosticsState(d, signal);
  // The device is busy writing the zip (seconds to a minute): keep watching rather than asking the tech anything.
  while (state === 'collecting' && !signal.aborted) {
    await sleep(COLLECTING_POLL_MS, signal);
    state = await port.diagnosticsState(d, signal);
  }
  if (state === 'none') {
    return needsTech({
      title: 'Collect the Autopilot hash',
      detail: `On ${where(d)}, press Power + Volume Down together and let go.`,
      chord: 'power-volume-down',
      deviceShould: 'After a few seconds AutopilotDiagnostics.zip appears in Documents.',
      sim: [{ act: 'power-volume-down' }],
    });
  }
  if (state === 'no-storage') {
    return needsTech({
      title: 'Show its files',
      detail: `The station cannot see the files on ${where(d)}. Put it on and sign in (or go back to the first setup page) so its storage appears.`,
      sim: [{ act: 'unlock' }],
    });
  }
  const row = ctx.manifestRow;
  const rec = await port.harvest(
    d,
    { groupTag: row?.groupTag ?? null, assignedUser: row?.assignedUser ?? null },
    signal,
  );
  if (rec.serialNumber.toUpperCase() !== d.serial.toUpperCase()) {
    return failed(
      'autopilot-serial-mismatch',
      'The hash belongs to another device',
      `The AutopilotDiagnostics.zip on ${where(d)} is for serial ${rec.serialNumber}. Delete it from Documents and press Power + Volume Down again.`,
    );
  }
  ctx.scratch.set({ harvest: rec });
  return done({ ...rec });
}
