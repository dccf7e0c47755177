import type { Command } from './commands/command.ts';

/**
 * Every command the CLI knows, with what `--help` prints, and how to load it. Commands load lazily: a warehouse
 * script calls `holobench` once per device and step, so `error` or `plan` must not pay for the simulator, the
 * Graph client or the WIM decoder. A test keeps each summary here equal to its command's own.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const CATALOG: readonly CommandEntry[] = [
  {
    name: 'devices',
    summary: 'List HoloLens devices on USB (and simulated ones with --simulate)',
    load: async () => (await import('./commands/devices.ts')).devicesCommand,
  },
  {
    name: 'files',
    summary: 'Browse, pull and push files on a HoloLens over USB (MTP)',
    load: async () => (await import('./commands/files.ts')).filesCommand,
  },
  {
    name: 'serve',
    summary: 'Serve the station UI to a browser on 127.0.0.1 (for machines without Electron, and for tests)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'plan',
    summary: 'Choose the enrollment path for a device and list its steps, blockers and warnings',
    load: async () => (await import('./commands/plan.ts')).planCommand,
  },
  {
    name: 'unenroll',
    summary: 'Say how to take a device out of the MDM, from how it was enrolled',
    load: async () => (await import('./commands/unenroll.ts')).unenrollCommand,
  },
  {
    name: 'error',
    summary:
      'Explain an enrollment error code (0x80180014, 80180014 or -2145910764) and how to fix it, or a symptom without a code (--topic)',
    load: async () => (await import('./commands/error.ts')).errorCommand,
  },
  {
    name: 'ppkg',
    summary: 'Provisioning packages: inspect, push to a HoloLens, write USB drive kits, the library',
    load: async () => (await import('./commands/ppkg.ts')).ppkgCommand,
  },
  {
    name: 'batch',
    summary: 'Warehouse batches: run a profile on every device, see their status, write reports',
    load: async () => (await import('./commands/batch.ts')).batchCommand,
  },
  {
    name: 'ledger',
    summary: 'Export the ledger (devices, events, batches, step runs) as JSON or CSV',
    load: async () => (await import('./commands/ledger.ts')).ledgerCommand,
  },
  {
    name: 'autopilot',
    summary: 'Harvest Autopilot hashes from HoloLens 2, write Intune CSVs, upload to Intune',
    load: async () => (await import('./commands/autopilot.ts')).autopilotCommand,
  },
  {
    name: 'intune',
    summary: 'Where devices stand in Intune, Autopilot and Entra; clean up, wipe, set group tags',
    load: async () => (await import('./commands/intune.ts')).intuneCommand,
  },
  {
    name: 'warehouse',
    summary: 'A warehouse of benches on one PostgreSQL server: the floor, reports, exports, catching up',
    load: async () => (await import('./commands/warehouse.ts')).warehouseCommand,
  },
  {
    name: 'doctor',
    summary: 'Say what the station sees (USB, each device, how its storage is reached) and how to fix each problem',
    load: async () => (await import('./commands/doctor.ts')).doctorCommand,
  },
];
