import { CONTAINER_TYPE } from '../../core/mtp/codes.ts';
import type { SimFault } from '../../shared/contract/sim.ts';

/** The storage filled up during an upload: the device halts bulk OUT, then answers Store Full. */
export class StoreFull extends Error {}

/** Where and how often each fault strikes; tests shorten these, the defaults suit training mode. */
export interface FaultTuning {
  /** unplug-mid-transfer: pull the cable once this many bytes of an object moved. */
  unplugAfterBytes: number;
  /** stall: halt the bulk endpoint once this many bytes of an object moved (once per pipe). */
  stallAfterBytes: number;
  /** busy: how many commands get Device Busy before the device works. */
  busyCount: number;
  /** timeout: go silent once this many bytes of an object moved. */
  timeoutAfterBytes: number;
  /** corrupt-reply: which reply is malformed, counted from OpenSession (1 = the first command after it). */
  corruptReplyAt: number;
  corruptKind: 'length' | 'type' | 'transaction' | 'truncated';
  /** store-full: the storage runs out once this many bytes of an upload arrived. */
  storeFullAfterBytes: number;
  /** slow-cancel: how long data keeps coming after a Cancel Request. */
  cancelLateMs: number;
}

export const DEFAULT_TUNING: FaultTuning = {
  unplugAfterBytes: 256 * 1024,
  stallAfterBytes: 64 * 1024,
  busyCount: 3,
  timeoutAfterBytes: 0,
  corruptReplyAt: 1,
  corruptKind: 'length',
  storeFullAfterBytes: 256 * 1024,
  cancelLateMs: 40,
};

/** The faults a simulated device has, and what each has already done (most strike once per pipe). */
export class FaultPlan {
  readonly tuning: FaultTuning;
  private readonly active: ReadonlySet<SimFault>;
  private busyLeft: number;
  private stallDone = false;
  private corruptDone = false;
  private commandsSinceOpen = -1;

  constructor(faults: readonly SimFault[], tuning: Partial<FaultTuning> = {}) {
    this.active = new Set(faults);
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.busyLeft = this.active.has('busy') ? this.tuning.busyCount : 0;
  }

  has(fault: SimFault): boolean {
    return this.active.has(fault);
  }

  sessionOpened(): void {
    this.commandsSinceOpen = 0;
  }

  /** Called for each command; true when this one should be answered with Device Busy. */
  takeBusy(): boolean {
    if (this.commandsSinceOpen >= 0) this.commandsSinceOpen++;
    if (this.busyLeft <= 0) return false;
    this.busyLeft--;
    return true;
  }

  /** True for the one reply that should go out malformed. */
  takeCorrupt(): boolean {
    if (!this.active.has('corrupt-reply') || this.corruptDone) return false;
    if (this.commandsSinceOpen !== this.tuning.corruptReplyAt) return false;
    this.corruptDone = true;
    return true;
  }

  /**
   * What to do now that `moved` of an object's `size` bytes passed in its data phase. Unplug and stall strike
   * halfway through objects smaller than their threshold, so any transfer of more than one slice is hit.
   */
  onObjectBytes(
    moved: number,
    size: number,
    direction: 'in' | 'out',
  ): 'unplug' | 'stall' | 'silence' | 'store-full' | null {
    const at = (threshold: number) => moved > 0 && moved >= Math.min(threshold, Math.floor(size / 2));
    if (this.active.has('store-full') && direction === 'out' && at(this.tuning.storeFullAfterBytes)) {
      return 'store-full';
    }
    if (this.active.has('unplug-mid-transfer') && at(this.tuning.unplugAfterBytes)) return 'unplug';
    if (this.active.has('timeout') && moved >= this.tuning.timeoutAfterBytes) return 'silence';
    if (this.active.has('stall') && !this.stallDone && at(this.tuning.stallAfterBytes)) {
      this.stallDone = true;
      return 'stall';
    }
    return null;
  }
}

/** The malformed reply of the corrupt-reply fault. */
export function corruptReply(bytes: Uint8Array, kind: FaultTuning['corruptKind']): Uint8Array {
  const out = Uint8Array.from(bytes);
  const view = new DataView(out.buffer);
  switch (kind) {
    case 'length':
      view.setUint32(0, out.length + 4, true);
      return out;
    case 'type':
      view.setUint16(4, CONTAINER_TYPE.Event, true);
      return out;
    case 'transaction':
      view.setUint32(8, view.getUint32(8, true) + 7, true);
      return out;
    case 'truncated':
      return out.subarray(0, 8);
  }
}
