import type { BatchDeviceFacts, SimMove, SimTechPort, TechAction, TechReply } from '../core/workflow/types.ts';
import type { SimBus } from './sim-bus.ts';
import type { SimDevice } from './sim-device.ts';

export interface SimTechOptions {
  /** Finds the simulated device with this serial; null for anything else, so real devices are never touched. */
  lookup: (serial: string) => SimDevice | null;
  /** A human takes a moment to walk over and press the buttons. */
  delayMs?: { min: number; max: number };
  /** If the device still asks for the same thing after this long, do it again (a missed press). */
  repeatAfterMs?: number;
  random?: () => number;
  log?: (line: string) => void;
}

/**
 * `--sim-tech auto`: a simulated technician who does what the cards ask, on simulated devices only: presses the
 * button chords, accepts trust prompts, unlocks, leaves a device to charge, confirms and scans labels.
 */
export class SimTechnician implements SimTechPort {
  private readonly opts: Required<Omit<SimTechOptions, 'log'>> & Pick<SimTechOptions, 'log'>;
  private readonly last = new Map<string, { key: string; at: number }>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private disposed = false;

  constructor(opts: SimTechOptions) {
    this.opts = { delayMs: { min: 300, max: 900 }, repeatAfterMs: 3000, random: Math.random, ...opts };
  }

  readonly needsTech = (device: BatchDeviceFacts, action: TechAction, reply: TechReply): void => {
    if (this.disposed || !device.simulated || !action.sim?.length) return;
    if (!this.opts.lookup(device.serial)) return;
    const key = JSON.stringify([action.title, action.detail]);
    const now = Date.now();
    const prev = this.last.get(device.serial);
    if (prev && prev.key === key && now - prev.at < this.opts.repeatAfterMs) return;
    this.last.set(device.serial, { key, at: now });
    const { min, max } = this.opts.delayMs;
    const moves = action.sim;
    this.later(min + this.opts.random() * (max - min), () => this.perform(device.serial, moves, reply));
  };

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private perform(serial: string, moves: readonly SimMove[], reply: TechReply): void {
    for (const move of moves) {
      // Look the device up again for every move: it may have been unplugged or restarted meanwhile.
      const device = this.opts.lookup(serial);
      if (!device) return;
      try {
        if ('act' in move) {
          device.act(move.act);
          this.opts.log?.(`sim tech: ${move.act} on ${serial}: ${device.state.lastMessage}`);
        } else if ('charge' in move) {
          // Charging is time passing, not a button: the simulated battery jumps to what the card waits for.
          device.setBattery(Math.max(device.state.batteryPercent, move.charge));
          this.opts.log?.(`sim tech: charged ${serial} to ${device.state.batteryPercent}%`);
        } else if ('confirm' in move) {
          reply.confirm();
        } else {
          reply.scan(move.scan);
        }
      } catch (error) {
        this.opts.log?.(`sim tech: ${serial}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.disposed) fn();
    }, ms);
    this.timers.add(t);
  }
}

/**
 * A simulated technician over the station's simulator (read each time: training mode may be switched off and on):
 * it can only ever reach devices of that SimBus.
 */
export function createSimTechnician(
  sim: SimBus | (() => SimBus | null),
  opts: Omit<SimTechOptions, 'lookup'> = {},
): SimTechnician {
  const bus = typeof sim === 'function' ? sim : () => sim;
  return new SimTechnician({
    ...opts,
    // Plugged in, not necessarily on the bus: a device just switched off still has a Power button to press.
    lookup: (serial) =>
      bus()
        ?.list()
        .find((d) => d.serialNumber === serial && d.plugged) ?? null,
  });
}
