import { describe, expect, it } from 'vitest';
import { NodeUsbSource } from '../../../src-main/core/devices/usb-source.ts';
import { SimBus, parseSimulateList } from '../../../src-main/sim/sim-bus.ts';
import { simPortPath } from '../../../src-main/sim/presets.ts';

describe('--simulate parsing', () => {
  it.each([
    ['hl2', [{ preset: 'hl2', faults: [] }]],
    [
      'hl2,hl1',
      [
        { preset: 'hl2', faults: [] },
        { preset: 'hl1', faults: [] },
      ],
    ],
    ['hl2:busy', [{ preset: 'hl2', faults: ['busy'] }]],
    [
      'hl2:slow:stall, wmr-sensors',
      [
        { preset: 'hl2', faults: ['slow', 'stall'] },
        { preset: 'wmr-sensors', faults: [] },
      ],
    ],
  ])('accepts %s', (text, expected) => {
    expect(parseSimulateList(text)).toEqual(expected);
  });

  it.each([
    ['hl9', /unknown simulator preset "hl9"/],
    ['hl2:melt', /unknown fault "melt"/],
    ['', /at least one preset/],
    [',,', /at least one preset/],
  ])('refuses %j with a clear message', (text, message) => {
    expect(() => parseSimulateList(text)).toThrow(message);
  });
});

describe('simulated bus', () => {
  it('gives stable serial numbers: the same command line gives the same serials', () => {
    const serials = () => new SimBus().addAll(parseSimulateList('hl2,hl2,hl1,hl2-oobe')).map((d) => d.serialNumber);
    expect(serials()).toEqual(serials());
    expect(serials()).toEqual(['SIMHL20001', 'SIMHL20002', 'SIMHL10001', 'SIMHL2O0001']);
  });

  it('puts devices behind 7-port hubs', () => {
    expect([0, 6, 7, 63].map(simPortPath)).toEqual(['9-1.1', '9-1.7', '9-2.1', '9-10.1']);
  });

  it('a HoloLens 2 at setup shows no storage until Volume Down + Power', () => {
    const d = new SimBus().add({ preset: 'hl2-oobe', faults: [] });
    expect(d.storageVisible).toBe(false);
    d.act('volume-down-power');
    expect(d.state.phase).toBe('oobe-provisioning');
    expect(d.storageVisible).toBe(true);
  });

  it('a locked HoloLens shows no storage; unlocking shows it', () => {
    const d = new SimBus().add({ preset: 'hl2', faults: [] });
    d.act('lock');
    expect(d.storageVisible).toBe(false);
    d.act('unlock');
    expect(d.storageVisible).toBe(true);
  });

  it('reset is refused below 40% battery', () => {
    const d = new SimBus().add({ preset: 'hl2', faults: [] });
    d.setBattery(30);
    d.act('reset');
    expect(d.state.phase).toBe('desktop');
    expect(d.state.lastMessage).toMatch(/40%/);
  });

  it('a trap device has no HoloLens buttons', () => {
    const d = new SimBus().add({ preset: 'wmr-sensors', faults: [] });
    expect(() => d.act('press-power')).toThrow(/no HoloLens buttons/);
  });

  it('holding Power takes the device off the bus; pressing it brings it back', async () => {
    const bus = new SimBus({ timing: { reenumerateMs: 1 } });
    const events: string[] = [];
    const source = new NodeUsbSource({ kind: 'sim', load: () => bus.nativeBinding(), hasBus: () => true });
    await source.start({ attach: (e) => events.push(`+${e.descriptor.key}`), detach: (k) => events.push(`-${k}`) });
    const d = bus.add({ preset: 'hl1', faults: [] });
    d.act('hold-power-15s');
    d.act('press-power');
    expect(events).toEqual(['+9-1.1', '-9-1.1', '+9-1.1']);
  });

  it('reflash from flashing mode returns the device to setup on the latest build', async () => {
    const bus = new SimBus({ timing: { reenumerateMs: 1 } });
    const d = bus.add({ preset: 'hl2', faults: [] });
    d.state.build = '19041.1000';
    d.act('enter-flashing-mode');
    await new Promise((r) => setTimeout(r, 10));
    expect(d.state.mode).toBe('flashing');
    d.act('reflash');
    await new Promise((r) => setTimeout(r, 10));
    expect(d.state).toMatchObject({ mode: 'normal', phase: 'oobe-first-page', build: '22621.1244' });
  });
});
