import { describe, expect, it } from 'vitest';
import type { SimDeviceView } from '../../src-main/shared/contract/sim.ts';
import { enrollmentSimMoveFor } from '../../src-renderer/src/views/enroll/sim-moves.ts';

function sim(state: Record<string, unknown>, plugged = true): SimDeviceView {
  return { plugged, state } as unknown as SimDeviceView;
}

describe('do it for me: enrollment steps in training mode', () => {
  it.each([
    ['turn-on', sim({ power: 'off', phase: 'oobe-start' }), { kind: 'act', action: 'press-power' }],
    ['turn-on', sim({ power: 'on', phase: 'oobe-start' }), null],
    ['edition-upgrade-open', sim({ power: 'on', phase: 'oobe-start' }), { kind: 'act', action: 'volume-down-power' }],
    ['bulk-token-apply', sim({ power: 'on', phase: 'oobe-start' }), { kind: 'act', action: 'volume-down-power' }],
    ['local-account-trust', sim({ power: 'on' }), { kind: 'act', action: 'accept-trust-prompt' }],
    ['finish-setup', sim({ power: 'on', phase: 'oobe-start' }), { kind: 'act', action: 'finish-setup' }],
    ['finish-setup', sim({ power: 'on', phase: 'desktop' }), null],
    ['check-registration', sim({ power: 'on' }), null],
    ['turn-on', sim({ power: 'off' }, false), null],
  ] as const)('enroll moves: %s on %j -> %j', (stepId, device, move) => {
    expect(enrollmentSimMoveFor(stepId, device)).toEqual(move);
  });
});
