import { Emitter } from '../../src-main/core/emitter.ts';
import type { DeviceRegistry, RegistryEvents } from '../../src-main/core/devices/registry.ts';
import { RecoveryFollows } from '../../src-main/core/recovery/follow-service.ts';
import type { DeviceView } from '../../src-main/shared/contract/devices.ts';
import type { StationEvent } from '../../src-main/shared/contract/index.ts';

/**
 * The station side of following a procedure, as in the app: the core's RecoveryFollows over a registry holding
 * the devices the test plugs, deciding what the bus confirms and sending it as events. The screen only shows it.
 */
export function stationFollows(initial: DeviceView[]) {
  const devices = new Map(initial.map((d) => [d.id, d]));
  const events = new Emitter<RegistryEvents>();
  const registry = {
    events,
    list: () => [...devices.values()],
    require: (id: string) => ({ view: devices.get(id)! }),
  } as unknown as DeviceRegistry;
  let send: (e: StationEvent) => void = () => undefined;
  const follows = new RecoveryFollows(registry, (view) => send({ name: 'recoveryFollowChanged', payload: view }));
  const ok = <T>(value: T) => ({ ok: true as const, value });
  return {
    answers: {
      followRecovery: (i: unknown) => {
        const { procedureId, deviceId, stepIndex } = i as { procedureId: string; deviceId: string; stepIndex?: number };
        return ok(follows.start(procedureId, deviceId, stepIndex));
      },
      updateRecoveryFollow: (i: unknown) => {
        const { followId, ...change } = i as { followId: string; stepIndex?: number };
        return ok(follows.update(followId, change));
      },
      stopRecoveryFollow: (i: unknown) => ok({ stopped: follows.stop((i as { followId: string }).followId) }),
    },
    connect(emit: (e: StationEvent) => void) {
      send = emit;
      /** A device changed: the screen hears of it, and so does the station's registry. */
      return (e: StationEvent) => {
        emit(e);
        if (e.name !== 'deviceChanged') return;
        devices.set(e.payload.id, e.payload);
        events.emit('changed', { view: e.payload });
      };
    },
  };
}
