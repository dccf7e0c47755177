import { createHash } from 'node:crypto';
import type { Ledger } from '../ledger/ledger.ts';
import { sayStored, storedWordsOf, type StoredWords } from '../ledger/words.ts';
import type { ImportStatus } from './import-result.ts';
import type {
  AutopilotStore,
  GraphState,
  HarvestRecord,
  NewHarvest,
  UploadRecord,
  UploadRequest,
  UploadState,
} from './store.ts';

type Row = Record<string, unknown>;

// node:sqlite hands back strings, numbers, bigints, null or bytes; only the first three become text here.
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? `${v}` : '';
const strOrNull = (v: unknown): string | null => (v == null ? null : str(v));
const numOrNull = (v: unknown): number | null => (v == null ? null : Number(v));

// An upload's message without words (Graph's own text, an older station's) stores NULL and reads as written.
const wordsJson = (w: StoredWords | undefined): string | null => (w ? JSON.stringify(w) : null);

/** A sign-in that stalled mid-send (crash, closed laptop) gives its claim back after this long. */
export const DEFAULT_STALE_CLAIM_MS = 10 * 60_000;

const UPLOAD_SELECT = `
  SELECT u.*, h.product_id, h.hardware_hash, h.simulated
  FROM autopilot_uploads u JOIN autopilot_harvests h ON h.id = u.harvest_id`;

/** The AutopilotStore over the ledger's node:sqlite database (tables from autopilotMigration). */
export class SqliteAutopilotStore implements AutopilotStore {
  private readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  private get db() {
    return this.ledger.db;
  }

  saveHarvest(h: NewHarvest): HarvestRecord {
    const recordedAt = this.ledger.stamp();
    const sha = createHash('sha256').update(h.hardwareHash).digest('hex');
    const result = this.db
      .prepare(
        `INSERT INTO autopilot_harvests (device_key, serial, product_id, hardware_hash, hash_sha256, csv_name, zip_path,
                                         source, simulated, harvested_at, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        h.deviceKey ?? null,
        h.serialNumber,
        h.productId,
        h.hardwareHash,
        sha,
        h.csvName ?? null,
        h.zipPath ?? null,
        h.source,
        h.simulated ? 1 : 0,
        h.harvestedAt,
        recordedAt,
      );
    return this.mustGetHarvest(Number(result.lastInsertRowid));
  }

  getHarvest(id: number): HarvestRecord | undefined {
    const r = this.db.prepare('SELECT * FROM autopilot_harvests WHERE id = ?').get(id);
    return r ? toHarvest(r) : undefined;
  }

  private mustGetHarvest(id: number): HarvestRecord {
    const h = this.getHarvest(id);
    if (!h) throw new Error(`harvest ${id} vanished`);
    return h;
  }

  harvestHistory(serialNumber: string): HarvestRecord[] {
    return this.db
      .prepare('SELECT * FROM autopilot_harvests WHERE serial = ? COLLATE NOCASE ORDER BY harvested_at, id')
      .all(serialNumber)
      .map(toHarvest);
  }

  latestHarvests(): HarvestRecord[] {
    // The newest by harvest time (then by insertion) for each serial, compared without case like Intune does.
    return this.db
      .prepare(
        `SELECT * FROM (
           SELECT h.*, ROW_NUMBER() OVER (PARTITION BY UPPER(serial) ORDER BY harvested_at DESC, id DESC) AS rank
           FROM autopilot_harvests h)
         WHERE rank = 1 ORDER BY harvested_at, id`,
      )
      .all()
      .map(toHarvest);
  }

  enqueueUpload(request: UploadRequest): { upload: UploadRecord; created: boolean } {
    return this.ledger.transaction(() => {
      const harvest = this.getHarvest(request.harvestId);
      if (!harvest) throw new Error(`no harvest ${request.harvestId} to upload`);
      const active = this.db
        .prepare(
          `${UPLOAD_SELECT} WHERE u.serial = ? COLLATE NOCASE AND u.state IN ('queued', 'sending', 'submitted')
           ORDER BY u.id LIMIT 1`,
        )
        .get(harvest.serialNumber);
      if (active) return { upload: toUpload(active), created: false };
      const at = this.ledger.stamp();
      const result = this.db
        .prepare(
          `INSERT INTO autopilot_uploads (harvest_id, serial, group_tag, assigned_user, state, enqueued_at, updated_at)
           VALUES (?, ?, ?, ?, 'queued', ?, ?)`,
        )
        .run(harvest.id, harvest.serialNumber, request.groupTag ?? '', request.assignedUser ?? '', at, at);
      return { upload: this.mustGetUpload(Number(result.lastInsertRowid)), created: true };
    });
  }

  claimQueued(limit: number, options: { staleAfterMs?: number; excludeIds?: readonly number[] } = {}): UploadRecord[] {
    return this.ledger.transaction(() => {
      const now = this.ledger.now();
      const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? DEFAULT_STALE_CLAIM_MS)).toISOString();
      const exclude = JSON.stringify(options.excludeIds ?? []);
      const ids = this.db
        .prepare(
          `SELECT id FROM autopilot_uploads
           WHERE (state = 'queued' OR (state = 'sending' AND claimed_at < ?))
             AND id NOT IN (SELECT value FROM json_each(?))
           ORDER BY id LIMIT ?`,
        )
        .all(staleBefore, exclude, limit)
        .map((r) => Number(r.id));
      const at = now.toISOString();
      const claim = this.db.prepare(
        `UPDATE autopilot_uploads SET state = 'sending', claimed_at = ?, attempts = attempts + 1, updated_at = ?
         WHERE id = ?`,
      );
      for (const id of ids) claim.run(at, at, id);
      return ids.map((id) => this.mustGetUpload(id));
    });
  }

  releaseToQueue(id: number, message: string, words?: StoredWords): void {
    this.db
      .prepare(
        `UPDATE autopilot_uploads SET state = 'queued', claimed_at = NULL, message = ?, message_words = ?,
           updated_at = ?
         WHERE id = ? AND state = 'sending'`,
      )
      .run(message, wordsJson(words), this.ledger.stamp(), id);
  }

  markSubmitted(id: number, graphId: string, s: GraphState): void {
    const at = this.ledger.stamp();
    this.db
      .prepare(
        `UPDATE autopilot_uploads SET state = 'submitted', graph_id = ?, import_status = ?, message = ?,
           message_words = ?, claimed_at = NULL, submitted_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(graphId, s.importStatus ?? null, s.message, wordsJson(s.words), at, at, id);
  }

  markPolled(id: number, s: GraphState): void {
    this.db
      .prepare(
        `UPDATE autopilot_uploads SET import_status = COALESCE(?, import_status), message = ?, message_words = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(s.importStatus ?? null, s.message, wordsJson(s.words), this.ledger.stamp(), id);
  }

  markFinished(id: number, outcome: 'complete' | 'error', s: GraphState): void {
    const at = this.ledger.stamp();
    this.db
      .prepare(
        `UPDATE autopilot_uploads SET state = ?, import_status = COALESCE(?, import_status), error_code = ?,
           error_name = ?, device_registration_id = ?, message = ?, message_words = ?, claimed_at = NULL,
           finished_at = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        outcome,
        s.importStatus ?? null,
        s.errorCode ?? null,
        s.errorName ?? null,
        s.deviceRegistrationId ?? null,
        s.message,
        wordsJson(s.words),
        at,
        at,
        id,
      );
  }

  listUploads(filter: { states?: UploadState[]; serialNumber?: string } = {}): UploadRecord[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.states && filter.states.length > 0) {
      where.push(`u.state IN (${filter.states.map(() => '?').join(', ')})`);
      params.push(...filter.states);
    }
    if (filter.serialNumber !== undefined) {
      where.push('u.serial = ? COLLATE NOCASE');
      params.push(filter.serialNumber);
    }
    const sql = `${UPLOAD_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY u.id`;
    return this.db
      .prepare(sql)
      .all(...params)
      .map(toUpload);
  }

