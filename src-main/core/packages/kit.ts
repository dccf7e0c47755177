import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Drive, KitFile, KitResult, UsbRule } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import type { PackageApplications } from './applications.ts';
import { sha256OfFile } from './apply.ts';
import { USB_PROVISIONING_RULES } from './build-rules.ts';
import { checkKitDrive, isPathInside, type DriveVerdict } from './drive-rules.ts';
import type { DriveLister, ListedDrive } from './drives.ts';
import { say } from '../language.ts';

export interface KitPackage {
  sha256: string;
  name: string;
  path: string;
  size: number;
}

export interface KitDeps {
  listers: () => DriveLister[];
  stationDataDir: string;
  osPaths: string[];
  applications: PackageApplications;
  technician: () => string;
}

export interface KitControl {
  signal?: AbortSignal;
  progress?: (phase: 'copy' | 'verify', bytes: number, total: number) => void;
}

/** The rules as the kit page shows them; each `what` is read in the station's language when it is shown. */
export const USB_RULES: UsbRule[] = [...USB_PROVISIONING_RULES];

const sameMount = (a: string, b: string): boolean => isPathInside(a, b) && isPathInside(b, a);

/**
 * USB drive kits for HoloLens 2: packages copied to the root of a removable drive. The drive must be in the
 * system's own drive list and pass every drive rule; each file is written under a temporary name, renamed once
 * whole, and read back to check its SHA-256. Each package written is recorded in the ledger.
 */
export class KitWriter {
  private readonly deps: KitDeps;

  constructor(deps: KitDeps) {
    this.deps = deps;
  }

  async listDrives(kitBytes: number): Promise<{ drives: Drive[]; problems: string[] }> {
    const { drives, problems } = await this.gather();
    const views = await Promise.all(drives.map((d) => this.view(d, kitBytes)));
    // Usable drives first, then the rest, so the stick the tech just plugged in is on top.
    views.sort(
      (a, b) => Number(b.verdict.allowed) - Number(a.verdict.allowed) || Number(b.removable) - Number(a.removable),
    );
    return { drives: views, problems };
  }

  async write(mountPath: string, packages: KitPackage[], control: KitControl = {}): Promise<KitResult> {
    if (packages.length === 0) {
      throw new StationError(
        'usage',
        say('station-work:kit.noPackages.title'),
        say('station-work:kit.noPackages.message'),
      );
    }
    const names = new Map<string, string>();
    for (const p of packages) {
      const key = p.name.toLowerCase();
      if (names.has(key) && names.get(key) !== p.sha256) {
        throw new StationError(
          'kit.same-name',
          say('station-work:kit.sameName.title'),
          say('station-work:kit.sameName.message', { name: p.name }),
        );
      }
      names.set(key, p.sha256);
    }
    const unique = packages.filter((p, i) => packages.findIndex((q) => q.sha256 === p.sha256) === i);
    const kitBytes = unique.reduce((n, p) => n + p.size, 0);
    const mount = resolve(mountPath);
    const { drive, verdict } = await this.target(mount, kitBytes);
    if (!verdict.allowed) {
      throw new StationError(
        'kit.drive-refused',
        say('station-work:kit.driveRefused.title'),
        verdict.reasons.map((r) => r.message).join(' '),
      );
    }
    const files: KitFile[] = [];
    let done = 0;
    for (const p of unique) {
      const app = this.deps.applications.start({
        packageSha256: p.sha256,
        packageName: p.name,
        method: 'usb-drive-kit',
        deviceKey: null,
        deviceId: null,
        serial: null,
        model: 'hololens2',
        technician: this.deps.technician(),
        detail: { drive: drive.description, device: drive.device, mountPath: mount },
      });
      try {
        const file = await writeOne(mount, p, control, (n) => control.progress?.('copy', done + n, kitBytes));
        control.progress?.('verify', done + p.size, kitBytes);
        done += p.size;
        files.push(file);
        this.deps.applications.finish(app.id, 'copied', 'station', { remotePath: file.path, verified: true });
      } catch (error) {
        const canceled = control.signal?.aborted === true;
        this.deps.applications.finish(app.id, canceled ? 'canceled' : 'failed', null, {
          detail: { error: error instanceof Error ? error.message : String(error) },
        });
        throw error;
      }
    }
    return {
      mountPath: mount,
      drive: drive.description,
      files,
      packagesOnDrive: await packagesAt(mount),
      rules: USB_RULES,
    };
  }

