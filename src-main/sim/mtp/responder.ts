import { EVENT, OPERATION, RESPONSE, operationName } from '../../core/mtp/codes.ts';
import type { OperationContainer } from '../../core/mtp/container.ts';
import type { DeviceInfo } from '../../core/mtp/datasets.ts';
import { StoreFull, corruptReply, type FaultPlan, type FaultTuning } from './faults.ts';
import { HANDLERS, type DataOutcome, type OpContext, type OpResult } from './handlers.ts';
import { LinkGone, type SimControlHandler, type SimUsbLink } from './sim-link.ts';
import type { SimStorageTree, TreeChange } from './storage-tree.ts';
import {
  CONTAINER,
  HEADER_BYTES as HEADER_SIZE,
  LENGTH_UNKNOWN,
  containerHeader,
  dataLength,
  operationContainer,
  readContainer,
} from './wire.ts';

/** The host canceled the transaction in progress (class request 0x64), or a fault ended it: no response follows. */
class Abandoned extends Error {}

const SLICE = 1024 * 1024;
const DATA_OUT: ReadonlySet<number> = new Set([OPERATION.SendObjectInfo, OPERATION.SendObject]);

export interface ResponderSettings {
  deviceInfo: DeviceInfo;
  faults: FaultPlan;
  batteryPercent: number | null;
  /** Delay before each operation is answered (a slow or busy device). */
  opLatencyMs: number;
  /** Objects above this size go out with the 0xFFFFFFFF data length, as objects of 4 GB and more must. */
  unknownLengthAbove: number;
  keepPartialObjects: boolean;
}

/**
 * The device side of MTP, strict like a picky real device: it checks sessions, transaction ids, container sizes,
 * data phase lengths and zero-length packets, refuses SendObject without a SendObjectInfo right before it, and
 * records every initiator mistake in `violations` so tests can insist there are none.
 */
export class SimMtpResponder implements SimControlHandler, OpContext {
  readonly violations: string[] = [];
  readonly tree: SimStorageTree;
  readonly deviceInfo: DeviceInfo;
  readonly keepPartialObjects: boolean;
  pendingSend: { handle: number; declared: number } | null = null;
  private readonly link: SimUsbLink;
  private readonly settings: ResponderSettings;
  private batteryPercent: number | null;
  private sessionId = 0;
  private lastTransactionId = 0;
  /** A session left open by an earlier host (session-open): this host cannot know its state, so no violations. */
  private inherited = false;
  /** After refusing OpenSession, the device takes the next command's id as the new count (a host carrying on). */
  private resync = false;
  private current: { transactionId: number; canceled: boolean; lateUntil?: number } | null = null;
  private pushback: Uint8Array | null = null;
  private readonly unsubscribe: () => void;

  constructor(link: SimUsbLink, tree: SimStorageTree, settings: ResponderSettings) {
    this.link = link;
    this.tree = tree;
    this.settings = settings;
    this.deviceInfo = settings.deviceInfo;
    this.keepPartialObjects = settings.keepPartialObjects;
    this.batteryPercent = settings.batteryPercent;
    this.unsubscribe = tree.events.on('change', (c) => this.onTreeChange(c));
    link.control = this;
    if (settings.faults.has('session-open')) {
      this.sessionId = 1;
      this.lastTransactionId = 41;
      this.inherited = true;
    }
    void this.loop();
  }

  get tuning(): FaultTuning {
    return this.settings.faults.tuning;
  }

  battery(): number | null {
    return this.batteryPercent;
  }

  setBattery(percent: number | null): void {
    this.batteryPercent = percent;
    if (this.sessionId) this.event(EVENT.DevicePropChanged, 0x5001);
  }

  // ---- class requests ----

