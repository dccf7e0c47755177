/**
 * Following one device through a recovery procedure, decided here and sent to the screen as events: its USB
 * identity changes when it changes mode (a HoloLens in flashing mode is another USB device, or a Qualcomm one
 * without drivers), so it is followed by the physical port.
 */
import type { DeviceView, Mode, Model } from '../../shared/contract/devices.ts';
import type { RecoveryStep } from '../../shared/contract/recovery.ts';
import { busExpectationMet } from './procedures.ts';
import { words } from './words.ts';

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
export function observePort(followed: Followed, devices: readonly DeviceView[]): Observation {
  const onPort = devices.filter((d) => d.present && d.portPath === followed.portPath && d.kind !== 'not-hololens');
  const d = onPort.find((x) => x.id === followed.deviceId) ?? onPort[0];
  return d ? { present: true, mode: d.mode, model: d.model, deviceId: d.id } : ABSENT;
}

export function sameObservation(a: Observation | null, b: Observation): boolean {
  return a !== null && a.present === b.present && a.mode === b.mode && a.model === b.model;
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
    const expectation = step.busExpectation;
    if (!expectation) continue;
    if (j > index && expectation.kind !== 'device-present') return null;
    if (!busExpectationMet(expectation, seen, followed.model)) return null;
    return { index: j + 1, confirmed: steps.slice(index, j + 1).map((s) => s.id) };
  }
  return null;
}

/** What the station tells the technician when the bus moved the wizard on: one whole sentence per case. */
export function busAnnouncement(seen: Observation, port: string, index: number, total: number): string {
  const what = !seen.present ? 'gone' : seen.mode === 'flashing' ? 'flashing' : 'running';
  return index >= total
    ? words(`follow.${what}.all-done`, { port })
    : words(`follow.${what}.moved`, { port, step: index + 1, total });
}
