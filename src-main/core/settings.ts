import { StationSettings } from '../shared/contract/settings.ts';
import type { Ledger } from './ledger/ledger.ts';

const KEY = 'station';

/** The station's settings (who is at the bench, ...) as kept in the ledger; defaults where none or unreadable. */
export function readStationSettings(ledger: Ledger): StationSettings {
  const parsed = StationSettings.safeParse(ledger.getSetting(KEY) ?? {});
  return parsed.success ? parsed.data : StationSettings.parse({});
}

export function writeStationSettings(ledger: Ledger, settings: StationSettings): void {
  ledger.setSetting(KEY, settings);
}
