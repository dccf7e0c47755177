import { StationSettings } from '../../shared/contract/settings.ts';
import type { Station } from '../station.ts';
import { checkWarehouseUrl } from '../warehouse/station-warehouse.ts';
import type { HandlerGroup } from './types.ts';

/** The Batch tab's floor view: join or leave a warehouse, and its live view (the floor is followed once asked for). */
export function warehouseHandlers(
  station: Station,
): HandlerGroup<'warehouseView' | 'warehouseJoin' | 'warehouseLeave'> {
  return {
    warehouseView: async () => {
      await station.warehouse.settled();
      station.warehouse.watchFloor();
      return station.warehouse.view();
    },
    warehouseJoin: async ({ url, bench }) => {
      checkWarehouseUrl(url);
      const tech = StationSettings.safeParse(station.ledger.getSetting('station') ?? {});
      await station.warehouse.connect({ url, bench, tech: tech.success ? tech.data.technician : '' }, true);
      station.warehouse.watchFloor();
      return station.warehouse.view();
    },
    warehouseLeave: async () => {
      await station.warehouse.disconnect();
      return station.warehouse.view();
    },
  };
}
