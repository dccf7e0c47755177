import type { RecoveryFollowView } from '../../shared/contract/enrollment.ts';
import { StationError } from '../../shared/errors.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import { advanceOnBus, busAnnouncement, observePort, sameObservation, type Followed } from './follow.ts';
import { procedureById } from './procedures.ts';
import { words } from './words.ts';

const KEEP = 20;

/**
 * The recovery wizards the station follows on the bus: each watches one port, and when the bus shows what a step
 * expects (the device gone, back in flashing mode, running again) the station marks it confirmed and moves on, then
 * says so in an event. The technician's own ticks and step changes come in as calls.
 */
export class RecoveryFollows {
  private readonly follows = new Map<string, RecoveryFollowView>();
  private readonly registry: DeviceRegistry;
  private readonly emit: (view: RecoveryFollowView) => void;

  constructor(registry: DeviceRegistry, emit: (view: RecoveryFollowView) => void) {
    this.registry = registry;
    this.emit = emit;
    registry.events.on('changed', () => this.busChanged());
  }

  start(procedureId: string, deviceId: string, stepIndex = 0): RecoveryFollowView {
    const procedure = procedureById(procedureId);
    if (!procedure) {
      throw new StationError(
        'recovery-unknown',
        words('error.no-procedure.title'),
        words('error.no-procedure.message', { id: procedureId }),
      );
    }
    const d = this.registry.require(deviceId).view;
    const followed: Followed = { deviceId: d.id, portPath: d.portPath, model: d.model };
    const view: RecoveryFollowView = {
      id: crypto.randomUUID(),
      procedureId,
      followed,
      stepIndex: Math.min(stepIndex, procedure.steps.length),
      confirmed: {},
      seen: observePort(followed, this.registry.list()),
      announcement: '',
    };
    this.follows.set(view.id, view);
    while (this.follows.size > KEEP) this.follows.delete(this.follows.keys().next().value!);
    return view;
  }

  /** The technician moved to another step or ticked one. */
  update(followId: string, change: { stepIndex?: number; step?: { stepId: string; done: boolean } }) {
    const view = this.get(followId);
    const steps = procedureById(view.procedureId)!.steps;
    const confirmed = { ...view.confirmed };
    if (change.step) {
      if (change.step.done) confirmed[change.step.stepId] = confirmed[change.step.stepId] ?? 'tech';
      else delete confirmed[change.step.stepId];
    }
    const stepIndex =
      change.stepIndex === undefined ? view.stepIndex : Math.max(0, Math.min(change.stepIndex, steps.length));
    // The last bus news was about the step the station moved to; once the technician moves, it is stale.
    const announcement = stepIndex === view.stepIndex ? view.announcement : '';
    return this.put({ ...view, confirmed, stepIndex, announcement });
  }

  stop(followId: string): boolean {
    return this.follows.delete(followId);
  }

  private get(followId: string): RecoveryFollowView {
    const view = this.follows.get(followId);
    if (!view) {
      throw new StationError(
        'recovery-follow-gone',
        words('error.follow-gone.title'),
        words('error.follow-gone.message'),
      );
    }
    return view;
  }

  private put(view: RecoveryFollowView): RecoveryFollowView {
    this.follows.set(view.id, view);
    this.emit(view);
    return view;
  }

  private busChanged(): void {
    const devices = this.registry.list();
    for (const view of this.follows.values()) {
      const seen = observePort(view.followed, devices);
      if (sameObservation(view.seen, seen)) continue;
      // A device that re-enumerated (another mode, another id) on the same port is still the one followed.
      const followed =
        seen.deviceId && seen.deviceId !== view.followed.deviceId
          ? { ...view.followed, deviceId: seen.deviceId }
          : view.followed;
      const steps = procedureById(view.procedureId)!.steps;
      const step = advanceOnBus(steps, view.stepIndex, seen, followed);
      if (!step) {
        this.put({ ...view, seen, followed });
        continue;
      }
      const confirmed = { ...view.confirmed };
      for (const id of step.confirmed) confirmed[id] = 'bus';
      this.put({
        ...view,
        seen,
        followed,
        confirmed,
        stepIndex: step.index,
        announcement: busAnnouncement(seen, followed.portPath, step.index, steps.length),
      });
    }
  }
}
