import type { StationEvent } from '../../../src-main/shared/contract/index.ts';
import type { StationClient } from '../api/client.ts';
import { setStationClient } from '../api/station.ts';
import { followStationLanguage } from '../i18n.ts';
import { useDevices } from './devices.ts';
import { useSim } from './sim.ts';
import { useSettings } from './settings.ts';
import { useRecovery } from './recovery.ts';
import { useJobs } from './jobs.ts';
import { useFiles } from './files.ts';
import { useBatch } from './batch.ts';
import { useAutopilot } from './autopilot.ts';
import { usePackages } from './packages.ts';
import { useApply } from './apply.ts';
import { useWarehouse } from './warehouse.ts';

/** Routes station events into the domain stores. One place, so each store stays about its own domain. */
export function routeEvent(event: StationEvent): void {
  switch (event.name) {
    case 'deviceChanged': {
      const before = useDevices.getState().byId[event.payload.id];
      useDevices.getState().applyDevice(event.payload);
      useFiles.getState().deviceChanged(before, event.payload);
      break;
    }
    case 'jobChanged':
      useJobs.getState().apply(event.payload);
      useFiles.getState().jobChanged(event.payload);
      break;
    case 'busChanged':
      useDevices.getState().setBus(event.payload);
      if (event.payload.simulator.enabled !== useSim.getState().enabled) void useSim.getState().load();
      break;
    case 'simChanged':
      useSim.getState().setDevices(event.payload);
      break;
    case 'batchChanged':
      useBatch.getState().applyBoard(event.payload);
      break;
    case 'deviceNeedsTech':
      useBatch.getState().needsTech(event.payload);
      break;
    case 'scannerChanged':
      useBatch.getState().applyScanner(event.payload);
      break;
    case 'scanSeen':
      useBatch.getState().applyScan(event.payload);
      break;
    case 'autopilotChanged':
      useAutopilot.getState().applyStatus(event.payload);
      break;
    case 'packagesChanged':
      usePackages.getState().setList(event.payload);
      break;
    case 'applyFlowChanged':
      useApply.getState().applyFlow(event.payload);
      break;
    case 'recoveryFollowChanged':
      useRecovery.getState().applyFollow(event.payload);
      break;
    case 'warehouseChanged':
      useWarehouse.getState().apply(event.payload);
      break;
    case 'settingsChanged':
      useSettings.getState().set(event.payload);
      break;
    case 'languageChanged':
      useSettings.getState().setSpoken(event.payload);
      break;
    default:
      break;
  }
}

/** Connects the stores to a station: subscribe first (so nothing is missed), then load the current state. */
export async function connectStores(client: StationClient): Promise<() => void> {
  setStationClient(client);
  followStationLanguage();
  const off = client.onEvent(routeEvent);
  await Promise.all([
    useDevices.getState().load(),
    useSim.getState().load(),
    useSettings.getState().load(),
    useJobs.getState().load(),
    useAutopilot.getState().load(),
  ]);
  return off;
}
