import type { StationSettings } from '../../shared/contract/settings.ts';
import { StationSettings as SettingsSchema } from '../../shared/contract/settings.ts';
import { readStationSettings, writeStationSettings } from '../settings.ts';
import { setStationLanguage, spokenLanguage } from '../language.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

export function readSettings(station: Station): StationSettings {
  return readStationSettings(station.ledger);
}

export function settingsHandlers(station: Station): HandlerGroup<'getSettings' | 'updateSettings' | 'spokenLanguage'> {
  return {
    getSettings: () => Promise.resolve(readSettings(station)),
    updateSettings: (patch) => {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = SettingsSchema.parse({ ...readSettings(station), ...defined });
      writeStationSettings(station.ledger, next);
      // The technician's pick is newer than a --lang this run started with, so it wins: the screens follow the
      // station's language, and a pick that changed only the screens would leave the station's texts behind.
      // The station words its cards again and tells the screens (Station.followLanguage).
      if (patch.language) setStationLanguage(next.language);
      station.emit({ name: 'settingsChanged', payload: next });
      return Promise.resolve(next);
    },
    spokenLanguage: () => Promise.resolve(spokenLanguage()),
  };
}
