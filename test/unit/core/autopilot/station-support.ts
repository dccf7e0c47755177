import type { StationConfig } from '../../../../src-main/core/station.ts';
import type { StationEvent } from '../../../../src-main/shared/contract/index.ts';
import type { SimPreset } from '../../../../src-main/shared/contract/sim.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

export type TestStation = Awaited<ReturnType<typeof openTestStation>>;

/** A station with fast Autopilot timings and, when asked, simulated devices plugged in and open over MTP. */
export async function openAutopilotStation(presets: SimPreset[] = [], config: Partial<StationConfig> = {}) {
  const station = await openTestStation({
    simulate: [],
    ...config,
    autopilot: { harvest: { pollMs: 20, stableMs: 40, timeoutMs: 4000 }, ...config.autopilot },
  });
  const events: StationEvent[] = [];
  station.events.on('event', (e) => events.push(e));
  const devices = [];
  for (const preset of presets) {
    const sim = station.simulator!.add({ preset, faults: [] });
    const id = `sim-${sim.portPath}`;
    await waitFor(() => station.registry.get(id), 2000, 'the device');
    devices.push({ sim, id });
  }
  await station.connections.settled(2000);
  return { station, devices, events };
}
