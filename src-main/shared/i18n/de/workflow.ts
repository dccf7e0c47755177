import type { Translation } from '../catalog.ts';
import type en from '../en/workflow.ts';

/** The workflow namespace in German. */
const de: Translation<typeof en> = {
  'model.hololens1': 'eine HoloLens (1. Generation)',
  'model.hololens2': 'eine HoloLens 2',
  'model.unknown': 'ein Gerät, das die Station nicht erkennen konnte',
  'step.identify': 'Erfassen',
  'step.gate': 'Prüfen',
  'step.apply-package-oobe': 'Paket anwenden',
  'step.harvest-autopilot': 'Hash erfassen',
  'step.verify-enrolled': 'Registrierung bestätigen',
  'step.coach-enrollment': 'Registrieren',
  'step.rename': 'Benennen',
  'step.done': 'Fertig',
  'apply.noPackage.title': 'Kein Paket für diese Serie',
  'apply.noPackage.message': 'Starten Sie die Serie erneut mit dem anzuwendenden Paket.',
  'apply.open.title': 'Bereitstellungsseite öffnen',
  'apply.open.detail':
    'Drücken Sie am Gerät an Anschluss {{port}} (SN {{serial}}) gleichzeitig Volume Down + Power und lassen Sie los.',
  'apply.open.should': 'Auf dem Gerät öffnet sich eine Bereitstellungsseite.',
  'apply.changed.title': 'Die Paketdatei hat sich geändert',
  'apply.changed.message':
    '{{name}} ist nicht mehr die Datei, mit der diese Serie begonnen hat. Legen Sie das Original zurück oder starten Sie eine neue Serie mit der neuen Datei.',
  'apply.again.title': 'Noch einmal Volume Down + Power drücken',
  'apply.again.detail':
    'Das Paket ist auf dem Gerät an Anschluss {{port}} (SN {{serial}}). Drücken Sie noch einmal gleichzeitig Volume Down + Power und lassen Sie los.',
  'apply.again.should': 'Das Gerät fragt, ob es {{name}} vertrauen soll.',
  'apply.accept.title': 'Paket auf dem Gerät annehmen',
  'apply.accept.detail':
    'Wenn das Gerät an Anschluss {{port}} (SN {{serial}}) noch nicht fragt, ob es {{name}} vertrauen soll, drücken Sie gleichzeitig Volume Down + Power und lassen Sie los. Wählen Sie dann, dem Paket zu vertrauen und es hinzuzufügen.',
  'apply.accept.should': 'Die Einrichtung geht weiter, sobald das Paket angewendet ist.',
  'apply.pastSetup.title': 'Die Einrichtung ist bereits abgeschlossen',
  'apply.pastSetup.message':
    'Das Gerät an Anschluss {{port}} (SN {{serial}}) hat die Einrichtung abgeschlossen, daher kann sich die Bereitstellungsseite nicht öffnen. Fügen Sie das Paket unter Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen hinzu, oder setzen Sie das Gerät zurück, um wieder zur Einrichtung zu gelangen.',
  'apply.confirm.title': 'Bestätigen, dass das Paket angewendet wurde',
  'apply.confirm.detail':
    'Die Station kann von hier aus nicht erkennen, ob das Gerät an Anschluss {{port}} (SN {{serial}}) {{name}} angewendet hat. Sobald das Gerät anzeigt, dass es hinzugefügt wurde, drücken Sie Bestätigen.',
  'apply.unreadable.title': 'Das Paket kann nicht gelesen werden',
  'apply.unreadable.message': '{{path}} konnte nicht gelesen werden: Prüfen Sie, ob die Datei noch vorhanden ist.',
  'gate.notFor': 'Es ist {{model}}, nicht {{wanted}}.',
  'gate.model.title': 'Falsches Modell für diese Serie',
  'gate.model.message':
    'Diese Serie ist für {{wanted}}; das Gerät an Anschluss {{port}} (SN {{serial}}) ist {{model}}. Legen Sie es beiseite.',
  'gate.flashing.title': 'Normal starten',
  'gate.flashing.detail':
    'Das Gerät an Anschluss {{port}} (SN {{serial}}) ist im Flash-Modus. Halten Sie Power 15 Sekunden gedrückt, bis alle Lichter aus sind, und drücken Sie dann einmal Power.',
  'gate.flashing.should': 'Es startet normal (alle Lichter gehen aus, dann fährt es hoch).',
  'gate.build.title': 'Das Betriebssystem ist zu alt',
  'gate.build.message':
    'Auf dem Gerät an Anschluss {{port}} (SN {{serial}}) läuft Build {{build}}; diese Serie braucht {{min}} oder neuer. Aktualisieren Sie es über die Einstellungen oder flashen Sie es neu, und führen Sie es dann erneut aus.',
  'gate.check.build': 'der Betriebssystem-Build ist {{min}} oder neuer (Einstellungen > System > Info)',
  'gate.unlock.title': 'Entsperren',
  'gate.unlock.detail':
    'Setzen Sie das Gerät an Anschluss {{port}} (SN {{serial}}) auf und melden Sie sich an, damit es entsperrt wird.',
  startMenu: 'Das Startmenü wird angezeigt.',
  'gate.check.unlocked': 'es ist entsperrt (angemeldet, Startmenü sichtbar)',
  'gate.check.battery': 'der Akku ist bei {{min}} % oder mehr',
  'gate.charge.title': 'Auf {{min}} % laden lassen',
  'gate.charge.detail':
    'Das Gerät an Anschluss {{port}} (SN {{serial}}) ist bei {{level}} %. Lassen Sie es eingesteckt; bei {{min}} % macht es von selbst weiter.',
  'gate.charge.should': 'Der Akku erreicht {{min}} %.',
  'gate.confirm.title': 'Prüfen und bestätigen',
  'gate.confirm.detail':
    'Die Station kann dies am Gerät an Anschluss {{port}} (SN {{serial}}) nicht auslesen. Prüfen Sie: {{checks, list}}. Drücken Sie dann Bestätigen.',
  'identify.notInManifest.title': 'Nicht in der Geräteliste',
  'identify.notInManifest.message':
    'Das Gerät {{serial}} an Anschluss {{port}} steht nicht in der Geräteliste. Legen Sie es beiseite oder nehmen Sie es in die Geräteliste auf und starten Sie eine neue Serie.',
  'identify.scan.serial.title': 'Seriennummer-Etikett scannen',
  'identify.scan.asset-tag.title': 'Inventaretikett scannen',
  'identify.scan.either.title': 'Inventar- oder Seriennummer-Etikett scannen',
  'identify.scan.serial.detail': 'Scannen Sie das Seriennummer-Etikett am Gerät an Anschluss {{port}} (SN {{serial}}).',
  'identify.scan.asset-tag.detail': 'Scannen Sie das Inventaretikett am Gerät an Anschluss {{port}} (SN {{serial}}).',
  'identify.scan.either.detail':
    'Scannen Sie das Inventar- oder Seriennummer-Etikett am Gerät an Anschluss {{port}} (SN {{serial}}).',
  'rename.noName.title': 'Kein Name für dieses Gerät',
  'rename.noName.message':
    'Die Geräteliste enthält keinen Gerätenamen für {{serial}}. Tragen Sie einen ein und starten Sie eine neue Serie, oder legen Sie das Gerät beiseite.',
  'rename.title': 'Als {{name}} benennen',
  'rename.detail':
    'Benennen Sie das Gerät an Anschluss {{port}} (SN {{serial}}) in Ihrer Geräteverwaltung (oder auf dem Gerät unter Einstellungen > System > Info) in {{name}} um, und drücken Sie dann Bestätigen.',
  'verify.noIntune.title': 'Intune ist nicht eingerichtet',
  'verify.noIntune.message': 'Diese Station wurde ohne Intune-Anmeldung gestartet.',
  'verify.title.notCompliant': 'Registriert, aber noch nicht konform',
  'verify.title.offline': 'Nicht bestätigt: Die Station ist offline',
  'verify.title.notInIntune': 'Noch nicht in Intune',
  'verify.noDetails': 'keine Einzelheiten',
  'verify.notYet.offline_one':
    'Noch nicht: Die Station konnte Microsoft Graph nach {{count}} Minute nicht erreichen, daher ist unbekannt, ob sich das Gerät an Anschluss {{port}} (SN {{serial}}) registriert hat. Prüfen Sie das Netzwerk der Station und führen Sie die Serie erneut aus.',
  'verify.notYet.offline_other':
    'Noch nicht: Die Station konnte Microsoft Graph nach {{count}} Minuten nicht erreichen, daher ist unbekannt, ob sich das Gerät an Anschluss {{port}} (SN {{serial}}) registriert hat. Prüfen Sie das Netzwerk der Station und führen Sie die Serie erneut aus.',
  'verify.notYet.failed_one':
    'Noch nicht: Die Abfrage des Geräts an Anschluss {{port}} (SN {{serial}}) ist nach {{count}} Minute fehlgeschlagen ({{problem}}). Prüfen Sie die Anmeldung und ihre Berechtigungen und führen Sie die Serie erneut aus.',
  'verify.notYet.failed_other':
    'Noch nicht: Die Abfrage des Geräts an Anschluss {{port}} (SN {{serial}}) ist nach {{count}} Minuten fehlgeschlagen ({{problem}}). Prüfen Sie die Anmeldung und ihre Berechtigungen und führen Sie die Serie erneut aus.',
  'verify.notYet.compliance_one':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist in Intune, aber nach {{count}} Minute {{state}}. Prüfen Sie: Eine Konformitätsrichtlinie ist ihm zugewiesen, es ist im Netzwerk, es wurde synchronisiert (Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Info > Synchronisieren).',
  'verify.notYet.compliance_other':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist in Intune, aber nach {{count}} Minuten {{state}}. Prüfen Sie: Eine Konformitätsrichtlinie ist ihm zugewiesen, es ist im Netzwerk, es wurde synchronisiert (Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Info > Synchronisieren).',
  'verify.notYet.complianceUnknown_one':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist in Intune, aber seine Konformität ist nach {{count}} Minute nicht bewertet. Prüfen Sie: Eine Konformitätsrichtlinie ist ihm zugewiesen, es ist im Netzwerk, es wurde synchronisiert (Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Info > Synchronisieren).',
  'verify.notYet.complianceUnknown_other':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist in Intune, aber seine Konformität ist nach {{count}} Minuten nicht bewertet. Prüfen Sie: Eine Konformitätsrichtlinie ist ihm zugewiesen, es ist im Netzwerk, es wurde synchronisiert (Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Info > Synchronisieren).',
  'verify.notYet.notInIntune_one':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist nach {{count}} Minute nicht in Intune. Prüfen Sie: Es hat die Einrichtung abgeschlossen und den Desktop erreicht; es hat nach der Anmeldung Internet; der Benutzer (oder beim Self-Deploying das Autopilot-Profil) ist zugewiesen und für Intune lizenziert; die automatische MDM-Registrierung gilt für den Benutzer; die Registrierungsbeschränkungen erlauben Windows-Geräte.',
  'verify.notYet.notInIntune_other':
    'Noch nicht: Das Gerät an Anschluss {{port}} (SN {{serial}}) ist nach {{count}} Minuten nicht in Intune. Prüfen Sie: Es hat die Einrichtung abgeschlossen und den Desktop erreicht; es hat nach der Anmeldung Internet; der Benutzer (oder beim Self-Deploying das Autopilot-Profil) ist zugewiesen und für Intune lizenziert; die automatische MDM-Registrierung gilt für den Benutzer; die Registrierungsbeschränkungen erlauben Windows-Geräte.',
  'harvest.notApplicable': 'Es ist {{model}} und hat keinen Autopilot-Hash (Autopilot gibt es nur für HoloLens 2).',
  'harvest.noAutopilot.title': 'Autopilot ist nicht eingerichtet',
  'harvest.noAutopilot.message': 'Diese Station wurde ohne Autopilot gestartet.',
  'harvest.hl2Only.title': 'Autopilot gibt es nur für HoloLens 2',
  'harvest.hl2Only.message':
    'Das Gerät an Anschluss {{port}} (SN {{serial}}) ist keine HoloLens 2; Autopilot unterstützt es nicht. Legen Sie es beiseite.',
  'harvest.collect.title': 'Autopilot-Hash erfassen',
  'harvest.collect.detail':
    'Drücken Sie am Gerät an Anschluss {{port}} (SN {{serial}}) gleichzeitig Power + Volume Down und lassen Sie los.',
  'harvest.collect.should': 'Nach einigen Sekunden erscheint AutopilotDiagnostics.zip unter Dokumente.',
  'harvest.files.title': 'Dateien sichtbar machen',
  'harvest.files.detail':
    'Die Station sieht die Dateien auf dem Gerät an Anschluss {{port}} (SN {{serial}}) nicht. Setzen Sie es auf und melden Sie sich an (oder gehen Sie zur ersten Einrichtungsseite zurück), damit sein Speicher erscheint.',
  'harvest.mismatch.title': 'Der Hash gehört zu einem anderen Gerät',
  'harvest.mismatch.message':
    'Die AutopilotDiagnostics.zip auf dem Gerät an Anschluss {{port}} (SN {{serial}}) gehört zur Seriennummer {{other}}. Löschen Sie sie aus Dokumente und drücken Sie erneut Power + Volume Down.',
  'coach.network.title': 'Netzwerk bereitstellen',
  'coach.network.detail':
    'Sorgen Sie dafür, dass das Gerät an Anschluss {{port}} (SN {{serial}}) während der Einrichtung ins Internet kommt: ein USB-C-Ethernet-Adapter, der vor dem Start eingesteckt ist, oder WLAN ab Build 19041.1128. Drücken Sie dann Bestätigen.',
  'coach.network.should': 'Es ist auf der Netzwerkseite der Einrichtung verbunden.',
  'coach.autopilot.title': 'Autopilot einrichten lassen',
  'coach.autopilot.detail':
    'Setzen Sie das Gerät an Anschluss {{port}} (SN {{serial}}) auf und gehen Sie durch die Einrichtung; es findet sein Autopilot-Profil und tritt Ihrer Organisation bei. Drücken Sie dann Bestätigen.',
  'coach.autopilot.should': 'Das Startmenü wird angezeigt.',
  'coach.entraOobe.title': 'Mit dem Arbeitskonto anmelden',
  'coach.entraOobe.detail':
    'Wählen Sie während der Einrichtung auf dem Gerät an Anschluss {{port}} (SN {{serial}}), dass es Ihrer Organisation gehört, und melden Sie sich mit dem Arbeitskonto des Benutzers an. Drücken Sie dann Bestätigen.',
  'coach.entraOobe.should': 'Das Startmenü wird angezeigt.',
  'coach.finishSetup.title': 'Einrichtung abschließen',
  'coach.finishSetup.detail':
    'Schließen Sie die Einrichtung auf dem Gerät an Anschluss {{port}} (SN {{serial}}) mit dem Konto des Benutzers ab. Drücken Sie dann Bestätigen.',
  'coach.finishSetup.should': 'Das Startmenü wird angezeigt.',
  'coach.connectWork.title': 'Arbeitskonto verbinden',
  'coach.connectWork.detail':
    'Öffnen Sie auf dem Gerät an Anschluss {{port}} (SN {{serial}}) Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Verbinden und melden Sie sich mit dem Arbeitskonto an. Drücken Sie dann Bestätigen.',
  'coach.connectWork.should': 'Das Arbeitskonto steht unter „Auf Arbeits- oder Schulkonto zugreifen“.',
  'coach.finishMsa.title': 'Einrichtung mit dem Microsoft-Konto abschließen',
  'coach.finishMsa.detail':
    'Schließen Sie die Einrichtung auf dem Gerät an Anschluss {{port}} (SN {{serial}}) ab und melden Sie sich dabei mit dem Microsoft-Konto des Benutzers an. Drücken Sie dann Bestätigen.',
  'coach.finishMsa.should': 'Das Startmenü wird angezeigt.',
  'coach.addWork.title': 'Arbeitskonto hinzufügen',
  'coach.addWork.detail':
    'Öffnen Sie auf dem Gerät an Anschluss {{port}} (SN {{serial}}) Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Verbinden und fügen Sie das Arbeitskonto hinzu. Drücken Sie dann Bestätigen.',
  'coach.addWork.should': 'Das Arbeitskonto steht unter „Auf Arbeits- oder Schulkonto zugreifen“.',
  'coach.mdmOnly.title': 'Nur bei der Geräteverwaltung registrieren',
  'coach.mdmOnly.detail':
    'Öffnen Sie auf dem Gerät an Anschluss {{port}} (SN {{serial}}) Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen, wählen Sie die Registrierung nur bei der Geräteverwaltung und melden Sie sich an. Drücken Sie dann Bestätigen.',
  'coach.mdmOnly.should': 'Das Verwaltungskonto steht unter „Auf Arbeits- oder Schulkonto zugreifen“.',
  'skip.notApplicable.title': 'Nicht zutreffend: übersprungen',
  'skip.notApplicable.message':
    'Gerät {{serial}}: {{reason}} Das Profil „{{profile}}“ trifft darauf nicht zu. Legen Sie es beiseite.',
  'skip.alreadyDone.title': 'Schon erledigt',
  'skip.alreadyDone.message':
    'Gerät {{serial}} hat „{{profile}}“ in Serie {{batchId}} abgeschlossen ({{at}} UTC). Es wurde nicht wiederholt; mit „erneut ausführen“ (override) läuft es noch einmal.',
  'ledgerStopped.title': 'Das Protokoll funktioniert nicht mehr',
  'scan.noBatch': '„{{text}}“ gescannt, aber es läuft keine Serie. Starten oder setzen Sie zuerst eine Serie fort.',
  'scan.noneWaiting':
    '„{{text}}“ gescannt, aber kein Gerät wartet auf ein Etikett. Scannen Sie erneut, wenn eine Karte danach fragt.',
  'scan.stoppedWaiting':
    'Das Gerät an Anschluss {{port}} (SN {{serial}}) wartet nicht mehr auf ein Etikett; scannen Sie erneut, wenn seine Karte danach fragt.',
  'scan.wantAssetTag':
    'Das ist das Seriennummer-Etikett; scannen Sie das Inventaretikett des Geräts an Anschluss {{port}} (SN {{serial}}).',
  'scan.otherDevice':
    'Dieses Etikett gehört zu Gerät {{other}}, die Station fragt aber nach dem Gerät an Anschluss {{port}} (SN {{serial}}). Scannen Sie das Etikett auf diesem.',
  'scan.otherDeviceAt':
    'Dieses Etikett gehört zu Gerät {{other}} (an Anschluss {{otherPort}}), die Station fragt aber nach dem Gerät an Anschluss {{port}} (SN {{serial}}). Scannen Sie das Etikett auf diesem.',
  'scan.notSerial':
    '„{{text}}“ ist nicht die Seriennummer des Geräts an Anschluss {{port}} (SN {{serial}}). Scannen Sie sein Seriennummer-Etikett.',
  'scan.assetTagOwner':
    'Die Inventarnummer {{text}} gehört zu Gerät {{owner}}, die Station fragt aber nach dem Gerät an Anschluss {{port}} (SN {{serial}}). Prüfen Sie, ob Sie das richtige Gerät in der Hand haben.',
  'scan.assetTagMismatch':
    'Laut Geräteliste hat das Gerät an Anschluss {{port}} (SN {{serial}}) die Inventarnummer {{expected}}, nicht {{text}}. Prüfen Sie Etikett und Gerät.',
  'scan.garbled':
    'Der Scan kam verstümmelt an (unlesbare Zeichen). Prüfen Sie die Geschwindigkeitseinstellung des Scanners und scannen Sie erneut.',
  'scanner.off': 'Der Scanner ist aus.',
  'scanner.none': 'Es ist kein Scanner eingerichtet.',
  'scanner.noList':
    'Die Station konnte die seriellen Anschlüsse nicht auflisten ({{reason}}). Geben Sie stattdessen den Pfad des Anschlusses ein.',
  'scanner.notStarted': 'Scanner nicht gestartet',
  'scanner.closed': 'Scanner an {{path}} geschlossen',
  'scanner.opening': 'Scanner an {{path}} wird geöffnet',
  'scanner.ready': 'Scanner an {{path}} bereit',
  'scanner.retry.noSerial':
    'Serielle Anschlüsse können hier nicht verwendet werden ({{reason}}); neuer Versuch in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.noAnswer':
    'An {{path}} antwortet kein Scanner ({{reason}}); neuer Versuch in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.gone':
    'Der Scanner an {{path}} ist verschwunden; neuer Versuch in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.silent':
    'Der Scanner an {{path}} sendet nicht mehr; neuer Versuch in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.failed':
    'Der Scanner an {{path}} ist ausgefallen ({{reason}}); neuer Versuch in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scan.characters_one': '{{count}} Zeichen',
  'scan.characters_other': '{{count}} Zeichen',
  'scan.tooLong':
    'Der Scan war länger als jedes Etikett, das diese Station erwartet, und wurde daher ignoriert. Scannen Sie erneut.',
  'elsewhere.done.title': 'An einem anderen Arbeitsplatz erledigt',
  'elsewhere.done.message':
    'Gerät {{serial}} hat „{{profile}}“ an Arbeitsplatz {{bench}} abgeschlossen ({{at}} UTC). Es wurde nicht wiederholt; mit „erneut ausführen“ (override) läuft es noch einmal.',
  'elsewhere.held.title': 'Wird an Arbeitsplatz {{bench}} bearbeitet',
  'elsewhere.held.detail':
    'Arbeitsplatz {{bench}} hält Gerät {{serial}} (bis {{until}} UTC, sofern er nicht weiter daran arbeitet). Lassen Sie es dort oder stecken Sie es aus; es wird hier übernommen, wenn jener Arbeitsplatz es freigibt.',
  'replug.title': 'Wieder einstecken',
  'replug.detail':
    'Stecken Sie Gerät {{serial}} wieder an Anschluss {{port}} (oder einen freien Anschluss): Es macht dort weiter, wo es aufgehört hat.',
  'profile.inventory': 'Jedes Gerät erfassen und im Protokoll festhalten.',
  'profile.oobe-package': 'Das Bereitstellungspaket auf der ersten Einrichtungsseite anwenden.',
  'profile.autopilot-harvest': 'Den Autopilot-Hardwarehash jeder HoloLens 2 erfassen.',
  'profile.confirm-enrollment':
    'Nach der Einrichtung: bestätigen, dass jedes Gerät in Intune registriert ist, und dafür bis zu 30 Minuten warten.',
  'profile.unavailable':
    'Diese Station hat noch keinen Dienst für {{services, list(type: disjunction)}} und kann dies daher nicht ausführen.',
  'err.noBatch': 'Keine solche Serie',
  'err.nothingToFinish': 'Es gibt keine Serie zum Abschließen.',
  'err.running.title': 'Es läuft bereits eine Serie',
  'err.running.message': 'Serie {{batchId}} ({{profile}}) läuft. Halten Sie sie zuerst an oder schließen Sie sie ab.',
  'err.simOff.title': 'Der Übungsmodus ist aus',
  'err.simOff.message':
    'Der simulierte Techniker arbeitet nur an simulierten Geräten: Schalten Sie den Übungsmodus ein (oder verwenden Sie --simulate).',
  'err.noBatchYet': 'Diese Station hat noch keine Serie ausgeführt.',
  'err.notInLedger': 'Das Protokoll enthält keine Serie {{batchId}}.',
  'err.finished.title': 'Diese Serie ist abgeschlossen',
  'err.finished.message':
    'Serie {{batchId}} ist bereits abgeschlossen; starten Sie eine neue Serie, um ihre Geräte erneut zu bearbeiten.',
  'err.needsPackage.title': 'Dieses Profil braucht ein Paket',
  'err.needsPackage.message':
    'Das Profil „{{profile}}“ wendet ein Bereitstellungspaket an: Geben Sie die .ppkg-Datei mit --package <Datei> an.',
  'err.cannotRun.title': 'Diese Station kann diesen Schritt nicht ausführen',
  'err.cannotRun.message':
    'Das Profil „{{profile}}“ hat einen Schritt „{{step}}“, aber diese Station läuft ohne Dienst für {{services, list(type: disjunction)}}.',
  'manifest.line': 'Zeile {{line}}: {{message}}',
  'manifest.more': '... und {{count}} weitere',
  'manifest.title': 'Die Geräteliste enthält Fehler',
  'manifest.fix': 'Korrigieren Sie {{source}} und laden Sie die Datei erneut:',
  'manifest.fixIt': 'Korrigieren Sie die Geräteliste und laden Sie sie erneut:',
  'err.noProfile': 'Kein solches Profil',
  'err.noProfileHere': '„{{name}}“ ist weder ein Profil dieser Station ({{known}}) noch eine JSON-Datei.',
  'err.noBuiltIn': '„{{name}}“ ist weder ein eingebautes Profil ({{known}}) noch eine lesbare JSON-Datei.',
  'err.noFile': 'Datei nicht gefunden',
  'err.noFileAt': 'Unter {{path}} gibt es keine Datei.',
  'err.profileInvalid': 'Das Profil ist ungültig',
  'err.profileTooBig': '{{name}} ist zu groß für ein Profil.',
  'err.nameTaken.title': 'Dieser Name ist vergeben',
  'err.nameTaken.message':
    '„{{name}}“ ist ein eingebautes Profil. Geben Sie Ihrem Profil in {{file}} einen anderen „name“.',
  'csv.quoteInside':
    'enthält ein Anführungszeichen mitten in einem Wert; setzen Sie den ganzen Wert in Anführungszeichen und verdoppeln Sie es',
  'csv.afterQuote': 'enthält Text nach einem schließenden Anführungszeichen',
  'csv.unclosed': 'öffnet ein Anführungszeichen, das nie geschlossen wird',
  'name.tooLong': 'der Gerätename „{{name}}“ ist {{length}} Zeichen lang; Windows erlaubt höchstens 15',
  'name.badCharacters':
    'der Gerätename „{{name}}“ darf nur Buchstaben, Ziffern und Bindestriche enthalten (keine Leerzeichen oder anderen Zeichen)',
  'name.allDigits':
    'der Gerätename „{{name}}“ besteht nur aus Ziffern; Windows braucht mindestens einen Buchstaben oder Bindestrich',
  'manifest.empty': 'die Datei ist leer',
  'manifest.twoColumns': 'hat zwei Spalten „{{column}}“',
  'manifest.noSerial': 'hat keine Spalte für die Seriennummer (gefunden: {{found}}); nennen Sie eine „serial“',
  'manifest.noColumns': 'hat keine Spalte für die Seriennummer (gefunden: nichts); nennen Sie eine „serial“',
  'manifest.tooMany': 'hat mehr als {{max}} Geräte; teilen Sie die Datei auf',
  'manifest.tooManyValues': 'hat {{values}} Werte, die Kopfzeile aber {{columns}} Spalten',
  'manifest.serialTwice': 'die Seriennummer {{serial}} steht schon in Zeile {{line}}',
  'manifest.tagTwice': 'die Inventarnummer {{tag}} steht schon in Zeile {{line}}',
  'manifest.serialEmpty': 'die Seriennummer ist leer; jede Zeile braucht die Seriennummer des Geräts',
  'manifest.serialCharacters': 'die Seriennummer „{{serial}}“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten',
  'manifest.tagComma': 'der Gruppentag „{{tag}}“ enthält ein Komma; der CSV-Import von Intune würde ihn aufteilen',
  'manifest.tagAscii': 'der Gruppentag „{{tag}}“ enthält Zeichen außerhalb von reinem ASCII',
  'manifest.notUpn': 'der zugewiesene Benutzer „{{user}}“ ist kein Anmeldename wie ana@contoso.com',
  'manifest.assetTagCharacters':
    'die Inventarnummer „{{tag}}“ enthält Zeichen, die ein Etikettenscanner nicht senden kann',
  'report.col.serial': 'Seriennummer',
  'report.col.name': 'Gerätename',
  'report.col.assetTag': 'Inventarnummer',
  'report.col.port': 'Anschluss',
  'report.col.packageSha256': 'Paket-SHA-256',
  'report.col.path': 'Registrierungsweg',
  'report.col.result': 'Ergebnis',
  'report.col.problem': 'Problem',
  'report.col.started': 'Begonnen',
  'report.col.finished': 'Beendet',
  'report.col.tech': 'Techniker/in',
  'report.col.training': 'Übung (simuliertes Gerät)',
  'report.training.yes': 'ja',
  'report.result.done': 'fertig',
  'report.result.failed': 'fehlgeschlagen',
  'report.result.skipped': 'übersprungen',
  'report.result.unfinished': 'nicht fertig',
  'report.title': 'Bericht zu Serie {{batchId}}',
  'report.heading': 'Serie {{batchId}}: {{profile}}',
  'report.tech': 'Techniker/in {{tech}}',
  'report.noTech': 'Techniker/in nicht angegeben',
  'report.started': 'begonnen {{at}}',
  'report.finished': 'beendet {{at}}',
  'report.unfinished': 'nicht beendet ({{state}})',
  'report.package': 'Paket {{name}} (SHA-256 {{sha256}})',
  'report.printed': 'gedruckt {{at}}',
  'report.count.total_one': '{{count}} Gerät',
  'report.count.total_other': '{{count}} Geräte',
  'report.count.done_one': '{{count}} fertig',
  'report.count.done_other': '{{count}} fertig',
  'report.count.failed_one': '{{count}} fehlgeschlagen',
  'report.count.failed_other': '{{count}} fehlgeschlagen',
  'report.count.skipped_one': '{{count}} übersprungen',
  'report.count.skipped_other': '{{count}} übersprungen',
  'report.count.unfinished_one': '{{count}} nicht fertig',
  'report.count.unfinished_other': '{{count}} nicht fertig',
  'report.count.trainingLeftOut_one': '{{count}} Übungsgerät (simuliert) ausgelassen',
  'report.count.trainingLeftOut_other': '{{count}} Übungsgeräte (simuliert) ausgelassen',
  'ledgerStopped.batch':
    'Die Station konnte die Serie nicht mehr protokollieren und hat sie deshalb angehalten. Starten Sie die Station neu: Die Serie geht dort weiter, wo das Protokoll zuletzt etwas festgehalten hat.',
};
export default de;
