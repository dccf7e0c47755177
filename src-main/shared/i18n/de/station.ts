import type { Translation } from '../catalog.ts';
import type en from '../en/station.ts';

/** The station namespace in German. */
const de: Translation<typeof en> = {
  'usb.notStarted': 'Nicht gestartet',
  'usb.notWatched': 'USB wird nicht überwacht',
  'usb.notWatchedThisRun': 'Echtes USB wird in diesem Lauf nicht überwacht',
  'usb.noBus': 'Dieser Rechner hat keinen USB-Bus',
  'usb.noSupport': 'Die USB-Unterstützung konnte nicht geladen werden: {{reason}}',
  'usb.unreadable': 'Der USB-Bus kann nicht gelesen werden: {{reason}}',
  'usb.noHotplug':
    'USB-Bus bereit, aber Hot-Plug ist nicht verfügbar ({{reason}}): Station nach dem Einstecken neu starten',
  'usb.ready': 'USB-Bus bereit',
  'ffs.unusable': 'Der ffs-loopback-Ordner kann nicht verwendet werden: {{reason}}',
  'ffs.waiting': 'Warte auf ein Gerät unter {{dir}}',
};
export default de;
