import type { Translation } from '../catalog.ts';
import type en from '../en/shell.ts';

/** The shell namespace in German. */
const de: Translation<typeof en> = {
  skip: 'Zum Inhalt springen',
  'nav.label': 'Bereiche',
  'tab.bench': 'Arbeitsplatz',
  'tab.enroll': 'Registrieren',
  'tab.recovery': 'Wiederherstellung',
  'tab.help': 'Fehlersuche',
  'tab.batch': 'Serie',
  'tab.autopilot': 'Autopilot',
  'tab.packages': 'Pakete',
  'tab.doctor': 'Diagnose',
  'tab.device': 'Gerät',
  'screen.loading': 'Die Ansicht wird geöffnet…',
  'screen.failedTitle': 'Diese Ansicht ließ sich nicht öffnen',
  'screen.failed': 'Die Station antwortet nicht mehr. Laden Sie die Seite neu, sobald sie wieder läuft.',
  'status.label': 'Status der Station',
  'status.connecting': 'Verbindung wird hergestellt…',
  'status.training': 'Übungsmodus',
  'technician.label': 'Techniker/in',
  'technician.placeholder': 'Ihr Name',
  'language.label': 'Sprache',
  'language.system': 'System ({{name}})',
  'language.pseudo': 'Pseudo (Test)',
  'unconnected.how':
    'Diese Seite ist der Bildschirm der Station. Öffnen Sie sie aus der HoloBench-App oder über die Adresse, die <0>holobench serve</0> ausgibt (sie enthält das Zugangstoken).',
};
export default de;
