import { join } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { DeviceStorage, StorageEntry } from '../mtp/storage-port.ts';
import { extractDeviceHashFromZip, isAutopilotDiagnosticsZipName, isDiagnosticsInProgressName } from './device-hash.ts';
import type { AutopilotStore, HarvestRecord } from './store.ts';
import { say } from '../language.ts';

/**
 * Harvests the Autopilot hash from a HoloLens 2 over its storage: after Power + Volume Down the device writes
 * HoloLensDiagnostics.temp, then AutopilotDiagnostics.zip, into Documents. The station notes the zip that was
 * there before (a collection from last week must not pass for today's), waits for a new or changed one whose size
 * has settled, copies it to the station (kept: its logs matter for support), reads the DeviceHash CSV and saves
 * the hash in the ledger. Every way this can end early is a StationError a technician can act on.
 */

export const DOCUMENTS_PATH = 'Internal Storage/Documents';
export const DIAGNOSTICS_ZIP_PATH = `${DOCUMENTS_PATH}/AutopilotDiagnostics.zip`;

/** What identifies one version of the zip on the device: its object, size and modified time. */
export interface DiagnosticsSnapshot {
  id: number;
  size: number | null;
  modified: string | null;
}

export type HarvestStage = 'waiting' | 'device-writing' | 'copying' | 'reading' | 'saved';

export interface HarvestOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  onStage?: (stage: HarvestStage, progress?: { bytes: number; total: number | null }) => void;
  /** Where the pulled zip is kept, e.g. station.dataPath('autopilot', serial). */
  zipDir: string;
  /** The ledger's key of the device, saved with the harvest. */
  deviceKey: string | null;
  store: AutopilotStore;
  /** The device is simulated (training mode): the harvest is saved marked as such. */
  simulated?: boolean;
  /**
   * The zip that was in Documents before the chord (null: none was). Left out, it is looked up first thing, before
   * `onStage('waiting')` asks for the chord.
   */
  baseline?: DiagnosticsSnapshot | null;
  /** How often Documents is listed besides the device's own change events. */
  pollMs?: number;
  /** The zip's size must stay the same this long before it is copied. */
  stableMs?: number;
  now?: () => Date;
}

export interface DeviceHarvest {
  harvest: HarvestRecord;
  zipPath: string;
  zipBytes: number;
  zipSha256: string;
}

/**
 * When the storage was hidden at the start (setup page, locked), the station cannot know which zip was there
 * before. A zip this much older than the start is taken for an old one; device clocks drift, so it is generous.
 */
const CLOCK_SKEW_MS = 10 * 60_000;
const MAX_LIST_FAILURES = 3;

interface Look {
  hidden: boolean;
  zip: DiagnosticsSnapshot | null;
  temp: boolean;
}

const snapshotOf = (e: StorageEntry): DiagnosticsSnapshot => ({ id: e.id, size: e.size, modified: e.modified });

export function sameSnapshot(a: DiagnosticsSnapshot | null, b: DiagnosticsSnapshot | null): boolean {
  if (!a || !b) return a === b;
  return a.id === b.id && a.size === b.size && a.modified === b.modified;
}

function deviceGone(cause?: unknown): StationError {
  return new StationError(
    'autopilot-device-gone',
    say('station-work:harvest.gone.title'),
    say('station-work:harvest.gone.message'),
    { disconnected: true, cause },
  );
}

export function harvestCanceled(): StationError {
  return new StationError(
    'canceled',
    say('station-work:harvest.canceled.title'),
    say('station-work:harvest.canceled.message'),
    { canceled: true },
  );
}

/** Lists Documents once: the zip, whether the in-progress file is there, or that no storage is shown. */
export async function lookAtDocuments(storage: DeviceStorage): Promise<Look> {
  try {
    const entries = await storage.list(DOCUMENTS_PATH);
    const zip = entries.find((e) => e.kind === 'file' && isAutopilotDiagnosticsZipName(e.name));
    return {
      hidden: false,
      zip: zip ? snapshotOf(zip) : null,
      temp: entries.some((e) => isDiagnosticsInProgressName(e.name)),
    };
  } catch (error) {
    if (error instanceof StationError && error.disconnected) throw deviceGone(error);
    const code = error instanceof StationError ? error.code : '';
    if (code === 'mtp-no-storage') return { hidden: true, zip: null, temp: false };
    if (code === 'mtp-not-found') return { hidden: false, zip: null, temp: false };
    throw error;
  }
}

/** The zip there now (null: none; undefined: the storage is hidden, so nobody can tell). */
export async function diagnosticsSnapshot(storage: DeviceStorage): Promise<DiagnosticsSnapshot | null | undefined> {
  const look = await lookAtDocuments(storage);
  return look.hidden ? undefined : look.zip;
}

