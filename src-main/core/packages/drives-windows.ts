import { z } from 'zod';
import { runTool, type DriveLister, type DriveListResult, type ListedDrive, type RunTool } from './drives.ts';
import { say } from '../language.ts';

/**
 * Windows: one drive per lettered volume, from Get-Volume joined with its partition's Get-Disk. Enums are cast to
 * their names ([string]) because Windows PowerShell 5.1 would print them as numbers. Written against the
 * documented cmdlets; tested here only through captured JSON (no Windows machine in CI).
 */
export const POWERSHELL_SCRIPT = [
  "$ErrorActionPreference = 'SilentlyContinue'",
  'Get-Volume | Where-Object { $_.DriveLetter } | ForEach-Object {',
  '  $v = $_; $p = Get-Partition -DriveLetter $v.DriveLetter | Select-Object -First 1',
  '  $d = if ($p) { Get-Disk -Number $p.DiskNumber } else { $null }',
  '  [pscustomobject]@{',
  '    DriveLetter = [string]$v.DriveLetter; Label = $v.FileSystemLabel; FileSystem = [string]$v.FileSystemType',
  '    DriveType = [string]$v.DriveType; Size = $v.Size; SizeRemaining = $v.SizeRemaining',
  '    BusType = if ($d) { [string]$d.BusType } else { $null }; Model = if ($d) { $d.FriendlyName } else { $null }',
  '    IsSystem = [bool]($d.IsSystem); IsBoot = [bool]($d.IsBoot); IsReadOnly = [bool]($d.IsReadOnly)',
  '  }',
  '} | ConvertTo-Json -Compress',
].join('\n');

const str = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));
const num = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null));
const bool = z
  .unknown()
  .optional()
  .transform((v) => v === true || v === 'True' || v === 1);

const VolumeSchema = z.object({
  DriveLetter: str,
  Label: str,
  FileSystem: str,
  DriveType: str,
  Size: num,
  SizeRemaining: num,
  BusType: str,
  Model: str,
  IsSystem: bool,
  IsBoot: bool,
  IsReadOnly: bool,
});

const VIRTUAL_BUSES = new Set(['virtual', 'filebackedvirtual', 'storagespaces']);

/** ConvertTo-Json prints one object alone and several as an array; both are accepted. */
export function parseWindowsVolumes(json: unknown, systemDrive = 'C:'): ListedDrive[] {
  const list = Array.isArray(json) ? json : json && typeof json === 'object' ? [json] : [];
  const drives: ListedDrive[] = [];
  for (const raw of list) {
    const parsed = VolumeSchema.safeParse(raw);
    if (!parsed.success) continue;
    const v = parsed.data;
    const letter = v.DriveLetter?.replace(/[^A-Za-z]/g, '')
      .slice(0, 1)
      .toUpperCase();
    if (!letter) continue;
    const device = `${letter}:`;
    const bus = v.BusType?.toLowerCase() ?? '';
    const type = v.DriveType?.toLowerCase() ?? '';
    drives.push({
      id: device,
      source: 'system',
      device,
      description: v.Label && v.Model ? `${v.Label} (${v.Model})` : (v.Label ?? v.Model ?? `Drive ${device}`),
      size: v.Size,
      freeBytes: v.SizeRemaining,
      mountpoints: [{ path: `${device}\\`, ...(v.Label ? { label: v.Label } : {}) }],
      isRemovable: type === 'removable' || bus === 'usb' || bus === 'sd' || bus === 'mmc',
      isSystem: v.IsSystem || v.IsBoot || device.toUpperCase() === systemDrive.toUpperCase(),
      isReadOnly: v.IsReadOnly,
      isVirtual: VIRTUAL_BUSES.has(bus),
      ...(v.BusType
        ? { busType: type === 'network' ? 'network' : v.BusType }
        : type === 'network'
          ? { busType: 'network' }
          : {}),
      ...(v.FileSystem ? { fileSystem: v.FileSystem } : {}),
    });
  }
  return drives;
}

export class WindowsDriveLister implements DriveLister {
  readonly source = 'system' as const;
  private readonly run: RunTool;

  constructor(run: RunTool = runTool) {
    this.run = run;
  }

  readonly list = async (): Promise<DriveListResult> => {
    const out = await this.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', POWERSHELL_SCRIPT]);
    if (!out.ok) return { drives: [], problem: say('station-work:drives.unavailable', { reason: out.reason }) };
    if (out.stdout.trim() === '') return { drives: [], problem: null };
    try {
      return { drives: parseWindowsVolumes(JSON.parse(out.stdout), process.env.SystemDrive), problem: null };
    } catch {
      return { drives: [], problem: 'The drive list could not be read (PowerShell gave no JSON).' };
    }
  };
}