  /** The listed drive mounted at `mountPath` and what the drive rules say about it for a kit of `kitBytes`. */
  async target(mountPath: string, kitBytes: number): Promise<{ drive: ListedDrive; verdict: DriveVerdict }> {
    const { drives, problems } = await this.gather();
    const mount = resolve(mountPath);
    const drive = drives.find((d) => d.mountpoints.some((m) => sameMount(m.path, mount)));
    if (!drive) {
      throw new StationError(
        'kit.drive-not-found',
        say('station-work:kit.noDrive.title'),
        problems.length
          ? say('station-work:kit.noDrive.messageProblems', { path: mountPath, problems: problems.join(' ') })
          : say('station-work:kit.noDrive.message', { path: mountPath }),
      );
    }
    return { drive, verdict: checkKitDrive(drive, this.context(kitBytes)) };
  }

  private context(kitBytes: number) {
    return { kitBytes, stationDataDir: this.deps.stationDataDir, osPaths: this.deps.osPaths };
  }

  private async gather(): Promise<{ drives: ListedDrive[]; problems: string[] }> {
    const results = await Promise.all(this.deps.listers().map((l) => l.list()));
    return {
      drives: results.flatMap((r) => r.drives),
      problems: results.flatMap((r) => (r.problem ? [r.problem] : [])),
    };
  }

  private async view(d: ListedDrive, kitBytes: number): Promise<Drive> {
    const verdict = checkKitDrive(d, this.context(kitBytes));
    const mount = d.mountpoints[0]?.path;
    return {
      id: d.id,
      description: d.description,
      size: d.size,
      freeBytes: d.freeBytes ?? null,
      mountpoints: d.mountpoints.map((m) => m.path),
      removable: d.isRemovable,
      system: d.isSystem,
      readOnly: d.isReadOnly,
      busType: d.busType ?? null,
      fileSystem: d.fileSystem ?? null,
      source: d.source,
      verdict,
      // Only drives a kit may go on are looked into.
      packagesOnDrive: verdict.allowed && mount ? await packagesAt(mount) : [],
    };
  }
}

async function packagesAt(mount: string): Promise<string[]> {
  try {
    const entries = await readdir(mount, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.ppkg$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

async function writeOne(
  mount: string,
  p: KitPackage,
  control: KitControl,
  onBytes: (n: number) => void,
): Promise<KitFile> {
  const temp = join(mount, `.holobench-${randomUUID()}.tmp`);
  const final = join(mount, p.name);
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, next) {
      bytes += chunk.length;
      onBytes(bytes);
      next(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(p.path), count, createWriteStream(temp, { flags: 'wx', flush: true }), {
      signal: control.signal,
    });
    await rename(temp, final);
  } catch (error) {
    await rm(temp, { force: true });
    if (control.signal?.aborted) throw control.signal.reason;
    throw new StationError(
      'kit.write-failed',
      say('station-work:kit.writeFailed.title'),
      say('station-work:kit.writeFailed.message', {
        name: p.name,
        mount,
        code: (error as NodeJS.ErrnoException).code ?? 'EIO',
      }),
      { cause: error },
    );
  }
  const check = await sha256OfFile(final, control.signal);
  if (check.sha256 !== p.sha256 || check.size !== p.size) {
    await rm(final, { force: true });
    throw new StationError(
      'kit.verify-failed',
      say('station-work:kit.mismatch.title'),
      say('station-work:kit.mismatch.message', { name: p.name }),
    );
  }
  return { name: p.name, sha256: check.sha256, size: check.size, path: final, verified: true };
}
