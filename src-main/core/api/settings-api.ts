import type { StationSettings } from '../../shared/contract/settings.ts';
import { StationSettings as SettingsSchema } from '../../shared/contract/settings.ts';
import { readStationSettings, writeStationSettings } from '../settings.ts';
import { setStationLanguage } from '../language.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

export function readSettings(station: Station): StationSettings {
  return readStationSettings(station.ledger);
}

export function settingsHandlers(station: Station): HandlerGroup<'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => Promise.resolve(readSettings(station)),
    updateSettings: (patch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = SettingsSchema.parse({ ...readSettings(station), ...defined });
      writeStationSettings(station.ledger, next);
      if (patch.language && !station.config.language) {
        setStationLanguage(next.language);
        // The cards and the bus line were worded in the old language: word them again so the screen follows at once.
        station.registry.reword();
        station.emit({ name: 'busChanged', payload: station.busState() });
      }
      station.emit({ name: 'settingsChanged', payload: next });
      return Promise.resolve(next);
    },
  };
}
