import type { Application, ApplicationResult, ApplyMethod } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { parseJsonObject, text, textOrNull, type Ledger } from '../ledger/ledger.ts';
import { say } from '../language.ts';

export interface NewApplication {
  packageSha256: string;
  packageName: string;
  method: ApplyMethod;
  deviceKey: string | null;
  deviceId: string | null;
  serial: string | null;
  model: string | null;
  technician: string;
  detail?: Record<string, unknown>;
}

export interface ApplicationUpdate {
  remotePath?: string;
  verified?: boolean;
  detail?: Record<string, unknown>;
}

type Row = Record<string, unknown>;
const RESULTS: readonly ApplicationResult[] = ['copied', 'applied', 'failed', 'canceled'];

/**
 * The ledger's record of packages put on devices and USB kits: which package (by hash), which device (ledger key
 * and serial), who, how, when, and how it ended. Device events mirror each start and end in the device history.
 */
export class PackageApplications {
  private readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  start(a: NewApplication): Application {
    const r = this.ledger.db
      .prepare(
        `INSERT INTO package_applications (package_sha256, package_name, method, device_key, device_id, serial, model,
                                           technician, started_at, detail_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.packageSha256,
        a.packageName,
        a.method,
        a.deviceKey,
        a.deviceId,
        a.serial,
        a.model,
        a.technician,
        this.ledger.stamp(),
        JSON.stringify(a.detail ?? {}),
      );
    const app = this.get(Number(r.lastInsertRowid));
    this.deviceEvent(app, 'package-apply-started', {});
    return app;
  }

  /** Records what is known so far (where the copy landed, whether it was verified). */
  update(id: number, u: ApplicationUpdate): Application {
    const app = this.get(id);
    this.ledger.db
      .prepare('UPDATE package_applications SET remote_path = ?, verified = ?, detail_json = ? WHERE id = ?')
      .run(
        u.remotePath ?? app.remotePath,
        (u.verified ?? app.verified) ? 1 : 0,
        JSON.stringify({ ...app.detail, ...u.detail }),
        id,
      );
    return this.get(id);
  }

  /**
   * Ends an attempt. An attempt left at 'copied' may still end as applied or failed (the tech confirmed later);
   * anything else already finished is refused, so the ledger never rewrites a result.
   */
  finish(
    id: number,
    result: ApplicationResult,
    by: 'station' | 'technician' | null,
    u: ApplicationUpdate = {},
  ): Application {
    const app = this.get(id);
    if (app.result !== null && app.result !== 'copied') {
      throw new StationError(
        'ppkg.apply-finished',
        say('station-work:apply.alreadyRecorded.title'),
        say('station-work:apply.alreadyRecorded.message'),
      );
    }
    this.update(id, u);
    this.ledger.db
      .prepare('UPDATE package_applications SET result = ?, confirmed_by = ?, finished_at = ? WHERE id = ?')
      .run(result, by, this.ledger.stamp(), id);
    const done = this.get(id);
    this.deviceEvent(done, 'package-apply-finished', { result, confirmedBy: by, verified: done.verified });
    return done;
  }

  get(id: number): Application {
    const row = this.ledger.db.prepare('SELECT * FROM package_applications WHERE id = ?').get(id);
    if (!row) {
      throw new StationError(
        'ppkg.apply-not-found',
        say('station-work:apply.notInLedger.title'),
        say('station-work:apply.notInLedger.message', { id }),
      );
    }
    return toView(row);
  }

  /** Newest first, filtered by package and/or device (ledger key, or serial under any USB identity). */
  list(filter: { sha256?: string; deviceKey?: string; serial?: string | null; limit?: number } = {}): Application[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.sha256) {
      where.push('package_sha256 = ?');
      args.push(filter.sha256);
    }
    if (filter.deviceKey) {
      if (filter.serial) {
        where.push('(device_key = ? OR serial = ?)');
        args.push(filter.deviceKey, filter.serial);
      } else {
        where.push('device_key = ?');
        args.push(filter.deviceKey);
      }
    }
    const sql = `SELECT * FROM package_applications ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY id DESC LIMIT ?`;
    return this.ledger.db
      .prepare(sql)
      .all(...args, filter.limit ?? 200)
      .map(toView);
  }

  private deviceEvent(app: Application, kind: string, extra: Record<string, unknown>): void {
    if (!app.deviceKey || !this.ledger.getDevice(app.deviceKey)) return;
    this.ledger.addEvent(app.deviceKey, kind, {
      applicationId: app.id,
      package: app.packageName,
      sha256: app.packageSha256,
      method: app.method,
      by: app.technician,
      ...extra,
    });
  }
}

function toView(r: Row): Application {
  const result = textOrNull(r.result);
  const by = textOrNull(r.confirmed_by);
  return {
    id: Number(r.id),
    packageSha256: text(r.package_sha256),
    packageName: text(r.package_name),
    method: text(r.method) as ApplyMethod,
    deviceKey: textOrNull(r.device_key),
    deviceId: textOrNull(r.device_id),
    serial: textOrNull(r.serial),
    model: textOrNull(r.model),
    technician: text(r.technician),
    startedAt: text(r.started_at),
    finishedAt: textOrNull(r.finished_at),
    result: RESULTS.find((x) => x === result) ?? null,
    confirmedBy: by === 'station' || by === 'technician' ? by : null,
    remotePath: textOrNull(r.remote_path),
    verified: Number(r.verified) === 1,
    detail: parseJsonObject(r.detail_json),
  };
}