  cancel(transactionId: number): void {
    const current = this.current;
    // slow-cancel: what is queued stays, and the data phase goes on for a moment before it stops.
    const slow = this.settings.faults.has('slow-cancel');
    if (!slow) this.link.flushIn();
    this.link.flushOut();
    if (!current || current.transactionId !== transactionId) return;
    current.canceled = true;
    if (slow) current.lateUntil = performance.now() + this.tuning.cancelLateMs;
    this.link.interruptDeviceRead(new Abandoned());
  }

  /** Busy while a canceled transaction is still unwinding, as the class spec has it. */
  status(): number {
    return this.current?.canceled ? RESPONSE.DeviceBusy : RESPONSE.OK;
  }

  reset(): 'reset' | 'ignored' | 'stall' {
    if (this.settings.faults.has('reset-stalls')) return 'stall';
    if (this.settings.faults.has('reset-ignored')) return 'ignored';
    this.portReset();
    return 'reset';
  }

  portReset(): void {
    this.inherited = false;
    this.resync = false;
    this.sessionId = 0;
    this.lastTransactionId = 0;
    this.pendingSend = null;
    this.pushback = null;
    if (this.current) {
      this.current.canceled = true;
      this.link.interruptDeviceRead(new Abandoned());
    }
  }

  restartService(): void {
    this.portReset();
    this.event(EVENT.DeviceReset, null);
  }

  hostClosed(): void {
    this.sessionId = 0;
    this.unsubscribe();
  }

  // ---- the command loop ----

  private async loop(): Promise<void> {
    try {
      for (;;) {
        const transfer = this.pushback ?? (await this.nextOut());
        this.pushback = null;
        await this.onTransfer(transfer);
      }
    } catch (error) {
      if (!(error instanceof LinkGone)) {
        this.violations.push(`the responder stopped: ${error instanceof Error ? error.message : String(error)}`);
        this.link.unplug();
      }
    } finally {
      this.unsubscribe();
    }
  }

  private async nextOut(): Promise<Uint8Array> {
    if (this.current?.canceled) throw new Abandoned();
    return this.link.receiveOut();
  }

  private async onTransfer(t: Uint8Array): Promise<void> {
    if (t.length === 0) return this.violation('a zero-length packet outside a data phase');
    if (t.length < HEADER_SIZE) {
      this.violation(`a ${t.length}-byte transfer is too short for a container`);
      return this.respond({ code: RESPONSE.GeneralError }, 0);
    }
    const header = readContainer(t)!;
    if (header.type !== CONTAINER.command) {
      return this.violation(`expected a command but got container type ${header.type} (${t.length} bytes)`);
    }
    if (header.length !== t.length || t.length > 32 || (t.length - HEADER_SIZE) % 4 !== 0) {
      this.violation(`a command container of ${t.length} bytes that says ${header.length}`);
      return this.respond({ code: RESPONSE.GeneralError }, header.transactionId);
    }
    await this.execute({ code: header.code, transactionId: header.transactionId, params: header.params });
  }

