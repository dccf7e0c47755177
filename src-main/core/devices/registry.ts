import type {
  DeviceInfoView,
  DeviceView,
  Identification,
  StorageState,
  StorageProblemView,
  StorageView,
} from '../../shared/contract/devices.ts';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';
import { Emitter } from '../emitter.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { allInterfaces, isMtpInterface, usbId, type UsbDescriptor } from './descriptor.ts';
import { identifyDevice, type IdentifyContext } from './identify.ts';
import { nextActionFor } from './next-action.ts';
import type { AttachEvent } from './source.ts';
import { explainUnreachable } from '../storage-access/unreachable.ts';

export interface LiveDevice {
  view: DeviceView;
  descriptor: UsbDescriptor;
  sourceKind: 'usb' | 'sim';
  ledgerKey: string;
  hasMtp: boolean;
}

export interface RegistryEvents extends Record<string, unknown> {
  changed: { view: DeviceView; seenAt?: number };
  attached: LiveDevice;
  detached: LiveDevice;
}

export interface DeviceEnrichment {
  storageState?: StorageState;
  storages?: StorageView[];
  storageProblem?: StorageProblemView | null;
  mtpInfo?: DeviceInfoView | null;
  batteryPercent?: number | null;
}

/**
 * The devices on the bench right now (and the ones just unplugged, marked gone), identified and mirrored into
 * the ledger. Sources feed it attach/detach; services enrich it (storage, MTP info, battery).
 */
export class DeviceRegistry {
  readonly events = new Emitter<RegistryEvents>();
  private readonly devices = new Map<string, LiveDevice>();

  private readonly ledger: Ledger;
  private readonly identifyContext: () => IdentifyContext;

  constructor(ledger: Ledger, identifyContext: () => IdentifyContext) {
    this.ledger = ledger;
    this.identifyContext = identifyContext;
  }

  list(): DeviceView[] {
    return [...this.devices.values()].map((d) => d.view).sort(byPort);
  }

  get(id: string): LiveDevice | undefined {
    return this.devices.get(id);
  }

  /** The device by id, or a typed "not found" for callers answering a technician's request. */
  require(id: string): LiveDevice {
    const d = this.devices.get(id);
    if (!d) {
      throw new StationError(
        'device-not-found',
        say('station:device.notFound.title'),
        say('station:device.notFound.message', { id }),
      );
    }
    return d;
  }

  present(): LiveDevice[] {
    return [...this.devices.values()].filter((d) => d.view.present);
  }

  attach(sourceKind: 'usb' | 'sim', event: AttachEvent): DeviceView | null {
    const d = event.descriptor;
    const identification = identifyDevice(d, this.identifyContext());
    if (!identification) return null;
    const id = deviceIdFor(sourceKind, d.key);
    const ledgerKey = ledgerKeyFor(d);
    const hasMtp = allInterfaces(d).some(isMtpInterface);
    const row = this.ledger.recordSighting(sightingOf(sourceKind, ledgerKey, d, identification), 'attached', {
      identification: identification.rule,
    });
    const view = this.buildView(id, sourceKind, d, identification, {
      firstSeen: row.firstSeen,
      lastSeen: row.lastSeen,
      storageState: hasMtp && identification.mode !== 'flashing' ? 'checking' : 'not-mtp',
    });
    const live: LiveDevice = { view, descriptor: d, sourceKind, ledgerKey, hasMtp };
    this.devices.set(id, live);
    this.events.emit('changed', { view, seenAt: event.seenAt });
    this.events.emit('attached', live);
    return view;
  }

  detach(sourceKind: 'usb' | 'sim', key: string): void {
    const id = deviceIdFor(sourceKind, key);
    const live = this.devices.get(id);
    if (!live || !live.view.present) return;
    this.ledger.addEvent(live.ledgerKey, 'detached', { portPath: live.view.portPath });
    this.ledger.touchDevice(live.ledgerKey);
    this.update(id, {
      present: false,
      storageState: live.hasMtp ? 'unreachable' : 'not-mtp',
      storages: [],
      storageProblem: null,
    });
    this.events.emit('detached', live);
  }

