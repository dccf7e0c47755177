import { SIM_PRESETS } from '../../shared/contract/sim.ts';
import { StationError } from '../../shared/errors.ts';
import { deviceIdFor } from '../devices/registry.ts';
import type { SimDevice } from '../../sim/sim-device.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';

type SimCalls = 'simStatus' | 'simEnable' | 'simPlug' | 'simUnplug' | 'simReplug' | 'simAction';

export function simHandlers(station: Station): HandlerGroup<SimCalls> {
  const bus = () => {
    const sim = station.simulator;
    if (!sim) {
      throw new StationError('sim-off', say('station:sim.off.title'), say('station:sim.off.message'));
    }
    return sim;
  };
  const view = (d: SimDevice) => d.view(d.onBus ? deviceIdFor('sim', d.portPath) : null);
  return {
    simStatus: () => {
      const sim = station.simulator;
      return Promise.resolve({
        enabled: sim !== null,
        presets: [...SIM_PRESETS],
        devices: sim ? sim.list().map(view) : [],
      });
    },
    simEnable: async (input) => {
      const sim = await station.enableSimulator(input.enabled);
      return { enabled: sim !== null };
    },
    simPlug: (input) => Promise.resolve(view(bus().add({ preset: input.preset, faults: input.faults ?? [] }))),
    simUnplug: (input) => {
      const d = bus().get(input.simId);
      d.unplug();
      return Promise.resolve(view(d));
    },
    simReplug: (input) => {
      const d = bus().get(input.simId);
      d.plug();
      return Promise.resolve(view(d));
    },
    simAction: (input) => {
      const d = bus().get(input.simId);
      d.act(input.action);
      return Promise.resolve(view(d));
    },
  };
}
