import type { StationEvent } from '../../../src-main/shared/contract/index.ts';
import type { StationClient } from '../api/client.ts';
import { setStationClient } from '../api/station.ts';
import { useDevices } from './devices.ts';
import { useSim } from './sim.ts';
import { useSettings } from './settings.ts';
import { useRecovery } from './recovery.ts';

/** Routes station events into the domain stores. One place, so each store stays about its own domain. */
export function routeEvent(event: StationEvent): void {
  switch (event.name) {
    case 'deviceChanged':
      useDevices.getState().applyDevice(event.payload);
      useRecovery.getState().observe(useDevices.getState().byId);
      break;
    case 'busChanged':
      useDevices.getState().setBus(event.payload);
      if (event.payload.simulator.enabled !== useSim.getState().enabled) void useSim.getState().load();
      break;
    case 'simChanged':
      useSim.getState().setDevices(event.payload);
      break;
    case 'settingsChanged':
      useSettings.getState().set(event.payload);
      break;
    default:
      break;
  }
}

/** Connects the stores to a station: subscribe first (so nothing is missed), then load the current state. */
export async function connectStores(client: StationClient): Promise<() => void> {
  setStationClient(client);
  const off = client.onEvent(routeEvent);
  await Promise.all([useDevices.getState().load(), useSim.getState().load(), useSettings.getState().load()]);
  return off;
}
