import type { Translation } from '../catalog.ts';
import type en from '../en/doctor.ts';

/** The doctor namespace in German. */
const de: Translation<typeof en> = {
  'view.title': 'Diagnose',
  'view.intro': 'Was diese Station sieht und wie Sie beheben, was sie nicht kann.',
  'view.check': 'Erneut prüfen',
  'view.checking': 'Wird geprüft…',
  'view.ok': 'Keine Probleme: Die Station kann mit jedem angeschlossenen Gerät alles tun.',
  'view.attention_one': '{{count}} Punkt braucht Ihre Aufmerksamkeit.',
  'view.attention_other': '{{count}} Punkte brauchen Ihre Aufmerksamkeit.',
  'view.problems': 'Probleme',
  'view.station': 'Station selbst',
  'view.problem': '<0>{{who}}:</0> {{message}}',
  'view.fix': '<0>Abhilfe:</0> {{fix}}',
  'view.facts': 'Diese Station',
  'view.system': 'Betriebssystem',
  'view.systemValue': '{{os}} {{release}} ({{arch}}), HoloBench-Version {{version}}',
  'view.usb': 'USB',
  'view.usb.available': 'Verfügbar: {{detail}}. {{permissions}}.',
  'view.usb.unavailable': 'Nicht verfügbar: {{detail}}. {{permissions}}.',
  'view.usb.unwatched': 'Nicht überwacht: {{detail}}. {{permissions}}.',
  'view.storage': 'Gerätespeicher',
  'view.storage.none': 'Echte Geräte werden in diesem Lauf nicht überwacht',
  'view.storage.libusb': 'Echte Geräte: über USB (node-usb)',
  'view.storage.wpd': 'Echte Geräte: über Windows Portable Devices',
  'view.devices': 'Geräte',
  'view.col.device': 'Gerät',
  'view.col.what': 'Was es ist',
  'view.col.how': 'Woran die Station es erkennt',
  'view.col.storage': 'Speicher',
  'view.noDevices': 'Keine Geräte.',
  'view.takeOver':
    'Geräte von anderen Programmen übernehmen, die sie belegen (Dateimanager, MTP-Tools). Diese Programme verlieren dadurch die Verbindung zum Gerät.',
  'view.save':
    '<0>Bericht speichern</0> <1>um ihn einer Supportanfrage beizulegen. Er enthält keine Kennwörter oder Tokens. (Befehlszeile: <2>holobench doctor --out report.zip</2>)</1>',

  'device.onPort': '{{usbId}} an Anschluss {{port}}',
  'device.noSerial': 'keine Seriennummer',
  'device.what': '{{model}} ({{mode}}), {{kind}}, {{confidence}}',
  'device.model.hololens1': 'HoloLens (1. Generation)',
  'device.model.hololens2': 'HoloLens 2',
  'device.model.unknown': 'unbekanntes Modell',
  'device.mode.normal': 'normaler Modus',
  'device.mode.flashing': 'Flashmodus',
  'device.mode.unknown': 'Modus unbekannt',
  'device.kind.hololens': 'eine HoloLens',
  'device.kind.probable-hololens': 'wahrscheinlich eine HoloLens',
  'device.kind.not-hololens': 'keine HoloLens',
  'device.kind.unknown-microsoft': 'ein unbekanntes Microsoft-Gerät',
  'device.confidence.confirmed': 'erkannt',
  'device.confidence.heuristic': 'bestmögliche Vermutung',
  'device.unreadable': 'Nicht lesbar: {{parts}}',
  'device.access.libusb': 'über USB (node-usb)',
  'device.access.wpd': 'über Windows Portable Devices',
  'device.access.sim': 'simuliert',
  'device.access.none': 'nicht erreichbar',

  'report.usb-unavailable': 'Die Station kann den USB-Bus nicht überwachen: {{detail}}.',
  'report.usb-unavailable.fix.linux':
    'Prüfen Sie, ob dieser Rechner USB hat (kein Container), und installieren Sie die udev-Regel (README, Linux).',
  'report.usb-unavailable.fix': 'Starten Sie die Station neu; passiert es weiterhin, installieren Sie HoloBench neu.',
  'report.not-identified': '{{usbId}} ist ein Microsoft-Gerät, das die Station nicht erkennt.',
  'report.not-identified.fix': 'Ist es eine HoloLens, kennzeichnen Sie es auf seiner Karte (Modell und Modus).',
  'report.descriptors-unreadable':
    'Ein Teil der USB-Deskriptoren war nicht lesbar ({{parts}}); die Erkennung ist eine bestmögliche Vermutung.',
  'report.descriptors-unreadable.fix.linux':
    'Installieren Sie die udev-Regel (README, Linux) und stecken Sie das Gerät neu an.',
  'report.descriptors-unreadable.fix.win32':
    'Nichts zu installieren: Unter Windows erkennt die Station, was sie kann, ohne das Gerät zu öffnen. Kennzeichnen Sie es, wenn die Vermutung falsch ist.',
  'report.descriptors-unreadable.fix':
    'Stecken Sie das Gerät neu an; kennzeichnen Sie es, wenn die Vermutung falsch ist.',
  'report.storage-unreachable': 'Die Station konnte das Gerät nicht für die Dateiübertragung öffnen.',
  'report.storage-unreachable.fix':
    'Ziehen Sie das Kabel ab und stecken Sie es wieder an; schließen Sie andere Programme, die das Gerät verwenden.',
  'report.storage-hidden': 'Das Gerät zeigt noch keinen Speicher (gesperrt oder nicht auf der Einrichtungsseite).',
  'report.storage-hidden.fix':
    'Melden Sie sich am Gerät an, oder bringen Sie es auf die erste Einrichtungsseite und drücken Sie Volume Down + Power.',
  'report.storage.flashing': 'Im Flashmodus bietet eine HoloLens keinen Speicher.',
  'report.storage.no-mtp': 'Das Gerät bietet keine Dateiübertragung (MTP).',
  'report.permissions.udev': 'udev-Regel installiert ({{rule}})',
  'report.permissions.no-udev': 'udev-Regel nicht installiert: Zum Öffnen von Geräten sind eventuell Root-Rechte nötig',
  'report.permissions.win32':
    'Keine Treiber oder Administratorrechte nötig: Der Speicher läuft über Windows Portable Devices',
  'report.permissions.darwin': 'Keine Berechtigungen einzurichten; ptpcamerad kann Geräte belegen',
  'report.permissions.unknown': 'unbekannt',
};
export default de;
