import type { SimAction, SimDeviceView, SimFault, SimPreset } from '../shared/contract/sim.ts';
import { StationError } from '../shared/errors.ts';
import { Emitter } from '../core/emitter.ts';
// What the simulated device shows in the training panel, in the station's language (a real headset shows its own).
import { say as text } from '../core/language.ts';
import type { UsbDescriptor } from '../core/devices/descriptor.ts';
import { presetShape, simDescriptor } from './presets.ts';

export type SimPhase = 'oobe-first-page' | 'oobe-provisioning' | 'oobe-trust-prompt' | 'desktop';
export type Enrollment = 'none' | 'autopilot' | 'entra' | 'msa-work-account' | 'local-mdm-only';

export interface SimState {
  power: 'on' | 'off';
  mode: 'normal' | 'flashing';
  phase: SimPhase;
  locked: boolean;
  batteryPercent: number;
  build: string;
  edition: 'holographic' | 'business' | null;
  enrollment: Enrollment;
  appliedPackages: string[];
  /** Set while Power + Volume Down diagnostics are being written. */
  collectingDiagnostics: boolean;
  /** During setup, Power + Volume Down shows the storage (with the diagnostics) until the device moves on. */
  diagnosticsShown: boolean;
  lastMessage: string;
}

export interface SimDeviceEvents extends Record<string, unknown> {
  /** The device left the bus (unplugged, powered off, rebooting into another mode). */
  detach: SimDevice;
  /** The device (re)appeared on the bus, possibly with another descriptor. */
  attach: SimDevice;
  state: SimDevice;
}

export interface SimTiming {
  /** How long a reboot or mode change keeps the device off the bus. */
  reenumerateMs: number;
  /** How long Power + Volume Down takes to write AutopilotDiagnostics.zip. */
  diagnosticsMs: number;
}

export const DEFAULT_TIMING: SimTiming = { reenumerateMs: 600, diagnosticsMs: 2500 };

export const LATEST_BUILD = { hololens1: '17763.3046', hololens2: '22621.1244' } as const;

/** Hooks other simulator parts attach to: storage visibility, diagnostics, packages. */
export interface SimDeviceHooks {
  storageVisibilityChanged?: (device: SimDevice, visible: boolean) => void;
  collectDiagnostics?: (device: SimDevice) => Promise<void>;
  /** Returns the names of provisioning packages the tech copied during OOBE, if any. */
  pendingPackages?: (device: SimDevice) => string[];
  packagesApplied?: (device: SimDevice, names: string[]) => void;
  /** The battery level changed: open MTP connections report the new level. */
  batteryChanged?: (device: SimDevice, percent: number) => void;
  wiped?: (device: SimDevice) => void;
}

/**
 * One simulated HoloLens (or a trap device): its USB identity, whether it is on the bus, and the state machine a
 * technician drives with buttons. Transport-level parts (MTP, storage) hang off it through hooks.
 */
export class SimDevice {
  readonly simId: string;
  readonly preset: SimPreset;
  readonly faults: SimFault[];
  readonly serialNumber: string;
  readonly portPath: string;
  readonly events = new Emitter<SimDeviceEvents>();
  state: SimState;
  plugged = false;
  hooks: SimDeviceHooks = {};
  readonly timing: SimTiming;
  private timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(opts: {
    simId: string;
    preset: SimPreset;
    faults?: SimFault[];
    serialNumber: string;
    portPath: string;
    timing?: Partial<SimTiming>;
  }) {
    this.simId = opts.simId;
    this.preset = opts.preset;
    this.faults = opts.faults ?? [];
    this.serialNumber = opts.serialNumber;
    this.portPath = opts.portPath;
    this.timing = { ...DEFAULT_TIMING, ...opts.timing };
    const shape = presetShape(opts.preset);
    const model = shape.model;
    this.state = {
      power: 'on',
      mode: shape.mode,
      phase: shape.oobe ? 'oobe-first-page' : 'desktop',
      locked: false,
      batteryPercent: 87,
      build: model === 'hololens1' ? LATEST_BUILD.hololens1 : LATEST_BUILD.hololens2,
      edition: model === 'hololens1' ? 'business' : null,
      enrollment: 'none',
      appliedPackages: [],
      collectingDiagnostics: false,
      diagnosticsShown: false,
      lastMessage: '',
    };
  }

  get isHoloLens(): boolean {
    return presetShape(this.preset).model !== 'other';
  }