  private async execute(cmd: OperationContainer): Promise<void> {
    const tid = cmd.transactionId;
    const dataOut = DATA_OUT.has(cmd.code);
    const refuse = async (code: number, params: number[] = []) => {
      if (dataOut) await this.receiveData(cmd, () => undefined, false);
      await this.respond({ code, params }, tid);
    };
    if (!this.sessionId) {
      if (cmd.code !== OPERATION.GetDeviceInfo && cmd.code !== OPERATION.OpenSession) {
        this.violation(`${operationName(cmd.code)} outside a session`);
        return refuse(RESPONSE.SessionNotOpen);
      }
      if (tid !== 0) {
        this.violation(`transaction id ${tid} outside a session (must be 0)`);
        return refuse(RESPONSE.InvalidTransactionID);
      }
    } else if (cmd.code === OPERATION.OpenSession) {
      if (!this.inherited) this.violation('OpenSession while a session is open');
      this.resync = true;
      return refuse(RESPONSE.SessionAlreadyOpen, [this.sessionId]);
    } else {
      if (this.resync) {
        this.resync = false;
        this.inherited = false;
        this.lastTransactionId = tid === 1 ? 0 : tid - 1;
      }
      const expected = this.lastTransactionId >= 0xfffffffe ? 1 : this.lastTransactionId + 1;
      if (tid !== expected) {
        // A host meeting a session it did not open cannot know the count: not its mistake.
        if (!this.inherited) this.violation(`transaction id ${tid} where ${expected} was due`);
        return refuse(RESPONSE.InvalidTransactionID);
      }
      this.lastTransactionId = tid;
    }
    if (this.settings.faults.takeBusy()) return refuse(RESPONSE.DeviceBusy);
    if (this.settings.opLatencyMs > 0) await new Promise((r) => setTimeout(r, this.settings.opLatencyMs));
    if (cmd.code !== OPERATION.SendObject && cmd.code !== OPERATION.SendObjectInfo) this.dropPendingSend();
    const handler = HANDLERS.get(cmd.code);
    const supported = this.deviceInfo.operationsSupported.includes(cmd.code);
    if (cmd.code === OPERATION.OpenSession) return this.openSession(cmd);
    if (cmd.code === OPERATION.CloseSession) {
      this.sessionId = 0;
      return this.respond({ code: RESPONSE.OK }, tid);
    }
    if (!handler || !supported) return refuse(RESPONSE.OperationNotSupported);
    this.current = { transactionId: tid, canceled: false };
    let result: OpResult;
    try {
      result = await handler(this, cmd);
    } catch (error) {
      if (error instanceof Abandoned) return;
      throw error;
    } finally {
      this.current = null;
    }
    if (result) await this.respond(result, tid);
  }

  private async openSession(cmd: OperationContainer): Promise<void> {
    const id = cmd.params[0] ?? 0;
    if (id === 0) return this.respond({ code: RESPONSE.InvalidParameter }, 0);
    this.sessionId = id;
    this.lastTransactionId = 0;
    this.settings.faults.sessionOpened();
    await this.respond({ code: RESPONSE.OK }, 0);
  }

  /** A SendObjectInfo not followed at once by SendObject loses its reservation, and an empty object is removed. */
  private dropPendingSend(): void {
    const pending = this.pendingSend;
    this.pendingSend = null;
    if (!pending) return;
    this.tree.release(pending.declared);
    const o = this.tree.object(pending.handle);
    if (o && o.size === 0 && !o.complete) this.tree.deleteObject(o.handle, 'mtp');
  }

  private async respond(result: NonNullable<OpResult>, transactionId: number): Promise<void> {
    let bytes: Uint8Array = operationContainer(CONTAINER.response, result.code, transactionId, result.params ?? []);
    if (this.settings.faults.takeCorrupt()) bytes = corruptReply(bytes, this.tuning.corruptKind);
    await this.link.sendIn(bytes, true);
  }

  // ---- data phases ----

  async sendData(
    cmd: OperationContainer,
    size: number,
    pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    object: boolean,
  ): Promise<boolean> {
    const length = size > this.settings.unknownLengthAbove ? LENGTH_UNKNOWN : dataLength(size);
    const header = containerHeader({ length, type: CONTAINER.data, code: cmd.code, transactionId: cmd.transactionId });
    const faults = this.settings.faults;
    // no-zlp: the header's length says where the data ends; only an unknown length still needs the ZLP.
    const omitZlp = faults.has('no-zlp') && length !== LENGTH_UNKNOWN;
    // split-header: the header goes out as a short transfer of its own, the payload after it.
    await this.link.sendIn(header, size === 0 || faults.has('split-header'), omitZlp);
    await this.checkCanceled();
    let moved = 0;
    for await (const whole of pieces) {
      // Large pieces go out in slices, so backpressure and faults act within an object, not only between pieces.
      for (let at = 0; at < whole.length; at += SLICE) {
        const piece = whole.subarray(at, at + SLICE);
        if (object && !this.strike(moved, size, 'in')) return false;
        await this.checkCanceled();
        moved += piece.length;
        await this.link.sendIn(piece, moved >= size, omitZlp);
        await this.checkCanceled();
      }
    }
    if (moved !== size) throw new Error(`an object of ${size} bytes gave ${moved}`);
    return true;
  }

