import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { deviceView, fakeStation } from './fake-station.ts';
import { screenOpened } from './screens.ts';

describe('bench view', () => {
  it('with no bus and no devices it says so plainly and offers training mode', async () => {
    const { client, calls } = fakeStation({
      simEnable: () => ({ ok: true, value: { enabled: true } }),
    });
    await connectStores(client);
    render(<App />);
    expect(screen.getByRole('heading', { name: 'No HoloLens connected' })).toBeTruthy();
    expect(screen.getByText(/No USB bus on this machine. Real devices cannot be seen/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start training mode' }));
    expect(calls.some(([name, input]) => name === 'simEnable' && (input as { enabled: boolean }).enabled)).toBe(true);
  });

  it('shows one card per device with model, mode, confidence, port, serial and next action', async () => {
    const { client } = fakeStation({ listDevices: () => ({ ok: true, value: [deviceView()] }) });
    await connectStores(client);
    render(<App />);
    const card = screen.getByRole('article', { name: 'HoloLens 2 on port 1-4.2' });
    const c = within(card);
    expect(c.getByText('Normal')).toBeTruthy();
    expect(c.getByText('Identified')).toBeTruthy();
    expect(c.getByText('1-4.2')).toBeTruthy();
    expect(c.getByText('SN123')).toBeTruthy();
    expect(c.getByText('Ready')).toBeTruthy();
  });

  it('a device event adds a card; an unplug event marks it gone', async () => {
    const { client, emit } = fakeStation();
    await connectStores(client);
    render(<App />);
    act(() => emit({ name: 'deviceChanged', payload: deviceView({ id: 'x', portPath: '2-1' }) }));
    expect(screen.getByRole('article', { name: 'HoloLens 2 on port 2-1' })).toBeTruthy();
    act(() => emit({ name: 'deviceChanged', payload: deviceView({ id: 'x', portPath: '2-1', present: false }) }));
    expect(screen.getByRole('article', { name: 'HoloLens 2 on port 2-1, unplugged' })).toBeTruthy();
  });

  it('a Mixed Reality headset card never says HoloLens in its title', async () => {
    const wmr = deviceView({
      kind: 'not-hololens',
      model: 'unknown',
      mode: 'unknown',
      productName: 'HoloLens Sensors',
      identification: { ...deviceView().identification, kind: 'not-hololens', rule: 'table:wmr-hololens-sensors' },
    });
    const { client } = fakeStation({ listDevices: () => ({ ok: true, value: [wmr] }) });
    await connectStores(client);
    render(<App />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Not a HoloLens');
    expect(screen.queryByRole('button', { name: /Label/ })).toBeNull();
  });

  it('labelling an unknown Microsoft device sends model and mode, and a refusal is shown', async () => {
    const unknown = deviceView({
      kind: 'unknown-microsoft',
      model: 'unknown',
      mode: 'unknown',
      confidence: 'heuristic',
      usbId: '045E:0C00',
    });
    let attempts = 0;
    const { client, calls } = fakeStation({
      listDevices: () => ({ ok: true, value: [unknown] }),
      labelDevice: () =>
        ++attempts === 1
          ? { ok: false, error: { code: 'x', title: 'Refused', message: 'The ledger is busy; try again.' } }
          : {
              ok: true,
              value: {
                usbId: '045E:0C00',
                model: 'hololens1',
                mode: 'normal',
                note: '',
                labelledBy: '',
                labelledAt: 'now',
              },
            },
    });
    await connectStores(client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Label this device' }));
    // Focus goes into the form; nothing is chosen for the tech, so one click cannot save a wrong permanent label.
    expect(document.activeElement).toBe(screen.getByLabelText('What is it?'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save label' }).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('What is it?'), 'hololens1');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save label' }).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Which mode?'), 'normal');
    await userEvent.click(screen.getByRole('button', { name: 'Save label' }));
    expect(screen.getByRole('alert').textContent).toContain('ledger is busy');
    await userEvent.click(screen.getByRole('button', { name: 'Save label' }));
    expect(screen.queryByRole('button', { name: 'Save label' })).toBeNull();
    expect(calls.filter(([n]) => n === 'labelDevice').at(-1)![1]).toMatchObject({
      deviceId: unknown.id,
      model: 'hololens1',
      mode: 'normal',
    });
  });

  it('Escape closes the label form and focus goes back to the button that opened it', async () => {
    const unknown = deviceView({
      kind: 'unknown-microsoft',
      model: 'unknown',
      mode: 'unknown',
      confidence: 'heuristic',
    });
    const { client, calls } = fakeStation({ listDevices: () => ({ ok: true, value: [unknown] }) });
    await connectStores(client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Label this device' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Label this device' })));
    expect(calls.some(([n]) => n === 'labelDevice')).toBe(false);
  });

  it("opening a device's screen from its card puts focus on that screen's title", async () => {
    const { client } = fakeStation({ listDevices: () => ({ ok: true, value: [deviceView()] }) });
    await connectStores(client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: /^Recovery: the device on port/ }));
    // Focus lands once the screen has arrived (its chunk is fetched on first visit), on its heading.
    await screenOpened();
    expect(document.activeElement?.tagName).toBe('H2');
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screenOpened();
    expect(document.activeElement?.textContent).toMatch(/Autopilot/);
  });
});
