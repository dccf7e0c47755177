import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchBoardView, ManifestView } from '../../shared/contract/batch.ts';
import { StationError } from '../../shared/errors.ts';
import type { Station } from '../station.ts';
import { parseManifest, readManifest, type Manifest } from '../workflow/manifest.ts';
import { exportFolderName, writeBatchReport, writeLedgerExport } from '../workflow/outputs.ts';
import { readInputFile } from '../workflow/profile-library.ts';
import { readSettings } from './settings-api.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';

type BatchCalls =
  | 'batchState'
  | 'batchProfiles'
  | 'batchImportProfile'
  | 'batchImportManifest'
  | 'batchStart'
  | 'batchResume'
  | 'batchStop'
  | 'batchFinish'
  | 'batchConfirm'
  | 'batchRetry'
  | 'batchOverride'
  | 'batchSimulateTech'
  | 'batchScan'
  | 'scannerPorts'
  | 'scannerStart'
  | 'scannerStop'
  | 'batchReport'
  | 'ledgerExport';

/** Reads and checks a manifest for the setup screen: every problem by line, never a throw for bad content. */
export function manifestView(path: string): ManifestView {
  const { manifest, problems } = readManifest(readInputFile(path, 'manifest'), path);
  return {
    path,
    ok: manifest !== null,
    rows: manifest ? manifest.rows.map((r) => ({ ...r })) : [],
    ignoredColumns: manifest ? [...manifest.ignoredColumns] : [],
    problems: problems.map((p) => ({ line: p.line, field: p.field, message: p.message })),
  };
}

/** The manifest a batch starts with: parsed and valid, or a StationError listing its problems by line. */
export function loadManifest(path: string): Manifest {
  return parseManifest(readInputFile(path, 'manifest'), path);
}

export function checkPackageFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new StationError(
      'package-not-found',
      say('records:package-not-found.title'),
      say('records:package-not-found.message', { path }),
    );
  }
}

/** Runs a synchronous handler body so that what it throws becomes a rejected promise, like the async ones. */
const later = <T>(fn: () => T): Promise<T> => Promise.resolve().then(fn);

export function batchHandlers(station: Station): HandlerGroup<BatchCalls> {
  const svc = station.batches;
  const board = (): BatchBoardView => {
    const b = svc.board();
    if (!b) throw new StationError('no-batch', say('records:no-batch.title'), say('records:no-batch.message'));
    return b;
  };
  return {
    batchState: () =>
      later(() => ({
        board: svc.board(),
        resumable: svc.resumable(),
        scanner: svc.scanner.status(),
        scans: svc.recentScans(),
      })),
    batchProfiles: () =>
      later(() => {
        const { entries, problems } = svc.profiles.list();
        return { profiles: entries.map((e) => svc.profiles.summary(e, svc.stepPorts)), problems };
      }),
    batchImportProfile: (input) => later(() => svc.profiles.summary(svc.profiles.import(input.path), svc.stepPorts)),
    batchImportManifest: (input) => later(() => manifestView(input.path)),
    batchStart: async (input) => {
      const { profile } = svc.profiles.resolve(input.profile);
      if (input.packagePath) checkPackageFile(input.packagePath);
      const manifest = input.manifestPath ? loadManifest(input.manifestPath) : null;
      await svc.start({
        profile,
        packagePath: input.packagePath ?? null,
        manifest,
        tech: readSettings(station).technician,
        concurrency: input.concurrency ?? null,
        override: input.override ?? false,
        simTech: input.simTech ?? false,
      });
      return board();
    },
    batchResume: async (input) => {
      await svc.resume(input.batchId, { simTech: input.simTech ?? false });
      return board();
    },
    batchStop: async () => {
      await svc.stop();
      return { board: svc.board() };
    },
    batchFinish: async (input) => ({ batchId: await svc.finish(input.batchId) }),
    batchConfirm: (input) => later(() => ({ ok: svc.confirm(input.serial) })),
    batchRetry: (input) => later(() => ({ ok: svc.retry(input.serial) })),
    batchOverride: (input) => later(() => ({ ok: svc.override(input.serial) })),
    batchSimulateTech: (input) => later(() => ({ ok: svc.simulateTech(input.serial) })),
    batchScan: (input) => later(() => svc.scan(input.text, 'typed')),
    scannerPorts: () => svc.scanner.ports(),
    scannerStart: (input) => svc.startScanner(input.path, input.baudRate),
    scannerStop: () => svc.scanner.stop(),
    batchReport: (input) =>
      later(() =>
        writeBatchReport(svc.store, station.dataPath('reports'), input.batchId ?? 'latest', input.format, {
          includeTraining: input.includeTraining,
        }),
      ),
    ledgerExport: (input) =>
      later(() => {
        const folder = join(station.dataPath('exports'), exportFolderName(station.ledger.now()));
        const made = writeLedgerExport(station.ledger, folder, input.format, {
          includeTraining: input.includeTraining,
        });
        return { folder, ...made };
      }),
  };
}
