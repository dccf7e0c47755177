import type { Catalog } from '../catalog.ts';

/** What the station says about its data folder, ledger, warehouse server and requests, in English. */
export default {
  'data-disk-full.title': 'The disk is full',
  'data-disk-full.message':
    "The disk that holds the station's data folder ({{dataDir}}) is full, so nothing new can be recorded. What was recorded before is kept. Free some space, then restart the station.",
  'data-read-only.title': 'The data folder cannot be written',
  'data-read-only.message':
    "The station's data folder ({{dataDir}}) has become read-only, so nothing new can be recorded. What was recorded before is kept. Make the folder writable again, then restart the station.",
  'data-unwritable.title': 'The data folder stopped working',
  'data-unwritable.message':
    "Writing to the station's data folder ({{dataDir}}) failed. What was recorded before is kept. Check the disk, then restart the station.",
  'data-dir-unusable.title': 'Cannot use the data folder',
  'data-dir-unusable.message': 'Could not create {{dataDir}}.',
  'ledger-unreadable.title': 'The ledger cannot be opened',
  'ledger-unreadable.message':
    '{{file}} could not be opened as a database. It may be damaged or belong to another program.',
  'ledger-too-new.title': 'The ledger is from a newer HoloBench',
  'ledger-too-new.message':
    'This ledger has schema version {{newest}}, but this station only knows up to {{known}}. Update HoloBench; the ledger was left untouched.',
  'warehouse-address.title': 'Bad warehouse address',
  'warehouse-address.message': 'The warehouse address is not usable: {{detail}}.',
  'warehouse-too-new.title': 'The warehouse server is from a newer HoloBench',
  'warehouse-too-new.message':
    'Its schema is version {{newest}}, but this bench only knows up to {{known}}. Update HoloBench on this bench; the server was left untouched.',
  'run-finished.title': 'This enrollment is already finished',
  'run-finished.message': 'Start a new one to go again.',
  'run-step-unknown.title': 'No such step',
  'run-step-unknown.message': 'The plan of this enrollment has no step "{{stepId}}".',
  'run-not-found.title': 'Enrollment not found',
  'run-not-found.message': 'The ledger has no enrollment number {{runId}}.',
  'unknown-call.title': 'Unknown request',
  'unknown-call.message': 'No call named "{{name}}".',
  'invalid-input.title': 'Invalid request',
  'internal.title': 'Something went wrong inside the station',
  'package-not-found.title': 'Package not found',
  'package-not-found.message': 'There is no package file at {{path}}.',
  'no-batch.title': 'No batch',
  'no-batch.message': 'No batch has run since the station started.',
} as const satisfies Catalog;
