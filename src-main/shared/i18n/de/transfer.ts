import type { Translation } from '../catalog.ts';
import type en from '../en/transfer.ts';

/** The transfer namespace in German. */
const de: Translation<typeof en> = {
  'mtp-session-not-open.title': 'Das Gerät hat die Verbindung vergessen',
  'mtp-session-not-open.message':
    'Das Gerät meldet, dass keine Sitzung offen ist. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-invalid-transaction-id.title': 'Das Gerät hat den Faden verloren',
  'mtp-invalid-transaction-id.message':
    'Das Gerät hat eine Anfragenummer abgelehnt. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-operation-not-supported.title': 'Das kann das Gerät nicht',
  'mtp-operation-not-supported.message': 'Das Gerät bietet diesen Vorgang über USB nicht an.',
  'mtp-parameter-not-supported.title': 'Das kann das Gerät nicht',
  'mtp-parameter-not-supported.message': 'Das Gerät nimmt diese Art von Anfrage nicht an.',
  'mtp-incomplete-transfer.title': 'Die Kopie wurde nicht fertig',
  'mtp-incomplete-transfer.message':
    'Das Gerät hat nur einen Teil der Datei erhalten. Nichts wurde gespeichert; versuchen Sie es erneut.',
  'mtp-invalid-storage-id.title': 'Dieser Speicher ist weg',
  'mtp-invalid-storage-id.message':
    'Das Gerät zeigt diesen Speicher nicht mehr an. Entsperren Sie das Gerät und versuchen Sie es erneut.',
  'mtp-invalid-object-handle.title': 'Diese Datei ist weg',
  'mtp-invalid-object-handle.message':
    'Die Datei oder der Ordner ist nicht mehr auf dem Gerät. Aktualisieren Sie den Ordner und versuchen Sie es erneut.',
  'mtp-device-prop-not-supported.title': 'Das meldet das Gerät nicht',
  'mtp-device-prop-not-supported.message': 'Das Gerät bietet diese Einstellung über USB nicht an.',
  'mtp-invalid-object-format.title': 'Das Gerät lehnt den Dateityp ab',
  'mtp-invalid-object-format.message': 'Das Gerät nimmt Dateien dieses Typs nicht an.',
  'mtp-store-full.title': 'Das Gerät ist voll',
  'mtp-store-full.message':
    'Auf dem Gerät ist nicht genug Platz für diese Datei. Schaffen Sie Platz und versuchen Sie es erneut.',
  'mtp-object-write-protected.title': 'Die Datei ist geschützt',
  'mtp-object-write-protected.message': 'Das Gerät erlaubt nicht, diese Datei zu ändern oder zu löschen.',
  'mtp-store-read-only.title': 'Der Speicher ist schreibgeschützt',
  'mtp-store-read-only.message': 'Das Gerät erlaubt kein Schreiben in diesen Speicher.',
  'mtp-access-denied.title': 'Das Gerät hat abgelehnt',
  'mtp-access-denied.message':
    'Das Gerät hat den Zugriff verweigert. Entsperren Sie das Gerät und versuchen Sie es erneut.',
  'mtp-partial-deletion.title': 'Nur teilweise gelöscht',
  'mtp-partial-deletion.message': 'Das Gerät hat einige der Elemente gelöscht, aber nicht alle.',
  'mtp-store-not-available.title': 'Der Speicher ist nicht verfügbar',
  'mtp-store-not-available.message':
    'Das Gerät verbirgt seinen Speicher gerade. Entsperren Sie es oder bringen Sie es zur Einrichtungsseite und versuchen Sie es erneut.',
  'mtp-no-valid-object-info.title': 'Das Gerät hat die Dateiangaben verloren',
  'mtp-no-valid-object-info.message':
    'Das Gerät hat die Dateiangaben vor der Kopie nicht angenommen. Versuchen Sie es erneut.',
  'mtp-device-busy.title': 'Das Gerät ist beschäftigt',
  'mtp-device-busy.message':
    'Das Gerät meldete immer wieder, dass es beschäftigt ist. Warten Sie einen Moment und versuchen Sie es erneut.',
  'mtp-invalid-parent-object.title': 'Dieser Ordner ist weg',
  'mtp-invalid-parent-object.message':
    'Der Zielordner ist nicht mehr auf dem Gerät. Aktualisieren Sie und versuchen Sie es erneut.',
  'mtp-invalid-parameter.title': 'Das Gerät hat die Anfrage abgelehnt',
  'mtp-invalid-parameter.message': 'Das Gerät hat einen Wert abgelehnt, den die Station gesendet hat.',
  'mtp-session-already-open.title': 'Ein anderes Programm verwendet das Gerät',
  'mtp-session-already-open.message':
    'Das Gerät hat bereits eine offene Verbindung. Schließen Sie andere Programme, die es verwenden, und versuchen Sie es erneut.',
  'mtp-transaction-canceled.title': 'Das Gerät hat die Kopie abgebrochen',
  'mtp-transaction-canceled.message': 'Das Gerät hat die Anfrage abgebrochen. Versuchen Sie es erneut.',
  'mtp-invalid-dataset.title': 'Das Gerät lehnt die Dateiangaben ab',
  'mtp-invalid-dataset.message': 'Das Gerät hat die von der Station gesendeten Angaben nicht angenommen.',
  'mtp-object-too-large.title': 'Die Datei ist zu groß für das Gerät',
  'mtp-object-too-large.message': 'Das Gerät nimmt so große Dateien nicht an.',
  'mtp-device-error.title': 'Das Gerät hat ein Problem gemeldet',
  'mtp-device-error.message':
    'Das Gerät hat auf {{operation}} mit {{response}} ({{code}}) geantwortet. Versuchen Sie es erneut; wenn es wieder passiert, starten Sie das Gerät neu.',
  'mtp-protocol.title': 'Das Gerät hat etwas gesendet, das die Station nicht lesen kann',
  'mtp-protocol.message':
    'Das Gerät hat eine fehlerhafte Antwort gesendet ({{detail}}). Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-disconnected.title': 'Das Gerät wurde getrennt',
  'mtp-disconnected.opening':
    'Das Gerät wurde beim Öffnen des Geräts getrennt. Nichts wurde gespeichert; schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-timeout.opening':
    'Das Gerät hat beim Öffnen des Geräts nicht geantwortet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; starten Sie das Gerät neu, wenn es wieder passiert.',
  'mtp-stalled.opening':
    'Das Gerät hat die Übertragung beim Öffnen des Geräts angehalten. Versuchen Sie es erneut; trennen Sie das Gerät und schließen Sie es wieder an, wenn es wieder passiert.',
  'mtp-disconnected.reconnecting':
    'Das Gerät wurde beim erneuten Verbinden getrennt. Nichts wurde gespeichert; schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-timeout.reconnecting':
    'Das Gerät hat beim erneuten Verbinden nicht geantwortet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; starten Sie das Gerät neu, wenn es wieder passiert.',
  'mtp-stalled.reconnecting':
    'Das Gerät hat die Übertragung beim erneuten Verbinden angehalten. Versuchen Sie es erneut; trennen Sie das Gerät und schließen Sie es wieder an, wenn es wieder passiert.',
  'mtp-disconnected.copy':
    'Das Gerät wurde beim Kopieren getrennt. Nichts wurde gespeichert; schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-timeout.copy':
    'Das Gerät hat beim Kopieren nicht geantwortet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; starten Sie das Gerät neu, wenn es wieder passiert.',
  'mtp-stalled.copy':
    'Das Gerät hat die Übertragung beim Kopieren angehalten. Versuchen Sie es erneut; trennen Sie das Gerät und schließen Sie es wieder an, wenn es wieder passiert.',
  'mtp-disconnected.talking':
    'Das Gerät wurde während der Kommunikation mit dem Gerät getrennt. Nichts wurde gespeichert; schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-timeout.talking':
    'Das Gerät hat während der Kommunikation mit dem Gerät nicht geantwortet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; starten Sie das Gerät neu, wenn es wieder passiert.',
  'mtp-stalled.talking':
    'Das Gerät hat die Übertragung während der Kommunikation mit dem Gerät angehalten. Versuchen Sie es erneut; trennen Sie das Gerät und schließen Sie es wieder an, wenn es wieder passiert.',
  'mtp-disconnected.earlier':
    'Das Gerät wurde schon vorher getrennt. Nichts wurde gespeichert; schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-timeout.earlier':
    'Das Gerät hat schon vorher nicht mehr geantwortet. Trennen Sie es, schließen Sie es wieder an und versuchen Sie es erneut; starten Sie das Gerät neu, wenn es wieder passiert.',
  'mtp-stalled.earlier':
    'Das Gerät hat die Übertragung schon vorher angehalten. Versuchen Sie es erneut; trennen Sie das Gerät und schließen Sie es wieder an, wenn es wieder passiert.',
  'mtp-timeout.title': 'Das Gerät antwortet nicht mehr',
  'mtp-stalled.title': 'Das Gerät hat die Übertragung abgelehnt',
  'mtp-canceled.title': 'Abgebrochen',
  'mtp-canceled.message': 'Das Kopieren wurde abgebrochen. Nichts wurde gespeichert.',
  'mtp-session-broken.title': 'Die Verbindung zum Gerät muss neu aufgebaut werden',
  'mtp-session-broken.message':
    'Ein früheres Problem hat die Verbindung in einem unbekannten Zustand hinterlassen. Trennen Sie das Gerät, schließen Sie es wieder an und versuchen Sie es erneut.',
  'mtp-not-found.title': 'Nicht auf dem Gerät gefunden',
  'mtp-not-found.message': '„{{path}}“ ist nicht auf dem Gerät.',
  'mtp-no-storage.title': 'Das Gerät zeigt keinen Speicher',
  'mtp-no-storage.message':
    'Das Gerät zeigt seinen Speicher noch nicht: Entsperren Sie es oder bringen Sie es zur Einrichtungsseite und versuchen Sie es dann erneut.',
  'mtp-bad-path.title': 'Dieser Pfad kann nicht verwendet werden',
  'mtp-bad-path.message': '„{{path}}“ kann nicht verwendet werden: {{why}}',
  'mtp-local-file.title': 'Eine Datei auf diesem PC konnte nicht verwendet werden',
  'mtp-local-file.ENOENT':
    '„{{path}}“ konnte nicht verwendet werden (sie existiert nicht). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.EACCES':
    '„{{path}}“ konnte nicht verwendet werden (die Station darf sie nicht verwenden). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.EPERM':
    '„{{path}}“ konnte nicht verwendet werden (die Station darf sie nicht verwenden). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.ENOSPC':
    '„{{path}}“ konnte nicht verwendet werden (der Datenträger des PCs ist voll). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.EISDIR':
    '„{{path}}“ konnte nicht verwendet werden (es ist ein Ordner). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.ENOTDIR':
    '„{{path}}“ konnte nicht verwendet werden (ein Teil des Pfads ist kein Ordner). Nichts wurde als erledigt gemeldet.',
  'mtp-local-file.other': '„{{path}}“ konnte nicht verwendet werden ({{reason}}). Nichts wurde als erledigt gemeldet.',
  'mtp-verify-failed.title': 'Die Kopie auf dem Gerät stimmt nicht überein',
  'mtp-verify-failed.message':
    'Das Zurücklesen der Datei ergab einen anderen Inhalt (erwartet SHA-256 {{expected}}…, erhalten {{actual}}…). Die Kopie wurde entfernt; versuchen Sie es erneut.',
  'why.fileNotFolder': 'Es ist eine Datei, kein Ordner.',
  'why.notAFile': 'Es ist ein Ordner oder ein Speicher, keine Datei.',
  'why.wholeStorage': 'Ein ganzer Speicher kann nicht gelöscht werden.',
  'mtp-file-too-large.title': 'Die Datei ist zu groß zum Kopieren',
  'mtp-file-too-large.message':
    '„{{path}}“ ist 4 GB oder größer; das kann diese Kopiermethode nicht senden. Verwenden Sie eine kleinere Datei.',
  'mtp-exists.title': 'Schon auf dem Gerät',
  'mtp-exists.message': '„{{path}}“ ist bereits auf dem Gerät.',
  noRoom:
    'Die Datei braucht {{needed, bytes}}, auf dem Gerät sind aber nur {{free, bytes}} frei. Schaffen Sie Platz und versuchen Sie es erneut.',
  'why.dots': '„.“ und „..“ sind nicht erlaubt.',
  'why.nameStorage': 'Nennen Sie einen Speicher, etwa „Internal Storage“.',
  'mtp-local-file-changed.title': 'Die Datei hat sich beim Kopieren geändert',
  'mtp-local-file-changed.message':
    '„{{path}}“ ist während des Kopierens kürzer geworden. Nichts wurde als erledigt gemeldet; versuchen Sie es erneut.',
  partial:
    'Das Gerät hat {{bytes, number}} von {{size, number}} Bytes gesendet. Nichts wurde gespeichert; versuchen Sie es erneut.',
  'mtp-wait-timeout.title': 'Es ist nicht rechtzeitig erschienen',
  'mtp-wait-timeout.message': '„{{path}}“ ist nicht rechtzeitig auf dem Gerät erschienen.',
  notOffered: 'Das Gerät bietet {{operation}} über USB nicht an.',
  'mtp-name-too-long.title': 'Der Name ist zu lang',
  'mtp-name-too-long.message':
    '„{{name}}…“ hat mehr als 254 Zeichen; so viel kann MTP nicht übertragen. Verwenden Sie einen kürzeren Namen.',
  'usb-timeout': 'Das Gerät hat nicht rechtzeitig geantwortet',
  'usb-stall': 'Das Gerät hat die Übertragung abgelehnt',
  'usb-disconnected': 'Das Gerät wurde getrennt',
  'usb-closed': 'Die Verbindung zum Gerät wurde geschlossen',
  'usb-unsupported': 'Diese USB-Verbindung kann das nicht',
  'usb-io': 'Die USB-Übertragung ist fehlgeschlagen',
  'mtp-closed.title': 'Die Verbindung ist geschlossen',
  'mtp-closed.byStation': 'Die Station hat diese Verbindung bereits geschlossen.',
  'mtp-closed.message': 'Die Verbindung zum Gerät wurde geschlossen.',
  usbFailed: '{{detail}} Trennen Sie das Gerät und schließen Sie es wieder an.',
  'fallback.byHand':
    'Ohne Speicherzugriff: kopieren Sie die Datei von Hand im Dateimanager des Computers in den internen Speicher des Geräts (die Station sagt Ihnen, wohin) und machen Sie dann im Assistenten weiter.',
  'fallback.driveOrHand':
    'Ohne Speicherzugriff: Legen Sie das Paket auf einen USB-Stick (holobench ppkg kit oder Pakete > USB-Stick-Kit) und stecken Sie ihn in die HoloLens 2, oder kopieren Sie die Datei von Hand im Dateimanager des Computers in den internen Speicher des Geräts (die Station sagt Ihnen, wohin) und machen Sie dann im Assistenten weiter.',
  'unreachable.windows-driver.why':
    'Der Windows-eigene Treiber für tragbare Geräte (MTP) hält die Dateiübertragung des Geräts, und das Windows-Hilfsprogramm der Station konnte es über diesen Treiber nicht erreichen.',
  'unreachable.windows-driver.fix':
    'Stecken Sie das Kabel aus und wieder ein, entsperren Sie das Gerät und prüfen Sie, ob es im Datei-Explorer unter „Dieser PC“ erscheint.',
  'unreachable.other-program.why':
    'Ein anderes Programm hält die Dateiübertragung des Geräts (ein Dateimanager über gvfs oder kio-mtp oder ein libmtp-Werkzeug).',
  'unreachable.other-program.whyNamed': 'Ein anderes Programm hält die Dateiübertragung des Geräts ({{named}}).',
  'unreachable.other-program.fix':
    'Hängen Sie das Gerät im Dateimanager aus oder schließen Sie das Programm, oder lassen Sie die Station es übernehmen (die Einstellung „Geräte übernehmen“ oder --take-over auf der Kommandozeile).',
  'unreachable.ptpcamerad.why': 'Der Kameradienst von macOS ({{named}}) hat das Gerät beim Einstecken übernommen.',
  'unreachable.ptpcamerad.fix':
    'Beenden Sie Fotos, Digitale Bilder und ähnliche Apps, stellen Sie in Digitale Bilder für dieses Gerät „Kein Programm“ ein und stecken Sie es dann neu ein.',
  'unreachable.no-permission.why': 'Das System erlaubt diesem Benutzer nicht, das USB-Gerät zu öffnen.',
  'unreachable.no-permission.fix':
    'Installieren Sie unter Linux die udev-Regel aus resources/linux/60-holobench.rules (siehe README) und stecken Sie das Gerät neu ein.',
  'unreachable.title': 'Speicher nicht erreichbar',
  'wpd.moment.opening': 'beim Öffnen des Geräts',
  'wpd.moment.battery': 'beim Lesen des Akkustands',
  'wpd.moment.storage': 'beim Auflisten seines Speichers',
  'wpd.moment.replacing': 'beim Ersetzen',
  'wpd.moment.deleting': 'beim Löschen',
  'wpd.moment.removing': 'beim Entfernen einer fehlerhaften Kopie',
  'wpd.moment.canceling': 'beim Abbrechen',
  'wpd.moment.copyFrom': 'beim Kopieren vom Gerät',
  'wpd.moment.copyTo': 'beim Kopieren auf das Gerät',
  'wpd.moment.folder': 'beim Auflisten eines Ordners',
  'wpd.when': 'Es geschah {{moment}}.',
  'wpd.full': 'Auf dem Gerät ist kein Platz mehr. Schaffen Sie Platz und versuchen Sie es erneut.',
  'wpd.notFound': 'Es ist nicht mehr auf dem Gerät ({{detail}}).',
  'wpd.localFile': '{{detail}} Nichts wurde als erledigt gemeldet.',
  'wpd.problem': 'Windows hat ein Problem gemeldet: {{detail}}.',
  'wpd.ambiguous.title': 'Es ist nicht erkennbar, welcher Speicher zu diesem Gerät gehört',
  'wpd.ambiguous.message_one':
    'Windows listet {{count}} Gerät, das dieses sein könnte ({{names}}), und weder Seriennummer noch Anschluss unterscheiden sie. Stecken Sie jeweils nur eines ein.',
  'wpd.ambiguous.message_other':
    'Windows listet {{count}} Geräte, die dieses sein könnten ({{names}}), und weder Seriennummer noch Anschluss unterscheiden sie. Stecken Sie jeweils nur eines ein.',
  'wpd.helper': 'Windows-Speicherhilfsprogramm',
  'wpd.unavailable.title': 'Das Windows-Speicherhilfsprogramm läuft nicht',
  'wpd.unavailable.message':
    'Das Hilfsprogramm der Station für tragbare Windows-Geräte konnte nicht laufen ({{detail}}). Installieren Sie HoloBench neu; wenn es wieder passiert, senden Sie einen Diagnosebericht.',
};
export default de;
