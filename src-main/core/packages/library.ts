import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inspection, type LibraryPackage, type PackageFinding, type Worst } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { parseJsonObject, text, type Ledger } from '../ledger/ledger.ts';
import { inspectPackage, type InspectOptions, type PackageInspection } from './inspect.ts';
import { say } from '../language.ts';
import { sayWords } from './finding-words.ts';

export interface LibraryOptions {
  ledger: Ledger;
  /** The folder the packages are kept in (the data folder's `packages`). */
  dir: string;
  technician: () => string;
  /** Called after every change, so the station can tell every window. */
  onChange?: () => void;
}

export interface ImportOptions {
  notes?: string;
  signal?: AbortSignal;
}

type Row = Record<string, unknown>;

const SEVERITIES = ['block', 'warn', 'info'] as const;

export function worstOf(findings: readonly PackageFinding[]): Worst {
  return SEVERITIES.find((s) => findings.some((f) => f.severity === s)) ?? 'none';
}

export function toInspection(i: PackageInspection): Inspection {
  return Inspection.parse(i);
}

/**
 * The station's package library: each imported .ppkg is copied into the data folder under its SHA-256 (written
 * to a temporary name first and renamed once whole), inspected, and listed from the ledger with the tech's notes.
 */
export class PackageLibrary {
  private readonly ledger: Ledger;
  readonly dir: string;
  private readonly technician: () => string;
  private readonly onChange: () => void;

  constructor(options: LibraryOptions) {
    this.ledger = options.ledger;
    this.dir = options.dir;
    this.technician = options.technician;
    this.onChange = options.onChange ?? (() => undefined);
  }

  filePath(sha256: string): string {
    return join(this.dir, `${sha256}.ppkg`);
  }

  async import(
    sourcePath: string,
    options: ImportOptions = {},
  ): Promise<{ package: LibraryPackage; duplicate: boolean }> {
    await assertFile(sourcePath);
    const { sha256, size, temp } = await this.copyIn(sourcePath, options.signal);
    const existing = this.find(sha256);
    const final = this.filePath(sha256);
    if (existing && existsSync(final)) {
      await rm(temp, { force: true });
      // Notes typed for a package already here are kept when it had none, never written over.
      if (options.notes?.trim() && !existing.notes)
        return { package: this.updateNotes(sha256, options.notes), duplicate: true };
      return { package: existing, duplicate: true };
    }
    await rename(temp, final);
    let inspection: Inspection;
    try {
      inspection = toInspection(await inspectPackage(final, { signal: options.signal }));
    } catch (error) {
      if (!existing) await rm(final, { force: true });
      throw error;
    }
    const now = this.ledger.stamp();
    this.ledger.db
      .prepare(
        `INSERT INTO packages (sha256, name, size, notes, imported_at, imported_by, source_path, worst, inspected_at,
                               inspection_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(sha256) DO UPDATE SET worst = excluded.worst, inspected_at = excluded.inspected_at,
           inspection_json = excluded.inspection_json`,
      )
      .run(
        sha256,
        packageFileName(sourcePath),
        size,
        options.notes?.trim() ?? '',
        now,
        this.technician(),
        sourcePath,
        worstOf(inspection.findings),
        now,
        JSON.stringify(inspection),
      );
    this.onChange();
    return { package: this.get(sha256), duplicate: existing !== undefined };
  }

  list(): LibraryPackage[] {
    return this.ledger.db
      .prepare('SELECT * FROM packages ORDER BY imported_at DESC, name')
      .all()
      .map((r) => this.toView(r));
  }

  find(sha256: string): LibraryPackage | undefined {
    const row = this.row(sha256);
    return row ? this.toView(row) : undefined;
  }

  get(sha256: string): LibraryPackage {
    const found = this.find(sha256);
    if (!found) throw notInLibrary(sha256);
    return found;
  }

  /** The inspection kept from the last check. */
  inspection(sha256: string): Inspection {
    const row = this.row(sha256);
    if (!row) throw notInLibrary(sha256);
    return storedInspection(row);
  }

  /**
   * Reads the stored file again (token expiry moves with the clock; target and MDM plans change the findings).
   * A check with the default options replaces the stored one.
   */
  async recheck(sha256: string, options: InspectOptions = {}): Promise<Inspection> {
    const pkg = this.get(sha256);
    if (!pkg.fileExists) throw fileMissing(pkg);
    const inspection = toInspection(await inspectPackage(this.filePath(sha256), options));
    if (options.target === undefined && options.mdmPlanned === undefined) {
      this.ledger.db
        .prepare('UPDATE packages SET worst = ?, inspected_at = ?, inspection_json = ? WHERE sha256 = ?')
        .run(worstOf(inspection.findings), this.ledger.stamp(), JSON.stringify(inspection), sha256);
      this.onChange();
    }
    return inspection;
  }

