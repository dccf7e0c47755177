import { Emitter } from '../emitter.ts';
import type { Scan, ScanKind } from '../workflow/types.ts';
import { say } from '../language.ts';

/** The device the station is asking a label for (the workflow engine's batch provides it). */
export interface AwaitingScanInfo {
  serial: string;
  portPath: string;
  expect: ScanKind | 'either';
  /** The asset tag the manifest gives this device, if any. */
  assetTag: string | null;
}

export interface ScanTarget {
  awaitingScan: () => AwaitingScanInfo | null;
  bindScan: (serial: string, scan: Scan) => boolean;
  /** The device with this serial (any case) in the batch or the manifest; portPath when it is on the bench. */
  findSerial: (text: string) => { serial: string; portPath: string | null } | null;
  /** The serial an asset tag belongs to: by the manifest, or already scanned for another device. */
  assetTagOwner: (tag: string) => string | null;
}

export type BindResult =
  { ok: true; serial: string; scan: Scan } | { ok: false; reason: string; text: string; serial: string | null };

export interface ScanBinderEvents extends Record<string, unknown> {
  bound: Extract<BindResult, { ok: true }>;
  refused: Extract<BindResult, { ok: false }>;
}

/**
 * Ties a scanned label to the device the station is asking about, and to nothing else. A scan that arrives
 * when no device asks, or that names another device, is refused with a reason the tech sees, never applied.
 */
export class ScanBinder {
  readonly events = new Emitter<ScanBinderEvents>();
  private readonly target: ScanTarget;
  private readonly now: () => Date;

  constructor(target: ScanTarget, now: () => Date = () => new Date()) {
    this.target = target;
    this.now = now;
  }

  bind(input: { text: string; kind?: ScanKind }): BindResult {
    const result = this.decide(input.text.trim(), input.kind);
    if (result.ok) this.events.emit('bound', result);
    else this.events.emit('refused', result);
    return result;
  }

  private decide(text: string, kind: ScanKind | undefined): BindResult {
    const refuse = (reason: string, serial: string | null = null): BindResult => ({ ok: false, reason, text, serial });
    const asking = this.target.awaitingScan();
    if (!asking) return refuse(say('workflow:scan.noneWaiting', { text }));
    const here = { port: asking.portPath, serial: asking.serial, text };
    const accept = (as: ScanKind): BindResult => {
      const scan: Scan = { kind: as, text, at: this.now().toISOString() };
      if (!this.target.bindScan(asking.serial, scan)) {
        return refuse(say('workflow:scan.stoppedWaiting', here), asking.serial);
      }
      return { ok: true, serial: asking.serial, scan };
    };
    if (text.toUpperCase() === asking.serial.toUpperCase()) {
      if (asking.expect === 'asset-tag') {
        return refuse(say('workflow:scan.wantAssetTag', here), asking.serial);
      }
      return accept('serial');
    }
    const other = this.target.findSerial(text);
    if (other || kind === 'serial') {
      const values = { ...here, other: other?.serial ?? text, otherPort: other?.portPath };
      return refuse(
        say(other?.portPath ? 'workflow:scan.otherDeviceAt' : 'workflow:scan.otherDevice', values),
        asking.serial,
      );
    }
    if (asking.expect === 'serial') {
      return refuse(say('workflow:scan.notSerial', here), asking.serial);
    }
    const owner = this.target.assetTagOwner(text);
    if (owner && owner.toUpperCase() !== asking.serial.toUpperCase()) {
      return refuse(say('workflow:scan.assetTagOwner', { ...here, owner }), asking.serial);
    }
    if (asking.assetTag && asking.assetTag.toUpperCase() !== text.toUpperCase()) {
      return refuse(say('workflow:scan.assetTagMismatch', { ...here, expected: asking.assetTag }), asking.serial);
    }
    return accept('asset-tag');
  }
}