  async receiveData(
    cmd: OperationContainer,
    sink: (chunk: Uint8Array) => unknown,
    object: boolean,
  ): Promise<DataOutcome> {
    const mps = this.link.maxPacketSize;
    const what = `the data phase of ${operationName(cmd.code)}`;
    const first = await this.nextOut();
    const header = readContainer(first);
    if (
      !header ||
      header.type !== CONTAINER.data ||
      header.transactionId !== cmd.transactionId ||
      header.code !== cmd.code
    ) {
      this.violation(`${what} is missing or malformed (${first.length} bytes)`);
      if (header?.type === CONTAINER.command) this.pushback = first;
      return { ok: false, received: 0 };
    }
    const declared = header.length === LENGTH_UNKNOWN ? null : header.length - HEADER_SIZE;
    if (declared !== null && declared < 0) return { ok: false, received: 0 };
    let received = 0;
    const take = async (chunk: Uint8Array) => {
      if (object && !this.strike(received, declared ?? Number.MAX_SAFE_INTEGER, 'out')) throw new Abandoned();
      received += chunk.length;
      if (chunk.length > 0) await sink(chunk);
    };
    await take(first.subarray(HEADER_SIZE));
    let ended = first.length % mps !== 0;
    while (!ended && (declared === null || received < declared)) {
      const next = await this.nextOut();
      if (next.length === 0) ended = true;
      else {
        await take(next);
        ended = next.length % mps !== 0;
      }
    }
    if (declared === null) return { ok: true, received };
    if (received !== declared) {
      this.violation(`${what} carried ${received} bytes but its header said ${declared}`);
      return { ok: false, received };
    }
    if (!ended) {
      const zlp = await this.nextOut();
      if (zlp.length !== 0) {
        this.violation(`${what} filled its last packet but no zero-length packet followed`);
        this.pushback = zlp;
      }
    }
    return { ok: true, received };
  }

  /** Ends a canceled data phase; a slow-cancel device first sends what it still had for a moment. */
  private async checkCanceled(): Promise<void> {
    const current = this.current;
    if (!current?.canceled) return;
    const late = (current.lateUntil ?? 0) - performance.now();
    if (late > 0) await new Promise((r) => setTimeout(r, late));
    throw new Abandoned();
  }

  /** Applies a fault due at this point of an object transfer; false when the transaction ends here. */
  private strike(moved: number, size: number, direction: 'in' | 'out'): boolean {
    const fault = this.settings.faults.onObjectBytes(moved, size, direction);
    if (!fault) return true;
    if (fault === 'store-full') {
      this.link.stall('out');
      throw new StoreFull();
    }
    if (fault === 'unplug') this.link.unplug();
    if (fault === 'silence') this.link.silence();
    if (fault !== 'stall') throw new LinkGone(fault);
    this.link.stall(direction);
    if (direction === 'out') throw new Abandoned();
    return false;
  }

  // ---- events ----

  private onTreeChange(change: TreeChange): void {
    if (!this.sessionId) return;
    if (change.kind === 'visibility') {
      this.event(change.visible ? EVENT.StoreAdded : EVENT.StoreRemoved, this.tree.storageId);
      return;
    }
    // Changes this session made are not announced back to it; the device's own are.
    if (change.source !== 'sim' || !this.tree.visible) return;
    const code = {
      'object-added': EVENT.ObjectAdded,
      'object-removed': EVENT.ObjectRemoved,
      'object-changed': EVENT.ObjectInfoChanged,
    }[change.kind];
    this.event(code, change.handle);
  }

  private event(code: number, param: number | null): void {
    this.link.sendEvent(operationContainer(CONTAINER.event, code, 0, param === null ? [] : [param]));
  }

  private violation(text: string): void {
    this.violations.push(text);
  }
}
