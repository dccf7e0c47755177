/**
 * Training mode: what the simulator does for an enrollment step when the tech asks "do it for me", as recovery
 * steps have. Keyed by step id, or by the suffix the package steps share (`<package>-open`, `-apply`, `-trust`).
 * Only physical moves on the device: portal and PC steps stay the technician's.
 */
import type { SimDeviceView } from '../../../../src-main/shared/contract/sim.ts';
import type { SimMove } from '../recovery/sim-moves.ts';

const BY_STEP: Readonly<Record<string, SimMove>> = {
  'turn-on': { kind: 'act', action: 'press-power' },
  'finish-setup': { kind: 'act', action: 'finish-setup' },
  'hands-off': { kind: 'act', action: 'finish-setup' },
};

const BY_SUFFIX: readonly [RegExp, SimMove][] = [
  [/-open$/, { kind: 'act', action: 'volume-down-power' }],
  [/-apply$/, { kind: 'act', action: 'volume-down-power' }],
  [/-trust$/, { kind: 'act', action: 'accept-trust-prompt' }],
];

/** The move for an enrollment step, or null when there is none or the simulated device cannot do it now. */
export function enrollmentSimMoveFor(stepId: string, sim: SimDeviceView): SimMove | null {
  const move = BY_STEP[stepId] ?? BY_SUFFIX.find(([re]) => re.test(stepId))?.[1];
  if (!move || !sim.plugged) return null;
  if (move.kind !== 'act') return move;
  const phase = sim.state.phase;
  if (move.action === 'press-power' && sim.state.power !== 'off') return null;
  if (move.action === 'finish-setup' && !(typeof phase === 'string' && phase.startsWith('oobe'))) return null;
  return move;
}
