import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import type {
  AutopilotStatus,
  HarvestView,
  JobView,
  SignInView,
  UploadView,
} from '../../src-main/shared/contract/index.ts';
import { deviceView, fakeStation } from './fake-station.ts';
import { screenOpened } from './screens.ts';

const HL2 = deviceView();
const HL1 = deviceView({ id: 'usb-1-4.3', portPath: '1-4.3', model: 'hololens1', serialNumber: 'HL1SN' });

const signedOut: SignInView = {
  state: 'signed-out',
  userCode: null,
  verificationUri: null,
  expiresAt: null,
  message: 'Not signed in.',
  keptWhere: 'The sign-in is kept in memory only; gone when the station closes.',
};
function status(over: Partial<AutopilotStatus> = {}): AutopilotStatus {
  return {
    revision: 1,
    seq: 1,
    online: true,
    checkedAt: '2026-03-01T10:00:00.000Z',
    watching: true,
    graphRoot: 'https://graph.microsoft.com',
    tokenDestination:
      'The sign-in token and hardware hashes go to graph.microsoft.com (Microsoft Graph global service).',
    signIn: signedOut,
    queue: { queued: 0, sending: 0, submitted: 0, complete: 0, error: 0 },
    uploadJobId: null,
    ...over,
  };
}
const upload: UploadView = {
  id: 1,
  harvestId: 7,
  serialNumber: 'SN123',
  state: 'complete',
  importStatus: 'complete',
  errorCode: null,
  errorName: null,
  groupTag: 'Bench',
  assignedUser: '',
  message: 'SN123 is registered in Autopilot.',
  attempts: 1,
  enqueuedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:01:00.000Z',
  finishedAt: '2026-03-01T10:01:00.000Z',
};
const harvest: HarvestView = {
  id: 7,
  serialNumber: 'SN123',
  productId: '00330-80000-00000-AA123',
  fingerprint: '3F2A-9C01-7B4E',
  harvestedAt: '2026-03-01T10:00:00.000Z',
  source: 'device',
  simulated: false,
  deviceId: HL2.id,
  portPath: HL2.portPath,
  zipPath: '/data/autopilot/SN123/AutopilotDiagnostics-x.zip',
  historyCount: 2,
  hashChanged: false,
  upload,
};
function job(over: Partial<JobView>): JobView {
  return {
    id: 'job-1',
    kind: 'autopilot-harvest',
    title: 'Harvest the Autopilot hash (port 1-4.2)',
    deviceId: HL2.id,
    state: 'running',
    phase: 'waiting',
    bytes: 0,
    total: null,
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: null,
    message: 'Press Power and Volume Down together on the HoloLens 2 in port 1-4.2, then let go.',
    result: null,
    error: null,
    ...over,
  };
}

async function open(answers: Parameters<typeof fakeStation>[0] = {}, harvests: HarvestView[] = []) {
  const st = fakeStation({
    listDevices: () => ({ ok: true, value: [HL2, HL1] }),
    autopilotHarvests: () => ({ ok: true, value: harvests }),
    autopilotUploads: () => ({ ok: true, value: harvests.flatMap((h) => (h.upload ? [h.upload] : [])) }),
    autopilotStatus: () => ({ ok: true, value: status() }),
    autopilotCheckOnline: () => ({ ok: true, value: status() }),
    autopilotUploadSettings: () => ({
      ok: true,
      value: { tenantId: '', clientId: '', cloud: 'global', groupTag: '', assignedUser: '' },
    }),
    autopilotHarvest: () => ({ ok: true, value: job({}) }),
    cancelJob: () => ({ ok: true, value: { canceled: true } }),
    ...answers,
  });
  await connectStores(st.client);
  render(<App />);
  return st;
}

