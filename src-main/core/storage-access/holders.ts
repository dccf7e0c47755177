import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Platform } from './unreachable.ts';

export interface ProcessEntry {
  name: string;
  /** The full command line where the OS gives it (Linux), for workers whose name says nothing (kiod). */
  commandLine: string;
}

/** Desktop programs known to open MTP devices on their own; named to the technician when seen running. */
const LINUX_MTP_PROGRAMS = /^(gvfsd-mtp|gvfsd-gphoto2|jmtpfs|simple-mtpfs|go-mtpfs|aft-mtp-mount|mtp-[a-z-]+)$/;
/** KDE's kiod and kioworker host many protocols: only one running its MTP worker counts. */
const KDE_WORKERS = /^(kiod[56]?|kioworker|kioslave5?)$/;

/**
 * The programs on this machine that may hold an MTP device, from the process list. It cannot tell which device a
 * program holds, so callers say "may"; an empty list means none of the known ones runs.
 */
export function findStorageHolders(
  platform: Platform,
  processes: () => ProcessEntry[] = () => listProcesses(platform),
): string[] {
  let list: ProcessEntry[];
  try {
    list = processes();
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const p of list) {
    if (platform === 'linux') {
      if (LINUX_MTP_PROGRAMS.test(p.name)) found.add(p.name);
      else if (KDE_WORKERS.test(p.name) && /mtp/i.test(p.commandLine)) found.add(`${p.name} (kio-mtp)`);
    } else if (platform === 'darwin' && /^ptpcamerad$/.test(p.name)) {
      found.add('ptpcamerad');
    }
  }
  return [...found].sort();
}

function listProcesses(platform: Platform): ProcessEntry[] {
  if (platform === 'linux') {
    const out: ProcessEntry[] = [];
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
        out.push({ name, commandLine });
      } catch {
        // A process that ended while the list was read.
      }
    }
    return out;
  }
  if (platform === 'darwin') {
    const text = execFileSync('ps', ['-axo', 'comm='], { encoding: 'utf8', timeout: 3000 });
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ name: line.trim().split('/').pop() ?? '', commandLine: line.trim() }));
  }
  return [];
}
