import { afterEach, describe, expect, it } from 'vitest';
import { advanceOnBus, observePort, type Followed } from '../../../../src-main/core/recovery/follow.ts';
import { recoveryProcedures } from '../../../../src-main/core/recovery/index.ts';
import type { RecoveryFollowView } from '../../../../src-main/shared/contract/enrollment.ts';
import { deviceView } from '../../../renderer/fake-station.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

const HL2 = deviceView();
const gone = deviceView({ present: false });
const flashing = deviceView({ mode: 'flashing', productName: 'Microsoft HoloLens Recovery' });
const followed: Followed = { deviceId: HL2.id, portPath: HL2.portPath, model: 'hololens2' };
const flashingProc = recoveryProcedures().find((p) => p.id === 'hololens2-flashing-mode')!;

describe('recovery: what the bus confirms (decided in core)', () => {
  it('a Mixed Reality headset on the same port is not taken for the device', () => {
    const wmr = deviceView({ id: 'usb-x', kind: 'not-hololens', model: 'unknown' });
    expect(observePort(followed, [wmr]).present).toBe(false);
  });

  it('a "device gone" step is never skipped ahead to; a device-present step further on is', () => {
    expect(advanceOnBus(flashingProc.steps, 1, observePort(followed, [gone]), followed)).toBeNull();
    expect(advanceOnBus(flashingProc.steps, 1, observePort(followed, [flashing]), followed)).toEqual({
      index: 4,
      confirmed: ['hold-power', 'volume-up-power', 'plug-in-flashing'],
    });
  });

  it('running normally does not count as flashing mode, and another model does not count as the device', () => {
    const plugStep = flashingProc.steps.findIndex((s) => s.id === 'plug-in-flashing');
    expect(advanceOnBus(flashingProc.steps, plugStep, observePort(followed, [HL2]), followed)).toBeNull();
    const hl1 = deviceView({ model: 'hololens1' });
    const last = flashingProc.steps.length - 1;
    expect(advanceOnBus(flashingProc.steps, last, observePort(followed, [hl1]), followed)).toBeNull();
    expect(advanceOnBus(flashingProc.steps, last, observePort(followed, [HL2]), followed)?.index).toBe(last + 1);
  });
});

describe('recovery: the station follows a simulated device through flashing mode and back', () => {
  let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
  afterEach(async () => {
    await station?.dispose();
    station = null;
  });

  it('confirms each step it sees on the bus and says so in events', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    const device = station.registry.list()[0]!;
    const seen: RecoveryFollowView[] = [];
    station.events.on('event', (e) => {
      if (e.name === 'recoveryFollowChanged') seen.push(e.payload);
    });
    const follow = station.recovery.start('hololens2-flashing-mode', device.id);
    expect(follow).toMatchObject({ stepIndex: 0, seen: { present: true, mode: 'normal' } });
    station.simulatedDevice(device.id)!.act('enter-flashing-mode');
    await waitFor(() => seen.at(-1)?.seen.mode === 'flashing', 3000, 'flashing mode seen');
    const last = seen.at(-1)!;
    expect(last.stepIndex).toBe(flashingProc.steps.findIndex((s) => s.id === 'plug-in-flashing') + 1);
    expect(last.confirmed['plug-in-flashing']).toBe('bus');
    expect(last.announcement).toMatch(/flashing mode on port/);
  });
});
