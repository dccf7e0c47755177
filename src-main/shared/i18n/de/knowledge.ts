import type { Translation } from '../catalog.ts';
import type en from '../en/knowledge.ts';

/** Das Offline-Wissen der Station auf Deutsch: Fehlercodes, Hinweise, Checkliste, Builds und die Suche. */
const de: Translation<typeof en> = {
  'error.0x80180001.name': 'Registrierungsnachricht nicht verstanden',
  'error.0x80180001.meaning': 'Gerät und MDM-Server konnten die Registrierungsnachrichten des anderen nicht lesen.',
  'error.0x80180001.fix1': 'Versuchen Sie es in einigen Minuten erneut: Der MDM-Dienst hat möglicherweise Probleme.',
  'error.0x80180001.fix2': 'Bitten Sie den MDM-Administrator, die Serveradresse und den Dienststatus zu prüfen.',
  'error.0x80180002.name': 'Anmeldung bei der Registrierung abgelehnt',
  'error.0x80180002.meaning': 'Der MDM-Server konnte nicht bestätigen, wer sich anmeldet.',
  'error.0x80180002.fix1':
    'Geben Sie Benutzername und Kennwort noch einmal langsam ein; prüfen Sie, ob das Konto gesperrt ist.',
  'error.0x80180002.fix2': 'Schließen Sie jede zusätzliche Anmeldeprüfung (MFA) ab, die das Konto verlangt.',
  'error.0x80180002.fix3':
    'In einem GCC-High-Mandanten geben Sie die Anmeldedaten am Gerät ein: „Von einem anderen Gerät aus anmelden“ wird dort nicht angeboten.',
  'error.0x80180003.name': 'Benutzer darf nicht registrieren',
  'error.0x80180003.meaning': 'Die Anmeldung hat funktioniert, aber das Konto darf keine Geräte registrieren.',
  'error.0x80180003.fix1': 'Prüfen Sie, ob der Benutzer eine gültige Intune-Lizenz (MDM) hat.',
  'error.0x80180003.fix2': 'Prüfen Sie, ob der MDM-Benutzerbereich in Entra diesen Benutzer einschließt.',
  'error.0x80180003.fix3': 'Prüfen Sie die Registrierungsbeschränkungen und das Gerätelimit pro Benutzer im MDM.',
  'error.0x80180009.name': 'Registrierung läuft bereits',
  'error.0x80180009.meaning': 'Für dieses Gerät läuft noch eine andere Registrierung.',
  'error.0x80180009.fix1':
    'Warten Sie einige Minuten, bis sie abgeschlossen ist, und sehen Sie dann unter Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen nach.',
  'error.0x80180009.fix2': 'Wenn sich nichts ändert, starten Sie das Gerät neu und versuchen Sie es noch einmal.',
  'error.0x8018000A.name': 'Bereits registriert',
  'error.0x8018000A.meaning': 'Das Gerät ist bereits in einem MDM registriert, oft von einem anderen Benutzer.',
  'error.0x8018000A.fix1':
    'Melden Sie sich als der Benutzer an, der es registriert hat, und wählen Sie Trennen unter Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen (bei Geschäftskonto- oder lokalen Nur-MDM-Registrierungen).',
  'error.0x8018000A.fix2':
    'Wurde es über Entra oder Autopilot registriert, löschen Sie seinen MDM-Eintrag und setzen Sie es dann zurück oder flashen Sie es neu.',
  'error.0x80180013.name': 'Gerätelimit erreicht',
  'error.0x80180013.meaning': 'Der Benutzer hat bereits so viele registrierte Geräte, wie das MDM erlaubt.',
  'error.0x80180013.fix1': 'Entfernen Sie alte Geräte dieses Benutzers im MDM.',
  'error.0x80180013.fix2': 'Oder bitten Sie den Administrator, das Gerätelimit für die Registrierung zu erhöhen.',
  'error.0x80180014.name': 'Registrierung für dieses Gerät abgelehnt',
  'error.0x80180014.meaning':
    'Entweder blockieren die Registrierungsbeschränkungen des MDM Windows-Geräte (eine HoloLens zählt als Windows), oder dieses Gerät hat schon einmal Autopilot durchlaufen und sein alter Intune-Eintrag ist noch vorhanden.',
  'error.0x80180014.fix1':
    'Lassen Sie in den Intune-Registrierungsbeschränkungen die Plattform Windows (MDM) für diesen Benutzer zu.',
  'error.0x80180014.fix2':
    'Hat das Gerät schon einmal Autopilot durchlaufen: Löschen Sie seinen Intune-Geräteeintrag (die Autopilot-Registrierung behalten, wenn es in diesem Mandanten bleibt), setzen Sie es dann zurück oder flashen Sie es neu und beginnen Sie von vorn.',
  'error.0x80180018.name': 'Lizenzproblem',
  'error.0x80180018.meaning':
    'Der Benutzer hat keine gültige MDM-Lizenz, oder die Lizenz ist in einem Zustand, der die Registrierung blockiert.',
  'error.0x80180018.fix1':
    'Weisen Sie dem Benutzer eine Intune-Lizenz (MDM) zu, warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'error.0x80180019.name': 'MDM-Server falsch eingerichtet',
  'error.0x80180019.meaning': 'Die Registrierungseinstellungen des MDM-Servers sind falsch oder unvollständig.',
  'error.0x80180019.fix1':
    'Bitten Sie den MDM-Administrator, die Registrierungseinstellungen zu prüfen, auch die Registrierungs-URLs der MDM-App in Entra.',
  'error.0x80180026.name': 'MDM auf dem Gerät blockiert',
  'error.0x80180026.meaning': 'Etwas auf dem Gerät selbst verbietet die MDM-Registrierung.',
  'error.0x80180026.fix1':
    'Suchen Sie das Paket oder die Richtlinie, die die Registrierung blockiert, und entfernen Sie sie.',
  'error.0x80180026.fix2':
    'Wenn Sie es nicht finden, setzen Sie das Gerät zurück oder flashen Sie es neu und registrieren Sie es sauber.',
  'error.0x8018002B.name': 'Automatische Registrierung für diesen Benutzer nicht erlaubt',
  'error.0x8018002B.meaning':
    'Der MDM-Benutzerbereich in Entra steht auf „Keine“ (oder schließt diesen Benutzer aus), oder der Benutzername endet auf eine Domäne, die der Mandant nicht verifiziert hat.',
  'error.0x8018002B.fix1':
    'Setzen Sie in Entra den MDM-Benutzerbereich auf „Alle“ oder auf „Einige“ mit einer Gruppe, die diesen Benutzer enthält.',
  'error.0x8018002B.fix2': 'Verwenden Sie ein Konto, dessen Domäne (nach dem @) im Mandanten verifiziert ist.',
  'error.0x8018002B.fix3':
    'Wurde die Einstellung gerade geändert, warten Sie einige Minuten und versuchen Sie es erneut.',
  'error.0x8018002B.unverified':
    'Der Symbolname stammt aus der Problembehandlungstabelle von Intune; ein Windows-Header gibt denselben Namen für 0x80180031 an.',
  'error.0x801C0003.name': 'Entra-Beitritt nicht erlaubt',
  'error.0x801C0003.meaning': 'Der Mandant lässt diesen Benutzer keine Geräte in Entra einbinden.',
  'error.0x801C0003.fix1':
    'Erlauben Sie unter Entra > Geräte > Geräteeinstellungen allen Benutzern (oder einer Gruppe mit diesem Benutzer), Geräte einzubinden.',
  'error.0x801C000E.name': 'Limit für Entra-Beitritte erreicht',
  'error.0x801C000E.meaning': 'Der Benutzer hat bereits so viele Geräte in Entra eingebunden, wie der Mandant erlaubt.',
  'error.0x801C000E.fix1': 'Entfernen Sie alte Geräte dieses Benutzers aus Entra.',
  'error.0x801C000E.fix2':
    'Oder bitten Sie den Administrator, die maximale Anzahl von Geräten pro Benutzer zu erhöhen.',
  'error.0x801C03EA.name': 'TPM-Prüfung fehlgeschlagen (Autopilot)',
  'error.0x801C03EA.meaning':
    'Autopilot konnte den Sicherheitschip (TPM) des Geräts gegenüber der Cloud nicht nachweisen.',
  'error.0x801C03EA.fix1': 'Starten Sie das Gerät neu und lassen Sie Autopilot es erneut versuchen.',
  'error.0x801C03EA.fix2':
    'Stellen Sie sicher, dass das Netzwerk dem Gerät den Zugriff auf die Anmelde- und Nachweisdienste von Microsoft erlaubt (kein Captive Portal, kein blockierender Proxy).',
  'error.0x801C03EA.fix3':
    'Flashen Sie mit Advanced Recovery Companion den neuesten Build und versuchen Sie es dann erneut.',
  'error.0x801C03EA.unverified':
    'Die Lösungen sind allgemeine Autopilot-Ratschläge, keine HoloLens-spezifische Microsoft-Seite.',
  'error.0x800705B4.name': 'Zeitüberschreitung (Autopilot-TPM-Prüfung)',
  'error.0x800705B4.meaning': 'Die TPM-Prüfung während Autopilot hat zu lange gedauert und wurde abgebrochen.',
  'error.0x800705B4.fix1':
    'Prüfen Sie, ob das Netzwerk schnell und offen genug ist, und starten Sie das Gerät dann für einen neuen Versuch neu.',
  'error.0x800705B4.fix2': 'Tritt es wiederholt auf, flashen Sie mit Advanced Recovery Companion den neuesten Build.',
  'error.0x800705B4.unverified':
    'Die Lösungen sind allgemeine Autopilot-Ratschläge, keine HoloLens-spezifische Microsoft-Seite.',
  'topic.hash-harvest.title': 'Den Autopilot-Hardwarehash auslesen',
  'topic.hash-harvest.summary':
    'Drücken Sie Power und Volume Down kurz gleichzeitig; das Gerät legt AutopilotDiagnostics.zip in Dokumente ab, und die DeviceHash-CSV darin ist das, was Intune importiert.',
  'topic.hash-harvest.point1':
    'Während der Ersteinrichtung zeichnet das Gerät seinen Hash selbst auf; nach der Einrichtung kann nur der Gerätebesitzer (normalerweise die erste Person, die sich angemeldet hat) das Sammeln starten.',
  'topic.hash-harvest.point2':
    'Das Gerät muss eingeschaltet sein und nach der Einrichtung angemeldet und entsperrt: Ein gesperrtes Gerät bietet dem PC keinen Speicher an.',
  'topic.hash-harvest.point3':
    'Auf Builds vor 20H2 (19041.1128) kann ein Gerät, dessen Einrichtung mit Diagnosedaten „Erforderlich“ abgeschlossen wurde, den Hash so nicht sammeln: Stellen Sie zuerst Einstellungen > Datenschutz > Diagnose auf „Vollständig“.',
  'topic.hash-harvest.point4':
    'Zuerst erscheint eine Datei HoloLensDiagnostics.temp; warten Sie, bis AutopilotDiagnostics.zip sie ersetzt, und kopieren Sie diese dann.',
  'topic.hash-harvest.point5':
    'Händler können Geräte im Partner Center registrieren, und der Microsoft-Support registriert sie auf Anfrage: Dann ist kein Auslesen nötig.',
  'topic.tenant-lockdown-symptoms.title': 'Die Einrichtung wartet endlos auf das Netzwerk (TenantLockdown)',
  'topic.tenant-lockdown-symptoms.summary':
    'Eine HoloLens 2 mit gesetztem TenantLockdown (RequireNetworkInOOBE) wartet in der Ersteinrichtung, bis sie ihr Autopilot-Profil heruntergeladen hat, und behält diese Einstellung über Zurücksetzen und Neuflashen hinweg.',
  'topic.tenant-lockdown-symptoms.point1':
    'Was Sie sehen: Die Einrichtung besteht auf einem Netzwerk und lässt sich nicht überspringen; einmal online, wartet sie und wartet auf das Autopilot-Profil; die Frage „Wem gehört dieses Gerät?“, ein lokales Konto aus einem Paket und ein Entra-Beitritt aus einem Paket werden alle abgelehnt.',
  'topic.tenant-lockdown-symptoms.point2':
    'Ursache: TenantLockdown wurde auf true gesetzt, während das Gerät über Autopilot registriert war, und das Gerät hat sein Autopilot-Profil verloren (Zuweisung entfernt, abgemeldet oder in einen anderen Mandanten verschoben).',
  'topic.tenant-lockdown-symptoms.point3':
    'Lösung: Geben Sie dem Gerät im ursprünglichen Mandanten wieder seine Autopilot-Registrierung und ein HoloLens-Profil, lassen Sie Autopilot es registrieren, setzen Sie dann RequireNetworkInOOBE mit einem benutzerdefinierten OMA-URI-Profil auf false, synchronisieren Sie und warten Sie, bis Intune es als angewendet zeigt. Erst dann zurücksetzen oder weitergeben.',
  'topic.tenant-lockdown-symptoms.point4': 'Neuflashen hilft nicht: Die Einstellung übersteht es.',
  'topic.kiosk.title': 'Kioskmodus (zugewiesener Zugriff)',
  'topic.kiosk.summary':
    'Ein Einzel-App-Kiosk startet bei der Anmeldung eine App ohne Startmenü; ein Kiosk mit mehreren Apps zeigt im Startmenü nur die aufgeführten Apps. Beides kommt vom MDM (AssignedAccess) oder aus einem Bereitstellungspaket.',
  'topic.kiosk.point1':
    'Per MDM: in Intune ein Kiosk-Geräteprofil oder ein benutzerdefinierter OMA-URI ./Device/Vendor/MSFT/AssignedAccess/Configuration. Per Paket: Laufzeiteinstellungen > AssignedAccess > AssignedAccessSettings (eine App) oder MultiAppAssignedAccessSettings (mehrere Apps). Die Station erkennt beides bei der Paketprüfung.',
  'topic.kiosk.point2':
    'Prüfen Sie es nach der Registrierung am Gerät: Melden Sie sich als Benutzer an, für den der Kiosk gilt. Eine App: Die App öffnet sich von selbst und es gibt kein Startmenü. Mehrere Apps: Das Startmenü zeigt nur die konfigurierten Apps.',
  'topic.kiosk.point3':
    'Der Kiosk braucht Windows Holographic for Business: Jede HoloLens 2 hat es; eine HoloLens (1. Generation) muss zuerst aktualisiert werden.',
  'topic.kiosk.point4':
    'Besucherkonten können sich ab 21H1 (20346.1002) automatisch an einem Kiosk anmelden; ein solches Gerät bietet am Gerät selbst keinen Weg aus dem Kiosk.',
  'topic.certificates-wifi.title': 'Zertifikate und Unternehmens-WLAN (802.1X)',
  'topic.certificates-wifi.summary':
    'Die Ersteinrichtung verbindet sich nur mit offenen, kennwortgeschützten oder Captive-Portal-WLANs. Ein Gerät, das sich schon bei der Einrichtung mit einem 802.1X-WLAN (EAP) verbinden muss, braucht die Zertifikate und das WLAN-Profil zuerst aus einem Bereitstellungspaket; SCEP- oder PKCS-Zertifikate vom MDM kommen erst nach der Registrierung.',
  'topic.certificates-wifi.point1':
    'Bei der Einrichtung: Wenden Sie auf der ersten Einrichtungsseite ein Paket mit der Stammzertifizierungsstelle (und dem Clientzertifikat, wo der EAP-Typ eines braucht) und dem WLAN-Profil an, oder verwenden Sie an einer HoloLens 2 einen USB-C-Ethernet-Adapter.',
  'topic.certificates-wifi.point2':
    'Nach der Registrierung: Das MDM verteilt das vertrauenswürdige Stammzertifikat, dann SCEP- oder PKCS-Zertifikate (Intune braucht seinen Zertifikatconnector; SCEP mit einer Microsoft-Zertifizierungsstelle braucht zusätzlich NDES), dann das WLAN- oder VPN-Profil, das sie verwendet.',
  'topic.certificates-wifi.point3': 'Ohne MDM können Zertifikate weiterhin aus einem Bereitstellungspaket kommen.',
  'topic.updates.title': 'HoloLens aktualisieren: Builds, Upgradepfad und Updaterichtlinien',
  'topic.updates.summary':
    'Am Gerät: Einstellungen > Update und Sicherheit > Windows Update > Nach Updates suchen, dann Jetzt neu starten. HoloLens installiert ein Update nach dem anderen, ein weit zurückliegendes Gerät braucht also mehrere Runden; oder flashen Sie mit Advanced Recovery Companion den neuesten Build (HoloLens 2).',
  'topic.updates.point1':
    'Upgradepfad (HoloLens 2): 21H1 (20346.1002) braucht zuerst 19041.1136 oder neuer; 23H1 (22621.1113, die Windows-11-Basis) braucht zuerst 21H1 (20346.1002) oder neuer.',
  'topic.updates.point2':
    'Die Installation braucht 40 % Akku oder das Ladegerät: Unter 40 % und ohne Ladegerät installiert der Neustart nichts.',
  'topic.updates.point3':
    'Verwenden Sie in Intune für HoloLens „Updateringe für Windows 10 und höher“. Richtlinien für „Featureupdates“ und „Qualitätsupdates“ werden für HoloLens nicht unterstützt: Ein Gerät, das daran teilnimmt, bekommt auf 19041 weiter Wartungsupdates und nie das nächste Featurerelease.',
  'topic.updates.point4':
    'Zurückstellungen: Featureupdates bis zu 365 Tage, Qualitätsupdates bis zu 30 Tage; ab 2004 kann ein Benutzer Updates am Gerät bis zu 35 Tage anhalten.',
  'topic.updates.point5':
    'Welchen Build jede Stationsfunktion braucht, steht bei den Builds (Autopilot 19041.1103, Autopilot über WLAN und TenantLockdown 19041.1128, Pakete von einem USB-Laufwerk 19041.1103).',
  'topic.intune-wipe.title': 'Intune: Zurücksetzen aus der Ferne und Abkoppeln',
  'topic.intune-wipe.summary':
    'Zurücksetzen setzt das Gerät beim nächsten Einchecken zurück; für ein Gerät, das das Unternehmen verlässt, lassen Sie „Registrierungsstatus und Benutzerkonto beibehalten“ deaktiviert. HoloLens meldet das Zurücksetzen nie als erledigt, drücken Sie also direkt nach Zurücksetzen auf Löschen, sonst bleibt der Eintrag auf „Zurücksetzen ausstehend“.',
  'topic.intune-wipe.point1':
    'Verwenden Sie es, wenn sich niemand am Gerät anmelden kann (ein ehemaliger Benutzer, eine vergessene PIN), es aber noch das Internet erreicht.',
  'topic.intune-wipe.point2':
    'Heben Sie nach Autopilot TenantLockdown vor dem Zurücksetzen auf: Danach kann das Gerät die Änderung nicht mehr empfangen.',
  'topic.intune-wipe.point3':
    'Abkoppeln entfernt die MDM-Registrierung und das, was das MDM gesendet hat, und behält persönliche Daten; die HoloLens-Seiten verweisen dazu nur auf die Intune-Seite.',
  'topic.setup-language.title':
    'Sprache, Region und Tastatur der Einrichtung; Sprache und Gerätename im Autopilot-Profil',
  'topic.setup-language.summary':
    'Die Ersteinrichtung fragt nach Sprache und Region; beides lässt sich später unter Einstellungen > Zeit und Sprache ändern, wo auch Tastaturlayouts hinzukommen. Stattdessen kann ein Autopilot-Profil Sprache, Tastatur und eine Vorlage für den Gerätenamen festlegen.',
  'topic.setup-language.point1':
    'Autopilot-Profil (HoloLens): „Sprache (Region)“ wählt die Sprache der Einrichtung; „Tastatur automatisch konfigurieren“ passt die Tastatur daran an.',
  'topic.setup-language.point2':
    'Eine Vorlage für den Gerätenamen (zum Beispiel ein Präfix und %RAND:4% für vier Zufallsziffern) benennt das Gerät bei der Einrichtung; das Gerät startet danach einmal neu, bevor es Entra beitritt. Rechnen Sie mit diesem Neustart.',
  'topic.setup-language.point3': 'Die Sprache für Sprachbefehle und Diktat folgt der Windows-Anzeigesprache.',
  'topic.setup-language.point4':
    'Ein Bereitstellungspaket kann Region und Zeitzone vorgeben und diese Einrichtungsseiten überspringen.',
  'topic.hl1-business-upgrade.title': 'HoloLens (1. Generation): Upgrade auf Windows Holographic for Business',
  'topic.hl1-business-upgrade.summary':
    'Das einfache Windows Holographic (Development Edition) lässt sich erst verwalten, wenn die Commercial-Suite-Lizenz es auf Windows Holographic for Business aktualisiert, über das MDM oder ein Bereitstellungspaket.',
  'topic.hl1-business-upgrade.point1':
    'Per MDM: Jedes MDM, das die Richtlinie WindowsLicensing unterstützt, kann die Lizenz anwenden, sobald das Gerät registriert ist (Intune: ein Profil für das Editionsupgrade).',
  'topic.hl1-business-upgrade.point2':
    'Per Paket: Laufzeiteinstellungen > EditionUpgrade > EditionUpgradeWithLicense mit der Lizenz-XML; Besitzer IT-Administrator; angewendet auf der Anpassungsseite mit Volume Down + Power oder ab 1809 aus den Einstellungen.',
  'topic.hl1-business-upgrade.point3':
    'Prüfen: Einstellungen > System zeigt Windows Holographic for Business (ab 1803); das Geräteportal meldet die Editions-ID 136.',
  'checklist.internet-after-sign-in.title': 'Das Gerät ist nach der Anmeldung im Internet',
  'checklist.internet-after-sign-in.how':
    'Öffnen Sie nach der Anmeldung Microsoft Edge am Gerät und laden Sie eine beliebige öffentliche Website. Lädt sie nicht, beheben Sie das WLAN (oder den Proxy), bevor Sie die Registrierung versuchen.',
  'checklist.entra-join-allowed.title': 'Der Entra-Beitritt ist im Mandanten nicht ausgeschaltet',
  'checklist.entra-join-allowed.how':
    'Im Microsoft Entra Admin Center > Geräte > Geräteeinstellungen muss „Benutzer können Geräte in Microsoft Entra einbinden“ auf „Alle“ stehen, oder auf „Ausgewählt“ mit einer Gruppe, die diesen Benutzer enthält.',
  'checklist.license-assigned.title': 'Der Benutzer hat eine gültige Lizenz',
  'checklist.license-assigned.how':
    'Prüfen Sie im Microsoft 365 Admin Center oder im Entra Admin Center, ob dem Benutzer eine Intune-Lizenz (MDM) zugewiesen ist und ob die Gerätetypbeschränkungen des MDM Windows zulassen.',
  'checklist.windows-not-blocked.title': 'Die Windows-Registrierung ist nicht blockiert',
  'checklist.windows-not-blocked.how':
    'Eine HoloLens registriert sich als Windows-Gerät. Stellen Sie unter Intune > Geräte > Registrierungsbeschränkungen sicher, dass keine Plattformbeschränkung Windows (MDM) für diesen Benutzer blockiert.',
  'build.hololens2-1903.note': 'Frühe Geräte wurden damit ausgeliefert: zu alt für Autopilot.',
  'build.hololens2-2004.note': 'Erster Build mit Autopilot (über Ethernet).',
  'build.hololens2-20H2.note': 'Autopilot über WLAN, TenantLockdown.',
  'build.hololens2-23H1.note':
    'Windows-11-Basis. Zurücksetzen aus den Einstellungen braucht 40 % Akku und 6 GB freien Speicher.',
  'build.hololens2-23H2.note': 'Das Update vom März 2024 ist 22621.1266.',
  'build.hololens1-1607.note': 'Das Geräteportal zeigt ihn als 14393.0.x86fre.rs1_release.160715-1616.',
  'build.hololens1-1803.note':
    'Dateiübertragung über MTP; mehrere Entra-Benutzer unter Windows Holographic for Business.',
  'build.hololens1-1803.unverified':
    'Die Buildnummer 17134 ist das Windows 10 April 2018 Update; DOMAIN.md führt sie für HL1 nicht auf.',
  'build.hololens1-1809.note': 'Bereitstellungspakete können nach der Einrichtung hinzugefügt werden.',
  'feature.autopilot@hololens2.title': 'Autopilot',
  'feature.autopilot@hololens2.detail':
    'Autopilot-Einrichtung im Selbstbereitstellungsmodus. Unter 2004 muss das Netzwerk über einen USB-C-Ethernet-Adapter kommen, der vor dem Einschalten eingesteckt ist.',
  'feature.autopilot-wifi@hololens2.title': 'Autopilot über WLAN',
  'feature.autopilot-wifi@hololens2.detail':
    'Autopilot kann das bei der Ersteinrichtung gewählte WLAN nutzen; ein Ethernet-Adapter funktioniert weiterhin.',
  'feature.tenant-lockdown@hololens2.title': 'Mandantensperre (TenantLockdown, RequireNetworkInOOBE)',
  'feature.tenant-lockdown@hololens2.detail':
    'Bindet das Gerät über Autopilot an seinen Mandanten. Die Einstellung übersteht Zurücksetzen und Neuflashen.',
  'feature.usb-drive-ppkg@hololens2.title': 'Bereitstellungspakete von einem USB-Laufwerk',
  'feature.usb-drive-ppkg@hololens2.detail':
    'Pakete im Stammverzeichnis eines USB-Laufwerks lassen sich bei der Ersteinrichtung nacheinander anwenden.',
  'feature.usb-drive-ppkg-auto-launch@hololens2.title': 'Pakete vom USB-Laufwerk öffnen sich selbst',
  'feature.usb-drive-ppkg-auto-launch@hololens2.detail':
    'Die Paketseite öffnet sich von selbst und wendet das Paket nach einem Countdown von 10 Sekunden an.',
  'feature.usb-drive-ppkg-hands-off@hololens2.title': 'Pakete vom USB-Laufwerk ganz ohne Eingriff',
  'feature.usb-drive-ppkg-hands-off@hololens2.detail':
    'Pakete auf einem USB-Laufwerk werden angewendet, ohne dass jemand das Gerät trägt.',
  'feature.seamless-recalibration@hololens2.title': 'Keine neue Kalibrierung für wiederkehrende Benutzer',
  'feature.seamless-recalibration@hololens2.detail':
    'Wer das Gerät schon benutzt hat, bekommt die Anzeige angepasst, ohne neu zu kalibrieren.',
  'feature.reset-needs-40-percent-6gb@hololens2.title': 'Zurücksetzen braucht 40 % Akku und 6 GB frei',
  'feature.reset-needs-40-percent-6gb@hololens2.detail':
    'Ab 23H1 braucht das Zurücksetzen aus den Einstellungen mindestens 40 % Akku und 6 GB freien Speicher.',
  'feature.ppkg-after-setup@hololens2.title': 'Ein Paket nach der Einrichtung hinzufügen',
  'feature.ppkg-after-setup@hololens2.detail':
    'Kopieren Sie das Paket in Dokumente, dann Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Bereitstellungspaket hinzufügen oder entfernen.',
  'feature.ppkg-after-setup@hololens1.title': 'Ein Paket nach der Einrichtung hinzufügen',
  'feature.ppkg-after-setup@hololens1.detail':
    'Kopieren Sie das Paket in Dokumente, dann Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Bereitstellungspaket hinzufügen oder entfernen.',
  'feature.mtp-file-transfer@hololens1.title': 'Dateiübertragung über USB (MTP)',
  'feature.mtp-file-transfer@hololens1.detail': 'Der PC kann den Gerätespeicher über das USB-Kabel durchsuchen.',
  'feature.mtp-file-transfer@hololens1.unverified': 'Build 17134 für 1803 steht nicht in DOMAIN.md.',
  'feature.hl1-multi-user-entra@hololens1.title': 'Mehrere Entra-Benutzer auf HoloLens (1. Generation)',
  'feature.hl1-multi-user-entra@hololens1.detail': 'Braucht neben diesem Build auch Windows Holographic for Business.',
  'feature.hl1-multi-user-entra@hololens1.unverified': 'Build 17134 für 1803 steht nicht in DOMAIN.md.',
  'update.reflash.hololens2': 'flashen Sie mit Advanced Recovery Companion den neuesten Build',
  'update.reflash.hololens1': 'installieren Sie mit dem Windows Device Recovery Tool den neuesten Build neu',
  'update.advice':
    'Aktualisieren Sie es auf {{to}} oder neuer: am Gerät Einstellungen > Update und Sicherheit > Windows Update > Nach Updates suchen, dann Jetzt neu starten, mit 40 % Akku oder eingestecktem Ladegerät; es installiert ein Update nach dem anderen, wiederholen Sie das also, bis Einstellungen > System > Info {{to}} oder neuer zeigt. Oder {{reflash}}.',
  'update.adviceVia':
    'Aktualisieren Sie es auf {{to}} oder neuer (unterwegs: {{via}}): am Gerät Einstellungen > Update und Sicherheit > Windows Update > Nach Updates suchen, dann Jetzt neu starten, mit 40 % Akku oder eingestecktem Ladegerät; es installiert ein Update nach dem anderen, wiederholen Sie das also, bis Einstellungen > System > Info {{to}} oder neuer zeigt. Oder {{reflash}}.',
  'update.thenSeparator': ', dann ',
  'model.hololens1': 'HoloLens (1. Generation)',
  'model.hololens2': 'HoloLens 2',
  'search.ledWords.flashing-mode': 'mittlere LED Licht Wiederherstellung Flashmodus',
  'search.ledWords.os-error': 'Fehlerzustand neu flashen alle fünf',
  'search.ledWords.hardware-fault': '1-3-5 1 3 5 Hardware defekt kaputt',
  'search.ledWords.critical-battery': 'leer Akku Batterie entladen',
  'search.errorTitle': '{{code}} {{name}}',
  'search.ledLights': 'LED Lichter Leuchten',
  'search.buildTitle': '{{model}} {{version}} (Build {{build}})',
  'search.everyBuild': 'jeder Build',
  'search.fromBuild': 'ab Build {{build}} ({{version}})',
  'search.featureTitle': '{{title}} ({{model}}, {{from}})',
};
export default de;
