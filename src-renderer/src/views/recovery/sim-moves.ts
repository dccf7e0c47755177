/**
 * Training mode: what the simulator does for a recovery step when the tech asks "do it for me". Keyed by step id
 * (the procedures share ids for the same move). A move is offered only when the simulated device can do it now.
 */
import type { SimAction, SimDeviceView } from '../../../../src-main/shared/contract/sim.ts';

export type SimMove = { kind: 'unplug' } | { kind: 'plug' } | { kind: 'act'; action: SimAction };

const BY_STEP: Readonly<Record<string, SimMove>> = {
  unplug: { kind: 'unplug' },
  'hold-power': { kind: 'act', action: 'hold-power-15s' },
  'power-off': { kind: 'act', action: 'hold-power-15s' },
  'hold-power-10': { kind: 'act', action: 'hold-power-15s' },
  'press-power': { kind: 'act', action: 'press-power' },
  'power-on': { kind: 'act', action: 'press-power' },
  'hold-volume-down-power': { kind: 'act', action: 'hard-restart' },
  'volume-up-power': { kind: 'act', action: 'enter-flashing-mode' },
  'plug-in': { kind: 'plug' },
  'plug-in-flashing': { kind: 'plug' },
  'plug-in-direct': { kind: 'plug' },
  confirm: { kind: 'act', action: 'reset' },
  reflash: { kind: 'act', action: 'reflash' },
  reinstall: { kind: 'act', action: 'reflash' },
};

/** The move for a step, or null when there is none or the simulated device cannot do it in its state. */
export function simMoveFor(stepId: string, sim: SimDeviceView): SimMove | null {
  const move = BY_STEP[stepId];
  if (!move) return null;
  if (move.kind === 'unplug') return sim.plugged ? move : null;
  if (move.kind === 'plug') return sim.plugged ? null : move;
  const mode = sim.state.mode;
  if (move.action === 'reflash' && mode !== 'flashing') return null;
  if (move.action === 'reset' && (mode !== 'normal' || sim.state.phase !== 'desktop')) return null;
  return move;
}
