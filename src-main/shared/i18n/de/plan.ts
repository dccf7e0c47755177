import type { Translation } from '../catalog.ts';
import type en from '../en/plan.ts';

/**
 * The plan namespace in German. Windows and Intune terms as their German UI uses them ("Auf Arbeits- oder
 * Schulkonto zugreifen", "Bereitstellungspaket", "Zurücksetzen"); the button names printed on the HoloLens
 * ("Power", "Volume Down") stay in English, as the device shows them.
 */
const de: Translation<typeof en> = {
  'path.autopilot.title': 'Autopilot (Entra-Beitritt und MDM-Registrierung von selbst während der Ersteinrichtung)',
  'path.entra-oobe.title': 'Entra-Beitritt während der Ersteinrichtung',
  'path.entra-settings.title':
    'Entra-Beitritt aus den Einstellungen (Auf Arbeits- oder Schulkonto zugreifen > Verbinden)',
  'path.msa-work-account.title': 'Microsoft-Konto + Geschäftskonto aus den Einstellungen („Geschäftskonto hinzufügen“)',
  'path.local-mdm-only.title': 'Lokales Konto + „Nur für die Geräteverwaltung registrieren“ („reines MDM“)',

  'advice.msa':
    'Die Benutzer melden sich mit Microsoft-Konten an, daher wird das Gerät registriert, indem in den Einstellungen ein Geschäftskonto hinzugefügt wird.',
  'advice.local':
    'Die Benutzer melden sich mit einem lokalen Konto an, daher wird das Gerät in den Einstellungen über „Nur für die Geräteverwaltung registrieren“ registriert.',
  'advice.sharedNote': 'Das erlaubt nur einen Benutzer pro Gerät, dieses Gerät soll aber gemeinsam genutzt werden.',
  'advice.multi.production': 'Gemeinsam genutzte Geräte für den Produktivbetrieb: Autopilot ist der empfohlene Weg.',
  'advice.multi.pilot':
    'Gemeinsam genutzte Geräte in einem Pilotprojekt: Der Entra-Beitritt während der Ersteinrichtung genügt.',
  'advice.multi.poc':
    'Machbarkeitsnachweis, aber mehrere Personen teilen sich das Gerät: Der Beitritt aus den Einstellungen eignet sich nur für einen Benutzer, treten Sie Entra daher während der Ersteinrichtung bei.',
  'advice.multi.unknown':
    'Gemeinsam genutzte Geräte, Phase unbekannt: Der Entra-Beitritt während der Ersteinrichtung funktioniert für ein Pilotprojekt und für den Produktivbetrieb. Für eine produktive Geräteflotte ist Autopilot der empfohlene Weg.',
  'advice.single.poc': 'Ein Benutzer, Machbarkeitsnachweis: Der Beitritt aus den Einstellungen kann genügen.',
  'advice.single.other':
    'Ein Benutzer pro Gerät: Treten Sie Entra während der Ersteinrichtung bei, damit das Gerät sofort registriert wird (Autopilot ist für gemeinsam genutzte Geräte, die Einstellungen für einen Machbarkeitsnachweis).',
  'advice.usersUnknown':
    'Anzahl der Benutzer unbekannt: Der Entra-Beitritt während der Ersteinrichtung funktioniert für einen oder viele Benutzer.',

  'explain.chosen': 'Sie haben „{{path}}“ selbst gewählt.',
  'explain.recommended': 'Für diese Angaben ist „{{path}}“ der empfohlene Weg.',
  'explain.setAside': '„{{path}}“ ist hier nicht möglich: {{why}}',
  'explain.soThisPath': 'Daher verwendet dieser Plan „{{path}}“.',
  'explain.identityAssumed': 'Die Kontoart ist unbekannt, daher werden Entra-Konten angenommen.',
  'warning.setAside': '{{message}} Dieser Plan verwendet stattdessen „{{path}}“.',
  'warning.identityUnknown':
    'Die Kontoart ist unbekannt, daher geht dieser Plan von Entra-Konten aus. Mit Microsoft-Konten ist der Weg „msa-work-account“, mit einem lokalen Konto „local-mdm-only“.',
  'unenroll.policyBlocksDisconnect':
    '{{summary}} Ihr MDM sperrt aber „Trennen“ (AllowManualMDMUnenrollment = 0), daher hebt in der Praxis nur ein Zurücksetzen oder neues Flashen die Registrierung auf.',

  'fact.model.question': 'Ist das eine HoloLens 2 oder eine HoloLens (1. Generation)?',
  'fact.model.how':
    'Schließen Sie sie an: Die Station liest das Modell über USB. Eine HoloLens 2 hat einen USB-C-Anschluss, die 1. Generation einen Micro-USB-Anschluss.',
  'fact.identity.question':
    'Mit welchen Konten melden sich die Benutzer an: Entra (Geschäfts- oder Schulkonto), Microsoft-Konten oder ein lokales Konto?',
  'fact.identity.how': 'Fragen Sie den IT-Administrator, der für die Bereitstellung zuständig ist.',
  'fact.users.question': 'Nutzt eine Person dieses Gerät oder mehrere?',
  'fact.users.how': 'Fragen Sie den IT-Administrator. Gemeinsam genutzte Geräte brauchen Entra-Konten.',
  'fact.stage.question': 'Ist das ein produktiver Rollout, ein Pilotprojekt oder ein Machbarkeitsnachweis?',
  'fact.stage.how':
    'Fragen Sie den IT-Administrator. Für gemeinsam genutzte Geräte im Produktivbetrieb ist Autopilot der empfohlene Weg.',
  'fact.build.question': 'Welchen Betriebssystem-Build hat das Gerät?',
  'fact.build.how':
    'Auf dem Gerät: Einstellungen > System > Info. Die Station zeigt ihn ebenfalls an, wenn sie ihn lesen kann.',
  'fact.edition.question':
    'Läuft auf dieser HoloLens (1. Generation) Windows Holographic oder Windows Holographic for Business?',
  'fact.edition.how':
    'Auf dem Gerät: Einstellungen > System (ab 1803). Das Device Portal meldet die Editions-ID 135 (einfach) oder 136 (for Business).',
  'fact.tenant.question': 'Ist der Mandant ein GCC High-Mandant (US-Behörden)?',
  'fact.tenant.how': 'Fragen Sie den IT-Administrator.',
  'fact.premium.question': 'Hat der Mandant Entra ID P1 oder P2?',
  'fact.premium.how':
    'Microsoft Entra Admin Center > Übersicht zeigt die Lizenz; oder fragen Sie den IT-Administrator.',
  'fact.mdm.question':
    'Welches MDM nutzt die Organisation, und ist es eingerichtet: Intune, Ivanti Neurons for MDM, AirWatch oder ein anderes, das die MDM-Protokolle von Microsoft verwendet?',
  'fact.mdm.how':
    'Fragen Sie den IT-Administrator. Ohne MDM gibt es nichts, wofür das Gerät registriert werden kann. Autopilot funktioniert nur mit Intune oder Ivanti Neurons for MDM.',
  'fact.autopilotRegistered.question':
    'Ist dieses Gerät für Autopilot registriert und ist ihm ein HoloLens-Profil zugewiesen?',
  'fact.autopilotRegistered.how':
    'Intune > Geräte > Windows > Windows-Registrierung > Geräte: Suchen Sie die Seriennummer; der Profilstatus muss „Zugewiesen“ lauten.',
  'fact.autoEnrollmentConfigured.question': 'Ist die automatische MDM-Registrierung in Entra eingerichtet?',
  'fact.autoEnrollmentConfigured.how':
    'Microsoft Entra Admin Center > Mobilität (MDM und MAM) > die MDM-App: Die Registrierungs-URLs sind ausgefüllt.',
  'fact.mdmUserScope.question': 'Wie ist der MDM-Benutzerbereich in Entra eingestellt: Alle, Einige oder Keine?',
  'fact.mdmUserScope.how':
    'Microsoft Entra Admin Center > Mobilität (MDM und MAM) > die MDM-App. Bei „Keine“ schlägt die Registrierung mit 0x8018002B fehl.',
  'fact.bulkToken.question': 'Tritt das Gerät Entra mit einem Massentoken aus einem Bereitstellungspaket bei?',
  'fact.bulkToken.how': 'Fragen Sie die Person, die das Bereitstellungspaket erstellt hat.',
  'fact.network.question':
    'Geht das Gerät während der Einrichtung über einen USB-C-Ethernet-Adapter oder über WLAN ins Internet?',
  'fact.network.how': 'Vor Build 19041.1128 funktioniert für Autopilot nur der Ethernet-Adapter.',
  'fact.batteryPercent.question': 'Wie weit ist der Akku geladen?',
  'fact.batteryPercent.how':
    'Schließen Sie das Gerät an: Die Station zeigt den Ladestand. Oder zählen Sie die Akku-LEDs (jede steht für etwa 20 %).',
  'fact.existingDeviceRecord.question':
    'Wurde dieses Gerät schon einmal registriert oder einer Organisation hinzugefügt (gibt es noch einen Eintrag in Intune oder Entra)?',
  'fact.existingDeviceRecord.how': 'Suchen Sie seine Seriennummer in Intune > Geräte und in Entra > Geräte.',
  'fact.deviceState.question':
    'Ist das Gerät neu (in der Ersteinrichtung) oder bereits eingerichtet, mit einem angemeldeten Benutzer?',
  'fact.deviceState.how':
    'Setzen Sie es auf: Die Ersteinrichtung beginnt mit dem Kolibri (HoloLens 2) bzw. der Anpassungsseite (1. Generation).',
  'fact.currentAccount.question': 'Mit welcher Art von Konto wurde das Gerät eingerichtet?',
  'fact.currentAccount.how': 'Auf dem Gerät: Einstellungen > Konten > Ihre Infos.',
  'fact.localAccountPackage.question': 'Gibt es ein Bereitstellungspaket, das das lokale Konto anlegt?',
  'fact.localAccountPackage.how':
    'Fragen Sie die Person, die die Pakete erstellt; die Station kann eine .ppkg-Datei prüfen.',

  'rule.olderBuild': 'ein älterer Build',
  'rule.autopilotHl2Only': 'Autopilot funktioniert nur auf der HoloLens 2, und dies ist eine HoloLens (1. Generation).',
  'rule.autopilotHl2Only.unknown':
    'Autopilot funktioniert nur auf der HoloLens 2: Prüfen Sie das Modell. Eine HoloLens (1. Generation) tritt Entra stattdessen während der Ersteinrichtung bei.',
  'rule.autopilotNeedsBuild':
    'Autopilot erfordert Build 19041.1103 (Windows Holographic 2004) oder höher, und auf diesem Gerät läuft {{build}}. {{update}} Fahren Sie danach mit Autopilot fort.',
  'rule.autopilotNeedsBuild.unknown':
    'Autopilot erfordert Build 19041.1103 oder höher: Prüfen Sie den Build (Einstellungen > System > Info), bevor Sie beginnen. Frühe Geräte wurden mit 1903 (18362) ausgeliefert, das ist zu alt.',
  'rule.autopilotNotRegistered':
    'Dieses Gerät ist nicht für Autopilot registriert. Erfassen Sie seinen Hardwarehash (Power + Volume Down: in der Ersteinrichtung oder später durch den Gerätebesitzer, angemeldet und entsperrt; vor 20H2 mit Diagnosedaten auf „Vollständig“), importieren Sie ihn in Intune und weisen Sie ein HoloLens-Bereitstellungsprofil zu; fahren Sie dann mit Autopilot fort. Oder lassen Sie es vom Händler im Partner Center registrieren.',
  'rule.autopilotNotRegistered.unknown':
    'Autopilot startet nur auf einem Gerät, das in Intune registriert ist und dem ein HoloLens-Bereitstellungsprofil zugewiesen ist: Prüfen Sie, dass Windows-Registrierung > Geräte es mit dem Profilstatus „Zugewiesen“ zeigt.',
  'rule.autopilotNeedsIntuneOrIvanti':
    'Autopilot auf der HoloLens 2 funktioniert mit Microsoft Intune oder Ivanti Neurons for MDM, und diese Organisation nutzt ein anderes MDM.',
  'rule.autopilotNeedsIntuneOrIvanti.unknown':
    'Autopilot auf der HoloLens 2 erfordert Microsoft Intune oder Ivanti Neurons for MDM: Klären Sie, welches MDM die Organisation nutzt.',
  'rule.autopilotNeedsPremium':
    'Autopilot beruht auf der automatischen MDM-Registrierung, die Entra ID P1 oder P2 erfordert, und dieser Mandant hat keines von beiden.',
  'rule.autopilotNeedsPremium.unknown':
    'Autopilot beruht auf der automatischen MDM-Registrierung, die Entra ID P1 oder P2 erfordert: Klären Sie, ob der Mandant eine davon hat.',
  'rule.autopilotNeedsAutoEnrollment':
    'Autopilot beruht auf der automatischen MDM-Registrierung, und diese ist in Entra nicht eingerichtet (keine Registrierungs-URLs für das MDM).',
  'rule.autopilotWifiNeedsBuild':
    'Autopilot über WLAN erfordert Build 19041.1128 (20H2) oder höher, und auf diesem Gerät läuft {{build}}. Stecken Sie einen USB-C-Ethernet-Adapter mit einem angeschlossenen Netzwerkkabel in die HoloLens, bevor Sie sie einschalten (kein USB-Hub). Oder: {{update}}',
  'rule.autopilotWifiNeedsBuild.unknown':
    'Vor Build 19041.1128 kann Autopilot kein WLAN nutzen: Wenn Sie nicht sicher wissen, dass der Build neuer ist, stecken Sie einen USB-C-Ethernet-Adapter mit angeschlossenem Kabel ein, bevor Sie das Gerät einschalten.',
  'rule.autopilotBattery':
    'Autopilot erfordert mindestens 45 % Akkuladung, und dieses Gerät hat {{percent}} %. Laden Sie es zuerst, am Wandladegerät statt am PC.',
  'rule.autopilotDeviceRecordExists':
    'Dieses Gerät war schon einmal registriert oder beigetreten. Autopilot braucht einen sauberen Start: Löschen Sie seinen Intune-Geräteeintrag (und ein altes Entra-Gerät aus einem Beitritt von Hand), behalten Sie die Autopilot-Registrierung und setzen Sie es dann zurück oder flashen Sie es neu. Sonst schlägt Autopilot mit 0x80180014 fehl.',
  'rule.autopilotDeviceRecordExists.unknown':
    'Falls dieses Gerät schon einmal registriert oder beigetreten war, löschen Sie zuerst seinen Intune-Geräteeintrag (die Autopilot-Registrierung bleibt), sonst schlägt Autopilot mit 0x80180014 fehl.',

  'rule.hl1NeedsBusinessEdition':
    'Auf dieser HoloLens (1. Generation) läuft das einfache Windows Holographic (Editions-ID 135): Kein MDM kann sie verwalten (keine Richtlinien, kein VPN, kein BitLocker, kein Kiosk), bis sie mit der Commercial Suite-Lizenz auf Windows Holographic for Business (Editions-ID 136) aktualisiert ist. Dieser Plan wendet die Lizenz zuerst mit einem Bereitstellungspaket (EditionUpgrade) an und prüft die Edition vor der Registrierungsprüfung; die Editionsupgrade-Richtlinie des MDM (WindowsLicensing) nach der Registrierung ist der andere dokumentierte Weg.',
  'rule.hl1NeedsBusinessEdition.unknown.hl1':
    'Prüfen Sie die Edition dieser HoloLens (1. Generation), bevor Sie beginnen: Das einfache Windows Holographic (ID 135) kann erst verwaltet werden, wenn es auf Windows Holographic for Business (ID 136) aktualisiert ist. Einstellungen > System zeigt sie an.',
  'rule.hl1NeedsBusinessEdition.unknown':
    'Falls dies eine HoloLens (1. Generation) ist, prüfen Sie ihre Edition: Das einfache Windows Holographic (ID 135) kann erst verwaltet werden, wenn es auf Windows Holographic for Business (ID 136) aktualisiert ist.',
  'rule.hl1MultiUserNeeds1803':
    'Mehrere Entra-Benutzer auf einer HoloLens (1. Generation) erfordern Windows Holographic 1803 (Build 17134) oder höher; auf diesem Gerät läuft {{build}}. {{update}}',
  'rule.hl1MultiUserNeeds1803.unknown':
    'Falls diese HoloLens (1. Generation) gemeinsam genutzt wird, prüfen Sie ihren Build: Mehrere Entra-Benutzer erfordern 1803 (Build 17134) oder höher.',

  'rule.enterpriseWifi.autopilot':
    'Die Ersteinrichtung kann keinem WLAN beitreten, das Zertifikate erfordert, und Zertifikate aus dem MDM (SCEP oder PKCS) kommen erst nach der Registrierung: Dieser Plan verwendet für Autopilot einen USB-C-Ethernet-Adapter.',
  'rule.enterpriseWifi.entraOobe':
    'Die Ersteinrichtung kann keinem WLAN beitreten, das Zertifikate erfordert: Dieser Plan wendet auf der ersten Einrichtungsseite vor dem Beitritt ein Paket mit den Zertifikaten und dem WLAN-Profil an (oder verwenden Sie bei einer HoloLens 2 einen USB-C-Ethernet-Adapter). SCEP- oder PKCS-Zertifikate aus dem MDM kommen erst nach der Registrierung.',
  'rule.enterpriseWifi.settings':
    'Die Registrierung braucht Internet, und das 802.1X-WLAN braucht Zertifikate, die das MDM erst nach der Registrierung sendet: Registrieren Sie über ein anderes Netzwerk (ein offenes WLAN oder eines mit Kennwort, oder bei einer HoloLens 2 einen USB-C-Ethernet-Adapter), oder fügen Sie zuerst ein Paket mit den Zertifikaten und dem WLAN-Profil hinzu.',
  'rule.kiosk.single-app':
    'Dieses Gerät wird zum Kiosk mit einer App, sobald das MDM (oder ein Paket) seine Einstellungen für den zugewiesenen Zugriff sendet. Der letzte Schritt prüft das als Benutzer, für den der Kiosk gedacht ist; eine HoloLens (1. Generation) braucht für den Kioskmodus Windows Holographic for Business.',
  'rule.kiosk.multi-app':
    'Dieses Gerät wird zum Kiosk mit mehreren Apps, sobald das MDM (oder ein Paket) seine Einstellungen für den zugewiesenen Zugriff sendet. Der letzte Schritt prüft das als Benutzer, für den der Kiosk gedacht ist; eine HoloLens (1. Generation) braucht für den Kioskmodus Windows Holographic for Business.',

  'rule.multiUserNeedsEntra.msa':
    'Ein Microsoft-Konto erlaubt eine Person pro Gerät. Um dieses Gerät gemeinsam zu nutzen, braucht jede Person ein Entra-Konto (Geschäfts- oder Schulkonto), und das Gerät muss Entra beitreten. Wechseln Sie zu Entra-Konten oder bleiben Sie bei einem Benutzer pro Gerät.',
  'rule.multiUserNeedsEntra.local':
    'Ein lokales Konto erlaubt eine Person pro Gerät. Um dieses Gerät gemeinsam zu nutzen, braucht jede Person ein Entra-Konto (Geschäfts- oder Schulkonto), und das Gerät muss Entra beitreten. Wechseln Sie zu Entra-Konten oder bleiben Sie bei einem Benutzer pro Gerät.',
  'rule.multiUserNeedsEntra.unknown.msa':
    'Ein Microsoft-Konto erlaubt eine Person pro Gerät. Falls mehrere Personen es gemeinsam nutzen, verwenden Sie stattdessen Entra-Konten.',
  'rule.multiUserNeedsEntra.unknown.local':
    'Ein lokales Konto erlaubt eine Person pro Gerät. Falls mehrere Personen es gemeinsam nutzen, verwenden Sie stattdessen Entra-Konten.',
  'rule.entraMax63Users':
    'Eine HoloLens fasst höchstens 63 Entra-Benutzer; Sie planen {{count}}. Verteilen Sie die Personen auf mehr Geräte, oder lassen Sie das MDM lange nicht genutzte Benutzer entfernen.',
  'rule.localAccountNeedsPackage':
    'Ein lokales Konto kann nur ein Bereitstellungspaket anlegen, das während der Ersteinrichtung angewendet wird. Erstellen Sie vor dem Start ein Paket, das das Konto anlegt (Benutzername und Kennwort).',
  'rule.localAccountNeedsPackage.unknown':
    'Sie brauchen ein Bereitstellungspaket, das das lokale Konto anlegt und während der Ersteinrichtung angewendet wird: Anders ist kein lokales Konto zu bekommen.',
  'rule.entraToMsaNeedsReflash':
    'Dieses Gerät wurde mit einem Entra-Konto eingerichtet. Ein Entra-beigetretenes Gerät nimmt keine Anmeldungen mit Microsoft-Konten an, bis es neu geflasht ist. Flashen Sie es zuerst neu und richten Sie es dann mit dem Microsoft-Konto ein.',
  'rule.firstSetupPathNeedsReset.local':
    'Das lokale Konto muss während der Ersteinrichtung angelegt werden, und dieses Gerät ist bereits mit einem anderen Konto eingerichtet. Setzen Sie es in den Einstellungen zurück (oder flashen Sie es neu), um zur Ersteinrichtung zurückzukehren. Dabei wird das Gerät gelöscht.',
  'rule.firstSetupPathNeedsReset':
    'Dieser Weg läuft während der Ersteinrichtung, und dieses Gerät ist bereits eingerichtet. Setzen Sie es in den Einstellungen zurück (oder flashen Sie es neu), um zur Ersteinrichtung zurückzukehren. Dabei wird das Gerät gelöscht.',
  'rule.pathIdentityMismatch':
    'Der Weg „{{path}}“ erfordert {{needed}}, aber die Benutzer melden sich mit {{used}} an.',
  'accounts.needed.entra': 'Entra-Konten (Geschäfts- oder Schulkonten)',
  'accounts.needed.msa': 'Microsoft-Konten',
  'accounts.needed.local': 'lokale Konten',
  'accounts.used.entra': 'Entra-Konten (Geschäfts- oder Schulkonten)',
  'accounts.used.msa': 'Microsoft-Konten',
  'accounts.used.local': 'lokalen Konten',
  'rule.settingsJoinSingleUser':
    'Der Beitritt aus den Einstellungen eignet sich für einen Benutzer pro Gerät. Ein gemeinsam genutztes Gerät tritt Entra während der Ersteinrichtung bei (oder nutzt Autopilot).',
  'rule.settingsJoinSingleUser.unknown':
    'Der Beitritt aus den Einstellungen eignet sich für einen Benutzer pro Gerät. Falls mehrere Personen es gemeinsam nutzen, treten Sie Entra stattdessen während der Ersteinrichtung bei.',
  'rule.userCountConflict':
    'Sie haben einen Benutzer angegeben, aber auch {{count}} Personen: Der Plan behandelt das Gerät als gemeinsam genutzt.',
  'rule.entraSettingsOnMsaDevice':
    'Dieses Gerät meldet sich mit einem Microsoft-Konto an. Ein Entra-Konto, das Sie in den Einstellungen verbinden, wird dann als Geschäftskonto hinzugefügt („Geschäftskonto hinzufügen“): Die Benutzer melden sich weiter mit dem Microsoft-Konto an. Wenn sich die Benutzer mit ihren Entra-Konten anmelden müssen, setzen Sie das Gerät zurück und treten Sie Entra stattdessen während der Ersteinrichtung bei.',

  'rule.autoEnrollmentNeedsPremium':
    'Die automatische MDM-Registrierung erfordert Entra ID P1 oder P2, und dieser Mandant hat keines von beiden. Das Gerät würde Entra beitreten, ohne im MDM registriert zu werden, und nur ein Zurücksetzen macht einen Entra-Beitritt rückgängig. Beschaffen Sie P1/P2 und schalten Sie die automatische Registrierung ein, bevor Sie beginnen.',
  'rule.autoEnrollmentMdmUnsupported':
    'Die automatische Registrierung erfordert ein MDM, das Entra-Anmeldetoken annimmt (Intune, Ivanti Neurons for MDM und AirWatch tun das). Klären Sie das vor dem Beitritt mit dem MDM-Anbieter: Falls nicht, tritt das Gerät Entra bei, ohne registriert zu werden, und nur ein Zurücksetzen macht das rückgängig.',
  'rule.autoEnrollmentNotConfigured':
    'Die automatische Registrierung ist in Entra nicht eingerichtet (MDM-Benutzerbereich und die Registrierungs-URLs des MDM). Das Gerät würde Entra beitreten, ohne im MDM registriert zu werden, und nur ein Zurücksetzen macht einen Entra-Beitritt rückgängig. Bitten Sie den Administrator, sie zuerst einzurichten.',
  'rule.mdmUserScopeNone':
    'Der MDM-Benutzerbereich in Entra steht auf „Keine“, daher wird die automatische Registrierung mit dem Fehler 0x8018002B abgelehnt. Stellen Sie ihn auf „Alle“ oder auf „Einige“ mit einer Gruppe, die diese Benutzer enthält.',
  'rule.gccHighNoRemoteSignIn':
    'Dies ist ein GCC High-Mandant: „Von einem anderen Gerät aus anmelden“ funktioniert nicht. Geben Sie Benutzername und Kennwort auf dem Gerät selbst ein (mit einer Bluetooth-Tastatur geht es schneller).',
  'rule.deviceOwnerAdminOnly.autopilot':
    'Nach einem Autopilot-Beitritt wird niemand zum Gerätebesitzer, nur weil er sich als Erster anmeldet: Bis jemand hochgestuft wird, gelten nur globale Administratoren und Geräteadministratoren als Besitzer. Einstellungen, die nur Besitzer ändern dürfen, muss einer von ihnen vornehmen.',
  'rule.deviceOwnerAdminOnly.bulkToken':
    'Nach einem Beitritt mit Massentoken wird niemand zum Gerätebesitzer, nur weil er sich als Erster anmeldet: Bis jemand hochgestuft wird, gelten nur globale Administratoren und Geräteadministratoren als Besitzer. Einstellungen, die nur Besitzer ändern dürfen, muss einer von ihnen vornehmen.',
  'rule.deviceOwnerFirstUser':
    'Die erste Person, die sich während der Einrichtung anmeldet, wird Gerätebesitzer und kann Einstellungen ändern, die andere Benutzer nicht ändern können. Lassen Sie die erste Anmeldung von der IT machen, wenn das wichtig ist.',
  'rule.bulkTokenExpires':
    'Das Massentoken in einem Bereitstellungspaket funktioniert höchstens 30 Tage, nachdem das Paket erstellt wurde. Erstellen Sie das Paket neu, wenn es älter ist.',
  'rule.manualUnenrollBlocked':
    'Ihr MDM setzt Experience/AllowManualMDMUnenrollment auf 0, daher ist die Schaltfläche „Trennen“ gesperrt: Dieses Gerät verlässt das MDM nur durch Zurücksetzen oder neues Flashen, es sei denn, der Administrator hebt die Richtlinie auf.',

  'step.turnOn.title': 'Gerät einschalten',
  'step.turnOn.hl1.action': 'Halten Sie Power 1 Sekunde lang gedrückt und lassen Sie dann los.',
  'step.turnOn.hl1.expect': 'Die LEDs leuchten auf und das Gerät startet.',
  'step.turnOn.hl2.action': 'Drücken Sie einmal kurz Power und lassen Sie los.',
  'step.turnOn.hl2.expect':
    'Alle fünf LEDs leuchten auf und zeigen dann den Akkustand; nach einigen Sekunden ertönt ein Ton.',
  'step.turnOn.hl2.ifNot': 'Eine fabrikneue HoloLens 2 braucht beim allerersten Mal Power 4 Sekunden lang gedrückt.',
  'signIn.gccHigh':
    'Geben Sie Benutzername und Kennwort auf dem Gerät ein: In GCC High funktioniert „Von einem anderen Gerät aus anmelden“ nicht.',
  'signIn.normal':
    'Geben Sie Benutzername und Kennwort ein, oder wählen Sie „Von einem anderen Gerät aus anmelden“ und schließen Sie die Anmeldung auf einem Smartphone oder PC ab.',
  'step.reachSetup.title': 'Auf der ersten Einrichtungsseite anhalten',
  'step.reachSetup.action.hololens2':
    'Verbinden Sie das Gerät mit seinem USB-Kabel mit diesem PC, schalten Sie es ein und lassen Sie es bis zum ersten Einrichtungsbildschirm (dem Kolibri) laufen. Halten Sie dort an: nicht weitergehen.',
  'step.reachSetup.action.hololens1':
    'Verbinden Sie das Gerät mit seinem USB-Kabel mit diesem PC, schalten Sie es ein und lassen Sie es bis zur Anpassungsseite (dem blauen Feld) laufen. Halten Sie dort an: nicht weitergehen.',
  'step.reachSetup.action.unknown':
    'Verbinden Sie das Gerät mit seinem USB-Kabel mit diesem PC, schalten Sie es ein und lassen Sie es bis zum ersten Einrichtungsbildschirm laufen (HoloLens 2: der Kolibri; 1. Generation: die Anpassungsseite mit dem blauen Feld). Halten Sie dort an: nicht weitergehen.',
  'step.reachSetup.expect.hololens2': 'Das Gerät wartet auf dem ersten Einrichtungsbildschirm (dem Kolibri).',
  'step.reachSetup.expect.hololens1': 'Das Gerät wartet auf der Anpassungsseite (dem blauen Feld).',
  'step.reachSetup.expect.unknown':
    'Das Gerät wartet auf dem ersten Einrichtungsbildschirm (HoloLens 2: der Kolibri; 1. Generation: die Anpassungsseite mit dem blauen Feld).',
  'step.packageOpen.title': 'Bereitstellungsseite öffnen',
  'step.packageOpen.action': 'Drücken Sie Volume Down und Power gleichzeitig und lassen Sie dann los.',
  'step.packageOpen.expect': 'Das Gerät öffnet seine Bereitstellungsseite, und der PC sieht seinen Speicher.',
  'step.packageCopy.title': 'Paket kopieren',
  'step.packageCopy.action': 'Kopieren Sie {{what}} in den Gerätespeicher (die Station kann es für Sie übertragen).',
  'step.packageCopy.expect': 'Die .ppkg-Datei liegt im Gerätespeicher.',
  'step.packageApply.title': 'Paket anwenden',
  'step.packageApply.action': 'Drücken Sie noch einmal Volume Down und Power gleichzeitig und lassen Sie dann los.',
  'step.packageApply.expect': 'Das Gerät zeigt das Paket an und fragt, ob Sie ihm vertrauen.',
  'step.packageTrust.title': 'Paket bestätigen',
  'step.packageTrust.action': 'Bestätigen Sie auf dem Gerät, dass Sie dem Paket vertrauen.',
  'step.packageTrust.expect': 'Das Gerät meldet, dass das Paket angewendet wurde.',
  'step.packageTrust.ifNot':
    'Meldet es einen Fehler, korrigieren Sie das Paket (nicht verschlüsselt, kein Kennwort) und beginnen Sie erneut bei der Bereitstellungsseite.',
  'step.internet.title': 'Internetverbindung prüfen',
  'step.internet.action': 'Öffnen Sie Microsoft Edge auf dem Gerät und laden Sie eine beliebige öffentliche Website.',
  'step.internet.expect': 'Die Website wird geladen.',
  'step.internet.ifNot':
    'Bringen Sie zuerst das WLAN (oder den Proxy) in Ordnung: Ohne Internet schlägt die Registrierung nach der Einrichtung fehl.',
  'step.verify.title': 'Prüfen, ob das Gerät registriert ist',
  'step.verify.action': 'Öffnen Sie auf dem Gerät Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen.',
  'step.verify.expect':
    'Dort stehen das Geschäftskonto und dass das Gerät in der Geräteverwaltung registriert ist (von Ihrer Organisation verwaltet).',
  'step.verify.ifNot':
    'Gehen Sie die Checkliste zur Fehlersuche durch: Internet nach der Anmeldung, Entra-Beitritt erlaubt, gültige Lizenz, Windows-Registrierung nicht gesperrt.',

  'package.bulkToken': 'das Bereitstellungspaket mit dem Entra-Massentoken',
  'package.localAccount': 'das Bereitstellungspaket, das das lokale Konto anlegt',
  'package.editionUpgrade':
    'das Editionsupgrade-Paket (erstellt im Windows Configuration Designer: Laufzeiteinstellungen > EditionUpgrade > EditionUpgradeWithLicense, mit der Lizenz-XML-Datei, die zur Commercial Suite gehört)',
  'package.wifiCertificates':
    'das Paket mit den WLAN-Zertifikaten (Stammzertifizierungsstelle und das Clientzertifikat, das der EAP-Typ braucht) und dem 802.1X-WLAN-Profil',

  'step.ethernet':
    'Stecken Sie einen USB-C-Ethernet-Adapter in die HoloLens, mit einem Netzwerkkabel, das ins Internet führt. Tun Sie das jetzt, solange das Gerät noch aus ist. Kein USB-Hub.',
  'step.wifiReady.title': 'WLAN-Daten bereithalten',
  'step.wifiReady.action':
    'Sie wählen das WLAN während der Ersteinrichtung aus: Halten Sie Netzwerkname und Kennwort bereit.',
  'step.wifiReady.expect': 'Sie kennen den WLAN-Namen und das Kennwort.',
  'step.network.title.ethernet': 'Ethernet-Adapter vor dem Einschalten einstecken',
  'step.network.title.either': 'Netzwerk vor dem Einschalten wählen',
  'step.network.action.either':
    'Ist der Build 19041.1128 oder höher, können Sie während der Einrichtung stattdessen WLAN verwenden. Andernfalls: {{ethernet}}',
  'step.network.expect':
    'Die Link-LED des Adapters leuchtet (oder Sie haben auf einem Gerät mit 19041.1128+ WLAN-Namen und Kennwort bereit).',
  'step.network.ifNot':
    'Autopilot wird nur auf dem ersten Einrichtungsbildschirm erkannt: Ein Gerät, das ohne Netzwerk startet, kann später in derselben Einrichtung nicht mehr zu Autopilot wechseln.',
  'step.handsOff':
    'Berühren Sie nichts. Das Gerät findet sein Autopilot-Profil auf dem ersten Einrichtungsbildschirm und macht von selbst weiter.',
  'step.wifiStart':
    'Gehen Sie durch die ersten Bildschirme: Kolibri, Sprache, Region und Tastatur (sofern das Autopilot-Profil sie nicht festlegt), Augenkalibrierung; wählen Sie dann das WLAN und melden Sie sich daran an. Danach nichts mehr berühren.',
  'step.handsOff.title': 'Autopilot übernehmen lassen',
  'step.handsOff.expect':
    'Die Einrichtung läuft ohne Sie weiter und meldet, dass das Gerät für Ihre Organisation vorbereitet wird. Es kann neu starten.',
  'step.handsOff.ifNot':
    'Zeigt es die normalen Einrichtungsfragen (Lizenzbedingungen, wem das Gerät gehört), wurde Autopilot nicht gefunden: Schalten Sie es aus, prüfen Sie die Registrierung und das Kabel und beginnen Sie erneut.',
  'step.wifiSetup.title.wifi': 'Mit dem WLAN verbinden',
  'step.wifiSetup.title.either': 'Einrichtung starten',
  'step.wifiSetup.action.either': 'Mit dem Ethernet-Adapter: {{handsOff}} Mit WLAN (nur ab 19041.1128): {{wifiStart}}',
  'step.wifiSetup.expect':
    'Sobald es online ist, sucht das Gerät etwa 15 Sekunden lang nach seinem Autopilot-Profil, dann läuft die Einrichtung von selbst weiter.',
  'step.wifiSetup.ifNot':
    'Erscheinen die Lizenzbedingungen (EULA) oder andere normale Einrichtungsfragen, wurde Autopilot in diesen 15 Sekunden nicht gefunden: Prüfen Sie, dass das Profil „Zugewiesen“ zeigt, und starten Sie das Gerät neu, damit es es erneut versucht. Nicht durchklicken.',
  'step.registration.ivanti':
    'Öffnen Sie in Ivanti Neurons for MDM die Windows Autopilot-Geräte und -Profile (die Anleitung von Ivanti zeigt die Bildschirme) und suchen Sie die Seriennummer dieses Geräts.',
  'step.records.ivanti':
    'Suchen Sie die Seriennummer unter den Geräten, die Ivanti Neurons for MDM verwaltet. Steht sie dort noch von einer früheren Registrierung, setzen Sie diesen Eintrag außer Betrieb und löschen Sie ihn.',
  'step.registration.intune':
    'Suchen Sie unter Intune > Geräte > Windows > Windows-Registrierung > Geräte die Seriennummer dieses Geräts.',
  'step.records.intune':
    'Suchen Sie die Seriennummer unter Intune > Geräte > Alle Geräte. Steht sie dort noch von einer früheren Registrierung, löschen Sie diesen Eintrag.',
  'step.checkRegistration.title': 'Autopilot-Registrierung prüfen',
  'step.checkRegistration.expect':
    'Das Gerät ist aufgeführt und sein Profilstatus lautet „Zugewiesen“ (ein HoloLens-Bereitstellungsprofil).',
  'step.checkRegistration.ifNot':
    'Erfassen Sie den Hardwarehash: Power + Volume Down in der Ersteinrichtung oder später durch den Gerätebesitzer, angemeldet und entsperrt (vor 20H2 zuerst Einstellungen > Datenschutz > Diagnose auf „Vollständig“ stellen). Importieren Sie ihn, weisen Sie das Profil zu und warten Sie, bis „Zugewiesen“ angezeigt wird.',
  'step.checkOldRecords.title.ivanti': 'Alten MDM-Eintrag entfernen',
  'step.checkOldRecords.title.intune': 'Alten Intune-Eintrag entfernen',
  'step.checkOldRecords.action':
    '{{records}} Behalten Sie die Autopilot-Registrierung und das Entra-Geräteobjekt, das Autopilot dafür angelegt hat. Wurde das Gerät früher von Hand in Entra eingebunden, löschen Sie auch dieses alte Entra-Gerät.',
  'step.checkOldRecords.expect':
    'Das MDM führt das Gerät nicht mehr als verwaltet; die Autopilot-Geräteliste führt es weiter.',
  'step.checkOldRecords.ifNot':
    'Ein Gerät, das schon einmal Autopilot durchlaufen hat, scheitert mit 0x80180014, solange sein alter MDM-Eintrag existiert.',
  'step.checkBattery.title': 'Akku prüfen',
  'step.checkBattery.action':
    'Prüfen Sie, ob der Akku zu mindestens 45 % geladen ist. Laden Sie ihn sonst am Wandladegerät.',
  'step.checkBattery.expect': 'Die Station (oder die Geräteeigenschaften am PC) zeigt 45 % oder mehr.',
  'step.autopilotRuns.title': 'Auf Autopilot warten',
  'step.autopilotRuns.action':
    'Warten Sie, während das Gerät Entra beitritt, sich im MDM registriert und seine Einstellungen und Apps lädt.',
  'step.autopilotRuns.expect':
    'Wenn es fertig ist, erscheint der Anmeldebildschirm. Unterwegs kann das Gerät neu starten; mit einer Gerätenamensvorlage im Profil startet es einmal neu, nachdem es sich benannt hat und bevor es Entra beitritt.',
  'step.autopilotRuns.ifNot':
    'Bleibt es mit einem Fehlercode stehen, schlagen Sie den Code in der Station nach (zum Beispiel 0x80180014 oder 0x801C03EA).',
  'step.autopilotSignIn.title': 'Erste Anmeldung',
  'step.autopilotSignIn.action': 'Melden Sie sich mit einem Entra-Geschäftskonto an. {{signIn}}',
  'step.autopilotSignIn.expect':
    'Das Startmenü erscheint. Weitere Personen melden sich später mit ihren eigenen Entra-Konten an.',

  'step.editionAfterSetup.title': 'Editionsupgrade-Paket anwenden',
  'step.editionAfterSetup.action':
    'Kopieren Sie {{what}} auf dem Gerät in „Dokumente“, öffnen Sie dann Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Bereitstellungspaket hinzufügen oder entfernen, wählen Sie es aus und bestätigen Sie.',
  'step.editionAfterSetup.expect':
    'Das Gerät meldet, dass das Paket angewendet wurde, und startet mit Windows Holographic for Business neu.',
  'step.editionAfterSetup.ifNot':
    'Ein Paket aus den Einstellungen hinzuzufügen erfordert auf der 1. Generation Windows Holographic 1809 oder höher. Bei einem älteren Build setzen Sie das Gerät zurück und wenden das Paket in der Ersteinrichtung an (auf der Anpassungsseite), oder lassen Sie das MDM die Lizenz nach der Registrierung anwenden.',
  'step.editionCheck.title': 'Edition prüfen',
  'step.editionCheck.action':
    'Öffnen Sie auf dem Gerät Einstellungen > System (ab Windows Holographic 1803 steht dort die Edition).',
  'step.editionCheck.expect':
    'Dort steht Windows Holographic for Business (das Device Portal meldet die Editions-ID 136).',
  'step.editionCheck.ifNot':
    'Steht dort weiter Windows Holographic, lassen Sie das MDM die Lizenz mit seiner Editionsupgrade-Richtlinie anwenden (WindowsLicensing; in Intune ein Editionsupgrade-Profil), starten Sie das Gerät neu und prüfen Sie erneut. Bis dahin kann das MDM es nicht verwalten.',

  'step.finishSetupBulk.title': 'Ersteinrichtung abschließen',
  'step.finishSetupBulk.action':
    'Gehen Sie durch die übrigen Einrichtungsbildschirme. Das Paket lässt das Gerät Entra beitreten: Während der Einrichtung meldet sich niemand an.',
  'step.finishSetupBulk.expect': 'Die Einrichtung endet auf dem Anmeldebildschirm.',
  'step.entraNetwork.title': 'Mit dem Netzwerk verbinden',
  'step.entraNetwork.action':
    'Gehen Sie durch die ersten Bildschirme; wenn die Einrichtung nach einem Netzwerk fragt, wählen Sie das WLAN und melden Sie sich daran an.',
  'step.entraNetwork.expect': 'Die Einrichtung meldet, dass sie verbunden ist, und geht weiter.',
  'step.workOrSchool.title': 'Angeben, dass es der Organisation gehört',
  'step.workOrSchool.action':
    'Wenn die Einrichtung fragt, wem das Gerät gehört, wählen Sie die Option für Ihre Arbeit oder Schule („Es gehört meiner Arbeit oder Schule“).',
  'step.workOrSchool.expect': 'Die Einrichtung fragt nach einem Geschäfts- oder Schulkonto.',
  'step.entraFirstSignIn.title': 'Mit dem ersten Entra-Konto anmelden',
  'step.entraFirstSignIn.action': 'Melden Sie sich mit dem Entra-Geschäftskonto des ersten Benutzers an. {{signIn}}',
  'step.entraFirstSignIn.expect':
    'Das Gerät tritt Entra bei. Ist die automatische Registrierung eingerichtet, registriert es sich nach der Einrichtung auch von selbst im MDM: kein zusätzlicher Schritt.',
  'step.setPin.title': 'PIN festlegen',
  'step.setPin.action':
    'Legen Sie auf Nachfrage eine PIN fest (eine HoloLens 2 verlangt eine). Richten Sie auch die Iris-Anmeldung ein, wenn sie angeboten wird.',
  'step.setPin.expect': 'Die Einrichtung wird abgeschlossen und das Startmenü erscheint.',
  'step.otherUsers.title': 'Weitere Personen melden sich an',
  'step.otherUsers.action':
    'Jede weitere Person meldet sich auf dem Anmeldebildschirm (Anderer Benutzer) mit ihrem eigenen Entra-Konto aus demselben Mandanten an.',
  'step.otherUsers.expect': 'Ihr eigenes Startmenü erscheint; beim ersten Mal läuft die Augenkalibrierung.',
  'step.finishSetup.title': 'Ersteinrichtung abschließen',
  'step.finishSetup.action':
    'Ist das Gerät noch in der Ersteinrichtung, schließen Sie sie ab, sodass jemand angemeldet ist.',
  'step.startMenu.expect': 'Das Startmenü erscheint.',
  'step.connectWork.title': 'Entra aus den Einstellungen beitreten',
  'step.connectWork.action':
    'Öffnen Sie Start > Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen und wählen Sie „Verbinden“. Melden Sie sich mit dem Entra-Geschäftskonto an. {{signIn}}',
  'step.connectWork.expect': 'Das Geschäftskonto erscheint unter „Auf Arbeits- oder Schulkonto zugreifen“.',

  'step.kiosk.title': 'Kiosk prüfen',
  'step.kiosk.action':
    'Sobald das MDM seine Einstellungen gesendet hat (Intune: das Kioskprofil steht für dieses Gerät auf „Erfolgreich“), melden Sie sich ab und als ein Benutzer an, für den der Kiosk gedacht ist.',
  'step.kiosk.expect.single': 'Die Kiosk-App öffnet sich von selbst, und es gibt kein Startmenü.',
  'step.kiosk.expect.multi':
    'Start zeigt nur die Apps, die der Kiosk aufführt (und öffnet eine davon von selbst, wenn das so eingestellt ist).',
  'step.kiosk.ifNot':
    'Erscheint das volle Startmenü, sind die Kioskeinstellungen nicht angekommen oder gelten nicht für diesen Benutzer: Synchronisieren Sie das Gerät unter Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen > Info > Synchronisieren, prüfen Sie die Profilzuweisung und versuchen Sie es erneut.',

  'step.setupWithMsa.title': 'Mit dem Microsoft-Konto einrichten',
  'step.setupWithMsa.action':
    'Gehen Sie durch die Ersteinrichtung. Wenn gefragt wird, wem das Gerät gehört, wählen Sie die persönliche Option („Es gehört mir“) und melden Sie sich mit dem Microsoft-Konto des Benutzers an. Überspringen Sie das, wenn das Gerät bereits so eingerichtet ist.',
  'step.setupWithMsa.expect': 'Das Startmenü erscheint, angemeldet mit dem Microsoft-Konto.',
  'step.addWorkAccount.title': 'Geschäftskonto hinzufügen',
  'step.addWorkAccount.action':
    'Öffnen Sie Start > Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen und wählen Sie „Verbinden“. Melden Sie sich mit dem Geschäftskonto an. {{signIn}}',
  'step.addWorkAccount.expect':
    'Das Geschäftskonto steht unter „Auf Arbeits- oder Schulkonto zugreifen“, und das Gerät beginnt mit der Registrierung im MDM.',
  'step.signInLocal.title': 'Mit dem lokalen Konto anmelden',
  'step.signInLocal.action':
    'Schließen Sie die Ersteinrichtung ab und melden Sie sich dann mit Benutzername und Kennwort des lokalen Kontos aus dem Paket an.',
  'step.enrollMdmOnly.title': 'Nur für die Geräteverwaltung registrieren',
  'step.enrollMdmOnly.action':
    'Öffnen Sie Start > Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen und wählen Sie den Link „Nur für die Geräteverwaltung registrieren“ (nicht die Schaltfläche „Verbinden“). Geben Sie die geschäftliche E-Mail-Adresse ein und melden Sie sich an. {{signIn}}',
  'step.enrollMdmOnly.expect': 'Die MDM-Registrierung erscheint unter „Auf Arbeits- oder Schulkonto zugreifen“.',
  'run.modelMismatch.title': 'Das Modell passt nicht zum Gerät',
  'run.modelMismatch.hololens2': 'Das Gerät an Port {{port}} ist eine HoloLens 2: Planen Sie erneut für dieses Modell.',
  'run.modelMismatch.hololens1':
    'Das Gerät an Port {{port}} ist eine HoloLens (1. Generation): Planen Sie erneut für dieses Modell.',
  'run.blocked.title': 'Der Plan ist blockiert',
  'run.blocked.message': 'Beheben Sie zuerst Folgendes: {{blockers}}',
};
export default de;
