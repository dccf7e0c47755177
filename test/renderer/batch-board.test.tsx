import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchBoardView, BatchCardView, ManifestView } from '../../src-main/shared/contract/batch.ts';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useNav } from '../../src-renderer/src/stores/nav.ts';
import { resetBeepForTests } from '../../src-renderer/src/views/batch/cue.ts';
import { fakeStation } from './fake-station.ts';
import { screenOpened } from './screens.ts';

function card(serial: string, over: Partial<BatchCardView> = {}): BatchCardView {
  return {
    serial,
    deviceId: `sim-${serial}`,
    portPath: '9-1.1',
    name: null,
    assetTag: null,
    inManifest: false,
    present: true,
    simulated: true,
    model: 'hololens2',
    state: 'waiting',
    since: '2026-01-01T00:00:00.000Z',
    currentStep: { index: 0, kind: 'identify', label: 'Identify' },
    nextAction: null,
    canSimulate: false,
    error: null,
    steps: [
      { index: 0, kind: 'identify', label: 'Identify', state: 'pending', attempts: 0 },
      { index: 1, kind: 'done', label: 'Done', state: 'pending', attempts: 0 },
    ],
    flags: [],
    ...over,
  };
}

const UNLOCK = { title: 'Unlock it', detail: 'Put on the device in port 9-1.2 and sign in so it unlocks.' };
const CHORD = {
  title: 'Open the provisioning page',
  detail: 'Press Volume Down + Power together and let go.',
  chord: 'volume-down-power' as const,
};

function board(cards: BatchCardView[], techQueue: string[] = []): BatchBoardView {
  const count = (s: BatchCardView['state']) => cards.filter((c) => c.state === s).length;
  return {
    batchId: 4,
    profile: 'inventory',
    state: 'running',
    counts: {
      total: cards.length,
      waiting: count('waiting'),
      working: count('working'),
      needsTech: count('needs-tech'),
      paused: count('paused'),
      done: count('done'),
      failed: count('failed'),
      skipped: count('skipped'),
    },
    cards,
    techQueue,
    awaitingScan: null,
    autoFinish: false,
    simTech: false,
    packageName: null,
    startedAt: '2026-01-01T00:00:00.000Z',
  };
}

let beeps = 0;
class FakeAudio {
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    beeps++;
    return {
      type: '',
      frequency: { value: 0 },
      connect: (n: unknown) => n,
      start: () => undefined,
      stop: () => undefined,
    };
  }
  createGain() {
    const node = { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined } };
    return { ...node, connect: (n: unknown) => n };
  }
  resume() {
    return Promise.resolve();
  }
}

beforeEach(() => {
  beeps = 0;
  resetBeepForTests();
  Object.assign(window, { AudioContext: FakeAudio });
});
afterEach(() => {
  Reflect.deleteProperty(window, 'AudioContext');
  Reflect.deleteProperty(globalThis, 'station');
});

async function openBoard(initial: BatchBoardView | null, sound = true) {
  const station = fakeStation({
    batchState: () => ({
      ok: true,
      value: {
        board: initial,
        resumable: null,
        scanner: { state: 'off', path: null, baudRate: 9600, detail: 'No scanner is set up.' },
        scans: [],
      },
    }),
    batchProfiles: () => ({ ok: true, value: { profiles: [], problems: [] } }),
    scannerPorts: () => ({ ok: true, value: { ports: [], error: null } }),
    getSettings: () => ({ ok: true, value: { technician: '', sound } }),
  });
  await connectStores(station.client);
  render(<App />);
  await act(() => Promise.resolve(useNav.getState().go('batch')));
  await screenOpened();
  return station;
}

