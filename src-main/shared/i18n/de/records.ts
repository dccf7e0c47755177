import type { Translation } from '../catalog.ts';
import type en from '../en/records.ts';

/** The records namespace in German. */
const de: Translation<typeof en> = {
  'data-disk-full.title': 'Der Datenträger ist voll',
  'data-disk-full.message':
    'Der Datenträger mit dem Datenordner der Station ({{dataDir}}) ist voll, daher kann nichts Neues festgehalten werden. Was vorher festgehalten wurde, bleibt erhalten. Schaffen Sie Platz und starten Sie die Station dann neu.',
  'data-read-only.title': 'In den Datenordner kann nicht geschrieben werden',
  'data-read-only.message':
    'Der Datenordner der Station ({{dataDir}}) ist schreibgeschützt geworden, daher kann nichts Neues festgehalten werden. Was vorher festgehalten wurde, bleibt erhalten. Machen Sie den Ordner wieder beschreibbar und starten Sie die Station dann neu.',
  'data-unwritable.title': 'Der Datenordner funktioniert nicht mehr',
  'data-unwritable.message':
    'Das Schreiben in den Datenordner der Station ({{dataDir}}) ist fehlgeschlagen. Was vorher festgehalten wurde, bleibt erhalten. Prüfen Sie den Datenträger und starten Sie die Station dann neu.',
  'data-dir-unusable.title': 'Der Datenordner kann nicht verwendet werden',
  'data-dir-unusable.message': '{{dataDir}} konnte nicht angelegt werden.',
  'ledger-unreadable.title': 'Das Protokoll kann nicht geöffnet werden',
  'ledger-unreadable.message':
    '{{file}} konnte nicht als Datenbank geöffnet werden. Die Datei ist vielleicht beschädigt oder gehört einem anderen Programm.',
  'ledger-too-new.title': 'Das Protokoll stammt von einem neueren HoloBench',
  'ledger-too-new.message':
    'Dieses Protokoll hat Schemaversion {{newest}}, diese Station kennt aber nur bis {{known}}. Aktualisieren Sie HoloBench; das Protokoll wurde nicht verändert.',
  'warehouse-address.title': 'Ungültige Lager-Adresse',
  'warehouse-address.message': 'Die Lager-Adresse ist nicht verwendbar: {{detail}}.',
  'warehouse-too-new.title': 'Der Lager-Server stammt von einem neueren HoloBench',
  'warehouse-too-new.message':
    'Sein Schema hat Version {{newest}}, dieser Arbeitsplatz kennt aber nur bis {{known}}. Aktualisieren Sie HoloBench auf diesem Arbeitsplatz; der Server wurde nicht verändert.',
  'run-finished.title': 'Diese Registrierung ist bereits abgeschlossen',
  'run-finished.message': 'Starten Sie eine neue, um es noch einmal zu versuchen.',
  'run-step-unknown.title': 'Kein solcher Schritt',
  'run-step-unknown.message': 'Der Plan dieser Registrierung hat keinen Schritt „{{stepId}}“.',
  'run-not-found.title': 'Registrierung nicht gefunden',
  'run-not-found.message': 'Das Protokoll enthält keine Registrierung Nummer {{runId}}.',
  'unknown-call.title': 'Unbekannte Anfrage',
  'unknown-call.message': 'Es gibt keinen Aufruf namens „{{name}}“.',
  'invalid-input.title': 'Ungültige Anfrage',
  'internal.title': 'In der Station ist etwas schiefgelaufen',
  'package-not-found.title': 'Paket nicht gefunden',
  'package-not-found.message': 'Unter {{path}} gibt es keine Paketdatei.',
  'no-batch.title': 'Keine Serie',
  'no-batch.message': 'Seit dem Start der Station ist keine Serie gelaufen.',
};
export default de;