  updateNotes(sha256: string, notes: string): LibraryPackage {
    this.get(sha256);
    this.ledger.db.prepare('UPDATE packages SET notes = ? WHERE sha256 = ?').run(notes.trim(), sha256);
    this.onChange();
    return this.get(sha256);
  }

  /** Removes the file and the library row; the record of where it was applied stays in the ledger. */
  async remove(sha256: string): Promise<boolean> {
    const found = this.row(sha256) !== undefined;
    await rm(this.filePath(sha256), { force: true });
    if (!found) return false;
    this.ledger.db.prepare('DELETE FROM packages WHERE sha256 = ?').run(sha256);
    this.onChange();
    return true;
  }

  /** A package ready to put on a device: in the library, its file present. */
  usable(sha256: string): { pkg: LibraryPackage; path: string } {
    const pkg = this.get(sha256);
    if (!pkg.fileExists) throw fileMissing(pkg);
    return { pkg, path: this.filePath(sha256) };
  }

  private row(sha256: string): Row | undefined {
    return this.ledger.db.prepare('SELECT * FROM packages WHERE sha256 = ?').get(sha256);
  }

  private async copyIn(source: string, signal?: AbortSignal): Promise<{ sha256: string; size: number; temp: string }> {
    const temp = join(this.dir, `.import-${randomUUID()}.tmp`);
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(createReadStream(source), tap, createWriteStream(temp, { flags: 'wx' }), { signal });
    } catch (error) {
      await rm(temp, { force: true });
      if (signal?.aborted) throw signal.reason;
      throw new StationError(
        'ppkg.import-failed',
        say('station-work:library.copyFailed.title'),
        say('station-work:library.copyFailed.message', {
          path: source,
          code: (error as NodeJS.ErrnoException).code ?? 'EIO',
        }),
        { cause: error },
      );
    }
    return { sha256: hash.digest('hex'), size, temp };
  }

  private toView(r: Row): LibraryPackage {
    const sha256 = text(r.sha256);
    const inspection = storedInspection(r);
    const counts = { block: 0, warn: 0, info: 0 };
    for (const f of inspection.findings) counts[f.severity]++;
    const sets = [...new Set(inspection.settings.filter((s) => s.kind === 'setting').map((s) => s.id))];
    return {
      sha256,
      name: text(r.name),
      size: Number(r.size),
      notes: text(r.notes),
      importedAt: text(r.imported_at),
      importedBy: text(r.imported_by),
      worst: worstOf(inspection.findings),
      counts,
      sets,
      version: inspection.package.version ?? null,
      inspectedAt: text(r.inspected_at),
      fileExists: existsSync(this.filePath(sha256)),
    };
  }
}

function storedInspection(r: Row): Inspection {
  const parsed = Inspection.safeParse(parseJsonObject(r.inspection_json));
  // Findings are kept as words and said again now, so a package checked in one language reads in today's.
  if (parsed.success) {
    return {
      ...parsed.data,
      findings: parsed.data.findings.map((f) => (f.words ? { ...f, message: sayWords(f.words) } : f)),
    };
  }
  return {
    sha256: text(r.sha256),
    size: Number(r.size),
    format: 'unknown',
    compression: 'unknown',
    members: [],
    settings: [],
    package: {},
    findings: [
      {
        severity: 'warn',
        code: 'ppkg.inspection-unreadable',
        message: say('station-work:finding.inspection-unreadable'),
      },
    ],
  };
}

/** The name the package keeps in the library and on the device; HoloLens looks for the .ppkg extension. */
export function packageFileName(sourcePath: string): string {
  const name = basename(sourcePath.replace(/\\/g, '/')).trim() || 'package.ppkg';
  return /\.ppkg$/i.test(name) ? name : `${name}.ppkg`;
}

async function assertFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) {
    throw new StationError(
      'ppkg.file-not-found',
      say('station-work:inspect.notFound.title'),
      say('station-work:inspect.notFound.message', { file: path }),
    );
  }
  if (!info.isFile())
    throw new StationError(
      'ppkg.not-a-file',
      say('station-work:inspect.notAFile.title'),
      say('station-work:inspect.notAFile.message', { file: path }),
    );
}

function notInLibrary(sha256: string): StationError {
  return new StationError(
    'ppkg.not-in-library',
    say('station-work:library.notFound.title'),
    say('station-work:library.notFound.message', { sha: `${sha256.slice(0, 12)}…` }),
  );
}

function fileMissing(pkg: LibraryPackage): StationError {
  return new StationError(
    'ppkg.file-missing',
    say('station-work:library.fileMissing.title'),
    say('station-work:library.fileMissing.message', { name: pkg.name }),
  );
}