  private mustGetUpload(id: number): UploadRecord {
    const r = this.db.prepare(`${UPLOAD_SELECT} WHERE u.id = ?`).get(id);
    if (!r) throw new Error(`upload ${id} vanished`);
    return toUpload(r);
  }
}

function toHarvest(r: Row): HarvestRecord {
  return {
    id: Number(r.id),
    deviceKey: strOrNull(r.device_key),
    serialNumber: str(r.serial),
    productId: str(r.product_id),
    hardwareHash: str(r.hardware_hash),
    hashSha256: str(r.hash_sha256),
    csvName: strOrNull(r.csv_name),
    zipPath: strOrNull(r.zip_path),
    source: r.source === 'device' ? 'device' : 'file',
    simulated: Number(r.simulated) === 1,
    harvestedAt: str(r.harvested_at),
    recordedAt: str(r.recorded_at),
  };
}

function toUpload(r: Row): UploadRecord {
  return {
    id: Number(r.id),
    harvestId: Number(r.harvest_id),
    serialNumber: str(r.serial),
    productId: str(r.product_id),
    hardwareHash: str(r.hardware_hash),
    simulated: Number(r.simulated) === 1,
    groupTag: str(r.group_tag),
    assignedUser: str(r.assigned_user),
    state: str(r.state) as UploadState,
    graphId: strOrNull(r.graph_id),
    importStatus: strOrNull(r.import_status) as ImportStatus | null,
    errorCode: numOrNull(r.error_code),
    errorName: strOrNull(r.error_name),
    deviceRegistrationId: strOrNull(r.device_registration_id),
    // Said again in today's language from the kept words; a row from before words were kept reads as written.
    message: sayStored(storedWordsOf(r.message_words), str(r.message)),
    attempts: Number(r.attempts),
    enqueuedAt: str(r.enqueued_at),
    submittedAt: strOrNull(r.submitted_at),
    finishedAt: strOrNull(r.finished_at),
    updatedAt: str(r.updated_at),
  };
}
