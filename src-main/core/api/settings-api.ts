import { StationSettings } from '../../shared/contract/settings.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

const KEY = 'station';

export function readSettings(station: Station): StationSettings {
  const parsed = StationSettings.safeParse(station.ledger.getSetting(KEY) ?? {});
  return parsed.success ? parsed.data : StationSettings.parse({});
}

export function settingsHandlers(station: Station): HandlerGroup<'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => Promise.resolve(readSettings(station)),
    updateSettings: (patch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = StationSettings.parse({ ...readSettings(station), ...defined });
      station.ledger.setSetting(KEY, next);
      station.emit({ name: 'settingsChanged', payload: next });
      return Promise.resolve(next);
    },
  };
}