  /** Applies facts learned after attach (storage, MTP device info, battery) and re-announces the device. */
  enrich(id: string, patch: DeviceEnrichment): void {
    const live = this.devices.get(id);
    if (!live) return;
    const info: Record<string, unknown> = {};
    if (patch.mtpInfo) info.mtp = patch.mtpInfo;
    if (patch.batteryPercent !== undefined && patch.batteryPercent !== null) info.batteryPercent = patch.batteryPercent;
    // The card first: what the device said is true whether or not the ledger can record it (a full disk).
    this.update(id, patch);
    if (Object.keys(info).length > 0) this.ledger.mergeDeviceInfo(live.ledgerKey, info);
  }

  /** Identifies every present device again, after a label was added or removed. */
  reidentify(): void {
    for (const live of this.devices.values()) {
      const identification = identifyDevice(live.descriptor, this.identifyContext());
      if (!identification) continue;
      if (JSON.stringify(identification) === JSON.stringify(live.view.identification)) continue;
      this.ledger.recordSighting(
        sightingOf(live.sourceKind, live.ledgerKey, live.descriptor, identification),
        'reidentified',
        { identification: identification.rule },
      );
      this.update(live.view.id, {
        identification,
        model: identification.model,
        mode: identification.mode,
        confidence: identification.confidence,
        kind: identification.kind,
      });
    }
  }

  /**
   * Words every device's card again (how it was identified, what to do next) after the station's language changed.
   * Nothing about the device changed, so nothing is recorded and its last-seen time stays.
   */
  reword(): void {
    for (const live of this.devices.values()) {
      const identification = identifyDevice(live.descriptor, this.identifyContext());
      // A storage problem is explained again from its reason: its why and fix follow the language too.
      const problem = live.view.storageProblem;
      const storageProblem = problem ? explainUnreachable(problem.reason, live.view.model, problem.holders) : problem;
      this.update(live.view.id, { ...(identification ? { identification } : {}), storageProblem }, false);
    }
  }

  private update(id: string, patch: Partial<DeviceView>, seen = true): void {
    const live = this.devices.get(id);
    if (!live) return;
    const merged: DeviceView = {
      ...live.view,
      ...patch,
      lastSeen: seen ? new Date().toISOString() : live.view.lastSeen,
    };
    merged.nextAction = nextActionFor(merged);
    live.view = merged;
    this.events.emit('changed', { view: merged });
  }

  private buildView(
    id: string,
    sourceKind: 'usb' | 'sim',
    d: UsbDescriptor,
    identification: Identification,
    extra: { firstSeen: string; lastSeen: string; storageState: StorageState },
  ): DeviceView {
    const base: Omit<DeviceView, 'nextAction'> = {
      id,
      source: sourceKind,
      present: true,
      model: identification.model,
      mode: identification.mode,
      confidence: identification.confidence,
      kind: identification.kind,
      identification,
      vendorId: d.vendorId,
      productId: d.productId,
      usbId: usbId(d.vendorId, d.productId),
      portPath: d.portPath,
      serialNumber: d.serialNumber,
      productName: d.product,
      manufacturer: d.manufacturer,
      firstSeen: extra.firstSeen,
      lastSeen: extra.lastSeen,
      storageState: extra.storageState,
      storages: [],
      mtpInfo: null,
      batteryPercent: null,
    };
    return { ...base, nextAction: nextActionFor(base) };
  }
}

export function deviceIdFor(sourceKind: 'usb' | 'sim', key: string): string {
  return `${sourceKind}-${key}`;
}

/** Devices are remembered by serial number when they have one, else by where they were plugged in. */
export function ledgerKeyFor(d: UsbDescriptor): string {
  const id = usbId(d.vendorId, d.productId);
  return d.serialNumber ? `sn:${id}:${d.serialNumber}` : `port:${id}@${d.portPath}`;
}

function sightingOf(sourceKind: 'usb' | 'sim', key: string, d: UsbDescriptor, i: Identification) {
  return {
    key,
    usbId: usbId(d.vendorId, d.productId),
    serial: d.serialNumber,
    model: i.model,
    mode: i.mode,
    confidence: i.confidence,
    kind: i.kind,
    rule: i.rule,
    productName: d.product,
    manufacturer: d.manufacturer,
    portPath: d.portPath,
    source: sourceKind,
  };
}

function byPort(a: DeviceView, b: DeviceView): number {
  return a.portPath.localeCompare(b.portPath, 'en', { numeric: true }) || a.id.localeCompare(b.id);
}
