import type { StorageView } from '../../shared/contract/devices.ts';
import { StationError, toErrorInfo } from '../../shared/errors.ts';
import { say } from '../language.ts';
import { MtpStorage } from '../mtp/mtp-storage.ts';
import type { MtpSessionOptions } from '../mtp/session.ts';
import { describeMtpDevice, type DescribedStorage } from '../mtp/summary.ts';
import type { DeviceStorage } from '../mtp/storage-port.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { DeviceRegistry, LiveDevice } from './registry.ts';
import type { DeviceSource } from './source.ts';
import type { BulkPipe } from '../mtp/pipe.ts';
import {
  StorageUnreachableError,
  explainUnreachable,
  isStorageUnreachable,
  unreachableWords,
} from '../storage-access/unreachable.ts';

interface Connection {
  live: LiveDevice;
  ready: Promise<DescribedStorage | null>;
  storage: DescribedStorage | null;
  stopWatch: (() => void) | null;
  poll: ReturnType<typeof setInterval> | null;
  closed: boolean;
  /** Why the last open failed, when the station could name it: storage calls repeat it to the caller. */
  unreachable: StorageUnreachableError | null;
}

export interface ConnectionOptions {
  session?: MtpSessionOptions;
  /** How often a device that shows no storage yet is asked again (for USB stacks without MTP events). */
  pollMs?: number;
  /** How long after a dropped MTP link the station opens a new one. */
  reconnectMs?: number;
  /**
   * Opens a device's storage some other way than MTP over a USB pipe (Windows: through WPD); null where the
   * pipe is the way. Default: always the pipe.
   */
  openStorage?: (live: LiveDevice) => Promise<DescribedStorage> | null;
  /** Wraps each MTP pipe as it opens (recording a session with --capture). */
  wrapPipe?: (pipe: BulkPipe, live: LiveDevice) => BulkPipe;
}

/**
 * Opens the file-transfer (MTP) side of every HoloLens that offers it, keeps its card up to date (identity from
 * GetDeviceInfo, storage, battery), and lends the open storage to whoever needs it: the file browser, package
 * apply, Autopilot harvest, batch steps. One session per device; MTP runs its transactions one at a time.
 */
export class DeviceConnections {
  private readonly connections = new Map<string, Connection>();
  private readonly registry: DeviceRegistry;
  private readonly ledger: Ledger;
  private readonly sources: () => Partial<Record<'usb' | 'sim', DeviceSource | null>>;
  private readonly options: ConnectionOptions;
  /** Set when the station shuts down: late answers from devices must not write to a closed ledger. */
  private shuttingDown = false;

  constructor(
    registry: DeviceRegistry,
    ledger: Ledger,
    sources: () => Partial<Record<'usb' | 'sim', DeviceSource | null>>,
    options: ConnectionOptions = {},
  ) {
    this.registry = registry;
    this.ledger = ledger;
    this.sources = sources;
    this.options = options;
    registry.events.on('attached', (live) => {
      if (live.hasMtp && live.view.mode !== 'flashing' && live.view.kind !== 'not-hololens') this.connect(live);
    });
    registry.events.on('detached', (live) => void this.disconnect(live.view.id));
  }

  /** The device's storage, once its MTP session is open; a typed error saying what to do otherwise. */
  async storage(deviceId: string): Promise<DeviceStorage> {
    const live = this.registry.get(deviceId);
    if (!live || !live.view.present) {
      throw new StationError(
        'device-not-found',
        say('station:device.notConnected.title'),
        say('station:device.notConnected.message', { id: deviceId }),
        { disconnected: true },
      );
    }
    const conn = this.connections.get(deviceId);
    if (!conn) {
      throw new StationError(
        'no-file-transfer',
        say('station:device.noMtp.title'),
        say(live.view.mode === 'flashing' ? 'station:device.noMtp.flashing' : 'station:device.noMtp.other'),
      );
    }
    const storage = await conn.ready;
    if (!storage && conn.unreachable) throw conn.unreachable;
    if (!storage) {
      throw new StationError(
        'storage-unreachable',
        say('station:device.cannotOpen.title'),
        say('station:device.cannotOpen.message'),
      );
    }
    return storage;
  }

  /** Reads identity, battery and storage again and updates the card. */
  async refresh(deviceId: string): Promise<void> {
    const conn = this.connections.get(deviceId);
    if (conn && !conn.storage && !conn.closed && !this.shuttingDown) {
      // It could not be opened before (another program held it, no permission): try opening it again.
      if (await conn.ready) return;
      conn.closed = true;
      this.connections.delete(deviceId);
      const live = this.registry.get(deviceId);
      if (live?.view.present) {
        this.connect(live);
        await this.connections.get(deviceId)?.ready;
      }
      return;
    }
    const storage = conn?.storage;
    if (!conn || !storage || conn.closed || this.shuttingDown) return;
    try {
      const summary = await describeMtpDevice(storage);
      if (conn.closed || this.shuttingDown) return;
      const storages: StorageView[] = summary.storages.map((s) => ({
        id: s.id,
        description: s.description,
        capacityBytes: s.capacityBytes,
        freeBytes: s.freeBytes,
      }));
      this.registry.enrich(deviceId, {
        mtpInfo: {
          manufacturer: summary.manufacturer,
          model: summary.model,
          deviceVersion: summary.firmware,
          serialNumber: summary.serialNumber,
        },
        batteryPercent: summary.batteryPercent,
        storages,
        storageState: summary.storageVisible ? 'available' : 'no-storage-yet',
        storageProblem: null,
      });
      this.setPolling(conn, !summary.storageVisible);
    } catch (error) {
      if (!conn.closed) this.markUnreachable(conn, error);
    }
  }

