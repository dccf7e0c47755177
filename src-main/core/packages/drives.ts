import { execFile } from 'node:child_process';
import { statfs } from 'node:fs/promises';
import type { DriveDescription } from './drive-rules.ts';
import { say } from '../language.ts';

/**
 * Removable drives for USB kits, behind a small port: each operating system lists its drives with its own tool
 * (Linux lsblk, Windows PowerShell Get-Volume/Get-Disk, macOS diskutil), parsed defensively into the
 * DriveDescription the drive rules judge. The simulated lister (drives-sim.ts) serves tests and training mode.
 */
export interface ListedDrive extends DriveDescription {
  /** Stable while plugged in: the device path of the volume (/dev/sdb1, disk4s1, E:). */
  id: string;
  source: 'system' | 'sim';
}

export interface DriveListResult {
  drives: ListedDrive[];
  /** Why the listing is incomplete, in plain words; null when it worked. */
  problem: string | null;
}

export interface DriveLister {
  readonly source: 'system' | 'sim';
  list: () => Promise<DriveListResult>;
}

/** Runs a listing tool: output on success, a plain reason on failure (never throws). */
export type RunTool = (
  file: string,
  args: readonly string[],
) => Promise<{ ok: true; stdout: string } | { ok: false; reason: string; stderr: string }>;

const MAX_OUTPUT = 16 << 20;

export const runTool: RunTool = (file, args) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { timeout: 15_000, maxBuffer: MAX_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout: String(stdout) });
        const code = (error as NodeJS.ErrnoException).code;
        const reason =
          code === 'ENOENT'
            ? `${file} is not installed on this computer`
            : error.killed
              ? `${file} took too long to answer`
              : `${file} failed`;
        resolve({ ok: false, reason, stderr: String(stderr).trim().split('\n')[0] ?? '' });
      },
    );
  });

/** Free bytes on a mounted file system, or null when the system will not say. */
export async function freeBytesAt(mountpoint: string): Promise<number | null> {
  try {
    const s = await statfs(mountpoint);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/** Fills freeBytes from the first mountpoint of each drive that does not carry it already. */
export async function withFreeSpace(drives: ListedDrive[]): Promise<ListedDrive[]> {
  return Promise.all(
    drives.map(async (d) => {
      if (d.freeBytes !== undefined && d.freeBytes !== null) return d;
      const mount = d.mountpoints[0]?.path;
      return { ...d, freeBytes: mount ? await freeBytesAt(mount) : null };
    }),
  );
}

/** The lister of the OS the station runs on. */
export async function systemDriveLister(platform: NodeJS.Platform = process.platform): Promise<DriveLister> {
  if (platform === 'linux') return new (await import('./drives-linux.ts')).LinuxDriveLister();
  if (platform === 'win32') return new (await import('./drives-windows.ts')).WindowsDriveLister();
  if (platform === 'darwin') return new (await import('./drives-macos.ts')).MacDriveLister();
  return {
    source: 'system',
    list: () => Promise.resolve({ drives: [], problem: say('station-work:drives.platform', { platform }) }),
  };
}

/** Folders of the running operating system, which no kit may ever be written next to. */
export function osPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const root = env.SystemRoot ?? env.windir ?? 'C:\\Windows';
    return [root, env.SystemDrive ? `${env.SystemDrive}\\` : 'C:\\'];
  }
  if (platform === 'darwin') return ['/', '/System', '/Applications', '/Users'];
  return ['/', '/boot', '/usr', '/etc', '/home'];
}