  get model(): 'hololens1' | 'hololens2' | 'other' {
    return presetShape(this.preset).model;
  }

  /** On the bus right now: plugged in and powered. */
  get onBus(): boolean {
    return this.plugged && this.state.power === 'on';
  }

  /** A HoloLens shows its storage only when unlocked, or at the setup page after a button chord. */
  get storageVisible(): boolean {
    const s = this.state;
    if (!this.onBus || s.mode !== 'normal' || !this.isHoloLens) return false;
    if (s.phase === 'desktop') return !s.locked;
    return (
      s.phase === 'oobe-provisioning' ||
      s.phase === 'oobe-trust-prompt' ||
      s.collectingDiagnostics ||
      s.diagnosticsShown
    );
  }

  descriptor(): UsbDescriptor {
    return simDescriptor(this.preset, this.state.mode, this.serialNumber, this.portPath);
  }

  plug(): void {
    if (this.plugged) return;
    this.setStorageAffecting(() => (this.plugged = true));
    if (this.state.power === 'on') this.events.emit('attach', this);
    this.changed();
  }

  unplug(): void {
    if (!this.plugged) return;
    const wasOnBus = this.onBus;
    this.setStorageAffecting(() => (this.plugged = false));
    if (wasOnBus) this.events.emit('detach', this);
    this.changed();
  }

  /** The battery charged or drained (training mode, the simulated technician leaving it to charge, tests). */
  setBattery(percent: number): void {
    this.state.batteryPercent = percent;
    this.hooks.batteryChanged?.(this, percent);
    this.changed();
  }

  /** What a technician does with the buttons (or the device's UI), played by the simulator. */
  act(action: SimAction): void {
    if (!this.isHoloLens) {
      throw new StationError(
        'sim-not-hololens',
        text('station:sim.notHololens.title'),
        text('station:sim.notHololens.message'),
      );
    }
    const s = this.state;
    switch (action) {
      case 'press-power':
        if (s.power === 'off') this.powerOn('normal');
        else this.say(text('station:sim.msg.powerPressed'));
        break;
      case 'hold-power-15s':
        if (s.power === 'on') this.powerOff(text('station:sim.msg.heldPowerOff'));
        else this.say(text('station:sim.msg.alreadyOff'));
        break;
      case 'hard-restart':
        if (s.power === 'off') return this.say(text('station:sim.msg.offPressPower'));
        this.powerOff(text('station:sim.msg.hardRestart'));
        this.later(() => this.powerOn(s.mode));
        break;
      case 'enter-flashing-mode':
        if (s.power === 'on') this.powerOff(text('station:sim.msg.heldPowerOffShort'));
        this.later(() => this.powerOn('flashing'));
        break;
      case 'volume-down-power':
        this.provisioningChord();
        break;
      case 'power-volume-down':
        this.diagnosticsChord();
        break;
      case 'accept-trust-prompt':
        this.acceptTrust();
        break;
      case 'unlock':
      case 'lock':
        if (s.phase !== 'desktop') return this.say(text('station:sim.msg.inSetupNoLock'));
        this.setStorageAffecting(() => (s.locked = action === 'lock'));
        this.say(action === 'lock' ? text('station:sim.msg.locked') : text('station:sim.msg.unlocked'));
        break;
      case 'finish-setup':
        if (!s.phase.startsWith('oobe')) return this.say(text('station:sim.msg.setupAlreadyDone'));
        this.setStorageAffecting(() => {
          s.phase = 'desktop';
          s.locked = false;
        });
        this.say(text('station:sim.msg.setupDone'));
        break;
      case 'reflash':
        this.reflash();
        break;
      case 'reset':
        this.reset();
        break;
    }
    this.changed();
  }

