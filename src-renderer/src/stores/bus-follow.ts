/**
 * Following one device through a recovery procedure. Its USB identity changes when it changes mode (a HoloLens in
 * flashing mode is another USB device, or a Qualcomm one without drivers), so it is followed by the physical port.
 */
import type { DeviceView, Mode, Model } from '../../../src-main/shared/contract/devices.ts';
import type { RecoveryStep } from '../../../src-main/shared/contract/enrollment.ts';

export interface Followed {
  deviceId: string;
  portPath: string;
  model: Model;
}

export interface Observation {
  present: boolean;
  mode: Mode | null;
  model: Model | null;
  deviceId: string | null;
}

export const ABSENT: Observation = { present: false, mode: null, model: null, deviceId: null };

/** What is on the followed port now: the followed device itself if present, else any HoloLens-like device. */
export function observePort(followed: Followed, byId: Record<string, DeviceView>): Observation {
  const onPort = Object.values(byId).filter(
    (d) => d.present && d.portPath === followed.portPath && d.kind !== 'not-hololens',
  );
  const d = onPort.find((x) => x.id === followed.deviceId) ?? onPort[0];
  return d ? { present: true, mode: d.mode, model: d.model, deviceId: d.id } : ABSENT;
}

export function sameObservation(a: Observation | null, b: Observation): boolean {
  return a !== null && a.present === b.present && a.mode === b.mode && a.model === b.model;
}

/** Whether the bus shows what a step expects. In flashing mode any identity counts (a Qualcomm one too). */
export function expectationMet(step: RecoveryStep, seen: Observation, followed: Followed): boolean {
  const e = step.busExpectation;
  if (!e) return false;
  if (e.kind === 'device-gone') return !seen.present;
  if (!seen.present || seen.mode !== e.mode) return false;
  if (e.mode === 'flashing') return true;
  return seen.model === followed.model || seen.model === 'unknown' || followed.model === 'unknown';
}

export interface Advance {
  /** The step to show next (steps.length when the procedure is complete). */
  index: number;
  /** Steps the bus confirmed, including hand steps it skipped because their result is now visible. */
  confirmed: string[];
}

/**
 * Moves the wizard on after a change on the bus. The current step advances when the bus meets its expectation.
 * When the device shows up in a new mode, steps done by hand before a later "device present" step are taken as
 * done too: a device that appears in flashing mode had its buttons held.
 */
export function advanceOnBus(
  steps: readonly RecoveryStep[],
  index: number,
  seen: Observation,
  followed: Followed,
): Advance | null {
  for (let j = index; j < steps.length; j++) {
    const step = steps[j];
    if (!step) break;
    if (!step.busExpectation) continue;
    const lookingAhead = j > index;
    if (lookingAhead && step.busExpectation.kind !== 'device-present') return null;
    if (!expectationMet(step, seen, followed)) return null;
    return { index: j + 1, confirmed: steps.slice(index, j + 1).map((s) => s.id) };
  }
  return null;
}

export function describeObservation(seen: Observation, portPath: string): string {
  if (!seen.present) return `Nothing on port ${portPath} right now.`;
  const mode = seen.mode === 'flashing' ? 'in flashing mode' : seen.mode === 'normal' ? 'running normally' : '';
  return `A device is on port ${portPath}${mode ? `, ${mode}` : ''}.`;
}
