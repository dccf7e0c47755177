import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src-main/shared/i18n/format.ts';
import { App } from '../../src-renderer/src/App.tsx';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { deviceView, fakeStation } from './fake-station.ts';
import { BLOCKED, detailOf, flow, job, libraryPackage, LISTING, OPTIONS, SHA_A } from './package-fakes.ts';

const PKG = libraryPackage();

function packagesStation(extra: Parameters<typeof fakeStation>[0] = {}) {
  return fakeStation({
    listDevices: () => ({ ok: true, value: [deviceView({ storageState: 'no-storage-yet' })] }),
    listPackages: () => ({ ok: true, value: [PKG, BLOCKED] }),
    getPackage: (input) => ({
      ok: true,
      value: detailOf((input as { sha256: string }).sha256 === SHA_A ? PKG : BLOCKED),
    }),
    listJobs: () => ({ ok: true, value: [] }),
    ...extra,
  });
}

async function openPackages(station: ReturnType<typeof fakeStation>) {
  await connectStores(station.client);
  render(<App />);
  await userEvent.click(screen.getByRole('button', { name: 'Packages' }));
  await screen.findByRole('heading', { name: 'Provisioning packages' });
}

afterEach(() => {
  delete (globalThis as { station?: unknown }).station;
});

describe('package library', () => {
  it('lists packages with their worst finding and shows the inspection of the one picked', async () => {
    const station = packagesStation();
    await openPackages(station);
    const list = screen.getByRole('region', { name: /In the library/ });
    expect(within(list).getByText('Warnings')).toBeTruthy();
    expect(within(list).getByText('Blocked')).toBeTruthy();
    await userEvent.click(within(list).getByRole('button', { name: /Warehouse\.ppkg/ }));
    const detail = await screen.findByRole('article', { name: 'Warehouse.ppkg' });
    expect(within(detail).getByText('Check this')).toBeTruthy();
    expect(within(detail).getByText('The bulk enrollment token expires in 3 days.')).toBeTruthy();
    expect(within(detail).getByText('Good to know')).toBeTruthy();
    expect(within(detail).getByText('Wi-Fi network')).toBeTruthy();
    // A setting's raw value is explained where the station knows it, and kept for the expert.
    expect(within(detail).getByText('Region').parentElement?.textContent).toBe('Region: United States (244)');
    expect(within(detail).getByText('Wi-Fi network').parentElement?.textContent).toBe('Wi-Fi network: Warehouse-5G');
    expect(within(detail).getByText('Files inside (1)')).toBeTruthy();
    expect(within(detail).getByText(/device SN123, by Ada/)).toBeTruthy();
  });

  it('saves notes and removes a package only after the tech confirms', async () => {
    const station = packagesStation({
      updatePackageNotes: (input) => ({ ok: true, value: { ...PKG, notes: (input as { notes: string }).notes } }),
      removePackage: () => ({ ok: true, value: { removed: true } }),
    });
    await openPackages(station);
    await userEvent.click(screen.getByRole('button', { name: /Warehouse\.ppkg/ }));
    const notes = await screen.findByLabelText('Notes');
    await userEvent.clear(notes);
    await userEvent.type(notes, 'for the red bench');
    await userEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(station.calls).toContainEqual(['updatePackageNotes', { sha256: SHA_A, notes: 'for the red bench' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove from the library' }));
    expect(station.calls.some(([n]) => n === 'removePackage')).toBe(false);
    const ask = screen.getByRole('alertdialog', { name: 'Remove Warehouse.ppkg?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Yes, remove it' }));
    expect(station.calls).toContainEqual(['removePackage', { sha256: SHA_A }]);
    expect(await screen.findByText(/was removed from the library/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Warehouse\.ppkg/ })).toBeNull();
  });

  it('imports the chosen file by its path on the station PC, with the notes typed', async () => {
    Object.assign(globalThis, { station: { pathForFile: (f: File) => `/picked/${f.name}` } });
    const station = packagesStation({
      importPackage: () => ({ ok: true, value: { package: PKG, duplicate: false } }),
    });
    await openPackages(station);
    const file = new File(['MSWIM'], 'Warehouse.ppkg');
    await userEvent.upload(screen.getByLabelText('Package file (.ppkg)'), file);
    await userEvent.type(screen.getByLabelText(/Notes \(optional\)/), 'spares');
    await userEvent.click(screen.getByRole('button', { name: 'Import and check it' }));
    expect(station.calls).toContainEqual(['importPackage', { path: '/picked/Warehouse.ppkg', notes: 'spares' }]);
    expect(await screen.findByText('Imported Warehouse.ppkg. Check its findings below.')).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Warehouse.ppkg' })).toBeTruthy();
  });

  it('importing a blocked package is not shown as good news', async () => {
    Object.assign(globalThis, { station: { pathForFile: (f: File) => `/picked/${f.name}` } });
    const blocked = { ...PKG, worst: 'block' as const };
    const station = packagesStation({
      importPackage: () => ({ ok: true, value: { package: blocked, duplicate: false } }),
    });
    await openPackages(station);
    await userEvent.upload(screen.getByLabelText('Package file (.ppkg)'), new File(['MSWIM'], 'Warehouse.ppkg'));
    await userEvent.click(screen.getByRole('button', { name: 'Import and check it' }));
    const notice = await screen.findByText(/but it is blocked: it cannot be applied/);
    expect(notice.className).toContain('pk-notice--warn');
  });
});

describe('apply wizard', () => {
  it('opens from the device card, suggests the way, coaches each stage and shows the result', async () => {
    const station = packagesStation({
      applyOptions: () => ({ ok: true, value: OPTIONS }),
      listApplyFlows: () => ({ ok: true, value: [] }),
      startApplyFlow: () => ({ ok: true, value: flow() }),
      simAction: () => ({
        ok: true,
        value: {
          simId: 'hl2-oobe-1',
          deviceId: null,
          preset: 'hl2-oobe',
          faults: [],
          plugged: true,
          serialNumber: 'S',
          portPath: '1-4.2',
          state: {},
        },
      }),
    });
    await connectStores(station.client);
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Apply package: the device on port 1-4.2' }));
    expect(useNav.getState()).toMatchObject({ view: 'packages', deviceId: 'usb-1-4.2' });
    await screen.findByText(/The station suggests/);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /It is at the first setup screen/ }).checked).toBe(true);
    const pick = screen.getByLabelText('Which package?');
    expect(within(pick).getByRole('option', { name: /Broken\.ppkg/ })).toHaveProperty('disabled', true);
    await userEvent.selectOptions(pick, SHA_A);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(station.calls).toContainEqual([
      'startApplyFlow',
      { deviceId: 'usb-1-4.2', sha256: SHA_A, method: 'oobe-mtp' },
    ]);

    await screen.findByRole('heading', { name: 'Open the provisioning page' });
    expect(
      screen.getByRole('img', { name: /HoloLens 2 seen from above: Press Volume Down \+ Power together/ }),
    ).toBeTruthy();
    expect(screen.getByText(/the hummingbird/)).toBeTruthy();
    expect(screen.getByText('Watching the bus: no storage yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Do it for me: press Volume Down + Power' }));
    expect(station.calls).toContainEqual(['simAction', { simId: 'hl2-oobe-1', action: 'volume-down-power' }]);

    act(() => {
      station.emit({
        name: 'applyFlowChanged',
        payload: flow({ stage: 'copying', jobId: 'job-1', storageSeen: true }),
      });
      station.emit({ name: 'jobChanged', payload: job() });
    });
    expect(screen.getByRole('progressbar', { name: 'Copy progress' }).getAttribute('aria-valuenow')).toBe('50');

    act(() =>
      station.emit({
        name: 'applyFlowChanged',
        payload: flow({ stage: 'confirm-on-device', remotePath: 'Internal Storage/Warehouse.ppkg' }),
      }),
    );
    expect(screen.getByRole('heading', { name: 'Accept the package on the device' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'It was added: record it' })).toBeTruthy();

    act(() =>
      station.emit({
        name: 'applyFlowChanged',
        payload: flow({
          stage: 'finished',
          result: 'applied',
          confirmedBy: 'station',
          detected: 'package-gone',
          message: 'Applied: the device took the package (it left the device storage).',
          finishedAt: '2026-03-02T09:06:00.000Z',
        }),
      }),
    );
    expect(screen.getByRole('heading', { name: 'Applied: the station saw it' })).toBeTruthy();
    // The time in the technician's language and time zone, as every screen writes it.
    const at = formatDateTime('2026-03-02T09:06:00.000Z', 'en');
    expect(screen.getByText(`Recorded in the ledger at ${at}, seen by the station.`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Apply another package' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('after setup: the tech confirms in Settings and the answer is sent', async () => {
    const docs = flow({ method: 'documents-settings', stage: 'add-in-settings', simId: null });
    const station = packagesStation({
      applyOptions: () => ({ ok: true, value: { ...OPTIONS, suggested: 'documents-settings' } }),
      listApplyFlows: () => ({ ok: true, value: [docs] }),
      confirmApplyFlow: () => ({
        ok: true,
        value: { ...docs, stage: 'finished', result: 'failed', message: 'Recorded as failed.' },
      }),
    });
    await connectStores(station.client);
    render(<App />);
    act(() => useNav.getState().go('packages', 'usb-1-4.2'));
    await screen.findByRole('heading', { name: 'Add it in Settings on the device' });
    expect(screen.getByText(/Choose Access work or school/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Do it for me/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'It failed' }));
    expect(station.calls).toContainEqual(['confirmApplyFlow', { flowId: 'flow-1', result: 'failed' }]);
    expect(await screen.findByRole('heading', { name: 'It did not work' })).toBeTruthy();
  });
});

