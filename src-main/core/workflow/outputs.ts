import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { writeFileAtomic } from './files.ts';
import { exportLedger, type LedgerExportOptions } from './ledger-export.ts';
import { batchReportCsv, batchReportHtml } from './report.ts';
import type { WorkflowStore } from './store.ts';
import { apartFromTraining, summarizeBatch, type BatchSummary } from './summary.ts';
import { say } from '../language.ts';

/** Batch reports and ledger exports written to files, each whole or not at all. */

export interface SavedFile {
  path: string;
  name: string;
  bytes: number;
}

/** A batch by id, or the newest one ("latest"); a typed error when there is none. */
export function findBatchSummary(store: WorkflowStore, which: number | 'latest'): BatchSummary {
  const id = which === 'latest' ? store.listBatches(1)[0]?.id : which;
  if (id === undefined || !store.getBatch(id)) {
    throw new StationError(
      'batch-not-found',
      say('workflow:err.noBatch'),
      which === 'latest' ? say('workflow:err.noBatchYet') : say('workflow:err.notInLedger', { batchId: which }),
    );
  }
  return summarizeBatch(store, id);
}

export function reportText(summary: BatchSummary, format: 'csv' | 'html', now: Date): string {
  return format === 'csv' ? batchReportCsv(summary) : batchReportHtml(summary, now);
}

export function reportFileName(summary: BatchSummary, format: 'csv' | 'html'): string {
  return `batch-${summary.batchId}-${summary.profile}.${format}`;
}

/** Writes the report into `folder` (the station's reports folder) and returns where it is. */
export function writeBatchReport(
  store: WorkflowStore,
  folder: string,
  which: number | 'latest',
  format: 'csv' | 'html',
  options: { includeTraining?: boolean } = {},
): SavedFile & { batchId: number; trainingLeftOut: number } {
  const summary = apartFromTraining(findBatchSummary(store, which), options.includeTraining === true);
  const saved = writeFileAtomic(
    join(folder, reportFileName(summary, format)),
    reportText(summary, format, store.ledger.now()),
  );
  return { ...saved, batchId: summary.batchId, trainingLeftOut: summary.trainingLeftOut };
}

/** `ledger export`: one JSON document, or one CSV per table, into `folder` (created). */
export function writeLedgerExport(
  ledger: Ledger,
  folder: string,
  format: 'json' | 'csv',
  options: LedgerExportOptions = {},
): { files: SavedFile[]; trainingLeftOut: number } {
  const made = exportLedger(ledger, format, options);
  mkdirSync(folder, { recursive: true });
  return {
    files: made.files.map((f) => writeFileAtomic(join(folder, f.name), f.text)),
    trainingLeftOut: made.trainingLeftOut,
  };
}

/** A folder name for an export made now: ledger-2026-11-26T16-19-53Z. */
export function exportFolderName(now: Date): string {
  return `ledger-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}`;
}
