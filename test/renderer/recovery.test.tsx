import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { enrollmentAnswers } from './enrollment-fakes.ts';
import { stationFollows } from './recovery-fakes.ts';
import { deviceView, fakeStation } from './fake-station.ts';

const HL2 = deviceView();
const gone = deviceView({ present: false });
const flashing = deviceView({ mode: 'flashing', productName: 'Microsoft HoloLens Recovery' });
/** Without drivers the same device shows a Qualcomm identity, under another id, on the same port. */
const qualcomm = deviceView({
  id: 'usb-other-key',
  mode: 'flashing',
  vendorId: 0x05c6,
  productId: 0x9008,
  usbId: '05C6:9008',
  kind: 'probable-hololens',
  confidence: 'heuristic',
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function openFlashingWizard() {
  const core = stationFollows([HL2]);
  const station = fakeStation({
    ...enrollmentAnswers().answers,
    ...core.answers,
    listDevices: () => ({ ok: true, value: [HL2] }),
  });
  const emit = core.connect(station.emit);
  await connectStores(station.client);
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Recovery: the device on port 1-4.2' }));
  await userEvent.click(await screen.findByRole('button', { name: /Manual flashing mode \(HoloLens 2\)/ }));
  await screen.findByRole('heading', { name: 'Unplug the cable' });
  await settle();
  return { ...station, emit };
}

const title = () => document.querySelector('.step__title')?.textContent;
const status = () => document.querySelector('.bus-status')?.textContent ?? '';

describe('recovery wizard follows the device on the bus', () => {
  it('advances when the device leaves its port, then when it shows up there in flashing mode', async () => {
    const { emit } = await openFlashingWizard();
    expect(screen.getByText('The station moves on by itself when the device leaves port 1-4.2.')).toBeTruthy();
    act(() => emit({ name: 'deviceChanged', payload: gone }));
    expect(title()).toBe('Hold Power for 15 seconds');
    expect(status()).toContain('The device left port 1-4.2. Moved on to step 2 of 6.');
    act(() => emit({ name: 'deviceChanged', payload: flashing }));
    expect(title()).toBe('Reflash it');
    expect(status()).toContain('The station sees the device in flashing mode on port 1-4.2. Moved on to step 5 of 6.');
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(steps).getByText('4 of 6 done')).toBeTruthy();
    expect(within(steps).getAllByText('seen by the station')).toHaveLength(4);
  });

  it('accepts a Qualcomm identity on the same port as the device in flashing mode', async () => {
    const { emit } = await openFlashingWizard();
    act(() => emit({ name: 'deviceChanged', payload: gone }));
    act(() => emit({ name: 'deviceChanged', payload: qualcomm }));
    expect(title()).toBe('Reflash it');
    // Reflashed: the device comes back running, on the same port, and the procedure is complete.
    act(() => emit({ name: 'deviceChanged', payload: { ...qualcomm, present: false } }));
    act(() => emit({ name: 'deviceChanged', payload: HL2 }));
    expect(screen.getByRole('heading', { name: 'Done: the station saw every step' })).toBeTruthy();
    expect(screen.getByText('The station confirmed every step on USB.')).toBeTruthy();
  });

  it('never ends green when the tech only clicked through: it says nothing was confirmed', async () => {
    await openFlashingWizard();
    for (let i = 0; i < 5; i++) await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
    const end = screen.getByRole('heading', { name: 'Not finished' });
    expect(document.activeElement).toBe(end);
    expect(screen.queryByText(/All steps done/)).toBeNull();
    expect(screen.getByText(/The station confirmed none of the steps\. 6 steps are not marked done/)).toBeTruthy();
    expect(document.querySelector('.result--enrolled')).toBeNull();
  });

  it('steps ticked by hand end as "on your word", listed apart from what the station saw', async () => {
    const { emit } = await openFlashingWizard();
    act(() => emit({ name: 'deviceChanged', payload: gone }));
    expect(status()).toContain('Moved on to step 2 of 6.');
    for (let i = 1; i < 6; i++) {
      await userEvent.click(screen.getByRole('checkbox', { name: /^Done:/ }));
      await userEvent.click(screen.getByRole('button', { name: i === 5 ? 'Finish' : 'Next step' }));
      // The bus news was about step 2; it must not stay on screen at later steps.
      expect(status()).not.toContain('Moved on to step 2 of 6.');
    }
    expect(screen.getByRole('heading', { name: 'Done, partly on your word' })).toBeTruthy();
    expect(
      screen.getByText(/The station confirmed 1 of 6 steps on USB\. 5 steps are done on your word only/),
    ).toBeTruthy();
    const seen = screen.getByRole('heading', { name: 'Confirmed by the station' }).parentElement!;
    expect(within(seen).getByText('Unplug the cable')).toBeTruthy();
  });

  it('ignores changes that are not a move: same state again, or another port', async () => {
    const { emit } = await openFlashingWizard();
    act(() => emit({ name: 'deviceChanged', payload: { ...HL2, batteryPercent: 50 } }));
    expect(title()).toBe('Unplug the cable');
    act(() =>
      emit({ name: 'deviceChanged', payload: deviceView({ id: 'usb-2-1', portPath: '2-1', mode: 'flashing' }) }),
    );
    expect(title()).toBe('Unplug the cable');
  });

  it('the tech can still tick, go back and go on by hand', async () => {
    const { emit } = await openFlashingWizard();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done: Unplug the cable' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(title()).toBe('Hold Power for 15 seconds');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(title()).toBe('Unplug the cable');
    act(() => emit({ name: 'deviceChanged', payload: gone }));
    expect(title()).toBe('Hold Power for 15 seconds');
  });

  it('training mode: "do it for me" asks the simulator for the step', async () => {
    const sim = {
      simId: 'hl2-1',
      deviceId: 'sim-9-1.1',
      preset: 'hl2' as const,
      faults: [],
      plugged: true,
      serialNumber: 'SIMHL20001',
      portPath: '9-1.1',
      state: { mode: 'normal', phase: 'desktop', model: 'hololens2' },
    };
    const device = deviceView({ id: 'sim-9-1.1', portPath: '9-1.1', source: 'sim' });
    const station = fakeStation({
      ...enrollmentAnswers().answers,
      listDevices: () => ({ ok: true, value: [device] }),
      simStatus: () => ({ ok: true, value: { enabled: true, presets: ['hl2'], devices: [sim] } }),
      simUnplug: () => ({ ok: true, value: { ...sim, plugged: false } }),
    });
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Recovery: the device on port 9-1.1' }));
    await userEvent.click(await screen.findByRole('button', { name: /Manual flashing mode \(HoloLens 2\)/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Do it for me (simulated device)' }));
    expect(station.calls.filter(([n]) => n === 'simUnplug')).toEqual([['simUnplug', { simId: 'hl2-1' }]]);
  });

  it('reset for reuse shows the Autopilot deregistration only when the device moves tenant', async () => {
    const station = fakeStation({ ...enrollmentAnswers().answers });
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Recovery' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Reset for reuse' }));
    expect(screen.getByRole('heading', { name: 'Why: error 0x80180014' })).toBeTruthy();
    expect(screen.queryByText('Deregister it from Autopilot (moving tenants only)')).toBeNull();
    await userEvent.click(screen.getByLabelText('It moves to another organization (tenant)'));
    expect(screen.getByText('Deregister it from Autopilot (moving tenants only)')).toBeTruthy();
  });

  it('unenroll without a ledger record asks how it was enrolled, then says whether Disconnect works', async () => {
    await openFlashingWizard();
    await userEvent.click(screen.getByRole('button', { name: 'Unenroll' }));
    expect(await screen.findByText(/no record of enrolling this device/)).toBeTruthy();
    const how = screen.getByRole('group', { name: 'How was it enrolled?' });
    await userEvent.click(within(how).getByLabelText('Autopilot'));
    expect(await screen.findByText('Disconnect will not work: reset or reflash.')).toBeTruthy();
    await userEvent.click(within(how).getByLabelText('Microsoft account + work account'));
    expect(await screen.findByText('Disconnect works.')).toBeTruthy();
  });
});
