import type { ScanSeen, ScannerView } from '../../shared/contract/batch.ts';
import type { StationEvent } from '../../shared/contract/index.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { ScannerControl, type ScannerControlOptions } from '../peripherals/scanner-control.ts';
import type { Batch } from './batch.ts';
import type { ScanKind } from './types.ts';
import { say } from '../language.ts';

const MAX_SCANS = 30;
const SCANNER_SETTING = 'scanner';

/**
 * Where labels come in: the barcode scanner, a label typed at the station, or the simulated technician. Each scan
 * goes to the running batch's binder (which ties it to the device being asked about, or refuses it), and every
 * outcome is kept and announced, so the tech sees refused scans with their reason as well as the good ones.
 */
export class ScanDesk {
  readonly scanner: ScannerControl;
  private readonly ledger: Ledger;
  private readonly emit: (event: StationEvent) => void;
  private readonly running: () => Batch | null;
  private scans: ScanSeen[] = [];
  /** Who the binder's next verdict is for; scans the batch binds by itself come from the simulated tech. */
  private source: ScanSeen['source'] = 'simulated';

  constructor(opts: {
    ledger: Ledger;
    emit: (event: StationEvent) => void;
    running: () => Batch | null;
    scanner?: Pick<ScannerControlOptions, 'open' | 'list' | 'retry'>;
  }) {
    this.ledger = opts.ledger;
    this.emit = opts.emit;
    this.running = opts.running;
    const saved = opts.ledger.getSetting(SCANNER_SETTING) as { path?: unknown; baudRate?: unknown } | undefined;
    this.scanner = new ScannerControl({
      ...opts.scanner,
      remembered:
        typeof saved?.path === 'string' && typeof saved.baudRate === 'number'
          ? { path: saved.path, baudRate: saved.baudRate }
          : null,
      isKnownSerial: (text) => this.running()?.findSerial(text) != null,
      onScan: (s) => void this.scan(s.text, 'scanner', s.kind),
      onRejected: (r) =>
        this.push({ at: r.at, text: r.shown, ok: false, serial: null, reason: r.reason, source: 'scanner' }),
      onStatus: (view) => opts.emit({ name: 'scannerChanged', payload: view }),
    });
  }

  /** Opens the barcode scanner and remembers its port and speed for next time. */
  startScanner(path: string, baudRate: number): Promise<ScannerView> {
    this.ledger.setSetting(SCANNER_SETTING, { path, baudRate });
    return this.scanner.start(path, baudRate);
  }

  recent(): ScanSeen[] {
    return [...this.scans];
  }

  /** Shows what the batch's binder decided, whoever scanned. Returns the unsubscribe functions. */
  watch(batch: Batch): (() => void)[] {
    return [
      batch.scans.events.on('bound', (r) =>
        this.push({ at: r.scan.at, text: r.scan.text, ok: true, serial: r.serial, reason: null, source: this.source }),
      ),
      batch.scans.events.on('refused', (r) =>
        this.push({
          at: this.ledger.stamp(),
          text: r.text,
          ok: false,
          serial: r.serial,
          reason: r.reason,
          source: this.source,
        }),
      ),
    ];
  }

  /** A scanned or typed label: bound to the device the station is asking about, or refused with the reason. */
  scan(text: string, source: ScanSeen['source'], kind?: ScanKind): ScanSeen {
    const batch = this.running();
    if (!batch) {
      return this.push({
        at: this.ledger.stamp(),
        text,
        ok: false,
        serial: null,
        reason: say('workflow:scan.noBatch', { text }),
        source,
      });
    }
    this.source = source;
    try {
      // The binder answers through its events (bound / refused), which put the scan first in the list.
      batch.scans.bind(kind ? { text, kind } : { text });
      return this.scans[0]!;
    } finally {
      this.source = 'simulated';
    }
  }

  close(): Promise<ScannerView> {
    return this.scanner.stop(false);
  }

  private push(seen: ScanSeen): ScanSeen {
    this.scans = [seen, ...this.scans].slice(0, MAX_SCANS);
    this.emit({ name: 'scanSeen', payload: seen });
    return seen;
  }
}
