import { z } from 'zod';
import type { DriveMountpoint } from './drive-rules.ts';
import {
  runTool,
  withFreeSpace,
  type DriveLister,
  type DriveListResult,
  type ListedDrive,
  type RunTool,
} from './drives.ts';
import { say } from '../language.ts';

const COLUMNS = 'NAME,PATH,SIZE,RM,RO,HOTPLUG,TRAN,TYPE,MOUNTPOINT,MOUNTPOINTS,LABEL,FSTYPE,MODEL';
/** util-linux before 2.37 has no MOUNTPOINTS column. */
const OLD_COLUMNS = COLUMNS.replace(',MOUNTPOINTS', '');

// lsblk has printed flags as true/false, "1"/"0" and 1/0 over the years, and sizes as numbers or strings.
const flag = z
  .unknown()
  .optional()
  .transform((v) => v === true || v === 1 || (typeof v === 'string' && /^(1|true)$/i.test(v.trim())));
const size = z
  .unknown()
  .optional()
  .transform((v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : null;
  });
const str = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));
const strs = z
  .unknown()
  .optional()
  .transform((v) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string'));

interface LsblkNode {
  name: string | null;
  path: string | null;
  size: number | null;
  rm: boolean;
  ro: boolean;
  hotplug: boolean;
  tran: string | null;
  type: string | null;
  mountpoints: string[];
  label: string | null;
  fstype: string | null;
  model: string | null;
  children: LsblkNode[];
}

const NodeSchema: z.ZodType<LsblkNode, unknown> = z.lazy(() =>
  z
    .object({
      name: str,
      path: str,
      size,
      rm: flag,
      ro: flag,
      hotplug: flag,
      tran: str,
      type: str,
      mountpoint: strs,
      mountpoints: strs,
      label: str,
      fstype: str,
      model: str,
      children: z.array(z.unknown()).catch([]).optional(),
    })
    .transform((n) => ({
      ...n,
      mountpoints: [...new Set([...n.mountpoint, ...n.mountpoints].map((m) => m.trim()))].filter((m) =>
        m.startsWith('/'),
      ),
      children: (n.children ?? []).flatMap((c) => {
        const parsed = NodeSchema.safeParse(c);
        return parsed.success ? [parsed.data] : [];
      }),
    })),
);

const SYSTEM_MOUNTS = /^\/(boot(\/.*)?|usr|var|etc|home|opt|srv|nix)?$/;
const VIRTUAL_TYPES = new Set(['loop', 'ram', 'zram']);

function flatten(n: LsblkNode): LsblkNode[] {
  return [n, ...n.children.flatMap(flatten)];
}

/**
 * Turns `lsblk --json` output into one drive per volume that carries a file system or a mountpoint (a USB stick
 * with two partitions gives two), or one per disk with nothing on it. The disk's flags (removable, hot-plugged,
 * bus, read-only) apply to its volumes; a disk holding any system mountpoint (/, /boot, swap) makes all of its
 * volumes system volumes. Anything unreadable is skipped, never guessed.
 */
export function parseLsblk(json: unknown): ListedDrive[] {
  const top = z.object({ blockdevices: z.array(z.unknown()) }).safeParse(json);
  if (!top.success) return [];
  const drives: ListedDrive[] = [];
  for (const raw of top.data.blockdevices) {
    const parsed = NodeSchema.safeParse(raw);
    if (!parsed.success) continue;
    const disk = parsed.data;
    const all = flatten(disk);
    const system = all.some((n) => n.mountpoints.some((m) => SYSTEM_MOUNTS.test(m)) || n.fstype === 'swap');
    const removable = disk.rm || disk.hotplug || disk.tran === 'usb';
    const virtual =
      VIRTUAL_TYPES.has(disk.type ?? '') || /^(loop|zram|ram|nbd)\d/.test(disk.name ?? '') || disk.type === 'rom';
    const volumes = all.filter((n) => n.fstype !== null || n.mountpoints.length > 0);
    for (const v of volumes.length > 0 ? volumes : [disk]) {
      const device = v.path ?? (v.name ? `/dev/${v.name}` : null);
      if (!device) continue;
      const name = v.label ?? disk.model ?? v.name ?? device;
      drives.push({
        id: device,
        source: 'system',
        device,
        description: v.label && disk.model ? `${v.label} (${disk.model})` : name,
        size: v.size ?? disk.size,
        mountpoints: v.mountpoints.map((path): DriveMountpoint => ({ path, ...(v.label ? { label: v.label } : {}) })),
        isRemovable: removable || v.rm || v.hotplug,
        isSystem: system,
        isReadOnly: disk.ro || v.ro,
        isVirtual: virtual,
        ...(disk.tran ? { busType: disk.tran } : {}),
        ...(v.fstype ? { fileSystem: v.fstype } : {}),
      });
    }
  }
  return drives;
}

export class LinuxDriveLister implements DriveLister {
  readonly source = 'system' as const;
  private readonly run: RunTool;

  constructor(run: RunTool = runTool) {
    this.run = run;
  }

  readonly list = async (): Promise<DriveListResult> => {
    let out = await this.run('lsblk', ['--json', '--bytes', '-o', COLUMNS]);
    if (!out.ok && /unknown column/i.test(out.stderr))
      out = await this.run('lsblk', ['--json', '--bytes', '-o', OLD_COLUMNS]);
    if (!out.ok) return { drives: [], problem: say('station-work:drives.unavailable', { reason: out.reason }) };
    let json: unknown;
    try {
      json = JSON.parse(out.stdout);
    } catch {
      return { drives: [], problem: 'The drive list could not be read (lsblk gave no JSON).' };
    }
    return { drives: await withFreeSpace(parseLsblk(json)), problem: null };
  };
}