export async function harvestFromDevice(storage: DeviceStorage, o: HarvestOptions): Promise<DeviceHarvest> {
  const now = o.now ?? (() => new Date());
  const startedAt = now().getTime();
  const pollMs = o.pollMs ?? 500;
  const stableMs = o.stableMs ?? 750;
  let gone = false;
  let wake: (() => void) | null = null;
  const unwatch = storage.watch((change) => {
    if (change.kind === 'disconnected') gone = true;
    wake?.();
  });
  const onAbort = () => wake?.();
  o.signal?.addEventListener('abort', onAbort);
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  const checkAlive = () => {
    if (o.signal?.aborted) throw harvestCanceled();
    if (gone) throw deviceGone();
  };

  try {
    // undefined: the storage is hidden, so what was there before is unknown until it shows.
    let baseline: DiagnosticsSnapshot | null | undefined =
      o.baseline === undefined ? await diagnosticsSnapshot(storage) : o.baseline;
    checkAlive();
    o.onStage?.('waiting');
    const deadline = startedAt + o.timeoutMs;
    let sawTemp = false;
    let candidate: { snap: DiagnosticsSnapshot; since: number } | null = null;
    let failures = 0;
    let zip: DiagnosticsSnapshot | null = null;
    while (!zip) {
      checkAlive();
      let look: Look;
      try {
        look = await lookAtDocuments(storage);
        failures = 0;
      } catch (error) {
        checkAlive();
        if (error instanceof StationError && error.code === 'autopilot-device-gone') throw error;
        if (++failures >= MAX_LIST_FAILURES) throw error;
        look = { hidden: true, zip: null, temp: false };
      }
      checkAlive();
      if (!look.hidden) {
        if (look.temp && !sawTemp) {
          sawTemp = true;
          o.onStage?.('device-writing');
        }
        if (baseline === undefined) {
          // First sight of the storage: decide whether the zip shown is an old one.
          const fresh = look.zip?.modified ? Date.parse(look.zip.modified) >= startedAt - CLOCK_SKEW_MS : false;
          baseline = look.zip && !look.temp && !fresh ? look.zip : null;
        }
        const isNew = look.zip !== null && !sameSnapshot(look.zip, baseline);
        if (isNew && look.zip) {
          const t = Date.now();
          if (candidate && sameSnapshot(candidate.snap, look.zip)) {
            if (!look.temp && t - candidate.since >= stableMs) zip = look.zip;
          } else candidate = { snap: look.zip, since: t };
        } else candidate = null;
      }
      if (zip) break;
      const left = deadline - now().getTime();
      if (left <= 0) throw harvestTimeout(o.timeoutMs, sawTemp);
      await nap(Math.min(candidate ? stableMs : pollMs, left));
    }

    o.onStage?.('copying', { bytes: 0, total: zip.size });
    const zipPath = join(o.zipDir, `AutopilotDiagnostics-${fileStamp(now())}.zip`);
    let pulled;
    try {
      pulled = await storage.pull(DIAGNOSTICS_ZIP_PATH, zipPath, {
        signal: o.signal,
        onProgress: (p) => o.onStage?.('copying', { bytes: p.bytes, total: p.total }),
      });
    } catch (error) {
      checkAlive();
      if (error instanceof StationError && error.disconnected) throw deviceGone(error);
      if (error instanceof StationError && error.canceled) throw harvestCanceled();
      throw error;
    }
    checkAlive();
    o.onStage?.('reading');
    let record;
    try {
      record = await extractDeviceHashFromZip(zipPath);
    } catch (error) {
      if (!(error instanceof StationError)) throw error;
      throw new StationError(error.code, error.title, `${error.message} The copied zip is kept at ${zipPath}.`, {
        cause: error,
      });
    }
    checkAlive();
    const harvest = o.store.saveHarvest({
      deviceKey: o.deviceKey,
      serialNumber: record.serialNumber,
      productId: record.productId,
      hardwareHash: record.hardwareHash,
      csvName: record.csvName,
      zipPath,
      source: 'device',
      simulated: o.simulated ?? false,
      harvestedAt: now().toISOString(),
    });
    o.onStage?.('saved');
    return { harvest, zipPath, zipBytes: pulled.bytes, zipSha256: pulled.sha256 };
  } finally {
    unwatch();
    o.signal?.removeEventListener('abort', onAbort);
  }
}

function harvestTimeout(timeoutMs: number, sawTemp: boolean): StationError {
  const seconds = Math.round(timeoutMs / 1000);
  return new StationError(
    'autopilot-harvest-timeout',
    say('station-work:harvest.timeout.title'),
    say(sawTemp ? 'station-work:harvest.timeout.writing' : 'station-work:harvest.timeout.nothing', { seconds }),
  );
}

/** 20260301-101500-123: sorts by time and is safe in file names on every system. */
export function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace(/Z$/, '');
}
