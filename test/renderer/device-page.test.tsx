import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { deviceAnswers, HL2 } from './device-fakes.ts';
import { fakeStation } from './fake-station.ts';

type Calls = [string, unknown][];
const ofCall = (calls: Calls, name: string) => calls.filter(([n]) => n === name).map(([, i]) => i);

async function openDevicePage(device = HL2) {
  const { answers, job } = deviceAnswers();
  const station = fakeStation({ ...answers, listDevices: () => ({ ok: true, value: [device] }) });
  await connectStores(station.client);
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: `Files & history: the device on port ${device.portPath}` }));
  await screen.findByRole('heading', { name: `HoloLens 2 on port ${device.portPath}` });
  return { ...station, job };
}

const list = () => screen.getByRole('listbox', { name: /Files and folders in/ });
const selected = () => within(list()).getByRole('option', { selected: true });

afterEach(() => {
  delete (globalThis as { station?: unknown }).station;
});

describe('device page', () => {
  it('shows the summary, enters the only storage, and tells the history in plain words', async () => {
    const { calls } = await openDevicePage();
    const summary = screen.getByRole('region', { name: 'About this device' });
    for (const text of ['9-1.1', 'SIMHL20001', '10.0.22621.1244', '87%', 'Internal Storage: 45 GB free of 64 GB']) {
      expect(within(summary).getByText(text)).toBeTruthy();
    }
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    expect(ofCall(calls, 'listFolder')).toEqual([
      { deviceId: HL2.id, path: '' },
      { deviceId: HL2.id, path: 'Internal Storage' },
    ]);
    expect(
      within(list())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('DocumentsFolder');
    const history = screen.getByRole('region', { name: 'History of this device' });
    expect(within(history).getByText('Copied "a.txt" to this PC (2 kB).')).toBeTruthy();
    expect(within(history).getByText(/Opened for file transfer: HoloLens 2, serial SIMHL20001/)).toBeTruthy();
    expect(within(history).getByText('Plugged in and recognised.')).toBeTruthy();
    // The device page hangs under the Bench tab.
    expect(screen.getByRole('button', { name: 'Bench' }).getAttribute('aria-current')).toBe('page');
  });

  it('is driven by the keyboard: arrows, Home/End, Enter opens, Backspace goes up, Enter on a file copies it', async () => {
    const { calls } = await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    list().focus();
    expect(selected().textContent).toContain('3D Objects');
    await userEvent.keyboard('{ArrowDown}');
    expect(selected().textContent).toContain('Documents');
    expect(list().getAttribute('aria-activedescendant')).toBe(selected().id);
    await userEvent.keyboard('{End}');
    expect(selected().textContent).toContain('Videos');
    await userEvent.keyboard('{ArrowDown}{Home}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selected().textContent).toContain('Pictures');
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Pictures' });
    list().focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Pictures/Camera Roll' });
    const crumbs = screen.getByRole('navigation', { name: 'Folder path' });
    expect(crumbs.textContent).toBe('DeviceInternal StoragePicturesCamera Roll');
    list().focus();
    await userEvent.keyboard('{Enter}');
    expect(ofCall(calls, 'pullFile')).toEqual([
      { deviceId: HL2.id, remotePath: 'Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg' },
    ]);
    await userEvent.keyboard('{Backspace}');
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Pictures' });
    await userEvent.click(screen.getByRole('button', { name: '↑ Up one folder' }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    await userEvent.click(within(crumbs).getByRole('button', { name: 'Device' }));
    await screen.findByRole('listbox', { name: 'Files and folders in the device' });
    expect(screen.getByRole('button', { name: '↑ Up one folder' })).toHaveProperty('disabled', true);
  });

  it('an empty folder says so', async () => {
    await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    await userEvent.dblClick(within(list()).getByRole('option', { name: /Music/ }));
    await screen.findByText('This folder is empty.');
    expect(document.activeElement?.textContent).toBe('↑ Up one folder');
  });

  it('a copy shows a progress bar with its value, can be canceled, and ends with a plain result', async () => {
    const { calls, emit, job } = await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    const running = job({ phase: 'receive', bytes: 500_000, total: 1_250_000, title: 'Copy "photo.jpg" to this PC' });
    act(() => emit({ name: 'jobChanged', payload: running }));
    const bar = screen.getByRole('progressbar', { name: 'Copy "photo.jpg" to this PC: progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuetext')).toBe('40%, Copying from the device: 500 kB of 1.3 MB');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(ofCall(calls, 'cancelJob')).toEqual([{ jobId: 'job-1' }]);
    const end = { state: 'canceled' as const, finishedAt: '2026-03-01T10:31:00.000Z' };
    act(() =>
      emit({ name: 'jobChanged', payload: { ...running, ...end, message: 'Canceled. Nothing was left half-done.' } }),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Canceled. Nothing was left half-done.')).toBeTruthy();
    // A late progress event does not bring it back.
    act(() => emit({ name: 'jobChanged', payload: running }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a push is sent then checked: two halves of one bar; a failure shows its plain reason', async () => {
    const { emit, job } = await openDevicePage();
    const push = job({ id: 'p', kind: 'files.push', title: 'Copy "a.ppkg" to the device', total: 1000 });
    act(() => emit({ name: 'jobChanged', payload: { ...push, phase: 'send', bytes: 1000 } }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    act(() => emit({ name: 'jobChanged', payload: { ...push, phase: 'verify', bytes: 500 } }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('75');
    expect(screen.getByText(/Checking the copy on the device/)).toBeTruthy();
    const error = {
      code: 'copy-unplugged',
      title: 'The device was unplugged',
      message: 'The copy of "a.ppkg" stopped part-way.',
      disconnected: true,
    };
    act(() =>
      emit({
        name: 'jobChanged',
        payload: { ...push, state: 'failed', error, message: 'x', finishedAt: '2026-03-01T10:32:00.000Z' },
      }),
    );
    const item = screen.getByRole('listitem', { name: 'Copy "a.ppkg" to the device: Failed' });
    expect(item.textContent).toContain('The device was unplugged. The copy of "a.ppkg" stopped part-way.');
  });

  it('a finished copy to this PC shows where it landed', async () => {
    const { emit, job } = await openDevicePage();
    const result = {
      bytes: 1_250_000,
      sha256: 'ab'.repeat(32),
      localPath: '/data/pulled/SIMHL20001/photo.jpg',
      remotePath: 'x',
      verified: true,
    };
    act(() =>
      emit({
        name: 'jobChanged',
        payload: job({
          state: 'done',
          result,
          message: 'Copied "photo.jpg" to this PC and checked it.',
          finishedAt: '2026-03-01T10:31:00.000Z',
        }),
      }),
    );
    expect(screen.getByText('/data/pulled/SIMHL20001/photo.jpg')).toBeTruthy();
    const item = screen.getByRole('listitem', { name: /to this PC: Done/ });
    expect(item.textContent).toContain('1.3 MB saved on this PC, size and contents checked (SHA-256 abababababab…):');
    await userEvent.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(screen.getByText(/No copies yet/)).toBeTruthy();
  });

  it('Delete asks first; only "Delete it" deletes', async () => {
    const { calls } = await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    await userEvent.dblClick(within(list()).getByRole('option', { name: /Documents/ }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Documents' });
    list().focus();
    await userEvent.keyboard('{Delete}');
    const dialog = screen.getByRole('alertdialog', { name: 'Delete "Bench notes.txt" from the device?' });
    expect(document.activeElement?.textContent).toBe('Keep it');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(ofCall(calls, 'deleteFile')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete it' }));
    expect(ofCall(calls, 'deleteFile')).toEqual([
      { deviceId: HL2.id, path: 'Internal Storage/Documents/Bench notes.txt' },
    ]);
    expect(dialog.isConnected).toBe(false);
    await screen.findByText('"Bench notes.txt" was deleted from the device.');
  });

  it('sends a chosen file into the current folder, asking before replacing one of the same name', async () => {
    (globalThis as { station?: unknown }).station = {
      pathForFile: (f: File) => `/pc/${f.name}`,
      onEvent: () => () => undefined,
    };
    const { calls } = await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    await userEvent.dblClick(within(list()).getByRole('option', { name: /Documents/ }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Documents' });
    const input = screen.getByLabelText('Send a file from this PC to this folder…');
    await userEvent.upload(input, new File(['hi'], 'notes.txt'));
    expect(ofCall(calls, 'pushFile')).toEqual([
      { deviceId: HL2.id, localPath: '/pc/notes.txt', remoteFolder: 'Internal Storage/Documents', replace: false },
    ]);
    await userEvent.upload(input, new File(['new'], 'Bench notes.txt'));
    await userEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    expect(ofCall(calls, 'pushFile').at(-1)).toMatchObject({ localPath: '/pc/Bench notes.txt', replace: true });
  });

  it('no storage yet: says what to press, and lists the files by itself once the storage appears', async () => {
    const locked = { ...HL2, storageState: 'no-storage-yet' as const, storages: [] };
    const { calls, emit } = await openDevicePage(locked);
    expect(screen.getByRole('heading', { name: 'Unlock the device or reach the setup page' })).toBeTruthy();
    const setup = screen.getByText('It shows the first setup page').closest('li')!;
    expect(setup.textContent).toContain('press Volume Down and Power together once');
    expect(ofCall(calls, 'listFolder')).toEqual([]);
    act(() => emit({ name: 'deviceChanged', payload: HL2 }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
  });

  it('unplugged: says so, and returns to the same folder when plugged back in', async () => {
    const { emit } = await openDevicePage();
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage' });
    await userEvent.dblClick(within(list()).getByRole('option', { name: /Pictures/ }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Pictures' });
    act(() =>
      emit({ name: 'deviceChanged', payload: { ...HL2, present: false, storageState: 'unreachable', storages: [] } }),
    );
    expect(screen.getByRole('heading', { name: 'The device is unplugged' })).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    act(() => emit({ name: 'deviceChanged', payload: { ...HL2, storageState: 'checking' } }));
    expect(screen.getByRole('heading', { name: 'Opening the device…' })).toBeTruthy();
    act(() => emit({ name: 'deviceChanged', payload: HL2 }));
    await screen.findByRole('listbox', { name: 'Files and folders in Internal Storage/Pictures' });
  });
});

describe('device history after a language switch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('asks the station again, which says the texts it kept in the new language', async () => {
    const { calls } = await openDevicePage();
    await screen.findByRole('region', { name: 'History of this device' });
    await screen.findByText('Plugged in and recognised.');
    const before = ofCall(calls, 'deviceHistory').length;
    await act(async () => {
      await i18n.changeLanguage('de');
    });
    expect(ofCall(calls, 'deviceHistory').length).toBe(before + 1);
  });
});