  /** Waits until every device being opened is open (or has failed), at most timeoutMs. */
  async settled(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all([...this.connections.values()].map((c) => c.ready)), timeout]);
    clearTimeout(timer);
  }

  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    await Promise.all([...this.connections.keys()].map((id) => this.disconnect(id)));
  }

  private connect(live: LiveDevice): void {
    if (this.shuttingDown) return;
    const id = live.view.id;
    const source = this.sources()[live.sourceKind];
    if (!source) return;
    const conn: Connection = {
      live,
      ready: Promise.resolve(null),
      storage: null,
      stopWatch: null,
      poll: null,
      closed: false,
      unreachable: null,
    };
    conn.ready = (async () => {
      try {
        const storage =
          (await this.options.openStorage?.(live)) ??
          (await MtpStorage.open(await this.openPipe(source, live), this.options.session));
        if (conn.closed) {
          await storage.close().catch(() => undefined);
          return null;
        }
        conn.storage = storage;
        conn.stopWatch = storage.watch((change) => {
          if (change.kind === 'disconnected') {
            this.connectionLost(conn);
            return;
          }
          if (change.kind === 'storage-added' || change.kind === 'storage-removed' || change.kind === 'battery') {
            void this.refresh(id);
          }
        });
        const info = storage.deviceInfo;
        this.ledger.addEvent(live.ledgerKey, 'mtp-opened', {
          model: info.model.trim(),
          serialNumber: info.serialNumber.trim(),
          firmware: info.deviceVersion.trim(),
        });
        await this.refresh(id);
        return storage;
      } catch (error) {
        if (!conn.closed) this.markUnreachable(conn, error);
        return null;
      }
    })();
    this.connections.set(id, conn);
  }

  private async openPipe(source: DeviceSource, live: LiveDevice): Promise<BulkPipe> {
    const pipe = await source.openMtpPipe(live.descriptor.key);
    return this.options.wrapPipe ? this.options.wrapPipe(pipe, live) : pipe;
  }

  /**
   * The MTP link died while the device stays on the bus (a flaky cable, a hub glitch, a device that reset its
   * USB function): show it, then open a fresh session once, a moment later.
   */
  private connectionLost(conn: Connection): void {
    if (conn.closed || this.shuttingDown) return;
    const id = conn.live.view.id;
    this.ledger.addEvent(conn.live.ledgerKey, 'mtp-lost', {});
    this.registry.enrich(id, { storageState: 'unreachable', storages: [] });
    this.setPolling(conn, false);
    conn.closed = true;
    conn.stopWatch?.();
    void conn.storage?.close().catch(() => undefined);
    this.connections.delete(id);
    const retry = setTimeout(() => {
      const live = this.registry.get(id);
      if (live?.view.present && !this.connections.has(id)) this.connect(live);
    }, this.options.reconnectMs ?? 2000);
    retry.unref?.();
  }

  private markUnreachable(conn: Connection, error: unknown): void {
    if (this.shuttingDown) return;
    const info = toErrorInfo(error);
    // The reason comes from the layer that saw it; the way around depends on the model, known only here.
    const model = conn.live.view.model;
    conn.unreachable = isStorageUnreachable(error)
      ? new StorageUnreachableError(explainUnreachable(error.explanation.reason, model, error.explanation.holders))
      : null;
    const problem = conn.unreachable?.explanation ?? null;
    this.setPolling(conn, false);
    try {
      // The why, fix and way around are kept as words too: the history says them in the reader's language.
      const said = problem ? unreachableWords(problem.reason, model, problem.holders) : null;
      this.ledger.addEvent(conn.live.ledgerKey, 'mtp-unreachable', {
        code: info.code,
        message: conn.unreachable?.message ?? info.message,
        ...(problem && said
          ? { reason: problem.reason, holders: problem.holders, words: [said.why, said.fix, said.fallback] }
          : {}),
      });
      this.registry.enrich(conn.live.view.id, { storageState: 'unreachable', storages: [], storageProblem: problem });
    } catch {
      // The ledger itself failed (a full disk): whoever writes next reports it; a device event must not crash here.
    }
  }

  private setPolling(conn: Connection, on: boolean): void {
    if (on && !conn.poll) {
      conn.poll = setInterval(() => void this.refresh(conn.live.view.id), this.options.pollMs ?? 3000);
      conn.poll.unref?.();
    } else if (!on && conn.poll) {
      clearInterval(conn.poll);
      conn.poll = null;
    }
  }

  private async disconnect(id: string): Promise<void> {
    const conn = this.connections.get(id);
    if (!conn) return;
    this.connections.delete(id);
    conn.closed = true;
    this.setPolling(conn, false);
    conn.stopWatch?.();
    const storage = conn.storage ?? (await conn.ready.catch(() => null));
    await storage?.close().catch(() => undefined);
  }
}
