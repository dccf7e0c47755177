import type { Translation } from '../catalog.ts';
import type en from '../en/station-work.ts';

/** Der Namespace station-work auf Deutsch: was der Kern zu Paketen, Autopilot und Intune sagt. */
const de: Translation<typeof en> = {
  'wim.title.not-wim': 'Kein Bereitstellungspaket',
  'wim.title.truncated': 'Die Paketdatei ist abgeschnitten',
  'wim.title.corrupt': 'Die Paketdatei ist beschädigt',
  'wim.title.bad-hash': 'Der Paketinhalt passt nicht zu seinen Prüfsummen',
  'wim.title.encrypted': 'Das Paket ist verschlüsselt',
  'wim.title.compression-unsupported': 'Komprimierung des Pakets nicht unterstützt',
  'wim.title.solid': 'Das Paket verwendet Solid-Komprimierung',
  'wim.title.split': 'Das Paket ist in Teile aufgeteilt',
  'wim.title.too-large': 'Das Paket ist zu groß für die Prüfung',
  'wim.message.not-wim':
    'Diese Datei ist kein Bereitstellungspaket (.ppkg). Sie ist vielleicht verschlüsselt, kennwortgeschützt oder eine andere Art von Datei. Exportieren Sie das Paket erneut aus Windows Configuration Designer.',
  'wim.message.truncated':
    'Ein Teil dieser Paketdatei fehlt, meist wegen eines abgebrochenen Kopier- oder Downloadvorgangs. Kopieren Sie sie erneut vom Original.',
  'wim.message.corrupt':
    'Diese Paketdatei ist beschädigt und kann nicht gelesen werden. Kopieren Sie sie erneut vom Original oder exportieren Sie sie neu.',
  'wim.message.bad-hash':
    'Einige Dateien in diesem Paket sind beschädigt: Ihre Prüfsummen stimmen nicht. Kopieren Sie das Paket erneut vom Original.',
  'wim.message.encrypted':
    'Dieses Paket ist verschlüsselt oder kennwortgeschützt. HoloLens kann solche Pakete nicht anwenden. Exportieren Sie es erneut ohne Verschlüsselung.',
  'wim.message.compression-unsupported':
    'Dieses Paket verwendet eine Komprimierung, die die Station nicht lesen kann. Erstellen Sie das Paket neu mit XPRESS-Komprimierung (der Standard von Windows Configuration Designer).',
  'wim.message.solid':
    'Dieses Paket verwendet Solid-Komprimierung, die die Station nicht lesen kann. Erstellen Sie das Paket neu mit XPRESS-Komprimierung.',
  'wim.message.split':
    'Dieses Paket ist ein Teil eines aufgeteilten Archivs. Verwenden Sie das vollständige Paket in einer Datei.',
  'wim.message.too-large':
    'Dieses Paket ist größer, als die Station prüfen mag. Vergewissern Sie sich, dass es die richtige Datei ist.',
  'wim.message.lzms':
    'Dieses Paket verwendet LZMS-Komprimierung, die die Station nicht lesen kann. Erstellen Sie das Paket neu mit XPRESS.',
  'wim.message.solidKind':
    'Dieses Paket verwendet Solid-Komprimierung mit {{kind}} (alle Dateien in einem komprimierten Block), die die Station nicht lesen kann. Erstellen Sie das Paket neu mit gewöhnlicher XPRESS-Komprimierung.',
  'wim.message.solidAny':
    'Dieses Paket verwendet Solid-Komprimierung (alle Dateien in einem komprimierten Block), die die Station nicht lesen kann. Erstellen Sie das Paket neu mit gewöhnlicher XPRESS-Komprimierung.',
  'wim.message.pipable':
    'Dies ist ein pipefähiges WIM-Archiv (mit wimlib --pipable erstellt), das Windows und HoloLens nicht lesen können. Erfassen Sie es erneut ohne --pipable oder exportieren Sie das Paket aus Windows Configuration Designer.',

  'inspect.unreadable.title': 'Die Paketdatei kann nicht geöffnet werden',
  'inspect.unreadable.message': 'Die Station kann {{file}} nicht öffnen.',
  'inspect.notFound.title': 'Paketdatei nicht gefunden',
  'inspect.notFound.message': 'Unter {{file}} gibt es keine Datei. Prüfen Sie den Pfad.',
  'inspect.notAFile.title': 'Keine Paketdatei',
  'inspect.notAFile.message': '{{file}} ist ein Ordner, keine .ppkg-Datei.',

  'finding.too-much-data_one':
    'Dieses Paket entpackt sich zu weit mehr Daten, als seine Größe erwarten lässt; die Station hat die Prüfung daher abgebrochen ({{count, number}} Datei nicht geprüft). Vergewissern Sie sich, dass es die richtige Datei ist, und exportieren Sie sie erneut.',
  'finding.too-much-data_other':
    'Dieses Paket entpackt sich zu weit mehr Daten, als seine Größe erwarten lässt; die Station hat die Prüfung daher abgebrochen ({{count, number}} Dateien nicht geprüft). Vergewissern Sie sich, dass es die richtige Datei ist, und exportieren Sie sie erneut.',
  'finding.incomplete':
    'Dieses Paket wurde noch geschrieben, als es kopiert wurde. Kopieren oder exportieren Sie es erneut, damit es sicher vollständig ist.',
  'finding.missing-stream_one':
    '{{count, number}} Datei in diesem Paket hat keinen Inhalt im Archiv. Windows-Tools lehnen ein solches Paket ab, eine HoloLens womöglich auch. Exportieren Sie es erneut.',
  'finding.missing-stream_other':
    '{{count, number}} Dateien in diesem Paket haben keinen Inhalt im Archiv. Windows-Tools lehnen ein solches Paket ab, eine HoloLens womöglich auch. Exportieren Sie es erneut.',
  'finding.image-count_one':
    'Laut Kopfzeile enthält das Paket {{count, number}} Abbild, es hat aber {{actual, number}}. Windows-Tools lehnen ein solches Paket ab, eine HoloLens womöglich auch. Exportieren Sie es erneut.',
  'finding.image-count_other':
    'Laut Kopfzeile enthält das Paket {{count, number}} Abbilder, es hat aber {{actual, number}}. Windows-Tools lehnen ein solches Paket ab, eine HoloLens womöglich auch. Exportieren Sie es erneut.',
  'finding.wim-xml-damaged':
    'Die Archivbeschreibung in diesem Paket ist beschädigt. Windows-Tools lehnen ein solches Paket ab, eine HoloLens womöglich auch. Exportieren Sie es erneut.',
  'finding.odd-names_one':
    '{{count, number}} Eintrag im Paket hat einen Namen, den keine Datei haben kann; die Station hat ihn übersprungen. Exportieren Sie das Paket erneut.',
  'finding.odd-names_other':
    '{{count, number}} Einträge im Paket haben Namen, die keine Datei haben kann; die Station hat sie übersprungen. Exportieren Sie das Paket erneut.',
  'finding.xml-unreadable':
    'Ein Teil von {{member}} konnte nicht gelesen werden; unten fehlen daher womöglich Einstellungen.',
  'finding.hl1-no-edition-upgrade':
    'HoloLens (1. Generation) muss auf Commercial Suite aktualisiert werden, bevor sie bei MDM registriert werden kann, und dieses Paket enthält keine Lizenz für das Editionsupgrade. Fügen Sie die Lizenz dem Paket hinzu oder aktualisieren Sie die Geräte zuerst auf anderem Weg.',
  'finding.owner-not-it-admin':
    'Der Paketbesitzer ist „{{owner}}“, nicht IT-Administrator. Exportieren Sie es erneut mit dem Besitzer IT-Administrator. Um ein Paket zu aktualisieren, das ein Gerät schon hat, erhöhen Sie die Versionsnummer.',
  'finding.multiple-images': 'Das Archiv enthält {{count, number}} Abbilder; nur das erste wurde geprüft.',
  'finding.nothing-recognised':
    'Die Station hat in diesem Paket keine Einstellungen gefunden, die sie kennt. Es kann trotzdem funktionieren: Prüfen Sie in Windows Configuration Designer, was es bewirkt, bevor Sie es verwenden.',
  'finding.token-expiry-unknown':
    'Dieses Paket enthält ein Token für die Massenregistrierung, aber die Station kann nicht sehen, wann es abläuft. Tokens gelten höchstens 30 Tage ab Erstellung des Pakets.',
  'finding.token-expired':
    'Das Token für die Massenregistrierung in diesem Paket ist am {{when, when}} abgelaufen. Geräte treten damit Entra nicht bei. Erstellen Sie ein neues Paket mit einem neuen Token.',
  'finding.token-expiring_one':
    'Das Token für die Massenregistrierung in diesem Paket läuft am {{when, when}} ab, in {{count, number}} Tag. Verwenden Sie das Paket vorher oder erstellen Sie ein neues.',
  'finding.token-expiring_other':
    'Das Token für die Massenregistrierung in diesem Paket läuft am {{when, when}} ab, in {{count, number}} Tagen. Verwenden Sie das Paket vorher oder erstellen Sie ein neues.',
  'finding.inspection-unreadable':
    'Die Station hat verloren, was sie in diesem Paket gefunden hat. Prüfen Sie es erneut.',

  'apply.notConnected.title': 'Gerät nicht verbunden',
  'apply.notConnected.message': 'Schließen Sie die HoloLens an und versuchen Sie es erneut.',
  'apply.notHoloLens.title': 'Keine HoloLens',
  'apply.notHoloLens.message': 'Das Gerät an Anschluss {{port}} ist keine HoloLens.',
  'apply.flashing.title': 'Das Gerät ist im Flashmodus',
  'apply.flashing.message': 'Pakete kommen auf ein laufendes Gerät. Starten Sie es zuerst normal neu.',
  'apply.noMtp.title': 'Keine Dateiübertragung auf diesem Gerät',
  'apply.noMtp.message':
    'Dieses Gerät bietet über USB keine Dateiübertragung (MTP) an, daher kann die Station das Paket nicht kopieren.',
  'apply.blocked.title': 'Dieses Paket kann nicht angewendet werden',
  'apply.settingsTooOld.title': 'Diese HoloLens kann keine Pakete über die Einstellungen hinzufügen',
  'apply.settingsTooOld.message':
    'HoloLens (1. Generation) fügt Pakete ab Windows Holographic 1809 (Build {{from}}) über die Einstellungen hinzu; diese hat {{build}}. Wenden Sie es stattdessen während der Einrichtung an oder aktualisieren Sie das Gerät zuerst.',
  'apply.noStorage.title': 'Das Gerät zeigt noch keinen Speicher',
  'apply.noStorage.oobe':
    'Drücken Sie auf der ersten Einrichtungsseite Volume Down + Power gleichzeitig und lassen Sie los; der Speicher erscheint, sobald sich die Bereitstellungsseite öffnet.',
  'apply.noStorage.unlock':
    'Melden Sie sich auf dem Gerät an (entsperren Sie es), damit es seine Dateien zeigt, und versuchen Sie es dann erneut.',
  'apply.readOnly.title': 'Der Gerätespeicher ist schreibgeschützt',
  'apply.readOnly.message': 'Das Gerät nimmt keine neuen Dateien an.',
  'apply.fileMissing.title': 'Die Paketdatei kann nicht gelesen werden',
  'apply.fileMissing.message': '{{path}} konnte nicht gelesen werden.',
  'apply.mismatch.title': 'Die Kopie auf dem Gerät stimmt nicht überein',
  'apply.mismatch.message':
    'Was das Gerät enthält, ist nicht dasselbe wie {{name}} auf diesem PC. Die Station hat es entfernt; kopieren Sie es erneut.',
  'apply.stillCopying.title': 'Wird noch kopiert',
  'apply.stillCopying.message': 'Warten Sie, bis das Kopieren fertig ist, oder brechen Sie es ab.',
  'apply.notCopied.title': 'Das Paket wurde noch nicht kopiert',
  'apply.notCopied.message':
    'Die Station hat das Paket bei diesem Vorgang nicht auf das Gerät gebracht, daher kann es nicht als angewendet festgehalten werden.',
  'apply.flowNotFound.title': 'Unbekannter Vorgang',
  'apply.flowNotFound.message': 'Dieser Vorgang ist (nicht mehr) bekannt.',
  'apply.alreadyRecorded.title': 'Bereits festgehalten',
  'apply.alreadyRecorded.message': 'Dieser Vorgang ist im Protokoll bereits abgeschlossen.',
  'apply.notInLedger.title': 'Nicht im Protokoll',
  'apply.notInLedger.message': 'Kein Paketvorgang mit der Nummer {{id}}.',
  'apply.jobTitle': '{{name}} auf das Gerät an Anschluss {{port}} kopieren',
  'apply.jobCopying': '{{name}} wird kopiert…',
  'apply.jobCopied': 'Kopiert und geprüft: {{path}}',

  'flow.openProvisioning':
    'Warten auf den Gerätespeicher. Drücken Sie auf der ersten Einrichtungsseite Volume Down + Power gleichzeitig und lassen Sie los.',
  'flow.unlock': 'Warten auf die Gerätedateien. Melden Sie sich auf dem Gerät an, damit es seinen Speicher zeigt.',
  'flow.copying': '{{name}} wird auf das Gerät kopiert und die Kopie geprüft…',
  'flow.confirmOnDevice':
    'Kopiert und geprüft. Drücken Sie jetzt erneut Volume Down + Power und nehmen Sie das Paket dann auf dem Gerät an.',
  'flow.addInSettings':
    'In Dokumente kopiert und geprüft. Fügen Sie es jetzt auf dem Gerät hinzu: Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Bereitstellungspaket hinzufügen oder entfernen.',
  'flow.packageGone': 'Angewendet: Das Gerät hat das Paket übernommen (es ist aus dem Gerätespeicher verschwunden).',
  'flow.storageClosed':
    'Das Gerät hat seinen Speicher geschlossen. Wenn das Gerät meldet, dass das Paket hinzugefügt wurde, halten Sie es unten fest; wenn nicht, geben Sie an, dass es fehlgeschlagen ist.',
  'flow.confirmedApplied': 'Als angewendet festgehalten, bestätigt von {{tech}}.',
  'flow.confirmedAppliedAnon': 'Als angewendet festgehalten, vom Techniker bestätigt.',
  'flow.confirmedFailed': 'Als fehlgeschlagen festgehalten.',
  'flow.copyFailed': 'Das Kopieren ist fehlgeschlagen. {{why}}',
  'flow.canceledClean': 'Abgebrochen. Auf dem Gerät blieb nichts halb kopiert zurück.',
  'flow.canceledRemoved': 'Abgebrochen. Die Station hat das Paket wieder vom Gerät entfernt.',
  'flow.canceledLeft':
    'Abgebrochen. Das Paket ist womöglich noch auf dem Gerät: Löschen Sie es dort, wenn es nicht angewendet werden soll.',
  'flow.unplugged':
    'Das Gerät hat Anschluss {{port}} verlassen. Schließen Sie es wieder an; die Station macht weiter, sobald es zurück ist.',

  'options.documentsTooOld':
    'Diese HoloLens (1. Generation) hat Build {{build}}: Ein Paket über die Einstellungen hinzuzufügen erfordert 1809 (17763) oder neuer.',
  'options.documentsUnknown':
    'HoloLens (1. Generation) fügt Pakete ab 1809 (Build 17763) über die Einstellungen hinzu; die Station kann diesen Build nicht lesen.',
  'options.documentsWorks': 'Funktioniert auf diesem Gerät.',
  'options.reasonFiles': 'Das Gerät zeigt seine Dateien, ist also wohl eingerichtet und angemeldet.',
  'options.reasonNoFiles':
    'Das Gerät zeigt noch keine Dateien: Es ist wohl bei der Ersteinrichtung (oder wartet auf eine Anmeldung).',

  'usb.manual': 'Liest Pakete von einem USB-Laufwerk, aber jemand muss die Bereitstellungsseite auf dem Gerät öffnen.',
  'usb.auto-launch':
    'Öffnet die Bereitstellungsseite von selbst und wendet die Pakete nach einem Countdown von 10 Sekunden an.',
  'usb.hands-off': 'Wendet die Pakete vom USB-Laufwerk an, ohne dass jemand das Gerät berührt.',
  'usb.unsupported':
    'Build {{build}} kann keine Pakete von einem USB-Laufwerk lesen (erfordert {{from}} oder neuer). Aktualisieren Sie das Gerät oder wenden Sie das Paket vom PC aus an.',

  'drive.system': '{{name}} ist ein Systemlaufwerk. Wählen Sie stattdessen einen USB-Stick.',
  'drive.holds-os': '{{name}} enthält das Betriebssystem des Computers. Wählen Sie stattdessen einen USB-Stick.',
  'drive.holds-station-data': '{{name}} enthält die Daten der Station. Wählen Sie einen anderen USB-Stick.',
  'drive.network': '{{name}} ist ein Netzlaufwerk. Stecken Sie einen USB-Stick ein.',
  'drive.virtual': '{{name}} ist ein virtuelles Laufwerk, kein echter USB-Stick.',
  'drive.not-removable': '{{name}} ist kein Wechsellaufwerk. Stecken Sie einen USB-Stick ein.',
  'drive.read-only':
    '{{name}} ist schreibgeschützt. Schieben Sie den Sperrschalter zurück oder verwenden Sie einen anderen Stick.',
  'drive.no-mountpoint':
    '{{name}} ist nicht als Laufwerk geöffnet. Ziehen Sie ihn ab, stecken Sie ihn wieder ein und warten Sie einen Moment.',
  'drive.too-small':
    '{{name}} hat zu wenig Platz: Die Pakete brauchen {{size, bytes}}. Schaffen Sie Platz oder verwenden Sie einen größeren Stick.',
  'drive.size-unknown':
    'Die Station kann nicht feststellen, wie groß {{name}} ist. Ziehen Sie ihn ab und stecken Sie ihn wieder ein.',
  'drive.large': '{{name}} hat {{size, bytes}}. Ist das wirklich ein USB-Stick?',
  'drive.filesystem-unsupported':
    '{{name}} ist mit {{fs}} formatiert. HoloLens liest FAT32, exFAT oder NTFS: Formatieren Sie ihn zuerst neu.',
  'drive.filesystem-unknown':
    'Die Station kann nicht feststellen, wie {{name}} formatiert ist. HoloLens liest FAT32, exFAT oder NTFS.',
  'drives.unavailable': 'Die Laufwerksliste ist nicht verfügbar: {{reason}}.',
  'drives.platform': 'Die Station kann auf {{platform}} keine Laufwerke auflisten; verwenden Sie die Befehlszeile.',

  'kit.noPackages.title': 'Keine Pakete',
  'kit.noPackages.message': 'Wählen Sie mindestens ein Paket für das Kit.',
  'kit.sameName.title': 'Zwei Pakete haben denselben Namen',
  'kit.sameName.message':
    'Zwei verschiedene Pakete heißen beide {{name}}; nur eines kann im Stammverzeichnis liegen. Benennen Sie eines um und importieren Sie es erneut.',
  'kit.driveRefused.title': 'Dieses Laufwerk kann nicht für ein Kit verwendet werden',
  'kit.noDrive.title': 'Kein solches Laufwerk',
  'kit.noDrive.message':
    'Kein Laufwerk in der Laufwerksliste des Systems ist unter {{path}} eingebunden. Die Station schreibt nur auf Laufwerke, die sie dort sieht.',
  'kit.noDrive.messageProblems':
    'Kein Laufwerk in der Laufwerksliste des Systems ist unter {{path}} eingebunden. Die Station schreibt nur auf Laufwerke, die sie dort sieht. {{problems}}',
  'kit.writeFailed.title': 'Das Schreiben auf das Laufwerk ist fehlgeschlagen',
  'kit.mismatch.title': 'Die Kopie auf dem Laufwerk stimmt nicht überein',
  'kit.writing_one': '{{count, number}} Paket wird nach {{path}} geschrieben…',
  'kit.writing_other': '{{count, number}} Pakete werden nach {{path}} geschrieben…',
  'kit.written': 'Geschrieben und geprüft: {{names}}.',
  'kit.writeFailed.message':
    '{{name}} konnte nicht nach {{mount}} geschrieben werden ({{code}}). Prüfen Sie, ob das Laufwerk noch eingesteckt ist und Platz hat.',
  'kit.mismatch.message':
    '{{name}}, vom Laufwerk zurückgelesen, weicht von der Kopie in der Bibliothek ab. Die Station hat die Datei gelöscht; das Laufwerk ist womöglich defekt.',
  'signIn.given': 'Mit den übergebenen Anmeldedaten angemeldet.',
  'signIn.out': 'Nicht angemeldet.',
  'signIn.asking': 'Microsoft wird nach einem Anmeldecode gefragt…',
  'signIn.canceled': 'Anmeldung abgebrochen.',
  'signIn.setUp.title': 'Richten Sie zuerst den Upload ein',
  'signIn.setUp.message':
    'Geben Sie den Mandanten und die Anwendungs-ID (Client) der App ein, die Ihr Mandant für HoloBench registriert hat, und melden Sie sich dann an.',
  'signIn.codeFor':
    'Öffnen Sie {{uri}} auf einem beliebigen Gerät und geben Sie den Code {{code}} ein, um Folgendes zu erlauben: {{what}}.',
  'signIn.code': 'Öffnen Sie {{uri}} auf einem beliebigen Gerät und geben Sie den Code {{code}} ein.',
  'signIn.done': 'Angemeldet. Uploads können starten.',
  'signIn.keptGiven': 'Für diesen Lauf übergeben; wird nicht gespeichert.',
  'signIn.kept': 'Die Anmeldung wird {{protection}}. Sie gelangt nie ins Protokoll oder in die Logs.',
  'secret.memory': 'nur im Arbeitsspeicher gehalten und ist weg, wenn die Station schließt',
  'secret.file': 'in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann (nicht verschlüsselt)',
  'destination.text': 'Das Anmeldetoken und die Hardwarehashes gehen an {{host}} ({{what}}).',
  'destination.local': 'dieser Computer',
  'destination.confirmed': 'ein von Ihnen bestätigter Host, keine Microsoft-Cloud',
  'cloud.global': 'Globaler Dienst von Microsoft Graph',
  'cloud.usgov-l4': 'US-Regierung L4',
  'cloud.usgov-l5': 'US-Regierung L5 (DoD)',
  'cloud.china': 'China, betrieben von 21Vianet',

  'upload.nothing': 'Nichts hochzuladen.',
  'upload.offline_one':
    'Die Station ist offline: In der Warteschlange steht {{count, number}} Gerät; es wird gesendet, sobald sie wieder online ist.',
  'upload.offline_other':
    'Die Station ist offline: In der Warteschlange stehen {{count, number}} Geräte; sie werden gesendet, sobald sie wieder online ist.',
  'upload.uploading_one': '{{count, number}} Gerät wird in Intune hochgeladen.',
  'upload.uploading_other': '{{count, number}} Geräte werden in Intune hochgeladen.',
  'upload.jobTitle': 'In Intune hochladen',
  'upload.sending': 'Die Geräte werden an Intune gesendet…',
  'upload.interrupted': '{{title}}. {{message}}',
  'upload.summary': 'Upload abgeschlossen: {{parts}}.',
  'upload.registered_one': '{{count, number}} registriert',
  'upload.registered_other': '{{count, number}} registriert',
  'upload.refused_one': '{{count, number}} von Intune abgelehnt',
  'upload.refused_other': '{{count, number}} von Intune abgelehnt',
  'upload.importing_one': '{{count, number}} wird noch importiert',
  'upload.importing_other': '{{count, number}} werden noch importiert',
  'upload.notSent_one': '{{count, number}} nicht gesendet',
  'upload.notSent_other': '{{count, number}} nicht gesendet',
  'upload.simulated': 'Trainingshash von einem simulierten Gerät: Er wird nie an Intune gesendet.',
  'upload.invalid.title': 'Die Einstellungen für den Upload sind ungültig',
  'upload.alreadyImported': 'Bereits mit diesem Hash in Autopilot importiert.',
  'upload.noHash': 'Für diese Seriennummer wurde kein Hash ausgelesen.',
  'upload.notSentBecause': 'Nicht gesendet: {{why}}',
  'upload.notSentRun': 'In diesem Lauf nicht gesendet; bleibt in der Warteschlange.',

  'harvest.stage.waiting': 'Warten, bis das Gerät beginnt, seine Diagnosedaten zu schreiben.',
  'harvest.stage.device-writing': 'Das Gerät schreibt AutopilotDiagnostics.zip…',
  'harvest.stage.copying': 'AutopilotDiagnostics.zip wird auf die Station kopiert…',
  'harvest.stage.reading': 'Der Hardwarehash wird gelesen…',
  'harvest.press':
    'Drücken Sie an der HoloLens 2 an Anschluss {{port}} Power und Volume Down gleichzeitig und lassen Sie dann los.',
  'harvest.jobTitle': 'Autopilot-Hash auslesen (Anschluss {{port}})',
  'harvest.saved': 'Gespeichert: Seriennummer {{serial}}, Hash {{fingerprint}}.',
  'harvest.savedMismatch':
    'Gespeichert: Seriennummer {{serial}}, Hash {{fingerprint}}. Hinweis: Über USB meldet das Gerät die Seriennummer {{deviceSerial}}.',
  'harvest.notConnected.title': 'Gerät nicht verbunden',
  'harvest.notConnected.message': 'Gerät {{id}} ist nicht angeschlossen.',
  'harvest.hl1.title': 'Autopilot gibt es nur für HoloLens 2',
  'harvest.hl1.message':
    'Das Gerät an Anschluss {{port}} ist eine HoloLens (1. Generation). Windows Autopilot funktioniert nur mit HoloLens 2: Registrieren Sie dieses Gerät auf anderem Weg.',
  'harvest.notHl2.title': 'Keine HoloLens 2',
  'harvest.notHl2.message':
    'Das Gerät an Anschluss {{port}} ist nicht als HoloLens 2 bekannt und hat daher keinen Autopilot-Hash zum Auslesen.',
  'harvest.flashing.title': 'Das Gerät läuft nicht normal',
  'harvest.flashing.message':
    'Die HoloLens 2 an Anschluss {{port}} ist im Flashmodus. Starten Sie sie normal und lesen Sie dann aus.',
  'harvest.gone.title': 'Das Gerät wurde getrennt',
  'harvest.gone.message':
    'Die HoloLens wurde während des Auslesens von der Station getrennt. Es wurde nichts gespeichert: Schließen Sie sie wieder an und lesen Sie erneut aus.',
  'harvest.canceled.title': 'Abgebrochen',
  'harvest.canceled.message': 'Das Auslesen wurde abgebrochen; es wurde nichts gespeichert.',
  'harvest.timeout.title': 'Keine neue Autopilot-Datei erschienen',
  'harvest.timeout.writing':
    'Das Gerät hat begonnen, seine Diagnosedaten zu schreiben, aber innerhalb von {{seconds, duration}} ist keine fertige AutopilotDiagnostics.zip erschienen. Warten Sie eine Minute und lesen Sie dann erneut aus.',
  'harvest.timeout.nothing':
    'Innerhalb von {{seconds, duration}} ist keine neue AutopilotDiagnostics.zip in Dokumente erschienen. Drücken Sie kurz Power und Volume Down gleichzeitig, während das Gerät eingeschaltet und entsperrt ist (oder auf der Einrichtungsseite steht), und lesen Sie dann erneut aus.',
  'intune.label.notEnrolled': 'nicht in Intune',
  'intune.label.offline': 'unbekannt (offline)',
  'intune.label.failed': 'unbekannt (Abfrage fehlgeschlagen)',
  'intune.label.enrolled': 'registriert',
  'intune.label.stale_one': '{{count, number}} veraltetes Duplikat',
  'intune.label.stale_other': '{{count, number}} veraltete Duplikate',
  'intune.unreachable.title': 'Microsoft Graph ist nicht erreichbar',
  'intune.unreachable.message': 'Die Station ist offline: Wo dieses Gerät in Intune steht, ist gerade nicht bekannt.',
  'intune.offline.title': 'Die Station ist offline',
  'intune.offline.cleanup':
    'Für {{serial}} wurde nichts geplant oder eingereiht. Bereinigungen brauchen den Techniker und das Netzwerk zur gleichen Zeit: Starten Sie sie erneut, sobald die Station online ist.',
  'intune.offline.tag': 'Für {{serial}} wurde nichts geändert; versuchen Sie es erneut, sobald die Station online ist.',
  'intune.wrongValue.title': 'Ungültiger Wert',
  'intune.nothingToChange.title': 'Nichts zu ändern',
  'intune.nothingToChange.message': 'Geben Sie einen Gruppentag, einen zugewiesenen Benutzer oder beides an.',
  'intune.tag.notRegistered': '{{serial}} ist nicht in Autopilot registriert: Es gibt nichts zu taggen.',
  'intune.tag.tag':
    '{{serial}} hat jetzt den Gruppentag „{{tag}}“ in Autopilot. Es kann einige Minuten dauern, bis Intune das anzeigt.',
  'intune.tag.user':
    '{{serial}} hat jetzt den zugewiesenen Benutzer {{user}} in Autopilot. Es kann einige Minuten dauern, bis Intune das anzeigt.',
  'intune.tag.noUser':
    '{{serial}} hat jetzt keinen zugewiesenen Benutzer in Autopilot. Es kann einige Minuten dauern, bis Intune das anzeigt.',
  'intune.tag.tagUser':
    '{{serial}} hat jetzt den Gruppentag „{{tag}}“ und den zugewiesenen Benutzer {{user}} in Autopilot. Es kann einige Minuten dauern, bis Intune das anzeigt.',
  'intune.tag.tagNoUser':
    '{{serial}} hat jetzt den Gruppentag „{{tag}}“ und keinen zugewiesenen Benutzer in Autopilot. Es kann einige Minuten dauern, bis Intune das anzeigt.',

  'cleanup.unknown.title': 'Die Cloud-Einträge konnten nicht gelesen werden',
  'cleanup.unknown.message':
    'Ohne aktuelle Antwort von Graph wird für {{serial}} keine Bereinigung geplant ({{label}}). Es wurde nichts eingereiht: Starten Sie sie erneut, wenn die Station online ist.',
  'cleanup.staleNote_one': '{{count, number}} veralteter doppelter Intune-Eintrag wird mit dem aktuellen gelöscht.',
  'cleanup.staleNote_other': '{{count, number}} veraltete doppelte Intune-Einträge werden mit dem aktuellen gelöscht.',
  'cleanup.wipe.title': '{{serial}} zurücksetzen',
  'cleanup.wipe.detail':
    'Alles auf dem Gerät mit der Seriennummer {{serial}} wird gelöscht, und es beginnt die Einrichtung wie neu.',
  'cleanup.wipeFromIntune': '{{name}} über Intune zurücksetzen',
  'cleanup.lockdown.title': 'TenantLockdown ist aufgehoben',
  'cleanup.lockdown.detail':
    'In Intune ist TenantLockdown (RequireNetworkInOOBE) für dieses Gerät auf „false“ gesetzt und als angewendet angezeigt, solange das Gerät noch registriert ist. Die Einstellung übersteht ein Zurücksetzen: Später aufgehoben, erreicht sie das Gerät nie.',
  'cleanup.lockdown.gone':
    'Nicht in Intune: TenantLockdown kann nicht mehr über Intune aufgehoben werden. Wurde es je angewendet, wartet das Gerät bei der Einrichtung auf diesen Mandanten.',
  'cleanup.wipeRetainOff': '{{name}} zurücksetzen (Registrierungsstatus nicht beibehalten)',
  'cleanup.resetSeen.title': 'Das Gerät wurde zurückgesetzt',
  'cleanup.resetSeen.detail':
    'Das Gerät ist neu gestartet und zeigt die erste Einrichtungsseite. Sein Intune-Eintrag wird erst danach gelöscht, sonst erreicht das Zurücksetzen es womöglich nie.',
  'cleanup.resetOnDevice.title': 'Das Gerät ist zurückgesetzt',
  'cleanup.resetOnDevice.detail':
    'Das Gerät wurde über die Einstellungen zurückgesetzt oder neu geflasht und zeigt die erste Einrichtungsseite.',
  'cleanup.deleteIntune': 'Intune-Eintrag {{name}} löschen',
  'cleanup.deleteIntuneStale': 'Intune-Eintrag {{name}} löschen (veraltetes Duplikat)',
  'cleanup.deleteAutopilot': 'Autopilot-Identität von {{serial}} löschen',
  'cleanup.autopilotKept':
    'Die Autopilot-Identität bleibt erhalten: Das Gerät bleibt für die nächste Einrichtung registriert.',
  'cleanup.entraKept': 'Das Entra-Gerät {{name}} bleibt erhalten: Es gehört zur Autopilot-Identität.',
  'cleanup.deleteEntra': 'Entra-Gerät {{name}} löschen',
  'cleanup.nothingLeft': 'In Graph ist für {{serial}} nichts mehr zu löschen.',
  'cleanup.notInIntune.title': 'Nicht in Intune',
  'cleanup.notInIntune.wiped':
    '{{serial}} hat keinen Intune-Eintrag und kann daher nicht über Intune zurückgesetzt werden.',
  'cleanup.resumed':
    'Eine frühere Bereinigung von {{serial}} wurde mittendrin angehalten; diese Schritte fehlen noch. Es wurde nichts geändert.',
  'cleanup.dryRun_one':
    'Probelauf: {{count, number}} Graph-Anfrage würde in dieser Reihenfolge gestellt. Es wurde nichts geändert.',
  'cleanup.dryRun_other':
    'Probelauf: {{count, number}} Graph-Anfragen würden in dieser Reihenfolge gestellt. Es wurde nichts geändert.',
  'cleanup.waiting': 'Warten auf die Bestätigung des Technikers: {{step}}.',
  'cleanup.interrupted':
    'Angehalten bei „{{step}}“: {{title}}. Nichts ist eingereiht; starten Sie dieselbe Bereinigung erneut, wenn die Station online ist, dann geht sie ab diesem Schritt weiter.',
  'cleanup.failed': 'Angehalten bei „{{step}}“: {{title}}. {{message}}',
  'cleanup.done': 'Bereinigung von {{serial}} abgeschlossen: Alle Schritte erledigt.',
  'import.complete': '{{serial}} ist in Autopilot registriert.',
  'import.refused':
    'Intune hat {{serial}} abgelehnt. Wenn das Gerät bereits registriert ist (vielleicht in einem anderen Mandanten), entfernen Sie zuerst diesen Eintrag.',
  'import.refusedName':
    'Intune hat {{serial}} abgelehnt ({{name}}). Wenn das Gerät bereits registriert ist (vielleicht in einem anderen Mandanten), entfernen Sie zuerst diesen Eintrag.',
  'import.refusedCode':
    'Intune hat {{serial}} abgelehnt (Code {{code}}). Wenn das Gerät bereits registriert ist (vielleicht in einem anderen Mandanten), entfernen Sie zuerst diesen Eintrag.',
  'import.refusedNameCode':
    'Intune hat {{serial}} abgelehnt ({{name}}, Code {{code}}). Wenn das Gerät bereits registriert ist (vielleicht in einem anderen Mandanten), entfernen Sie zuerst diesen Eintrag.',
  'import.pending': 'Intune importiert {{serial}} noch.',
  'values.serial.empty': 'Die Seriennummer ist leer; jedes Gerät braucht seine Seriennummer.',
  'values.serial.non-ascii':
    'Die Seriennummer enthält ein Zeichen außerhalb von reinem ASCII (Akzente, Symbole oder Zeilenumbrüche).',
  'values.serial.comma': 'Die Seriennummer enthält ein Komma, das sie auf zwei Spalten aufteilen würde.',
  'values.serial.quote': 'Die Seriennummer enthält ein doppeltes Anführungszeichen, das Intune nicht annimmt.',
  'values.serial.formula':
    'Die Seriennummer beginnt mit „{{first}}“, was eine Tabellenkalkulation als Formel ausführen würde.',
  'values.serial.long': 'Die Seriennummer ist länger als {{max, number}} Zeichen.',
  'values.productId.bad':
    'Die Windows-Produkt-ID „{{value}}“ ist weder eine 13-stellige PKID noch eine Produkt-ID wie 00330-80000-00000-AA123; lassen Sie sie leer, wenn sie unbekannt ist.',
  'values.hash.empty': 'Der Hardwarehash ist leer; lesen Sie das Gerät erneut aus (Power + Volume Down).',
  'values.hash.long': 'Der Hardwarehash ist weit länger als jeder echte; lesen Sie ihn erneut aus.',
  'values.hash.base64':
    'Der Hardwarehash ist kein gültiges Base64; die Datei ist womöglich beschädigt. Lesen Sie ihn erneut aus.',
  'values.groupTag.non-ascii':
    'Der Gruppentag „{{value}}“ enthält ein Zeichen außerhalb von reinem ASCII (Akzente, Symbole oder Zeilenumbrüche).',
  'values.groupTag.comma': 'Der Gruppentag „{{value}}“ enthält ein Komma, das ihn auf zwei Spalten aufteilen würde.',
  'values.groupTag.quote':
    'Der Gruppentag „{{value}}“ enthält ein doppeltes Anführungszeichen, das Intune nicht annimmt.',
  'values.groupTag.formula':
    'Der Gruppentag „{{value}}“ beginnt mit „{{first}}“, was eine Tabellenkalkulation als Formel ausführen würde.',
  'values.groupTag.long': 'Der Gruppentag ist länger als {{max, number}} Zeichen.',
  'values.user.bad': 'Der zugewiesene Benutzer „{{value}}“ ist kein Benutzerprinzipalname wie user@contoso.com.',
  'confirm.title': '{{serial}} in Intune bestätigen',
  'confirm.looking': '{{serial}} wird in Intune gesucht…',
  'confirm.inIntune': 'In Intune ({{compliance}}).',
  'confirm.inIntuneNotEvaluated': 'In Intune (Konformität noch nicht ausgewertet).',
  'confirm.notYetPolling': 'Noch nicht in Intune; erneute Suche alle {{seconds, duration}}.',
  'confirm.lookupRetry': 'Abfrage nicht möglich ({{why}}); neuer Versuch.',
  'confirm.notYet.title': 'Noch nicht in Intune',
  'confirm.notYet.offline_one':
    'Nach {{count, number}} Minute noch nicht. Die Station ist offline: Prüfen Sie ihr Netzwerk.',
  'confirm.notYet.offline_other':
    'Nach {{count, number}} Minuten noch nicht. Die Station ist offline: Prüfen Sie ihr Netzwerk.',
  'confirm.notYet.lookupFailed_one':
    'Nach {{count, number}} Minute noch nicht. Die Abfrage ist fehlgeschlagen: {{problem}}.',
  'confirm.notYet.lookupFailed_other':
    'Nach {{count, number}} Minuten noch nicht. Die Abfrage ist fehlgeschlagen: {{problem}}.',
  'confirm.notYet.lookupFailedSignIn_one':
    'Nach {{count, number}} Minute noch nicht. Die Abfrage ist fehlgeschlagen: Prüfen Sie die Anmeldung und ihre Berechtigungen.',
  'confirm.notYet.lookupFailedSignIn_other':
    'Nach {{count, number}} Minuten noch nicht. Die Abfrage ist fehlgeschlagen: Prüfen Sie die Anmeldung und ihre Berechtigungen.',
  'confirm.notYet.notCompliant_one':
    'Nach {{count, number}} Minute noch nicht. Das Gerät ist in Intune, aber nicht konform: Prüfen Sie, ob eine Konformitätsrichtlinie zugewiesen ist, und lassen Sie es synchronisieren.',
  'confirm.notYet.notCompliant_other':
    'Nach {{count, number}} Minuten noch nicht. Das Gerät ist in Intune, aber nicht konform: Prüfen Sie, ob eine Konformitätsrichtlinie zugewiesen ist, und lassen Sie es synchronisieren.',
  'confirm.notYet.checklist_one':
    'Nach {{count, number}} Minute noch nicht. Prüfen Sie: Die Einrichtung ist abgeschlossen und das Gerät hat den Desktop erreicht; es hat Internet; der Benutzer hat eine Intune-Lizenz und fällt unter die automatische Registrierung; die Registrierungsbeschränkungen lassen Windows-Geräte zu.',
  'confirm.notYet.checklist_other':
    'Nach {{count, number}} Minuten noch nicht. Prüfen Sie: Die Einrichtung ist abgeschlossen und das Gerät hat den Desktop erreicht; es hat Internet; der Benutzer hat eine Intune-Lizenz und fällt unter die automatische Registrierung; die Registrierungsbeschränkungen lassen Windows-Geräte zu.',
  'confirm.done': '{{serial}} ist in Intune.',
  'confirm.doneCompliant': '{{serial}} ist in Intune und konform.',
  'auth.noApp.title': 'Die App-Registrierung fehlt',
  'auth.noApp.message':
    'Geben Sie die Anwendungs-ID (Client) der App an, die im Mandanten für HoloBench registriert ist; sie sieht aus wie 00000000-0000-0000-0000-000000000000.',
  'auth.unreachable.title': 'Der Anmeldedienst ist nicht erreichbar',
  'auth.unreachable.message':
    'Die Station ist offline oder erreicht die Microsoft-Anmeldung nicht. Uploads bleiben in der Warteschlange und gehen, sobald sie wieder online ist.',
  'auth.failed.title': 'Anmeldung fehlgeschlagen',
  'auth.failed.expired':
    'Der Code wurde nicht rechtzeitig eingegeben. Starten Sie die Anmeldung erneut. ({{code}}: {{detail}})',
  'auth.failed.declined': 'Die Anmeldung wurde abgelehnt. ({{code}}: {{detail}})',
  'auth.failed.check':
    'Prüfen Sie den Mandanten, die App-Registrierung und bei unbeaufsichtigten Läufen deren geheimen Clientschlüssel oder Zertifikat. ({{code}}: {{detail}})',
  'auth.failed.noToken': 'Der Anmeldedienst hat kein Token zurückgegeben.',
  'auth.canceled.title': 'Anmeldung abgebrochen',
  'auth.canceled.message': 'Die Anmeldung wurde abgebrochen; es wurde nichts hochgeladen.',
  'auth.oneCredential.title': 'Die unbeaufsichtigte Anmeldung braucht genau einen Nachweis',
  'auth.oneCredential.message':
    'Geben Sie für die App-Registrierung entweder einen geheimen Clientschlüssel oder ein Zertifikat an, nicht beides und nicht keins.',
  'auth.needTenant.title': 'Die unbeaufsichtigte Anmeldung braucht einen Mandanten',
  'auth.needTenant.message': 'Eine App meldet sich bei einem Mandanten an: Geben Sie dessen ID oder Domäne an.',
  'graph.unreachable.title': 'Microsoft Graph ist nicht erreichbar',
  'graph.unreachable.message':
    'Die Station konnte {{host}} nicht erreichen. Prüfen Sie das Netzwerk; eingereihte Uploads bleiben in der Warteschlange und gehen, sobald es wieder da ist.',
  'graph.unavailable.title': 'Microsoft Graph hat Probleme',
  'graph.unavailable.message':
    'Graph hat wiederholt mit {{status}} geantwortet. Uploads bleiben in der Warteschlange; versuchen Sie es später erneut.',
  'graph.throttled.title': 'Microsoft Graph bittet die Station, langsamer zu machen',
  'graph.throttled.message':
    'Graph drosselt diesen Mandanten. Uploads bleiben in der Warteschlange; versuchen Sie es in einigen Minuten erneut.',
  'graph.unauthorized.title': 'Die Anmeldung wurde nicht angenommen',
  'graph.unauthorized.message':
    'Graph hat die Anmeldung auch mit einem neuen Token abgelehnt. Melden Sie sich erneut an; prüfen Sie, ob Mandant und Cloud stimmen.',
  'graph.forbidden.title': 'Keine Berechtigung zum Importieren von Autopilot-Geräten',
  'graph.forbidden.message':
    'Graph hat die Anfrage abgelehnt ({{detail}}). Das angemeldete Konto oder die App braucht die Berechtigung {{permission}} mit Administratorzustimmung, und der Mandant braucht eine Intune-Lizenz.',
  'library.copyFailed.title': 'Das Paket konnte nicht in die Bibliothek kopiert werden',
  'library.copyFailed.message':
    'Das Kopieren von {{path}} ist fehlgeschlagen ({{code}}). Prüfen Sie die Datei und den freien Speicher auf diesem PC.',
  'library.notFound.title': 'Paket nicht in der Bibliothek',
  'library.notFound.message': 'Kein Paket mit SHA-256 {{sha}} ist in der Bibliothek. Importieren Sie es zuerst.',
  'library.fileMissing.title': 'Die Paketdatei fehlt',
  'library.fileMissing.message':
    'Die Kopie von {{name}} in der Bibliothek fehlt im Datenordner. Entfernen Sie das Paket aus der Bibliothek und importieren Sie es erneut.',
  'intune.signInFirst.title': 'Melden Sie sich zuerst an',
  'intune.signInFirst.message':
    'Intune verwendet die Anmeldung des Autopilot-Uploads: Legen Sie auf der Registerkarte Autopilot Mandant und App fest und melden Sie sich an.',
  'intune.noSerial.title': 'Keine Seriennummer',
  'intune.noSerial.message': 'Dieses Gerät meldet keine Seriennummer, daher kann Intune nicht danach gefragt werden.',
  'batch.cannotOpen.title': 'Das Gerät kann nicht geöffnet werden',
  'batch.cannotOpen.message':
    'Die Station kann das Gerät nicht für die Dateiübertragung öffnen. Ziehen Sie das Kabel ab und stecken Sie es wieder ein.',
  'batch.gone.title': 'Das Gerät ist weg',
  'batch.gone.message': 'Schließen Sie Gerät {{serial}} wieder an.',
  'batch.intuneSignIn':
    'Die Bestätigung der Registrierung verwendet die Anmeldung des Autopilot-Uploads: Richten Sie sie auf der Registerkarte Autopilot ein (oder geben Sie batch run die Anmeldeoptionen von autopilot upload).',
  'intuneGraph.tooMany.title': 'Zu viele Einträge',
  'intuneGraph.tooMany.message':
    'Graph hat für {{path}} immer weitere Seiten gesendet; die Station hat nach {{count, number}} aufgehört.',
  'intuneGraph.elsewhere.title': 'Graph verweist auf eine andere Adresse',
  'intuneGraph.elsewhere.message':
    'Die nächste Seite der Antwort liegt unter einer anderen Adresse; dorthin sendet die Station die Anmeldung nicht.',
  'intuneGraph.refused.title': 'Microsoft Graph hat die Anfrage abgelehnt',
  'intuneGraph.refused.message': '{{request}} wurde mit {{status}} beantwortet: {{answer}}.',
  'intuneGraph.forbidden.title': 'Von Microsoft Graph nicht erlaubt',
  'intuneGraph.forbidden.message': 'Graph hat {{request}} abgelehnt ({{detail}}). {{missing}}',
  'intuneGraph.forbidden.messageBare': 'Graph hat {{request}} abgelehnt (ohne Angaben). {{missing}}',
  'graph.rejected':
    'Graph hat mit {{status}} geantwortet: {{what}}. Prüfen Sie die Cloud oder die Einstellung --graph-base; Uploads bleiben in der Warteschlange.',
  'csv.input.title': 'Eine Eingabedatei kann nicht gelesen werden',
  'csv.input.notAFile':
    '{{path}} ist keine normale Datei (ein Ordner, Gerät oder eine Pipe). Geben Sie mit --in eine Autopilot-ZIP- oder CSV-Datei an.',
  'csv.input.missing':
    '{{path}} existiert nicht oder kann nicht gelesen werden. Prüfen Sie den mit --in angegebenen Pfad.',
  'csv.tooLarge.title': 'Die Autopilot-CSV-Datei kann nicht gelesen werden',
  'csv.tooLarge.message': '{{name}} ist größer als 1 MiB; das ist keine Autopilot-Hashdatei und keine ZIP-Datei.',
  'csv.write.title': 'Die Intune-CSV-Datei konnte nicht geschrieben werden',
  'csv.write.failed':
    'Das Schreiben neben {{path}} ist fehlgeschlagen ({{code}}); es wurde keine CSV-Datei geschrieben. Prüfen Sie, ob der Ordner existiert, beschreibbar ist und freien Speicher hat.',
  'csv.write.moveFailed':
    'Die fertige Datei konnte nicht nach {{path}} verschoben werden; vollständige Teile: {{done}}. Importieren Sie keinen unvollständigen Satz: Exportieren Sie erneut.',
  'csv.write.moveFailedNone':
    'Die fertige Datei konnte nicht nach {{path}} verschoben werden; kein Teil ist vollständig. Exportieren Sie erneut.',
  'apply.busy.title': 'Es wird bereits ein Paket angewendet',
  'apply.busy.message':
    '{{pkg}} wird gerade auf dieses Gerät angewendet. Schließen Sie das zuerst ab, oder brechen Sie es ab.',
};
export default de;