describe('batch board', () => {
  it('shows the counts, then the devices that need the tech (longest waiting first), then every card by port', async () => {
    const b = board(
      [
        card('A1', { portPath: '9-1.1', state: 'done' }),
        card('B2', { portPath: '9-1.2', state: 'needs-tech', nextAction: UNLOCK }),
        card('C3', { portPath: '9-1.3', state: 'needs-tech', nextAction: CHORD, name: 'HL-003' }),
        card('D4', { portPath: '9-1.4', state: 'waiting', flags: ['not-in-manifest'] }),
      ],
      ['C3', 'B2'],
    );
    await openBoard(b);
    const counts = within(screen.getByLabelText('Device counts'));
    expect(counts.getByText('Needs you').nextSibling?.textContent).toBe('2');
    expect(counts.getByText('Done').nextSibling?.textContent).toBe('1');
    const queue = within(screen.getByRole('region', { name: /Needs you now/ }));
    const items = queue.getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-serial'))).toEqual(['C3', 'B2']);
    expect(within(items[0]!).getByRole('heading', { name: 'Open the provisioning page' })).toBeTruthy();
    expect(within(items[0]!).getByText('Port 9-1.3')).toBeTruthy();
    expect(within(items[0]!).getByRole('img', { name: /Volume Down \+ Power/ })).toBeTruthy();
    const tiles = within(screen.getByRole('region', { name: /All devices/ })).getAllByRole('listitem');
    expect(tiles.map((t) => t.getAttribute('data-serial'))).toEqual(['A1', 'B2', 'C3', 'D4']);
    // Each tile says what the device is, so a tech can tell a 1st gen from a HoloLens 2 on the board.
    expect(within(tiles[0]!).getByText('HoloLens 2')).toBeTruthy();
    expect(within(tiles[3]!).getByText('Not in the manifest')).toBeTruthy();
  });

  it('beeps and announces once per transition into needing the tech, not on every repeat', async () => {
    const waiting = card('B2', { portPath: '9-1.2', state: 'working' });
    const { emit } = await openBoard(board([waiting]));
    const asking = card('B2', { portPath: '9-1.2', state: 'needs-tech', nextAction: UNLOCK });
    act(() => emit({ name: 'deviceNeedsTech', payload: { ...asking, batchId: 4 } }));
    act(() => emit({ name: 'batchChanged', payload: board([asking], ['B2']) }));
    // The big panel and the card of that device flash.
    expect(document.querySelectorAll('.flash-ring')).toHaveLength(2);
    // The same request again (a re-check, a repeated event): no second cue.
    act(() => emit({ name: 'batchChanged', payload: board([{ ...asking, state: 'working' }]) }));
    act(() => emit({ name: 'deviceNeedsTech', payload: { ...asking, batchId: 4 } }));
    expect(beeps).toBe(2); // one cue = a two-tone beep
    expect(screen.getByText('Port 9-1.2, B2: Unlock it.')).toBeTruthy();

    // It left and came back with a new request: a new cue.
    act(() => emit({ name: 'batchChanged', payload: board([{ ...asking, state: 'waiting', nextAction: null }]) }));
    const again = { ...asking, currentStep: { index: 1, kind: 'gate', label: 'Check' }, nextAction: CHORD };
    act(() => emit({ name: 'deviceNeedsTech', payload: { ...again, batchId: 4 } }));
    expect(beeps).toBe(4);
  });

  it('stays quiet when the station sound is off, but still flashes and announces', async () => {
    const { emit } = await openBoard(board([card('B2')]), false);
    const asking = card('B2', { state: 'needs-tech', nextAction: UNLOCK });
    act(() => emit({ name: 'deviceNeedsTech', payload: { ...asking, batchId: 4 } }));
    expect(beeps).toBe(0);
    expect(screen.getByText('Port 9-1.1, B2: Unlock it.')).toBeTruthy();
  });

  it('shows a refused scan with its reason, and confirms a device from its card', async () => {
    const asking = card('B2', {
      state: 'needs-tech',
      nextAction: { title: 'Finish setup', detail: 'Finish setup, then press Confirm.', confirm: true },
    });
    const { emit, calls } = await openBoard(board([asking], ['B2']));
    act(() =>
      emit({
        name: 'scanSeen',
        payload: {
          at: '2026-01-01T00:00:01.000Z',
          text: 'T-999',
          ok: false,
          serial: 'B2',
          reason: 'Asset tag T-999 belongs to device Z9, but the station is asking about port 9-1.1.',
          source: 'scanner',
        },
      }),
    );
    const scans = within(screen.getByRole('list', { name: 'Recent scans' }));
    expect(scans.getByText('T-999')).toBeTruthy();
    expect(scans.getByText(/belongs to device Z9/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm: done on port 9-1.1' }));
    expect(calls.filter(([n]) => n === 'batchConfirm')).toEqual([['batchConfirm', { serial: 'B2' }]]);
  });

  it('setup: a manifest with problems is listed by line and blocks the start', async () => {
    Object.assign(globalThis, { station: { pathForFile: (f: File) => `/picked/${f.name}` } });
    const bad: ManifestView = {
      path: '/picked/fleet.csv',
      ok: false,
      rows: [],
      ignoredColumns: [],
      problems: [
        { line: 3, field: 'serial', message: 'the serial is empty; every row needs the device serial number' },
      ],
    };
    const station = fakeStation({
      batchState: () => ({
        ok: true,
        value: {
          board: null,
          resumable: null,
          scanner: { state: 'off', path: null, baudRate: 9600, detail: '' },
          scans: [],
        },
      }),
      batchProfiles: () => ({
        ok: true,
        value: {
          profiles: [
            {
              name: 'inventory',
              description: 'Identify every device and record it in the ledger.',
              source: 'built-in',
              file: null,
              steps: [{ kind: 'identify', label: 'Identify' }],
              needsPackage: false,
              unavailable: null,
            },
          ],
          problems: [],
        },
      }),
      scannerPorts: () => ({ ok: true, value: { ports: [], error: null } }),
      batchImportManifest: () => ({ ok: true, value: bad }),
    });
    await connectStores(station.client);
    render(<App />);
    await act(() => Promise.resolve(useNav.getState().go('batch')));
    const start = await screen.findByRole('button', { name: 'Start the batch' });
    expect((start as HTMLButtonElement).disabled).toBe(false);
    await userEvent.upload(
      screen.getByLabelText(/Device list/),
      new File(['serial\n'], 'fleet.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText(/the serial is empty/)).toBeTruthy();
    expect(screen.getByText('Line 3:')).toBeTruthy();
    expect((start as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers an unfinished batch for resume, above every view, and carries it on only when asked', async () => {
    const resumable = {
      batchId: 7,
      profile: 'oobe-package',
      state: 'running' as const,
      startedAt: '2026-01-02T08:30:00.000Z',
      tech: 'Ana',
      packageName: 'Fleet.ppkg',
      counts: { total: 5, waiting: 1, working: 0, needsTech: 1, paused: 0, done: 3, failed: 0, skipped: 0 },
    };
    const station = fakeStation({
      batchState: () => ({
        ok: true,
        value: { board: null, resumable, scanner: { state: 'off', path: null, baudRate: 9600, detail: '' }, scans: [] },
      }),
      batchProfiles: () => ({ ok: true, value: { profiles: [], problems: [] } }),
      scannerPorts: () => ({ ok: true, value: { ports: [], error: null } }),
      batchResume: () => ({
        ok: true,
        value: board([card('A1', { state: 'needs-tech', nextAction: UNLOCK })], ['A1']),
      }),
    });
    await connectStores(station.client);
    render(<App />);
    const notice = await screen.findByText(/Batch 7 \(oobe-package\) did not finish/);
    expect(station.calls.some(([n]) => n === 'batchResume')).toBe(false);
    await userEvent.click(within(notice.parentElement!).getByRole('button', { name: 'Open the batch page' }));
    expect(screen.getByRole('heading', { name: 'Batch 7 did not finish' })).toBeTruthy();
    expect(screen.getByText(/3 of 5 devices done, 2 still to do/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Carry on with batch 7' }));
    expect(station.calls.filter(([n]) => n === 'batchResume')).toEqual([
      ['batchResume', { batchId: 7, simTech: false }],
    ]);
    expect(await screen.findByRole('heading', { name: 'Batch 4: inventory' })).toBeTruthy();
  });
});

describe('batch board after a language switch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it("asks the station for the board again: a device's kept problem comes back in the new language", async () => {
    const { calls } = await openBoard(null);
    const before = calls.filter(([n]) => n === 'batchState').length;
    expect(before).toBeGreaterThan(0);
    await act(async () => {
      await i18n.changeLanguage('de');
    });
    expect(calls.filter(([n]) => n === 'batchState').length).toBe(before + 1);
  });
});