describe('USB drive kit', () => {
  it('shows why drives are refused, writes to the chosen stick and shows the checked files', async () => {
    const station = packagesStation({
      listDrives: () => ({ ok: true, value: LISTING }),
      startKit: () => ({ ok: true, value: job({ id: 'kit-1', kind: 'ppkg-kit', deviceId: null }) }),
    });
    await openPackages(station);
    await userEvent.click(screen.getByRole('button', { name: 'USB drive kit' }));
    const refused = await screen.findByRole('list', { name: 'Why nvme0n1p2 is refused' });
    expect(within(refused).getByText(/is a system drive/)).toBeTruthy();
    expect(screen.getByText(/Already at its root \(HoloLens applies these too\): Old\.ppkg/)).toBeTruthy();
    expect(screen.getByText('From build 19041.1128')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Broken\.ppkg/ })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('checkbox', { name: /Warehouse\.ppkg/ }));
    expect(station.calls).toContainEqual(['listDrives', { sha256s: [SHA_A] }]);
    const radios = screen.getAllByRole('radio');
    expect(radios[1]).toHaveProperty('disabled', true);
    await userEvent.click(radios[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Write the kit' }));
    expect(station.calls).toContainEqual(['startKit', { mountPath: '/media/tech/HOLOKIT', sha256s: [SHA_A] }]);
    act(() =>
      station.emit({
        name: 'jobChanged',
        payload: job({
          id: 'kit-1',
          kind: 'ppkg-kit',
          deviceId: null,
          state: 'done',
          result: {
            mountPath: '/media/tech/HOLOKIT',
            drive: 'HOLOKIT (SanDisk Ultra)',
            files: [
              {
                name: 'Warehouse.ppkg',
                sha256: SHA_A,
                size: 48_000,
                path: '/media/tech/HOLOKIT/Warehouse.ppkg',
                verified: true,
              },
            ],
            packagesOnDrive: ['Old.ppkg', 'Warehouse.ppkg'],
            rules: LISTING.rules,
          },
        }),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Kit ready on HOLOKIT (SanDisk Ultra)' })).toBeTruthy();
    expect(screen.getByText(/read back and checked/)).toBeTruthy();
    expect(screen.getByText('Also at the root, and applied too: Old.ppkg')).toBeTruthy();
  });
});
