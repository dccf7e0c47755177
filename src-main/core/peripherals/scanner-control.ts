import type { ScannerView } from '../../shared/contract/batch.ts';
import { ScannerPort, type RejectedScan, type ScanEvent, type SerialFactory } from './scanner-port.ts';
import { say } from '../language.ts';

/** A serial port the PC has, as SerialPort.list() reports it. */
export interface SerialPortEntry {
  path: string;
  manufacturer: string | null;
  serialNumber: string | null;
  vendorId: string | null;
  productId: string | null;
}

export type SerialLister = () => Promise<
  { path: string; manufacturer?: string; serialNumber?: string; vendorId?: string; productId?: string }[]
>;

export interface ScannerControlOptions {
  onScan: (scan: ScanEvent) => void;
  onRejected: (rejected: RejectedScan) => void;
  onStatus: (view: ScannerView) => void;
  /** Whether a text is a serial the station knows (the running batch's devices or manifest). */
  isKnownSerial: (text: string) => boolean;
  open?: SerialFactory;
  list?: SerialLister;
  retry?: { initialMs: number; maxMs: number };
  /** The port and speed used last (shown in the form while the scanner is off). */
  remembered?: { path: string; baudRate: number } | null;
}

// serialport loads a native module: only when the tech asks for the list.
const listSerialPorts: SerialLister = async () => {
  const { SerialPort } = await import('serialport');
  // Typed by the bindings package, which the linter cannot always resolve: pin the fields this station reads.
  return (await SerialPort.list()) as Awaited<ReturnType<SerialLister>>;
};

/**
 * The station's one barcode scanner: started and stopped by the tech (or `--scanner` on the command line), kept
 * open across batches, and reopened by ScannerPort when its cable is pulled and plugged back.
 */
export class ScannerControl {
  private readonly opts: ScannerControlOptions;
  private port: ScannerPort | null = null;
  private offs: (() => void)[] = [];
  private view: ScannerView = { state: 'off', path: null, baudRate: 9600, detail: say('workflow:scanner.none') };

  constructor(opts: ScannerControlOptions) {
    this.opts = opts;
    if (opts.remembered) {
      this.view = { ...this.view, path: opts.remembered.path, baudRate: opts.remembered.baudRate };
    }
  }

  status(): ScannerView {
    return this.view;
  }

  async start(path: string, baudRate: number): Promise<ScannerView> {
    await this.stop(false);
    const port = new ScannerPort({
      path,
      baudRate,
      rules: { isKnownSerial: this.opts.isKnownSerial },
      ...(this.opts.open ? { open: this.opts.open } : {}),
      ...(this.opts.retry ? { retry: this.opts.retry } : {}),
    });
    this.port = port;
    this.offs = [
      port.events.on('scan', (s) => this.opts.onScan(s)),
      port.events.on('rejected', (r) => this.opts.onRejected(r)),
      port.events.on('status', (s) => {
        if (this.port === port) this.setView({ state: s.state, path, baudRate, detail: s.detail });
      }),
    ];
    // The port says "connecting" itself, at once: that becomes this view.
    port.start();
    return this.view;
  }

  async stop(announce = true): Promise<ScannerView> {
    const port = this.port;
    this.port = null;
    this.offs.splice(0).forEach((off) => off());
    if (port) await port.close();
    if (announce) {
      this.setView({
        state: 'off',
        path: port?.path ?? this.view.path,
        baudRate: this.view.baudRate,
        detail: say('workflow:scanner.off'),
      });
    }
    return this.view;
  }

  async ports(): Promise<{ ports: SerialPortEntry[]; error: string | null }> {
    try {
      const found = await (this.opts.list ?? listSerialPorts)();
      return {
        ports: found.map((p) => ({
          path: p.path,
          manufacturer: p.manufacturer ?? null,
          serialNumber: p.serialNumber ?? null,
          vendorId: p.vendorId ?? null,
          productId: p.productId ?? null,
        })),
        error: null,
      };
    } catch (error) {
      return {
        ports: [],
        error: say('workflow:scanner.noList', { reason: error instanceof Error ? error.message : String(error) }),
      };
    }
  }

  private setView(view: ScannerView): void {
    this.view = view;
    this.opts.onStatus(view);
  }
}
