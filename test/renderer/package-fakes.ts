import type { JobView } from '../../src-main/shared/contract/jobs.ts';
import type {
  ApplyFlow,
  ApplyOptions,
  DriveListing,
  LibraryPackage,
  PackageDetail,
} from '../../src-main/shared/contract/packages.ts';

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);

export function libraryPackage(over: Partial<LibraryPackage> = {}): LibraryPackage {
  return {
    sha256: SHA_A,
    name: 'Warehouse.ppkg',
    size: 48_000,
    notes: 'Bench 3',
    importedAt: '2026-03-01T10:00:00.000Z',
    importedBy: 'Ada',
    worst: 'warn',
    counts: { block: 0, warn: 1, info: 1 },
    sets: ['wifi', 'local-account'],
    version: '1.4',
    inspectedAt: '2026-03-01T10:00:00.000Z',
    fileExists: true,
    ...over,
  };
}

export const BLOCKED = libraryPackage({
  sha256: SHA_B,
  name: 'Broken.ppkg',
  worst: 'block',
  counts: { block: 1, warn: 0, info: 0 },
  sets: [],
  notes: '',
  version: null,
});

export function detailOf(pkg: LibraryPackage): PackageDetail {
  return {
    package: pkg,
    inspection: {
      sha256: pkg.sha256,
      size: pkg.size,
      format: 'wim',
      compression: 'xpress',
      members: [{ path: 'customizations.xml', size: 3558, sha256: 'c'.repeat(64) }],
      settings: [
        { id: 'wifi', kind: 'setting', label: 'Wi-Fi network', member: 'customizations.xml', value: 'Warehouse-5G' },
        { id: 'region', kind: 'setting', label: 'Region', member: 'customizations.xml', value: '244' },
        {
          id: 'package-version',
          kind: 'package',
          label: 'Package version',
          member: 'customizations.xml',
          value: '1.4',
        },
      ],
      package: { name: 'Warehouse HoloLens', version: '1.4', owner: 'ITAdmin' },
      findings: [
        {
          severity: 'warn',
          code: 'ppkg.token-expiring',
          message: 'The bulk enrollment token expires in 3 days.',
        },
        { severity: 'info', code: 'ppkg.token-expiry-unknown', message: 'Some note.', detail: 'where it came from' },
      ],
    },
    checkedFor: {},
    applications: [
      {
        id: 1,
        packageSha256: pkg.sha256,
        packageName: pkg.name,
        method: 'oobe-mtp',
        deviceKey: 'sn:1',
        deviceId: 'usb-1-4.2',
        serial: 'SN123',
        model: 'hololens2',
        technician: 'Ada',
        startedAt: '2026-03-02T09:00:00.000Z',
        finishedAt: '2026-03-02T09:05:00.000Z',
        result: 'applied',
        confirmedBy: 'station',
        remotePath: 'Internal Storage/Warehouse.ppkg',
        verified: true,
        detail: {},
      },
    ],
  };
}

export const OPTIONS: ApplyOptions = {
  deviceId: 'usb-1-4.2',
  model: 'hololens2',
  build: '22621.1244',
  deviceState: null,
  suggested: 'oobe-mtp',
  reason: 'The device shows no files yet: it is probably at first setup.',
  documentsSupported: true,
  documentsNote: 'Works on this device.',
  simulated: false,
};

export function flow(over: Partial<ApplyFlow> = {}): ApplyFlow {
  return {
    id: 'flow-1',
    deviceId: 'usb-1-4.2',
    portPath: '1-4.2',
    model: 'hololens2',
    sha256: SHA_A,
    packageName: 'Warehouse.ppkg',
    method: 'oobe-mtp',
    stage: 'open-provisioning',
    storageSeen: false,
    jobId: null,
    remotePath: null,
    verified: false,
    detected: null,
    result: null,
    confirmedBy: null,
    message: 'Waiting for the device storage.',
    error: null,
    applicationId: 1,
    simId: 'hl2-oobe-1',
    startedAt: '2026-03-02T09:00:00.000Z',
    finishedAt: null,
    ...over,
  };
}

export function job(over: Partial<JobView> = {}): JobView {
  return {
    id: 'job-1',
    kind: 'ppkg-push',
    title: 'Copy',
    deviceId: 'usb-1-4.2',
    state: 'running',
    phase: 'send',
    bytes: 24_000,
    total: 48_000,
    startedAt: '2026-03-02T09:00:01.000Z',
    finishedAt: null,
    message: 'Copying…',
    result: null,
    error: null,
    ...over,
  };
}

export const LISTING: DriveListing = {
  kitBytes: 48_000,
  problems: [],
  rules: [
    { level: 'manual', from: '19041.1103', what: 'Reads packages from a USB drive, but someone must open the page.' },
    { level: 'auto-launch', from: '19041.1128', what: 'Opens by itself after a 10 second countdown.' },
    { level: 'hands-off', from: '19041.1361', what: 'Applies without anyone touching the device.' },
  ],
  drives: [
    {
      id: '/dev/sda1',
      description: 'HOLOKIT (SanDisk Ultra)',
      size: 15.5e9,
      freeBytes: 15e9,
      mountpoints: ['/media/tech/HOLOKIT'],
      removable: true,
      system: false,
      readOnly: false,
      busType: 'usb',
      fileSystem: 'vfat',
      source: 'system',
      verdict: { allowed: true, reasons: [], warnings: [] },
      packagesOnDrive: ['Old.ppkg'],
    },
    {
      id: '/dev/nvme0n1p2',
      description: 'nvme0n1p2',
      size: 510e9,
      freeBytes: 100e9,
      mountpoints: ['/'],
      removable: false,
      system: true,
      readOnly: false,
      busType: 'nvme',
      fileSystem: 'ext4',
      source: 'system',
      verdict: {
        allowed: false,
        reasons: [
          { code: 'drive.system', message: 'nvme0n1p2 is a system drive. Pick a USB stick instead.' },
          { code: 'drive.not-removable', message: 'nvme0n1p2 is not a removable drive. Plug in a USB stick.' },
        ],
        warnings: [],
      },
      packagesOnDrive: [],
    },
  ],
};