  view(deviceId: string | null): SimDeviceView {
    return {
      simId: this.simId,
      deviceId,
      preset: this.preset,
      faults: [...this.faults],
      plugged: this.plugged,
      serialNumber: this.serialNumber,
      portPath: this.portPath,
      state: { ...this.state, storageVisible: this.storageVisible, model: this.model },
    };
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private provisioningChord(): void {
    const s = this.state;
    if (s.mode !== 'normal' || s.power === 'off') return this.say(text('station:sim.msg.notRunning'));
    if (s.phase === 'oobe-first-page') {
      this.setStorageAffecting(() => (s.phase = 'oobe-provisioning'));
      return this.say(text('station:sim.msg.provisioningOpen'));
    }
    if (s.phase === 'oobe-provisioning') {
      const pending = this.hooks.pendingPackages?.(this) ?? [];
      if (pending.length === 0) return this.say(text('station:sim.msg.noPackage'));
      s.phase = 'oobe-trust-prompt';
      return this.say(text('station:sim.msg.trustPrompt', { names: pending.join(', ') }));
    }
    this.say(text('station:sim.msg.provisioningOnlyFirst'));
  }

  private diagnosticsChord(): void {
    const s = this.state;
    if (s.mode !== 'normal' || s.power === 'off') return this.say(text('station:sim.msg.notRunning'));
    if (s.phase === 'oobe-provisioning' || s.phase === 'oobe-trust-prompt') {
      return this.say(text('station:sim.msg.noDiagnosticsHere'));
    }
    if (s.collectingDiagnostics) return this.say(text('station:sim.msg.alreadyCollecting'));
    this.setStorageAffecting(() => {
      s.collectingDiagnostics = true;
      s.diagnosticsShown = true;
    });
    this.say(text('station:sim.msg.collecting'));
    const finish = () => {
      this.setStorageAffecting(() => (s.collectingDiagnostics = false));
      this.say(text('station:sim.msg.collected'));
      this.changed();
    };
    const collect = this.hooks.collectDiagnostics;
    if (!collect) return this.later(finish, this.timing.diagnosticsMs);
    this.later(() => {
      collect(this).then(finish, () => {
        this.setStorageAffecting(() => (s.collectingDiagnostics = false));
        this.say(text('station:sim.msg.collectFailed'));
        this.changed();
      });
    }, 0);
  }

  private acceptTrust(): void {
    const s = this.state;
    if (s.phase !== 'oobe-trust-prompt') return this.say(text('station:sim.msg.noTrustPrompt'));
    const names = this.hooks.pendingPackages?.(this) ?? [];
    s.appliedPackages.push(...names);
    this.hooks.packagesApplied?.(this, names);
    this.setStorageAffecting(() => (s.phase = 'oobe-first-page'));
    this.say(
      names.length > 0
        ? text('station:sim.msg.applied', { names: names.join(', ') })
        : text('station:sim.msg.appliedUnnamed'),
    );
  }

  private reflash(): void {
    const s = this.state;
    if (s.mode !== 'flashing') return this.say(text('station:sim.msg.reflashNeedsFlashing'));
    this.powerOff(text('station:sim.msg.reflashing'));
    const model = this.model;
    s.build = model === 'hololens1' ? LATEST_BUILD.hololens1 : LATEST_BUILD.hololens2;
    this.wipe();
    this.later(() => this.powerOn('normal'));
  }

  private reset(): void {
    const s = this.state;
    if (s.phase !== 'desktop' || s.mode !== 'normal') return this.say(text('station:sim.msg.resetFromSettings'));
    if (s.batteryPercent < 40) return this.say(text('station:sim.msg.resetRefused', { percent: 40 }));
    this.powerOff(text('station:sim.msg.resetting'));
    this.wipe();
    this.later(() => this.powerOn('normal'));
  }

  private wipe(): void {
    const s = this.state;
    s.phase = 'oobe-first-page';
    s.locked = false;
    s.enrollment = 'none';
    s.appliedPackages = [];
    if (this.model === 'hololens1') s.edition = 'holographic';
    this.hooks.wiped?.(this);
  }

  private powerOff(message: string): void {
    const wasOnBus = this.onBus;
    this.setStorageAffecting(() => {
      this.state.power = 'off';
      this.state.diagnosticsShown = false;
    });
    if (wasOnBus) this.events.emit('detach', this);
    this.say(message);
  }

  private powerOn(mode: 'normal' | 'flashing'): void {
    this.state.mode = mode;
    this.setStorageAffecting(() => (this.state.power = 'on'));
    if (this.plugged) this.events.emit('attach', this);
    this.say(mode === 'flashing' ? text('station:sim.msg.flashingOn') : text('station:sim.msg.started'));
    this.changed();
  }

  private setStorageAffecting(change: () => unknown): void {
    const before = this.storageVisible;
    change();
    const after = this.storageVisible;
    if (before !== after) this.hooks.storageVisibilityChanged?.(this, after);
  }

  private say(message: string): void {
    this.state.lastMessage = message;
  }

  private changed(): void {
    this.events.emit('state', this);
  }

  private later(fn: () => void, ms = this.timing.reenumerateMs): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }
}