describe('Autopilot in the station UI', () => {
  it('offers "Harvest hash" on HoloLens 2 cards only, and shows the latest harvest on the card', async () => {
    await open({}, [harvest]);
    const hl2 = within(screen.getByRole('article', { name: 'HoloLens 2 on port 1-4.2' }));
    expect(hl2.getByRole('button', { name: 'Harvest hash: the device on port 1-4.2' })).toBeTruthy();
    expect(hl2.getByText('Autopilot hash')).toBeTruthy();
    expect(hl2.getByText('3F2A-9C01-7B4E')).toBeTruthy();
    const hl1 = within(screen.getByRole('article', { name: 'HoloLens (1st gen) on port 1-4.3' }));
    expect(hl1.queryByRole('button', { name: /Harvest hash/ })).toBeNull();
  });

  it('the card action starts the harvest: coaching picture, stages, cancel, then the result', async () => {
    const { calls, emit } = await open();
    await userEvent.click(screen.getByRole('button', { name: 'Harvest hash: the device on port 1-4.2' }));
    await screenOpened();
    expect(calls.find(([n]) => n === 'autopilotHarvest')?.[1]).toEqual({ deviceId: HL2.id });
    act(() => emit({ name: 'jobChanged', payload: job({}) }));
    expect(screen.getByRole('heading', { name: 'Press Power + Volume Down together' })).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /HoloLens 2 seen from above: Press Power \+ Volume Down together/ }),
    ).toBeTruthy();
    const stages = within(screen.getByRole('list', { name: 'Harvest stages' }));
    expect(stages.getAllByRole('listitem')).toHaveLength(5);
    act(() => emit({ name: 'jobChanged', payload: job({ phase: 'copying', bytes: 50, total: 100 }) }));
    expect(screen.getByText('50%')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls.some(([n, i]) => n === 'cancelJob' && (i as { jobId: string }).jobId === 'job-1')).toBe(true);
    const result = {
      serialNumber: 'SN123',
      productId: '00330-80000-00000-AA123',
      fingerprint: '3F2A-9C01-7B4E',
      zipPath: '/data/x.zip',
    };
    act(() => emit({ name: 'jobChanged', payload: job({ state: 'done', phase: 'saved', result }) }));
    const done = within(screen.getByRole('region', { name: 'Hash harvested' }));
    expect(done.getByText('SN123')).toBeTruthy();
    expect(done.getByText('00330-80000-00000-AA123')).toBeTruthy();
    expect(done.getByText('3F2A-9C01-7B4E')).toBeTruthy();
  });

  it("a failed harvest shows the station's words, not a stack", async () => {
    const { emit } = await open();
    await userEvent.click(screen.getByRole('button', { name: 'Harvest hash: the device on port 1-4.2' }));
    await screenOpened();
    const error = {
      code: 'autopilot-harvest-timeout',
      title: 'No new Autopilot file appeared',
      message: 'Press again.',
    };
    act(() => emit({ name: 'jobChanged', payload: job({ state: 'failed', error, message: 'x' }) }));
    expect(screen.getByRole('heading', { name: 'No new Autopilot file appeared' })).toBeTruthy();
    expect(screen.getByText('Press again.')).toBeTruthy();
  });

  it('lists harvests with their upload state and exports the CSV with the batch group tag', async () => {
    const exported = {
      files: [{ path: '/data/exports/a.csv', name: 'a.csv', rows: 1, bytes: 99 }],
      devices: 1,
      warnings: [],
    };
    const { calls } = await open({ autopilotExportCsv: () => ({ ok: true, value: exported }) }, [harvest]);
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screenOpened();
    const table = within(screen.getByRole('region', { name: 'Harvested devices' }));
    const row = within(table.getByRole('row', { name: /SN123/ }));
    expect(row.getByText('Registered')).toBeTruthy();
    expect(row.getByText('2 harvests')).toBeTruthy();
    expect(row.getByText('port 1-4.2')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Group tag'), 'Bench');
    await userEvent.click(screen.getByRole('button', { name: 'Write the CSV (1 device)' }));
    expect(calls.find(([n]) => n === 'autopilotExportCsv')?.[1]).toMatchObject({ groupTag: 'Bench' });
    expect(screen.getByText('/data/exports/a.csv')).toBeTruthy();
  });

  it('shows an export refusal as an alert that names the device', async () => {
    const refusal = {
      ok: false as const,
      error: {
        code: 'intune-csv-invalid',
        title: 'Some devices cannot go into an Intune CSV',
        message: '- device SN123: bad tag',
      },
    };
    await open({ autopilotExportCsv: () => refusal }, [harvest]);
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screenOpened();
    await userEvent.click(screen.getByRole('button', { name: 'Write the CSV (1 device)' }));
    expect(screen.getByRole('alert').textContent).toContain('device SN123');
  });

  it('a training harvest is marked Simulated, never counted for upload, and left out of the CSV unless asked', async () => {
    const training: HarvestView = { ...harvest, id: 8, serialNumber: 'SIMHL2-0001', simulated: true, upload: null };
    const { emit, calls } = await open({}, [harvest, training]);
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screenOpened();
    const table = screen.getByRole('region', { name: 'Harvested devices' });
    const row = within(table).getByRole('rowheader', { name: 'SIMHL2-0001' }).closest('tr')!;
    expect(within(row).getByText('Simulated')).toBeTruthy();
    expect(within(row).getByText('Never (training)')).toBeTruthy();
    const signedIn = { ...signedOut, state: 'signed-in' as const };
    act(() => emit({ name: 'autopilotChanged', payload: status({ signIn: signedIn, online: true, seq: 6 }) }));
    expect(screen.getByRole('button', { name: 'Upload 1 device' })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include SIMHL2-0001' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Upload 0 devices' }).disabled).toBe(true);
    expect(screen.getByText(/training harvests from simulated devices are never sent to Intune/)).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: /Include 1 training harvest/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Write the CSV (1 device)' }));
    expect(calls.filter(([n]) => n === 'autopilotExportCsv').at(-1)?.[1]).toMatchObject({ includeTraining: true });
  });

  it('device-code sign-in shows the code large and copyable; an offline upload says it stays queued', async () => {
    const offline = {
      queued: 1,
      alreadyQueued: 0,
      skipped: [],
      offline: true,
      job: null,
      message: 'The station is offline: the queue holds 1 device, sent once it is back online.',
    };
    const { emit, calls } = await open({ autopilotUpload: () => ({ ok: true, value: offline }) }, [harvest]);
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screenOpened();
    const code: SignInView = {
      ...signedOut,
      state: 'code',
      userCode: 'HB12CD34',
      verificationUri: 'https://microsoft.com/devicelogin',
      message: 'm',
    };
    act(() => emit({ name: 'autopilotChanged', payload: status({ signIn: code, seq: 5 }) }));
    expect(screen.getByLabelText('Sign-in code H B 1 2 C D 3 4').textContent).toBe('HB12CD34');
    expect(screen.getByRole('button', { name: 'Copy the code' })).toBeTruthy();
    expect(screen.getByText('https://microsoft.com/devicelogin')).toBeTruthy();
    // Not signed in yet: the upload cannot start, and the screen says why.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Upload 1 device' }).disabled).toBe(true);
    expect(screen.getByText(/Sign in first/)).toBeTruthy();
    const signedIn = { ...signedOut, state: 'signed-in' as const };
    act(() => emit({ name: 'autopilotChanged', payload: status({ signIn: signedIn, online: false, seq: 6 }) }));
    await userEvent.click(screen.getByRole('button', { name: 'Queue 1 device (offline)' }));
    expect(calls.some(([n]) => n === 'autopilotUpload')).toBe(true);
    expect(screen.getByText(/The station is offline: the queue holds 1 device/)).toBeTruthy();
  });
});

describe('Autopilot uploads after a language switch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('asks the station for the uploads again: their results were kept as words and come back in the new language', async () => {
    const { calls } = await open({}, [harvest]);
    await userEvent.click(screen.getByRole('button', { name: 'Autopilot' }));
    await screen.findByRole('region', { name: 'Harvested devices' });
    const before = calls.filter(([n]) => n === 'autopilotUploads').length;
    await act(async () => {
      await i18n.changeLanguage('de');
    });
    expect(calls.filter(([n]) => n === 'autopilotUploads').length).toBe(before + 1);
  });
});
