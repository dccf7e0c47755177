import type { DatabaseSync } from 'node:sqlite';
import type { DeviceLabel, LedgerEventView } from '../../shared/contract/devices.ts';
import { inTransaction, openLedgerDb } from './db.ts';
import { guardDatabase, StorageHealth } from './storage-health.ts';
import { sayStoredSentences } from './words.ts';

export type Clock = () => Date;

export interface DeviceRow {
  key: string;
  usbId: string;
  serial: string | null;
  model: string;
  mode: string;
  confidence: string;
  kind: string;
  rule: string;
  productName: string | null;
  manufacturer: string | null;
  portPath: string;
  source: string;
  firstSeen: string;
  lastSeen: string;
  info: Record<string, unknown>;
}

export type DeviceSighting = Omit<DeviceRow, 'firstSeen' | 'lastSeen' | 'info'>;

/**
 * The station's memory: every device seen, what happened to it, and the technicians' labels. Other domains
 * (packages, enrollment, Autopilot, batches) keep their own tables in the same database through `db`.
 */
export class Ledger {
  readonly db: DatabaseSync;
  readonly now: Clock;
  /** Whether writes still work; the first full-disk or read-only failure is kept here. */
  readonly health: StorageHealth;

  constructor(db: DatabaseSync, now: Clock = () => new Date(), health = new StorageHealth(db.location() ?? '')) {
    this.health = health;
    this.db = guardDatabase(db, health);
    this.now = now;
  }

