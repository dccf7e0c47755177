import { afterEach, describe, expect, it } from 'vitest';
import { SimBus } from '../../../src-main/sim/sim-bus.ts';
import { createSimTechnician, type SimTechnician } from '../../../src-main/sim/sim-tech.ts';
import type { TechAction, TechReply } from '../../../src-main/core/workflow/types.ts';
import { waitFor } from '../../support/station.ts';
import { facts } from '../core/workflow/helpers.ts';

const techs: SimTechnician[] = [];
afterEach(() => techs.splice(0).forEach((t) => t.dispose()));

const chord: TechAction = { title: 'Open', detail: 'Press', sim: [{ act: 'volume-down-power' }] };
const replies = () => {
  const seen: string[] = [];
  const reply: TechReply = { confirm: () => seen.push('confirm'), scan: (t) => seen.push(`scan ${t}`) };
  return { seen, reply };
};

describe('simulated technician', () => {
  function setup() {
    const sim = new SimBus({ timing: { reenumerateMs: 5, diagnosticsMs: 5 } });
    const device = sim.add({ preset: 'hl2-oobe', faults: [] });
    const tech = createSimTechnician(sim, { delayMs: { min: 1, max: 2 }, repeatAfterMs: 10_000 });
    techs.push(tech);
    return { sim, device, tech, f: facts(device.serialNumber, { simulated: true, portPath: device.portPath }) };
  }

  it('presses the chord on the simulated device after a short delay', async () => {
    const { device, tech, f } = setup();
    tech.needsTech(f, chord, replies().reply);
    expect(device.state.phase).toBe('oobe-first-page');
    await waitFor(() => device.state.phase === 'oobe-provisioning', 1000, 'chord pressed');
  });

  it('never touches a device that is not simulated, nor one the simulator does not have', async () => {
    const { device, tech, f } = setup();
    tech.needsTech({ ...f, simulated: false }, chord, replies().reply);
    tech.needsTech({ ...f, serial: 'REAL0001' }, chord, replies().reply);
    await new Promise((r) => setTimeout(r, 30));
    expect(device.state.phase).toBe('oobe-first-page');
  });

  it('does the same action once, not on every re-check', async () => {
    const { device, tech, f } = setup();
    const { seen, reply } = replies();
    const confirm: TechAction = { title: 'Check', detail: 'Confirm', confirm: true, sim: [{ confirm: true }] };
    for (let i = 0; i < 5; i++) tech.needsTech(f, confirm, reply);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual(['confirm']);
    expect(device.state.phase).toBe('oobe-first-page');
  });

  it('charges, confirms and scans as asked', async () => {
    const { device, tech, f } = setup();
    device.setBattery(10);
    const { seen, reply } = replies();
    tech.needsTech(f, { title: 'x', detail: 'y', sim: [{ charge: 45 }, { scan: 'AT-1' }, { confirm: true }] }, reply);
    await waitFor(() => seen.length === 2, 1000, 'replies');
    expect(device.state.batteryPercent).toBe(45);
    expect(seen).toEqual(['scan AT-1', 'confirm']);
  });

  it('does nothing once disposed', async () => {
    const { device, tech, f } = setup();
    tech.needsTech(f, chord, replies().reply);
    tech.dispose();
    await new Promise((r) => setTimeout(r, 30));
    expect(device.state.phase).toBe('oobe-first-page');
  });
});
