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

  'next.unplugged.title': 'Getrennt',
  'next.unplugged.detail': 'Schließen Sie das Kabel wieder an, um mit diesem Gerät weiterzuarbeiten.',
  'next.notHololens.title': 'Keine HoloLens',
  'next.notHololens.detail': 'Mit diesem Gerät ist an dieser Station nichts zu tun.',
  'next.unknownMicrosoft.title': 'Unbekanntes Microsoft-Gerät',
  'next.unknownMicrosoft.detail':
    'Falls es eine HoloLens ist, ordnen Sie Modell und Modus zu, damit die Station sie beim nächsten Mal erkennt.',
  'next.flashing.title': 'Im Flashmodus',
  'next.flashing.detail':
    'Flashen Sie es mit {{tool}} neu, oder halten Sie Power 15 Sekunden lang gedrückt, um den Flashmodus zu verlassen.',
  'next.locked.title': 'Entsperren oder die Einrichtungsseite aufrufen',
  'next.locked.detail':
    'Setzen Sie das Gerät auf, melden Sie sich an oder gehen Sie zur ersten Einrichtungsseite: Danach erscheint sein Speicher.',
  'next.unreachable.title': 'Speicher nicht erreichbar',
  'next.unreachable.detail': '{{why}} {{fix}}',
  'next.unreachable.detailPlain':
    'Möglicherweise belegt ein anderes Programm das Gerät. Schließen Sie es, oder trennen Sie das Kabel und schließen Sie es wieder an.',
  'next.checking.title': 'Gerät wird geprüft',
  'next.checking.detail': 'Die Geräteinformationen werden über USB gelesen.',
  'next.ready.title': 'Bereit',
  'next.ready.detail':
    'Wählen Sie, was zu tun ist: registrieren, ein Paket anwenden, den Autopilot-Hash auslesen oder die Dateien durchsuchen.',

  'id.model.hololens1': 'HoloLens (1. Generation)',
  'id.model.hololens2': 'HoloLens 2',
  'id.model.unknown': 'keine HoloLens',
  'id.modelFlashing': '{{model}} im Flashmodus',
  'id.label': 'Ein Techniker hat {{id}} als {{what}} zugeordnet.',
  'id.labelNote': 'Ein Techniker hat {{id}} als {{what}} zugeordnet ({{note}}).',
  'id.table': '{{id}} ist als {{name}} eingetragen. Quelle: {{source}}',
  'id.qualcommUnsure':
    'Unsicher: Microsoft dokumentiert diese VID:PID nicht (05C6:9008 ist der allgemeine Qualcomm-Downloadmodus), und andere Snapdragon-Geräte sehen genauso aus.',
  'id.qualcommQusb':
    'Ein Qualcomm-Gerät im Downloadmodus, das sich als „QUSB_BULK“ meldet: So zeigt sich eine HoloLens 2 im Flashmodus über USB, unabhängig vom Treiber des PCs. {{unsure}}',
  'id.qualcomm9008':
    'Ein Qualcomm-Gerät im Downloadmodus (05C6:9008) ohne den Namen QUSB_BULK: möglicherweise eine HoloLens 2 im Flashmodus. {{unsure}}',
  'id.ffsGadget':
    'Ein MTP-Gerät hinter den ffs-loopback-Sockets unter {{dir}}: Die Station soll es wie ein Gerät am Bus behandeln. Es sendet keinen USB-Gerätedeskriptor, daher stammen Hersteller und Modell nur aus seinen MTP-Antworten.',
  'id.unreadableOs':
    '{{reason}} Vermutung: Das Gerät konnte nicht geöffnet werden, daher sind seine Schnittstellen so angegeben, wie das Betriebssystem sie meldet.',
  'id.unreadableParts': '{{reason}} Vermutung: Ein Teil der Deskriptoren konnte nicht gelesen werden ({{what}}).',
  'id.sensors': '„{{product}}“ ist die Tracking-Einheit eines Windows Mixed Reality-PC-Headsets, keine HoloLens.',
  'id.hl1Flashing':
    'Microsoft-Gerät namens „{{product}}“ ohne Dateiübertragung (MTP) und ohne USB-Netzwerk: eine HoloLens (1. Generation) im Flashmodus. Unsicher: Microsoft dokumentiert für diesen Modus keine USB-Kennung, daher richtet sich die Station nach dem Namen und den fehlenden Funktionen. Ordnen Sie das Gerät zu, falls das falsch ist.',
  'id.recoveryName':
    'Microsoft-Gerät namens „{{product}}“ ohne Dateiübertragung und ohne USB-Netzwerk: eine HoloLens im Flashmodus. Unsicher: Windows zeigt eine HoloLens 2 im Flashmodus unter diesem Namen an, wenn ihr Wiederherstellungstreiber installiert ist, doch der Name kann vom Treiber statt vom Gerät stammen. Ordnen Sie das Gerät zu, falls das falsch ist.',
  'id.hl2Named':
    'Microsoft-Gerät namens „{{product}}“ mit Dateiübertragung (MTP) und USB-Netzwerk (NCM), wie bei HoloLens 2.',
  'id.hl2Unnamed':
    'Microsoft-Gerät mit Dateiübertragung (MTP) und USB-Netzwerk (NCM), wie bei HoloLens 2; sein Name nennt keine HoloLens.',
  'id.hl1':
    'Microsoft-Gerät namens „{{product}}“ mit Dateiübertragung (MTP), aber ohne USB-Netzwerk (NCM), wie bei HoloLens (1. Generation).',
  'id.peripheral': 'Ein Microsoft-Peripheriegerät (nur Eingabe, Audio oder Video): keine HoloLens.',
  'id.peripheralNamed': 'Ein Microsoft-Peripheriegerät „{{product}}“ (nur Eingabe, Audio oder Video): keine HoloLens.',
  'id.unopened':
    'Microsoft-Gerät namens „{{product}}“, wie es das Betriebssystem meldet; seine Funktionen konnten nicht gelesen werden.',
  'id.unknown':
    'Ein Microsoft-Gerät ({{id}}), das die Station nicht erkennt. Falls es eine HoloLens ist, ordnen Sie es zu.',
  'id.unknownNamed':
    'Ein Microsoft-Gerät ({{id}}, „{{product}}“), das die Station nicht erkennt. Falls es eine HoloLens ist, ordnen Sie es zu.',

  'job.starting': 'Wird gestartet…',
  'job.canceledTitle': 'Abgebrochen',
  'job.canceledByTech': 'Der Techniker hat dies abgebrochen.',
  'job.canceled': 'Abgebrochen. Nichts blieb halb fertig zurück.',
  'job.failed': '{{title}}. {{message}}',

  'error.internal.title': 'In der Station ist etwas schiefgegangen',
  'error.internal.message':
    'Die Station ist auf ein unerwartetes Problem gestoßen ({{detail}}). Nichts wurde als erledigt gemeldet; versuchen Sie es erneut.',

  'files.pullTitle': '„{{name}}“ auf diesen PC kopieren',
  'files.pushTitle': '„{{name}}“ auf das Gerät kopieren',
  'files.pulling': '„{{name}}“ wird vom Gerät kopiert…',
  'files.pulled': '„{{name}}“ wurde auf diesen PC kopiert und geprüft.',
  'files.pushing': '„{{name}}“ wird auf das Gerät kopiert…',
  'files.pushed': '„{{name}}“ wurde auf das Gerät kopiert und dort geprüft.',
  'files.noStorageYet.title': 'Das Gerät zeigt noch keinen Speicher',
  'files.noStorageYet.message':
    'Entsperren Sie es (anmelden), oder drücken Sie während der Einrichtung auf der ersten Einrichtungsseite Volume Down + Power. Die Dateien erscheinen dann von selbst.',
  'files.notPresent.title': 'Das Gerät ist nicht angeschlossen',
  'files.notPresent.message':
    'Schließen Sie das Gerät wieder an: Seine Dateien werden wieder angezeigt, sobald es verbunden ist.',
  'files.notFound.title': 'Nicht auf dem Gerät',
  'files.notFoundAnyMore': '„{{path}}“ ist nicht mehr auf dem Gerät.',
  'files.notFound': '„{{path}}“ ist nicht auf dem Gerät.',
  'files.isFolder.title': 'Das ist ein Ordner',
  'files.isFolder.message': '„{{path}}“ ist ein Ordner: Öffnen Sie ihn und wählen Sie eine Datei.',
  'files.checkFailed.title': 'Die Kopie auf diesem PC stimmt nicht überein',
  'files.checkFailed.message':
    'Die auf diesem PC geschriebene Datei weicht von dem ab, was das Gerät gesendet hat. Sie wurde entfernt; kopieren Sie „{{name}}“ erneut.',
  'files.localMissing.title': 'Die Datei auf diesem PC ist nicht vorhanden',
  'files.localMissing.message': '„{{name}}“ wurde auf diesem PC nicht gefunden. Wählen Sie die Datei erneut aus.',
  'files.folderMissing.title': 'Dieser Ordner ist nicht auf dem Gerät',
  'files.folderMissing.message':
    '„{{folder}}“ ist kein Ordner auf dem Gerät. Öffnen Sie zuerst einen Ordner und senden Sie dann die Datei.',
  'files.exists.title': 'Bereits auf dem Gerät',
  'files.exists.message': '„{{name}}“ ist bereits in {{folder}}. Ersetzen Sie die Datei oder löschen Sie sie zuerst.',
  'files.deleteFolder.title': 'Hier können nur Dateien gelöscht werden',
  'files.deleteFolder.message':
    '„{{path}}“ ist ein Ordner. Die Station löscht nur einzelne Dateien, damit nichts anderes versehentlich verloren geht.',

  'copy.unplugged.title': 'Das Gerät wurde getrennt',
  'copy.unplugged.pull':
    'Das Kopieren von „{{name}}“ wurde mittendrin unterbrochen. Auf diesem PC wurde nichts gespeichert. Schließen Sie das Gerät wieder an und kopieren Sie die Datei erneut.',
  'copy.unplugged.push':
    'Das Kopieren von „{{name}}“ wurde mittendrin unterbrochen. Reste davon auf dem Gerät werden entfernt, sobald es wieder da ist. Schließen Sie das Gerät wieder an und kopieren Sie die Datei erneut.',
  'copy.deviceFull.title': 'Das Gerät ist voll',
  'copy.deviceFull.message':
    '„{{name}}“ passt nicht auf das Gerät: Dort ist nicht genug freier Speicher für diese Datei. Löschen Sie Dateien auf dem Gerät, um Platz zu schaffen, und kopieren Sie dann erneut.',
  'copy.pcFull.title': 'Dieser PC ist voll',
  'copy.pcFull.pull':
    'Auf dem Datenträger dieses PCs ist kein Platz für „{{name}}“. Auf diesem PC wurde nichts gespeichert. Schaffen Sie auf diesem PC Platz und kopieren Sie erneut.',
  'copy.pcFull.push':
    'Auf dem Datenträger dieses PCs ist kein Platz für „{{name}}“. Auf dem Gerät blieb nichts halb kopiert zurück. Schaffen Sie auf diesem PC Platz und kopieren Sie erneut.',

  'device.notConnected.title': 'Gerät nicht verbunden',
  'device.notConnected.message': 'Das Gerät {{id}} ist nicht angeschlossen.',
  'device.notConnectedAt': 'Unter {{dir}} ist kein Gerät verbunden.',
  'device.notFound.title': 'Gerät nicht gefunden',
  'device.notFound.message': 'Der Station ist kein Gerät „{{id}}“ bekannt.',
  'device.busy.title': 'Das Gerät wird verwendet',
  'device.busy.message': 'Die Station hat dieses Gerät bereits geöffnet.',
  'device.notOnBus.title': 'Gerät nicht am Bus',
  'device.notOnBus.message': 'An Anschluss {{port}} ist kein USB-Gerät angeschlossen.',
  'device.noMtp.title': 'Keine Dateiübertragung auf diesem Gerät',
  'device.noMtp.flashing': 'Das Gerät ist im Flashmodus: Es bietet keine Dateien an, bis es normal neu startet.',
  'device.noMtp.other': 'Dieses Gerät bietet keine Dateiübertragung (MTP) über USB an.',
  'device.cannotOpen.title': 'Das Gerät kann nicht geöffnet werden',
  'device.cannotOpen.message':
    'Die Station konnte das Gerät nicht für die Dateiübertragung öffnen. Möglicherweise belegt ein anderes Programm es: Schließen Sie es, oder trennen Sie das Kabel und schließen Sie es wieder an.',
  'device.labelRefused.title': 'Dieses Gerät kann nicht zugeordnet werden',
  'device.labelRefused.message':
    '{{id}} ist ein bekanntes Gerät, das keine HoloLens ist ({{reason}}), und wird nie als HoloLens angezeigt.',

  'sim.off.title': 'Der Übungsmodus ist aus',
  'sim.off.message': 'Schalten Sie den Übungsmodus ein, um simulierte Geräte zu verwenden.',
  'sim.msg.powerPressed': 'Power gedrückt: Die Anzeige geht in den Ruhezustand oder wacht auf.',
  'sim.msg.heldPowerOff': 'Power 15 s gedrückt gehalten: Alle LEDs sind aus, das Gerät ist ausgeschaltet.',
  'sim.msg.alreadyOff': 'Das Gerät ist bereits ausgeschaltet.',
  'sim.msg.offPressPower': 'Das Gerät ist aus: Drücken Sie Power, um es zu starten.',
  'sim.msg.hardRestart': 'Volume Down + Power 15 s gedrückt gehalten: Das Gerät startet neu.',
  'sim.msg.heldPowerOffShort': 'Power 15 s gedrückt gehalten: Das Gerät ist ausgeschaltet.',
  'sim.msg.inSetupNoLock': 'Das Gerät ist in der Einrichtung: Es gibt nichts zu sperren oder zu entsperren.',
  'sim.msg.locked': 'Das Gerät ist gesperrt.',
  'sim.msg.unlocked': 'Angemeldet: Das Gerät ist entsperrt.',
  'sim.msg.setupAlreadyDone': 'Die Einrichtung ist bereits abgeschlossen.',
  'sim.msg.setupDone': 'Einrichtung abgeschlossen: Das Gerät zeigt das Startmenü.',
  'sim.msg.notRunning': 'Nichts passiert: Das Gerät läuft nicht.',
  'sim.msg.provisioningOpen': 'Die Bereitstellungsseite ist geöffnet: Kopieren Sie jetzt das Paket auf das Gerät.',
  'sim.msg.noPackage': 'Noch kein Paket auf dem Gerät gefunden: Kopieren Sie es zuerst.',
  'sim.msg.provisioningOnlyFirst':
    'Volume Down + Power öffnet die Bereitstellung nur auf der ersten Einrichtungsseite.',
  'sim.msg.noDiagnosticsHere': 'Auf der Bereitstellungsseite sammelt diese Tastenkombination keine Diagnosedaten.',
  'sim.msg.alreadyCollecting': 'Diagnosedaten werden bereits gesammelt.',
  'sim.msg.collecting': 'Diagnosedaten werden gesammelt: AutopilotDiagnostics.zip erscheint unter Dokumente.',
  'sim.msg.collected': 'Diagnosedaten wurden unter Dokumente gespeichert.',
  'sim.msg.collectFailed': 'Das Sammeln der Diagnosedaten ist auf dem Gerät fehlgeschlagen.',
  'sim.msg.noTrustPrompt': 'Auf dem Gerät wird keine Vertrauensabfrage angezeigt.',
  'sim.msg.reflashNeedsFlashing': 'Zum Neuflashen muss das Gerät zuerst im Flashmodus sein.',
  'sim.msg.reflashing': 'Neuflashen: Das Gerät startet neu, wenn das Wiederherstellungstool fertig ist.',
  'sim.msg.resetFromSettings': 'Das Zurücksetzen wird nach der Einrichtung in den Einstellungen gestartet.',
  'sim.msg.resetRefused':
    'Zurücksetzen abgelehnt: Laden Sie das Gerät zuerst auf mindestens {{percent, number}} % auf.',
  'sim.msg.resetting': 'Wird zurückgesetzt: Das Gerät startet neu in die Einrichtung.',
  'sim.msg.flashingOn': 'Nur die mittlere LED leuchtet: Das Gerät ist im Flashmodus.',
  'sim.msg.started': 'Das Gerät wurde gestartet.',
  'sim.msg.trustPrompt': 'Das Gerät fragt, ob {{names}} vertraut werden soll.',
  'sim.msg.applied': '{{names}} angewendet; die Einrichtung geht weiter.',
  'sim.msg.appliedUnnamed': 'Paket angewendet; die Einrichtung geht weiter.',
  'sim.notHololens.title': 'Keine HoloLens',
  'sim.notHololens.message': 'Dieses simulierte Gerät hat keine HoloLens-Tasten.',
  'idTable.damaged': 'Die Erkennungstabelle ist beschädigt',
  'idTable.missing': 'Die Erkennungstabelle fehlt',
  'idTable.shape': 'resources/usb-ids.json hat nicht den erwarteten Aufbau: {{problem}}.',
  'idTable.twice': '{{id}} ist doppelt eingetragen.',
  'idTable.unreadable': '{{file}} konnte nicht gelesen werden.',
  'idTable.notJson': '{{file}} ist kein gültiges JSON.',
};
export default de;
