import type { DeviceLabel } from '../../shared/contract/devices.ts';
import { StationError } from '../../shared/errors.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';

type DeviceCalls = 'listDevices' | 'busState' | 'labelDevice' | 'removeLabel' | 'listLabels' | 'deviceHistory';

export function deviceHandlers(station: Station): HandlerGroup<DeviceCalls> {
  const live = (deviceId: string) => station.registry.require(deviceId);
  return {
    listDevices: () => Promise.resolve(station.registry.list()),
    busState: () => Promise.resolve(station.busState()),
    labelDevice: (input) => {
      const d = live(input.deviceId);
      if (d.view.kind === 'not-hololens' && d.view.identification.rule.startsWith('table:')) {
        throw new StationError(
          'label-refused',
          say('station:device.labelRefused.title'),
          say('station:device.labelRefused.message', { id: d.view.usbId, reason: d.view.identification.reason }),
        );
      }
      const label: DeviceLabel = {
        usbId: d.view.usbId,
        model: input.model,
        mode: input.mode,
        note: input.note ?? '',
        labelledBy: input.labelledBy ?? '',
        labelledAt: station.ledger.stamp(),
      };
      station.ledger.saveLabel(label);
      station.ledger.addEvent(d.ledgerKey, 'labelled', { model: label.model, mode: label.mode, by: label.labelledBy });
      station.refreshLabels();
      station.registry.reidentify();
      return Promise.resolve(label);
    },
    removeLabel: (input) => {
      const removed = station.ledger.removeLabel(input.usbId);
      station.refreshLabels();
      station.registry.reidentify();
      return Promise.resolve({ removed });
    },
    listLabels: () => Promise.resolve(station.ledger.listLabels()),
    deviceHistory: (input) => Promise.resolve(station.ledger.events(live(input.deviceId).ledgerKey)),
  };
}
