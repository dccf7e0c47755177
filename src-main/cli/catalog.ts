import { say } from '../core/language.ts';
import type { Command } from './commands/command.ts';

/**
 * Every command the CLI knows, with what `--help` prints, and how to load it. Commands load lazily: a warehouse
 * script calls `holobench` once per device and step, so `error` or `plan` must not pay for the simulator, the
 * Graph client or the WIM decoder. A test keeps each summary here equal to its command's own.
 */
export interface CommandEntry {
  name: string;
  /** In the language in force when it is read. */
  readonly summary: string;
  load(): Promise<Command>;
}

export const CATALOG: readonly CommandEntry[] = [
  {
    name: 'devices',
    get summary() {
      return say('cli:summary.devices');
    },
    load: async () => (await import('./commands/devices.ts')).devicesCommand,
  },
  {
    name: 'files',
    get summary() {
      return say('cli:summary.files');
    },
    load: async () => (await import('./commands/files.ts')).filesCommand,
  },
  {
    name: 'serve',
    get summary() {
      return say('cli:summary.serve');
    },
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'plan',
    get summary() {
      return say('cli:summary.plan');
    },
    load: async () => (await import('./commands/plan.ts')).planCommand,
  },
  {
    name: 'unenroll',
    get summary() {
      return say('cli:summary.unenroll');
    },
    load: async () => (await import('./commands/unenroll.ts')).unenrollCommand,
  },
  {
    name: 'error',
    get summary() {
      return say('cli:summary.error');
    },
    load: async () => (await import('./commands/error.ts')).errorCommand,
  },
  {
    name: 'ppkg',
    get summary() {
      return say('cli:summary.ppkg');
    },
    load: async () => (await import('./commands/ppkg.ts')).ppkgCommand,
  },
  {
    name: 'batch',
    get summary() {
      return say('cli:summary.batch');
    },
    load: async () => (await import('./commands/batch.ts')).batchCommand,
  },
  {
    name: 'ledger',
    get summary() {
      return say('cli:summary.ledger');
    },
    load: async () => (await import('./commands/ledger.ts')).ledgerCommand,
  },
  {
    name: 'autopilot',
    get summary() {
      return say('cli:summary.autopilot');
    },
    load: async () => (await import('./commands/autopilot.ts')).autopilotCommand,
  },
  {
    name: 'intune',
    get summary() {
      return say('cli:summary.intune');
    },
    load: async () => (await import('./commands/intune.ts')).intuneCommand,
  },
  {
    name: 'warehouse',
    get summary() {
      return say('cli:summary.warehouse');
    },
    load: async () => (await import('./commands/warehouse.ts')).warehouseCommand,
  },
  {
    name: 'doctor',
    get summary() {
      return say('cli:summary.doctor');
    },
    load: async () => (await import('./commands/doctor.ts')).doctorCommand,
  },
];
