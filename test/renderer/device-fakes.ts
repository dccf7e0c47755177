import type { LedgerEventView } from '../../src-main/shared/contract/devices.ts';
import type { FileEntryView, FolderListing } from '../../src-main/shared/contract/files.ts';
import type { JobView } from '../../src-main/shared/contract/jobs.ts';
import { deviceView } from './fake-station.ts';

export const HL2 = deviceView({
  id: 'sim-9-1.1',
  source: 'sim',
  portPath: '9-1.1',
  serialNumber: 'SIMHL20001',
  mtpInfo: {
    manufacturer: 'Microsoft',
    model: 'HoloLens 2',
    deviceVersion: '10.0.22621.1244',
    serialNumber: 'SIMHL20001',
  },
  batteryPercent: 87,
  storages: [{ id: 65537, description: 'Internal Storage', capacityBytes: 64e9, freeBytes: 45e9 }],
});

const entry = (path: string, kind: FileEntryView['kind'], size: number | null = null): FileEntryView => ({
  name: path.slice(path.lastIndexOf('/') + 1),
  path,
  kind,
  size,
  modified: kind === 'file' ? '2026-03-01T10:15:00.000Z' : null,
});

export const TREE: Record<string, FileEntryView[]> = {
  '': [entry('Internal Storage', 'storage')],
  'Internal Storage': ['3D Objects', 'Documents', 'Downloads', 'Music', 'Pictures', 'Videos'].map((n) =>
    entry(`Internal Storage/${n}`, 'folder'),
  ),
  'Internal Storage/Documents': [entry('Internal Storage/Documents/Bench notes.txt', 'file', 40)],
  'Internal Storage/Pictures': [entry('Internal Storage/Pictures/Camera Roll', 'folder')],
  'Internal Storage/Pictures/Camera Roll': [
    entry('Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg', 'file', 1_250_000),
  ],
  'Internal Storage/Music': [],
};

export const HISTORY: LedgerEventView[] = [
  {
    at: '2026-03-01T10:20:00.000Z',
    kind: 'file-pulled',
    detail: { remotePath: 'Internal Storage/Documents/a.txt', bytes: 2048 },
  },
  {
    at: '2026-03-01T10:00:01.000Z',
    kind: 'mtp-opened',
    detail: { model: 'HoloLens 2', serialNumber: 'SIMHL20001', firmware: '10.0.22621.1244' },
  },
  { at: '2026-03-01T10:00:00.000Z', kind: 'attached', detail: {} },
];

/** Answers for the device page: a folder tree, a history, and jobs that start "running". */
export function deviceAnswers(tree = TREE) {
  const job = (over: Partial<JobView>): JobView => ({
    id: 'job-1',
    kind: 'files.pull',
    title: 'Copy "x" to this PC',
    deviceId: HL2.id,
    state: 'running',
    phase: 'starting',
    bytes: 0,
    total: null,
    startedAt: '2026-03-01T10:30:00.000Z',
    finishedAt: null,
    message: 'Starting…',
    result: null,
    error: null,
    ...over,
  });
  return {
    job,
    answers: {
      listDevices: () => ({ ok: true as const, value: [HL2] }),
      deviceHistory: () => ({ ok: true as const, value: HISTORY }),
      listFolder: (input: unknown) => {
        const path = (input as { path: string }).path;
        const entries = tree[path];
        if (!entries)
          return {
            ok: false as const,
            error: { code: 'mtp-not-found', title: 'Not found', message: `"${path}" is not on the device.` },
          };
        const listing: FolderListing = { deviceId: HL2.id, path, entries };
        return { ok: true as const, value: listing };
      },
      pullFile: (input: unknown) => {
        const remotePath = (input as { remotePath: string }).remotePath;
        return { ok: true as const, value: job({ title: `Copy "${remotePath.split('/').pop()}" to this PC` }) };
      },
      pushFile: () => ({
        ok: true as const,
        value: job({ id: 'job-2', kind: 'files.push', title: 'Copy "notes.txt" to the device' }),
      }),
      deleteFile: (input: unknown) => ({ ok: true as const, value: { deleted: (input as { path: string }).path } }),
      cancelJob: () => ({ ok: true as const, value: { canceled: true } }),
    },
  };
}