  static open(dataDir: string, now?: Clock): Ledger {
    return new Ledger(openLedgerDb(dataDir), now, new StorageHealth(dataDir));
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  stamp(): string {
    return this.now().toISOString();
  }

  transaction<T>(fn: () => T): T {
    return inTransaction(this.db, fn);
  }

  /** Records that a device is on the bus: inserts it the first time, refreshes what may change after. */
  recordSighting(s: DeviceSighting, eventKind: string, detail: Record<string, unknown> = {}): DeviceRow {
    const at = this.stamp();
    return this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO devices (key, usb_id, serial, model, mode, confidence, kind, rule, product_name, manufacturer,
                                port_path, source, first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(key) DO UPDATE SET
             usb_id = excluded.usb_id, serial = excluded.serial, model = excluded.model, mode = excluded.mode,
             confidence = excluded.confidence, kind = excluded.kind, rule = excluded.rule,
             product_name = excluded.product_name, manufacturer = excluded.manufacturer,
             port_path = excluded.port_path, source = excluded.source, last_seen = excluded.last_seen`,
        )
        .run(
          s.key,
          s.usbId,
          s.serial,
          s.model,
          s.mode,
          s.confidence,
          s.kind,
          s.rule,
          s.productName,
          s.manufacturer,
          s.portPath,
          s.source,
          at,
          at,
        );
      this.insertEvent(s.key, at, eventKind, { portPath: s.portPath, ...detail });
      return this.mustGetDevice(s.key);
    });
  }

  touchDevice(key: string): void {
    this.db.prepare('UPDATE devices SET last_seen = ? WHERE key = ?').run(this.stamp(), key);
  }

  /** Merges facts learned later (MTP device info, battery, ...) into the device's info. */
  mergeDeviceInfo(key: string, info: Record<string, unknown>): void {
    const row = this.getDevice(key);
    if (!row) return;
    const merged = { ...row.info, ...info };
    this.db
      .prepare('UPDATE devices SET info_json = ?, last_seen = ? WHERE key = ?')
      .run(JSON.stringify(merged), this.stamp(), key);
  }

  addEvent(deviceKey: string, kind: string, detail: Record<string, unknown> = {}): void {
    this.insertEvent(deviceKey, this.stamp(), kind, detail);
  }

  private insertEvent(deviceKey: string, at: string, kind: string, detail: Record<string, unknown>): void {
    this.db
      .prepare('INSERT INTO device_events (device_key, at, kind, detail_json) VALUES (?, ?, ?, ?)')
      .run(deviceKey, at, kind, JSON.stringify(detail));
  }

  getDevice(key: string): DeviceRow | undefined {
    const r = this.db.prepare('SELECT * FROM devices WHERE key = ?').get(key);
    return r ? toDeviceRow(r) : undefined;
  }

  private mustGetDevice(key: string): DeviceRow {
    const row = this.getDevice(key);
    if (!row) throw new Error(`device ${key} vanished inside its own transaction`);
    return row;
  }

  listDevices(): DeviceRow[] {
    return this.db.prepare('SELECT * FROM devices ORDER BY first_seen, key').all().map(toDeviceRow);
  }

  findDevicesBySerial(serial: string): DeviceRow[] {
    return this.db.prepare('SELECT * FROM devices WHERE serial = ? ORDER BY first_seen').all(serial).map(toDeviceRow);
  }

  events(deviceKey: string, limit = 500): LedgerEventView[] {
    return this.db
      .prepare('SELECT at, kind, detail_json FROM device_events WHERE device_key = ? ORDER BY id DESC LIMIT ?')
      .all(deviceKey, limit)
      .map((r) => ({ at: text(r.at), kind: text(r.kind), detail: sayEventWords(parseJsonObject(r.detail_json)) }));
  }

  countEvents(): number {
    const r = this.db.prepare('SELECT COUNT(*) AS n FROM device_events').get();
    return Number(r?.n ?? 0);
  }

  getSetting(key: string): unknown {
    const r = this.db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key);
    if (!r) return undefined;
    try {
      return JSON.parse(text(r.value_json)) as unknown;
    } catch {
      return undefined;
    }
  }

  setSetting(key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
      )
      .run(key, JSON.stringify(value), this.stamp());
  }

  saveLabel(label: DeviceLabel): void {
    this.db
      .prepare(
        `INSERT INTO labels (usb_id, model, mode, note, labelled_by, labelled_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(usb_id) DO UPDATE SET model = excluded.model, mode = excluded.mode, note = excluded.note,
           labelled_by = excluded.labelled_by, labelled_at = excluded.labelled_at`,
      )
      .run(label.usbId, label.model, label.mode, label.note, label.labelledBy, label.labelledAt);
  }

  removeLabel(usbId: string): boolean {
    return Number(this.db.prepare('DELETE FROM labels WHERE usb_id = ?').run(usbId).changes) > 0;
  }

  listLabels(): DeviceLabel[] {
    return this.db
      .prepare('SELECT * FROM labels ORDER BY usb_id')
      .all()
      .map((r) => ({
        usbId: text(r.usb_id),
        model: text(r.model) as DeviceLabel['model'],
        mode: text(r.mode) as DeviceLabel['mode'],
        note: text(r.note),
        labelledBy: text(r.labelled_by),
        labelledAt: text(r.labelled_at),
      }));
  }
}

type SqlRow = Record<string, unknown>;

/**
 * An event that kept its message as words (a list of whole sentences, see ./words.ts) has the message said again
 * in today's language; an event written before, or without words, keeps the message it was written with.
 */
function sayEventWords(detail: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(detail.words)) return detail;
  const asMade = typeof detail.message === 'string' ? detail.message : '';
  return { ...detail, message: sayStoredSentences(detail.words, asMade) };
}

/** SQLite hands back unknown; these narrow it without ever printing "[object Object]". */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return '';
}

export function textOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : text(v);
}

function toDeviceRow(r: SqlRow): DeviceRow {
  return {
    key: text(r.key),
    usbId: text(r.usb_id),
    serial: textOrNull(r.serial),
    model: text(r.model),
    mode: text(r.mode),
    confidence: text(r.confidence),
    kind: text(r.kind),
    rule: text(r.rule),
    productName: textOrNull(r.product_name),
    manufacturer: textOrNull(r.manufacturer),
    portPath: text(r.port_path),
    source: text(r.source),
    firstSeen: text(r.first_seen),
    lastSeen: text(r.last_seen),
    info: parseJsonObject(r.info_json),
  };
}

export function parseJsonObject(v: unknown): Record<string, unknown> {
  if (typeof v !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
