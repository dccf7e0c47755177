import { z } from 'zod';
import { defineStep, type HarvestRecord, type StepContext, type StepOutcome } from '../types.ts';
import { sleep } from '../wait.ts';
import { done, failed, modelName, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';
import { words } from '../../ledger/words.ts';

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
    d.model === 'hololens2' ? null : say('workflow:harvest.notApplicable', { model: modelName(d.model) }),
  run: (ctx, _p, signal) => harvest(ctx, signal),
});

const COLLECTING_POLL_MS = 250;

async function harvest(ctx: StepContext, signal: AbortSignal): Promise<StepOutcome> {
  const port = ctx.ports.autopilot;
  if (!port)
    return failed(
      'no-autopilot',
      words('workflow:harvest.noAutopilot.title'),
      words('workflow:harvest.noAutopilot.message'),
    );
  const d = ctx.device;
  const known = ctx.scratch.get().harvest as HarvestRecord | undefined;
  if (known) return done({ ...known });
  if (d.model !== 'hololens2') {
    return failed(
      'autopilot-hololens2-only',
      words('workflow:harvest.hl2Only.title'),
      words('workflow:harvest.hl2Only.message', where(d)),
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
      title: say('workflow:harvest.collect.title'),
      detail: say('workflow:harvest.collect.detail', where(d)),
      chord: 'power-volume-down',
      deviceShould: say('workflow:harvest.collect.should'),
      sim: [{ act: 'power-volume-down' }],
    });
  }
  if (state === 'no-storage') {
    return needsTech({
      title: say('workflow:harvest.files.title'),
      detail: say('workflow:harvest.files.detail', where(d)),
      // The simulated technician does what the card means on either kind of device: unlocks one that is signed
      // out; at the setup page, where nothing unlocks, Power + Volume Down shows the storage with the new zip.
      sim: [{ act: 'unlock' }, { act: 'power-volume-down' }],
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
      words('workflow:harvest.mismatch.title'),
      words('workflow:harvest.mismatch.message', { ...where(d), other: rec.serialNumber }),
    );
  }
  ctx.scratch.set({ harvest: rec });
  return done({ ...rec });
}
