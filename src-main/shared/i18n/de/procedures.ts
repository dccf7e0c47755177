import type { Translation } from '../catalog.ts';
import type en from '../en/procedures.ts';

/**
 * The procedures namespace in German. Button names printed on the device (Power, Volume Up, Volume Down) keep the
 * device's own English labels; menu paths follow the German Windows, HoloLens and Intune interfaces.
 */
const de: Translation<typeof en> = {
  'tool.arc': 'Advanced Recovery Companion (Windows-App)',
  'tool.wdrt': 'Windows Device Recovery Tool (Windows-App)',

  'hl2.unplug.title': 'Kabel abziehen',
  'hl2.unplug.action': 'Ziehen Sie das USB-C-Kabel aus der HoloLens (vom Ladegerät oder vom PC).',
  'hl2.unplug.expect': 'An der HoloLens ist nichts angeschlossen.',
  'hl2.hold-power.title': 'Power 15 Sekunden gedrückt halten',
  'hl2.hold-power.action': 'Halten Sie Power 15 Sekunden lang gedrückt und lassen Sie dann los.',
  'hl2.hold-power.expect': 'Alle fünf Lichter sind aus.',
  'hl2.plug-in.title': 'An diesen PC anschließen',
  'hl2.plug-in.action': 'Schließen Sie die HoloLens mit dem USB-C-Kabel an diesen PC an.',
  'hl2.plug-in.expect':
    'Die Station zeigt die HoloLens 2 im normalen Modus (Windows führt sie als Microsoft HoloLens).',
  'hl2.done.title': 'Warten, bis es fertig ist',
  'hl2.done.action': 'Warten Sie, bis Advanced Recovery Companion meldet, dass es fertig ist.',
  'hl2.done.expect': 'Das Gerät startet neu in die Ersteinrichtung (der Kolibri).',
  'hl2.req.arc-installed': 'Advanced Recovery Companion ist auf einem Windows-PC installiert.',
  'hl2.req.battery-40-charged': 'Das Gerät ist zu mindestens 40 % geladen.',

  'hl2.restart.title': 'Neu starten (HoloLens 2)',
  'hl2.restart.when': 'Das Gerät hängt oder verhält sich seltsam. Es wird nichts gelöscht.',
  'hl2.restart.wait.title': 'Kurz warten',
  'hl2.restart.wait.action': 'Warten Sie 2 bis 3 Sekunden.',
  'hl2.restart.wait.expect': 'Die Lichter bleiben aus.',
  'hl2.restart.press-power.title': 'Power drücken',
  'hl2.restart.press-power.action': 'Drücken Sie kurz Power und lassen Sie los.',
  'hl2.restart.press-power.expect': 'Die Lichter neben der Power-Taste gehen an und das Gerät startet.',

  'hl2.hard-restart.title': 'Neustart erzwingen (HoloLens 2)',
  'hl2.hard-restart.when': 'Der normale Neustart hat nicht geholfen. Es wird nichts gelöscht.',
  'hl2.hard-restart.hold-volume-down-power.title': 'Volume Down und Power 15 Sekunden gedrückt halten',
  'hl2.hard-restart.hold-volume-down-power.action':
    'Halten Sie Volume Down und Power zusammen 15 Sekunden lang gedrückt und lassen Sie dann los.',
  'hl2.hard-restart.hold-volume-down-power.expect': 'Das Gerät startet von selbst neu.',

  'hl2.reset.title': 'Über die Einstellungen zurücksetzen (HoloLens 2)',
  'hl2.reset.when':
    'Um das Gerät zu löschen und die Ersteinrichtung neu zu beginnen, solange sich noch jemand anmelden kann. Die Cloud-Einträge (Intune, Entra, Autopilot) bleiben bestehen.',
  'hl2.reset.req.battery-40': 'Mindestens 40 % Akku (ab 23H1 erforderlich).',
  'hl2.reset.req.free-6gb': 'Mindestens 6 GB freier Speicher (ab 23H1 erforderlich).',
  'hl2.reset.req.signed-in': 'Jemand kann sich anmelden und die Einstellungen öffnen.',
  'hl2.reset.check-battery.title': 'Akku und Speicher prüfen',
  'hl2.reset.check-battery.action':
    'Prüfen Sie, ob der Akku mindestens 40 % hat und ab 23H1 mindestens 6 GB Speicher frei sind.',
  'hl2.reset.check-battery.expect': 'Die Station zeigt 40 % oder mehr.',
  'hl2.reset.open-reset.title': 'Seite zum Zurücksetzen öffnen',
  'hl2.reset.open-reset.action':
    'Öffnen Sie auf dem Gerät Einstellungen > Update & Sicherheit > Zurücksetzen & Wiederherstellung > Dieses Gerät zurücksetzen.',
  'hl2.reset.open-reset.expect': 'Das Gerät fragt nach einer Bestätigung und warnt, dass alles gelöscht wird.',
  'hl2.reset.confirm.title': 'Zurücksetzen bestätigen',
  'hl2.reset.confirm.action': 'Bestätigen Sie das Zurücksetzen.',
  'hl2.reset.confirm.expect': 'Das Gerät startet neu und zeigt den Fortschritt des Zurücksetzens.',
  'hl2.reset.first-setup.title': 'Auf die Ersteinrichtung warten',
  'hl2.reset.first-setup.action': 'Lassen Sie es angeschlossen und warten Sie.',
  'hl2.reset.first-setup.expect': 'Die Ersteinrichtung beginnt (der Kolibri). Alle Konten und Daten sind gelöscht.',

  'hl2.reflash.title': 'Mit Advanced Recovery Companion neu flashen (HoloLens 2)',
  'hl2.reflash.when':
    'Zurücksetzen ist nicht möglich oder hat nicht geholfen. Installiert ein frisches Betriebssystem und löscht alles auf dem Gerät, aber nicht die Cloud-Einträge.',
  'hl2.reflash.req.unlocked':
    'Das Gerät ist entsperrt (angemeldet). Geht das nicht, verwenden Sie den manuellen Flashmodus.',
  'hl2.reflash.req.direct-port': 'Es ist direkt am PC angeschlossen, nicht über einen Hub.',
  'hl2.reflash.open-arc.title': 'Advanced Recovery Companion öffnen',
  'hl2.reflash.open-arc.action': 'Öffnen Sie auf dem Windows-PC Advanced Recovery Companion.',
  'hl2.reflash.open-arc.expect': 'Es wartet auf ein Gerät.',
  'hl2.reflash.plug-in-direct.title': 'Direkt anschließen',
  'hl2.reflash.plug-in-direct.action':
    'Melden Sie sich an der HoloLens an, damit sie entsperrt ist, und schließen Sie sie dann direkt an einen USB-Anschluss des PCs an (kein Hub).',
  'hl2.reflash.plug-in-direct.expect': 'Advanced Recovery Companion zeigt die HoloLens 2.',
  'hl2.reflash.plug-in-direct.ifNot':
    'Erscheint sie nicht (Gerät gesperrt, USB per Richtlinie blockiert oder es startet nicht), verwenden Sie den manuellen Flashmodus.',
  'hl2.reflash.start-flash.title': 'Flashen starten',
  'hl2.reflash.start-flash.action':
    'Wählen Sie in Advanced Recovery Companion die HoloLens 2, wählen Sie das Image (das neueste, sofern nicht anders vorgegeben) und starten Sie.',
  'hl2.reflash.start-flash.expect': 'Advanced Recovery Companion zeigt den Fortschritt. Trennen Sie das Gerät nicht.',

  'hl2.flashing-mode.title': 'Manueller Flashmodus (HoloLens 2)',
  'hl2.flashing-mode.when':
    'Advanced Recovery Companion erkennt das Gerät nicht: Es ist gesperrt, die PIN eines Einzelbenutzergeräts ist verloren, USB ist per Richtlinie blockiert, oder es startet nicht.',
  'hl2.flashing-mode.req.direct-port': 'Es wird direkt am PC angeschlossen, nicht über einen Hub.',
  'hl2.flashing-mode.volume-up-power.title': 'Volume Up halten, Power kurz drücken',
  'hl2.flashing-mode.volume-up-power.action':
    'Halten Sie Volume Up gedrückt. Drücken Sie währenddessen kurz Power und lassen Sie es los. Halten Sie Volume Up weitere 15 Sekunden gedrückt und lassen Sie dann los.',
  'hl2.flashing-mode.volume-up-power.expect': 'Nur das mittlere der fünf Lichter leuchtet.',
  'hl2.flashing-mode.plug-in-flashing.title': 'An diesen PC anschließen',
  'hl2.flashing-mode.plug-in-flashing.action':
    'Schließen Sie die HoloLens direkt an einen USB-Anschluss des PCs an (kein Hub).',
  'hl2.flashing-mode.plug-in-flashing.expect':
    'Die Station zeigt das Gerät im Flashmodus. Windows führt es als Microsoft HoloLens Recovery (oder als Qualcomm HS-USB / QUSB_BULK, wenn Treiber fehlen).',
  'hl2.flashing-mode.plug-in-flashing.ifNot':
    'QUSB_BULK unter „Andere Geräte“ heißt, dem PC fehlen Treiber: Aktualisieren Sie den Treiber über Windows Update (optionale Updates) und versuchen Sie es erneut.',
  'hl2.flashing-mode.reflash.title': 'Neu flashen',
  'hl2.flashing-mode.reflash.action':
    'Wählen Sie in Advanced Recovery Companion die HoloLens 2, wählen Sie das Image und starten Sie.',
  'hl2.flashing-mode.reflash.expect': 'Advanced Recovery Companion zeigt den Fortschritt. Trennen Sie das Gerät nicht.',

  'hl1.power-on.title': 'Wieder einschalten',
  'hl1.power-on.action': 'Halten Sie Power 1 Sekunde lang gedrückt und lassen Sie dann los.',
  'hl1.power-on.expect': 'Die Lichter gehen an und das Gerät startet.',
  'hl1.plug-in.title': 'An diesen PC anschließen',
  'hl1.plug-in.action': 'Schließen Sie die HoloLens mit ihrem Micro-USB-Kabel an diesen PC an.',
  'hl1.plug-in.expect': 'Die Station zeigt die HoloLens (1. Generation) im normalen Modus.',
  'hl1.done.title': 'Ersteinrichtung prüfen',
  'hl1.done.action': 'Warten Sie, bis das Gerät neu startet.',
  'hl1.done.expect': 'Die Ersteinrichtung beginnt (die Anpassungsseite mit dem blauen Rahmen).',
  'hl1.wait-short.title': 'Kurz warten',
  'hl1.wait-short.action': 'Warten Sie 2 bis 3 Sekunden.',
  'hl1.reinstall.expect': 'Das Tool zeigt den Fortschritt und meldet dann, dass es fertig ist.',

  'hl1.restart.title': 'Mit der Power-Taste neu starten (HoloLens 1. Generation)',
  'hl1.restart.when': 'Das Gerät hängt oder verhält sich seltsam. Es wird nichts gelöscht.',
  'hl1.restart.hold-power.title': 'Power halten, bis die Lichter aus sind',
  'hl1.restart.hold-power.action':
    'Halten Sie Power gedrückt. Lassen Sie los, sobald alle Lichter aus sind (etwa 5 Sekunden).',
  'hl1.restart.hold-power.expect':
    'Alle fünf Lichter gehen an und dann eines nach dem anderen von rechts nach links aus.',
  'hl1.restart.wait.title': 'Eine volle Minute warten',
  'hl1.restart.wait.action':
    'Warten Sie eine Minute: Das Herunterfahren kann noch laufen, wenn das Display schon dunkel ist.',
  'hl1.restart.wait.expect': 'Das Gerät bleibt aus.',

  'hl1.hard-restart.title': 'Neustart erzwingen (HoloLens 1. Generation)',
  'hl1.hard-restart.when':
    'Nur wenn ein normaler Neustart nicht geholfen hat. Es ist, als würde man den Akku abklemmen, und kann das Gerät beschädigen; dann muss es neu installiert werden.',
  'hl1.hard-restart.hold-power-10.title': 'Power 10 Sekunden gedrückt halten',
  'hl1.hard-restart.hold-power-10.action':
    'Halten Sie Power mindestens 10 Sekunden lang gedrückt (länger schadet nicht) und lassen Sie dann los. Achten Sie nicht auf die Lichter.',
  'hl1.hard-restart.hold-power-10.expect': 'Das Gerät schaltet sich aus.',
  'hl1.hard-restart.wait.expect': 'Das Gerät bleibt aus.',

  'hl1.reset.title': 'Über die Einstellungen zurücksetzen (HoloLens 1. Generation)',
  'hl1.reset.when':
    'Um das Gerät zu löschen und die Ersteinrichtung neu zu beginnen; die installierte Betriebssystemversion bleibt. Die Cloud-Einträge (Intune, Entra) bleiben bestehen.',
  'hl1.reset.req.battery-40': 'Mindestens 40 % Akku.',
  'hl1.reset.check-battery.title': 'Akku prüfen',
  'hl1.reset.check-battery.action': 'Prüfen Sie, ob der Akku mindestens 40 % hat.',
  'hl1.reset.check-battery.expect': 'Die Station zeigt 40 % oder mehr.',
  'hl1.reset.open-reset.title': 'Seite zum Zurücksetzen öffnen',
  'hl1.reset.open-reset.action':
    'Öffnen Sie auf dem Gerät Einstellungen > Update > Zurücksetzen (bei manchen Builds Wiederherstellung) und wählen Sie Gerät zurücksetzen.',
  'hl1.reset.open-reset.expect': 'Das Gerät fragt nach einer Bestätigung und warnt, dass alles gelöscht wird.',
  'hl1.reset.confirm.title': 'Zurücksetzen bestätigen',
  'hl1.reset.confirm.action': 'Bestätigen Sie das Zurücksetzen.',
  'hl1.reset.confirm.expect': 'Das Gerät startet neu und zeigt sich drehende Zahnräder und einen Fortschrittsbalken.',
  'hl1.reset.first-setup.title': 'Etwa 30 Minuten warten',
  'hl1.reset.first-setup.action': 'Lassen Sie es in Ruhe, bis es in die Ersteinrichtung neu startet.',
  'hl1.reset.first-setup.expect': 'Die Ersteinrichtung beginnt. Alle Konten, Apps und Daten sind gelöscht.',

  'hl1.reflash.title': 'Mit dem Windows Device Recovery Tool neu installieren (HoloLens 1. Generation)',
  'hl1.reflash.when':
    'Neustart und Zurücksetzen haben nicht geholfen. Installiert das neueste Betriebssystem und löscht alles auf dem Gerät, aber nicht die Cloud-Einträge.',
  'hl1.reflash.req.windows-pc': 'Ein PC mit Windows 10 (oder neuer), keine virtuelle Maschine.',
  'hl1.reflash.req.pc-space': 'Mindestens 4 GB frei auf dem PC.',
  'hl1.reflash.req.cable': 'Das Micro-USB-Kabel, das mit der HoloLens geliefert wurde.',
  'hl1.reflash.open-wdrt.title': 'Das Wiederherstellungstool öffnen',
  'hl1.reflash.open-wdrt.action': 'Installieren und öffnen Sie auf dem Windows-PC das Windows Device Recovery Tool.',
  'hl1.reflash.open-wdrt.expect': 'Das Tool wartet auf ein Gerät.',
  'hl1.reflash.plug-in.title': 'Anschließen',
  'hl1.reflash.plug-in.action': 'Schließen Sie die HoloLens mit ihrem Micro-USB-Kabel an den PC an.',
  'hl1.reflash.plug-in.expect': 'Das Wiederherstellungstool zeigt die HoloLens.',
  'hl1.reflash.plug-in.ifNot':
    'Wird sie nicht gefunden, wählen Sie „Mein Gerät wurde nicht erkannt“ und versetzen Sie das Gerät in den manuellen Flashmodus.',
  'hl1.reflash.reinstall.title': 'Neu installieren',
  'hl1.reflash.reinstall.action':
    'Folgen Sie den Anweisungen des Tools, um das Betriebssystem neu zu installieren. Trennen Sie das Gerät nicht.',

  'hl1.flashing-mode.title': 'Manueller Flashmodus (HoloLens 1. Generation)',
  'hl1.flashing-mode.when': 'Das Wiederherstellungstool erkennt das Gerät nicht.',
  'hl1.flashing-mode.req.windows-pc':
    'Ein PC mit Windows 10 (oder neuer) und dem Windows Device Recovery Tool, keine virtuelle Maschine.',
  'hl1.flashing-mode.unplug.title': 'Jede Stromquelle trennen',
  'hl1.flashing-mode.unplug.action': 'Ziehen Sie das Micro-USB-Kabel aus der HoloLens.',
  'hl1.flashing-mode.unplug.expect': 'An der HoloLens ist nichts angeschlossen.',
  'hl1.flashing-mode.power-off.title': 'Vollständig ausschalten',
  'hl1.flashing-mode.power-off.action':
    'Ist es eingeschaltet, halten Sie Power gedrückt, bis alle Lichter aus sind (etwa 5 Sekunden).',
  'hl1.flashing-mode.power-off.expect': 'Alle Lichter sind aus.',
  'hl1.flashing-mode.volume-up-power.title': 'Volume Up halten, Power kurz drücken',
  'hl1.flashing-mode.volume-up-power.action':
    'Halten Sie Volume Up gedrückt. Drücken Sie währenddessen einmal kurz Power. Halten Sie Volume Up weiter, bis nur noch das mittlere Licht leuchtet (bis 15 zählen), und lassen Sie dann los.',
  'hl1.flashing-mode.volume-up-power.expect': 'Das Gerät startet, und nur das mittlere Licht leuchtet.',
  'hl1.flashing-mode.plug-in-flashing.title': 'An den PC anschließen',
  'hl1.flashing-mode.plug-in-flashing.action': 'Schließen Sie die HoloLens mit ihrem Micro-USB-Kabel an den PC an.',
  'hl1.flashing-mode.plug-in-flashing.expect': 'Die Station zeigt das Gerät im Flashmodus.',
  'hl1.flashing-mode.reinstall.title': 'Neu installieren',
  'hl1.flashing-mode.reinstall.action':
    'Wählen Sie im Wiederherstellungstool „Mein Gerät wurde nicht erkannt“, dann HoloLens, und folgen Sie den Anweisungen.',
  'hl1.flashing-mode.unverified':
    'Die Anleitung zur 1. Generation nennt keine Dauer für das Halten von Volume Up; die 15 Sekunden sind von der HoloLens 2 übernommen. Lassen Sie los, sobald nur noch das mittlere Licht leuchtet.',

  'led.nothing-to-do': 'Nichts zu tun.',
  'led.charging.name': 'Lädt, {{low}}–{{high}} %',
  'led.charging.meaning': 'Das Gerät lädt, der Akku steht bei {{low}}–{{high}} %.',
  'led.charging.action-low':
    'Lassen Sie es am Ladegerät: Zurücksetzen, Neu-Flashen und Autopilot brauchen 40–45 % oder mehr.',
  'led.battery.name_one': 'Akkustand: {{count}} Licht',
  'led.battery.name_other': 'Akkustand: {{count}} Lichter',
  'led.battery.meaning-low': 'Der Akku hat weniger als 20 %.',
  'led.battery.meaning': 'Der Akku steht bei etwa {{low}}–{{high}} % (jedes Licht entspricht etwa 20 %).',
  'led.battery.action-low': 'Laden Sie es vor dem Zurücksetzen, Neu-Flashen oder Autopilot (dafür sind 40–45 % nötig).',
  'led.flashing-mode.name': 'Nur das mittlere Licht',
  'led.flashing-mode.meaning': 'Das Gerät ist im Flashmodus und wartet auf ein Wiederherstellungstool.',
  'led.flashing-mode.action':
    'Schließen Sie es an den PC an und flashen Sie es neu (Advanced Recovery Companion für HoloLens 2, Windows Device Recovery Tool für die 1. Generation).',
  'led.os-error.name': 'Alle fünf blinken fünfmal',
  'led.os-error.meaning': 'Das Gerät kann nicht starten: Das Betriebssystem ist in einem Fehlerzustand.',
  'led.os-error.action':
    'Flashen Sie es mit Advanced Recovery Companion neu (verwenden Sie den manuellen Flashmodus, wenn es nicht erkannt wird).',
  'led.hardware-fault.name': 'Lichter 1, 3 und 5 blinken zusammen',
  'led.hardware-fault.meaning': 'Das Gerät hat möglicherweise einen Hardwaredefekt.',
  'led.hardware-fault.action':
    'Nicht neu flashen: Das hilft nicht. Legen Sie das Gerät beiseite und wenden Sie sich für eine Reparatur an den Microsoft-Support.',
  'led.critical-battery.name': 'Ein Licht blinkt fünfmal',
  'led.critical-battery.meaning': 'Der Akku ist fast leer: Das Gerät startet nicht.',
  'led.critical-battery.action':
    'Laden Sie es mindestens eine Stunde am Netzladegerät und versuchen Sie es dann erneut.',
  'led.shutting-down.name': 'Alle an, dann eines nach dem anderen aus',
  'led.shutting-down.meaning': 'Das Gerät geht in den Standby oder fährt herunter.',
  'led.shutting-down.action': 'Beim Neustart von Hand lassen Sie Power los, sobald alle Lichter aus sind.',
  'led.all-off.name': 'Alle Lichter aus',
  'led.all-off.meaning': 'Das Gerät ist aus oder im Standby (oder der Akku ist leer).',
  'led.all-off.action': 'Drücken Sie Power, um es aufzuwecken oder zu starten; leuchtet nichts auf, laden Sie es.',

  'reuse.title': 'Gerät zur Wiederverwendung zurücksetzen',
  'reuse.intro':
    'Arbeiten Sie diese Liste der Reihe nach ab. TenantLockdown lässt sich nur aufheben, solange das Gerät noch registriert ist, deshalb kommt das zuerst; danach wird das Gerät zurückgesetzt; die Cloud-Einträge kommen zuletzt weg, bevor es die Einrichtung erneut durchläuft. Wer nur zurücksetzt, lässt die Cloud-Einträge zurück, und die nächste Einrichtung stolpert darüber.',
  'reuse.lift-tenant-lockdown.title': 'Zuerst TenantLockdown aufheben, solange das Gerät noch registriert ist',
  'reuse.lift-tenant-lockdown.how':
    'Nur für eine HoloLens 2, die mit Autopilot eingerichtet wurde, und bevor irgendetwas gelöscht wird: Nehmen Sie sie, solange sie noch registriert ist, aus der Gruppe, die TenantLockdown/RequireNetworkInOOBE auf true setzt, weisen Sie ihr ein benutzerdefiniertes OMA-URI-Profil zu, das ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE auf false setzt, synchronisieren Sie das Gerät und warten Sie, bis Intune das Profil als angewendet meldet. Auslassen dürfen Sie das nur, wenn das Gerät in diesem Mandanten bleibt und wieder Autopilot durchläuft.',
  'reuse.lift-tenant-lockdown.why':
    'Die Einstellung übersteht Zurücksetzen und Neu-Flashen. Ist das Gerät zurückgesetzt oder sein Intune-Eintrag entfernt, kann es die Änderung nicht mehr empfangen, und die Einrichtung wartet weiter auf das Autopilot-Profil des alten Mandanten.',
  'reuse.reset-or-reflash.title': 'Gerät vollständig zurücksetzen',
  'reuse.reset-or-reflash.how':
    'Setzen Sie es über die Einstellungen zurück, oder setzen Sie es aus Intune zurück („Registrierungsstatus und Benutzerkonto beibehalten“ nicht aktivieren), oder flashen Sie es neu (Advanced Recovery Companion für HoloLens 2, Windows Device Recovery Tool für die 1. Generation). Lassen Sie es bis zum ersten Einrichtungsbildschirm kommen und schalten Sie es dann aus oder halten Sie es vom Netzwerk fern, bis die Einträge unten gelöscht sind.',
  'reuse.reset-or-reflash.why':
    'Das löscht die Daten auf dem Gerät selbst. Seine Cloud-Einträge bleiben; ein Gerät, das bei der Einrichtung ins Internet kommt, bevor sie entfernt sind, läuft in sie hinein.',
  'reuse.delete-intune-record.title': 'Den Intune-Geräteeintrag löschen',
  'reuse.delete-intune-record.how':
    'Intune > Geräte > Alle Geräte: Suchen Sie das Gerät über seine Seriennummer und löschen Sie es. Drücken Sie nach einem Zurücksetzen aus der Ferne sofort Löschen: Das Zurücksetzen bleibt „ausstehend“, weil HoloLens es nie als erledigt meldet.',
  'reuse.delete-intune-record.why':
    'Ein Gerät, das schon Autopilot durchlaufen hat, scheitert mit 0x80180014, solange sein alter Intune-Eintrag existiert.',
  'reuse.deregister-autopilot.title': 'Aus Autopilot abmelden (nur beim Mandantenwechsel)',
  'reuse.deregister-autopilot.how':
    'Wenn der Intune-Eintrag weg ist: Intune > Geräte > Windows > Windows-Registrierung > Geräte, das Gerät auswählen und löschen. Lassen Sie das aus, wenn es im selben Mandanten bleibt und wieder Autopilot durchläuft.',
  'reuse.deregister-autopilot.why':
    'Die Autopilot-Registrierung bindet die Hardware an diesen Mandanten; der neue Mandant kann sie erst registrieren, wenn sie freigegeben ist.',
  'reuse.delete-entra-device.title': 'Das Entra-Gerät löschen',
  'reuse.delete-entra-device.how': 'Microsoft Entra Admin Center > Geräte > Alle Geräte: Gerät suchen und löschen.',
  'reuse.delete-entra-device.why':
    'Verlässt das Gerät den Mandanten, sollte nichts mehr darauf verweisen; ein veraltetes Entra-Gerät stört nur, falls das Gerät je zurückkommt.',
  'reuse.error-explanation':
    '{{code}} bei einem wiederverwendeten Gerät heißt, dass Intune noch den Eintrag seiner letzten Registrierung hat. Löschen Sie diesen Eintrag, setzen Sie das Gerät dann zurück oder flashen Sie es neu und starten Sie die Einrichtung erneut.',

  'follow.gone.moved': 'Das Gerät ist nicht mehr an Anschluss {{port}}. Weiter mit Schritt {{step}} von {{total}}.',
  'follow.gone.all-done': 'Das Gerät ist nicht mehr an Anschluss {{port}}. Alle Schritte sind erledigt.',
  'follow.flashing.moved':
    'Die Station sieht das Gerät im Flashmodus an Anschluss {{port}}. Weiter mit Schritt {{step}} von {{total}}.',
  'follow.flashing.all-done':
    'Die Station sieht das Gerät im Flashmodus an Anschluss {{port}}. Alle Schritte sind erledigt.',
  'follow.running.moved':
    'Die Station sieht das Gerät im normalen Betrieb an Anschluss {{port}}. Weiter mit Schritt {{step}} von {{total}}.',
  'follow.running.all-done':
    'Die Station sieht das Gerät im normalen Betrieb an Anschluss {{port}}. Alle Schritte sind erledigt.',

  'error.no-procedure.title': 'Diesen Wiederherstellungsablauf gibt es nicht',
  'error.no-procedure.message': 'Es gibt keinen Wiederherstellungsablauf „{{id}}“.',
  'error.follow-gone.title': 'Nicht mehr verfolgt',
  'error.follow-gone.message': 'Die Station verfolgt diesen Ablauf nicht mehr.',
  'error.run-finished.title': 'Diese Wiederherstellung ist bereits abgeschlossen',
  'error.run-finished.message': 'Starten Sie eine neue, um es noch einmal zu versuchen.',
  'error.no-step.title': 'Diesen Schritt gibt es nicht',
  'error.no-step.message': 'Der Ablauf dieser Wiederherstellung hat keinen Schritt „{{id}}“.',
  'error.run-not-found.title': 'Wiederherstellung nicht gefunden',
  'error.run-not-found.message': 'Das Protokoll hat keine Wiederherstellung Nummer {{id}}.',

  'unenroll.advice.none':
    'Die Station hat keinen Eintrag darüber, dass sie dieses Gerät registriert hat. Sehen Sie am Gerät nach (Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen), wie es registriert wurde, und wählen Sie das unten aus.',
  'unenroll.advice.known': 'Hier registriert am {{when, when}}: {{path}}.',
  'unenroll.advice.by': 'Hier registriert am {{when, when}} von {{technician}}: {{path}}.',
  'unenroll.reason.autopilot':
    'Es wurde über Autopilot registriert. Bei einem solchen Gerät lässt sich die Registrierung nicht aufheben: Nur Zurücksetzen oder Neu-Flashen nimmt es aus Entra und der MDM.',
  'unenroll.reason.entra':
    'Es wurde mit einem Entra-Konto registriert. Bei einem solchen Gerät lässt sich die Registrierung nicht aufheben: Um Entra zu verlassen oder in einen anderen Mandanten zu wechseln, setzen Sie es zurück oder flashen Sie es neu.',
  'unenroll.reason.msa-work-account':
    'Es wurde registriert, indem einem Microsoft-Konto ein Geschäftskonto hinzugefügt wurde; „Trennen“ in den Einstellungen hebt die Registrierung daher auf.',
  'unenroll.reason.local-mdm-only':
    'Es wurde mit „Nur in Geräteverwaltung registrieren“ an einem lokalen Konto registriert; „Trennen“ in den Einstellungen hebt die Registrierung daher auf.',
  'unenroll.reason.msa-work-account.blocked':
    'Es wurde registriert, indem einem Microsoft-Konto ein Geschäftskonto hinzugefügt wurde; „Trennen“ in den Einstellungen würde die Registrierung daher aufheben. Die MDM-Richtlinie AllowManualMDMUnenrollment steht aber auf 0 und sperrt „Trennen“, es bleibt also nur Zurücksetzen oder Neu-Flashen.',
  'unenroll.reason.local-mdm-only.blocked':
    'Es wurde mit „Nur in Geräteverwaltung registrieren“ an einem lokalen Konto registriert; „Trennen“ in den Einstellungen würde die Registrierung daher aufheben. Die MDM-Richtlinie AllowManualMDMUnenrollment steht aber auf 0 und sperrt „Trennen“, es bleibt also nur Zurücksetzen oder Neu-Flashen.',
  'unenroll.summary.autopilot':
    'Autopilot: Die Registrierung dieses Geräts lässt sich nur durch Zurücksetzen oder Neu-Flashen aufheben.',
  'unenroll.summary.entra':
    'Entra-Beitritt: Die Registrierung dieses Geräts lässt sich nur durch Zurücksetzen oder Neu-Flashen aufheben.',
  'unenroll.summary.msa-work-account':
    'Geschäftskonto an einem Microsoft-Konto: Die Registrierung lässt sich später mit „Trennen“ in den Einstellungen aufheben.',
  'unenroll.summary.local-mdm-only':
    'Lokales Konto, nur MDM: Die Registrierung lässt sich später mit „Trennen“ in den Einstellungen aufheben.',
  'unenroll.blocked-warning':
    '„Trennen“ ist durch die MDM-Richtlinie Experience/AllowManualMDMUnenrollment = 0 gesperrt. Setzen Sie das Gerät zurück oder flashen Sie es neu, oder bitten Sie den Administrator, die Richtlinie vorher aufzuheben.',
  'unenroll.sign-in.title': 'Als registrierender Benutzer anmelden',
  'unenroll.sign-in.action': 'Melden Sie sich am Gerät mit dem Konto an, das es registriert hat.',
  'unenroll.sign-in.expect': 'Das Startmenü erscheint.',
  'unenroll.disconnect.title': 'Das Geschäftskonto trennen',
  'unenroll.disconnect.action':
    'Öffnen Sie Start > Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen, wählen Sie das Geschäftskonto (oder die MDM-Registrierung), dann „Trennen“, und bestätigen Sie.',
  'unenroll.disconnect.expect': 'Der Eintrag verschwindet, und das Gerät gibt nicht mehr an, verwaltet zu werden.',
  'unenroll.disconnect.ifNot':
    'Fehlt die Schaltfläche „Trennen“, sperrt die MDM-Richtlinie AllowManualMDMUnenrollment sie: Bitten Sie den Administrator, sie aufzuheben, oder setzen Sie das Gerät zurück bzw. flashen Sie es neu.',
  'unenroll.clean-mdm-record.title': 'Den Eintrag in der MDM entfernen',
  'unenroll.clean-mdm-record.action':
    'Löschen (oder abkoppeln) Sie dieses Gerät in der MDM-Konsole, damit sein Eintrag nicht liegen bleibt.',
  'unenroll.clean-mdm-record.expect': 'Die MDM führt das Gerät nicht mehr.',
  'unenroll.tenant-lockdown.title': 'Zuerst: TenantLockdown aufheben, solange das Gerät noch registriert ist',
  'unenroll.tenant-lockdown.action':
    'Wurde TenantLockdown (RequireNetworkInOOBE) auf diesem Gerät gesetzt, heben Sie es jetzt auf, solange das Gerät noch registriert ist und bevor etwas gelöscht wird: Nehmen Sie das Gerät aus der Gruppe, die es auf true setzt, weisen Sie ein benutzerdefiniertes OMA-URI-Profil zu, das ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE auf false setzt, und synchronisieren Sie das Gerät.',
  'unenroll.tenant-lockdown.expect': 'Intune zeigt das Profil mit „false“ als auf diesem Gerät angewendet.',
  'unenroll.tenant-lockdown.ifNot':
    'Machen Sie erst weiter, wenn Intune es als angewendet zeigt: Die Einstellung übersteht Zurücksetzen und Neu-Flashen, und ist das Gerät zurückgesetzt oder sein Intune-Eintrag entfernt, lässt sie sich nicht mehr aufheben. Das Gerät würde weiter auf das Autopilot-Profil seines alten Mandanten warten.',
  'unenroll.charge.title': 'Akku laden',
  'unenroll.charge.action.hololens1': 'Laden Sie den Akku auf mindestens 40 %.',
  'unenroll.charge.action':
    'Laden Sie den Akku auf mindestens 40 %. Sorgen Sie bei HoloLens 2 ab 23H1 außerdem für 6 GB freien Speicher.',
  'unenroll.charge.expect': 'Die Station zeigt 40 % oder mehr.',
  'unenroll.reset.title': 'Gerät zurücksetzen',
  'unenroll.reset.action.hololens2':
    'Öffnen Sie auf dem Gerät Einstellungen > Update & Sicherheit > Zurücksetzen & Wiederherstellung > Dieses Gerät zurücksetzen und bestätigen Sie. Erreicht es die Ersteinrichtung, schalten Sie es aus (oder halten Sie es vom Netzwerk fern), bis seine Cloud-Einträge gelöscht sind (der letzte Schritt).',
  'unenroll.reset.action.hololens1':
    'Öffnen Sie auf dem Gerät Einstellungen > Update > Zurücksetzen (bei manchen Builds Wiederherstellung) > Gerät zurücksetzen und bestätigen Sie. Erreicht es die Ersteinrichtung, schalten Sie es aus (oder halten Sie es vom Netzwerk fern), bis seine Cloud-Einträge gelöscht sind (der letzte Schritt).',
  'unenroll.reset.action':
    'Öffnen Sie auf dem Gerät Einstellungen > Update & Sicherheit > Zurücksetzen & Wiederherstellung > Dieses Gerät zurücksetzen (HoloLens 1. Generation: Einstellungen > Update > Zurücksetzen (bei manchen Builds Wiederherstellung) > Gerät zurücksetzen) und bestätigen Sie. Erreicht es die Ersteinrichtung, schalten Sie es aus (oder halten Sie es vom Netzwerk fern), bis seine Cloud-Einträge gelöscht sind (der letzte Schritt).',
  'unenroll.reset.expect':
    'Das Gerät startet neu, zeigt eine Weile den Fortschritt (bei der 1. Generation etwa 30 Minuten) und endet bei der Ersteinrichtung.',
  'unenroll.reflash.title': 'Stattdessen neu flashen, wenn Zurücksetzen nicht geht',
  'unenroll.reflash.action.hololens1':
    'Kommen Sie nicht in die Einstellungen (Kennwort vergessen, Gerät startet nicht), installieren Sie es mit dem Windows Device Recovery Tool neu.',
  'unenroll.reflash.action.hololens2':
    'Kommen Sie nicht in die Einstellungen (PIN vergessen, Gerät startet nicht), flashen Sie es mit Advanced Recovery Companion neu oder setzen Sie es aus Intune zurück (siehe die anderen Wege unten).',
  'unenroll.reflash.action':
    'Kommen Sie nicht in die Einstellungen, flashen Sie es neu: Advanced Recovery Companion für HoloLens 2, Windows Device Recovery Tool für die 1. Generation.',
  'unenroll.reflash.expect':
    'Das Gerät endet bei der Ersteinrichtung. Erreicht es die Ersteinrichtung, schalten Sie es aus (oder halten Sie es vom Netzwerk fern), bis seine Cloud-Einträge gelöscht sind (der letzte Schritt).',
  'unenroll.cloud.title': 'Dann die Cloud-Einträge bereinigen',
  'unenroll.cloud.action.moving':
    'Das Gerät ist zurückgesetzt, seine Cloud-Einträge nicht. Löschen Sie das Gerät jetzt in Intune > Geräte. Es wechselt in einen anderen Mandanten, entfernen Sie es daher danach auch aus Autopilot (Windows-Registrierung > Geräte) und löschen Sie es in Entra > Geräte, in dieser Reihenfolge.',
  'unenroll.cloud.action':
    'Das Gerät ist zurückgesetzt, seine Cloud-Einträge nicht. Löschen Sie das Gerät jetzt in Intune > Geräte. Soll es in einen anderen Mandanten wechseln, entfernen Sie es danach auch aus Autopilot und löschen Sie es in Entra > Geräte, in dieser Reihenfolge.',
  'unenroll.cloud.expect': 'Intune führt das Gerät nicht mehr (beim Mandantenwechsel auch Autopilot und Entra nicht).',
  'unenroll.cloud.ifNot': 'Ohne diesen Schritt scheitert der nächste Autopilot-Lauf mit {{code}}.',
  'unenroll.wipe.title': 'Aus der Ferne über Intune zurücksetzen',
  'unenroll.wipe.when':
    'Wenn sich niemand am Gerät anmelden kann (ehemaliger Benutzer, PIN vergessen), es aber noch ins Internet kommt: Das Zurücksetzen greift beim nächsten Einchecken.',
  'unenroll.intune-wipe.title': 'Über Intune zurücksetzen',
  'unenroll.intune-wipe.action':
    'Öffnen Sie in Intune > Geräte > Alle Geräte das Gerät und wählen Sie „Zurücksetzen“. Lassen Sie „Registrierungsstatus und Benutzerkonto beibehalten“ deaktiviert: Dieses Gerät geht. Bestätigen Sie.',
  'unenroll.intune-wipe.expect':
    'Intune zeigt das Zurücksetzen als ausstehend; das Gerät startet neu und löscht sich beim nächsten Einchecken.',
  'unenroll.intune-wipe.ifNot': 'Das Gerät muss eingeschaltet und online sein, um das Zurücksetzen zu empfangen.',
  'unenroll.delete-after-wipe.title': 'Gleich danach „Löschen“ drücken',
  'unenroll.delete-after-wipe.action.moving':
    'Drücken Sie direkt nach „Zurücksetzen“ für dasselbe Gerät „Löschen“. HoloLens meldet das Zurücksetzen nie als erledigt, Intune würde also dauerhaft „Zurücksetzen ausstehend“ zeigen und den Eintrag behalten. Es wechselt in einen anderen Mandanten: Entfernen Sie es danach aus Autopilot und löschen Sie es in Entra > Geräte, in dieser Reihenfolge.',
  'unenroll.delete-after-wipe.action':
    'Drücken Sie direkt nach „Zurücksetzen“ für dasselbe Gerät „Löschen“. HoloLens meldet das Zurücksetzen nie als erledigt, Intune würde also dauerhaft „Zurücksetzen ausstehend“ zeigen und den Eintrag behalten.',
  'unenroll.delete-after-wipe.expect': 'Intune führt das Gerät nicht mehr.',
  'unenroll.delete-after-wipe.ifNot':
    'Ein zurückgelassener Eintrag lässt den nächsten Autopilot-Lauf mit {{code}} scheitern.',
  'unenroll.retire.title': 'Über Intune abkoppeln',
  'unenroll.retire.when':
    'Wenn am Gerät niemand „Trennen“ drücken kann (niemand zur Hand, der sich anmeldet), das Gerät aber online ist.',
  'unenroll.intune-retire.title': 'Gerät abkoppeln',
  'unenroll.intune-retire.action':
    'Öffnen Sie in Intune > Geräte > Alle Geräte das Gerät, wählen Sie „Abkoppeln“ und bestätigen Sie. Das entfernt die Registrierung sowie die Einstellungen und Apps, die Intune geschickt hat, und behält die persönlichen Daten.',
  'unenroll.intune-retire.expect':
    'Intune zeigt das Abkoppeln als ausstehend; sobald das Gerät eingecheckt hat, verschwindet es aus der Liste.',
  'unenroll.intune-retire.ifNot':
    'Bleibt es ausstehend, hat das Gerät nicht eingecheckt: Schalten Sie es ein und verbinden Sie es mit dem Internet, oder löschen Sie den Eintrag von Hand.',
  'unenroll.retire.unverified':
    'Die HoloLens-Seiten verweisen zum Zurücksetzen und Abkoppeln nur auf die Intune-Seite; sie beschreiben das Abkoppeln bei HoloLens nicht selbst.',
};
export default de;
