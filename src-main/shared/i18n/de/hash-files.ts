import type { Translation } from '../catalog.ts';
import type en from '../en/hash-files.ts';

/** The hash-files namespace in German. The buttons keep the names printed on the device (Power, Volume Down). */
const de: Translation<typeof en> = {
  'zip.title': 'Die Autopilot-Diagnose-ZIP-Datei ist nicht verwendbar',
  'zip.corrupt':
    'Die ZIP-Datei ist beschädigt: {{reason}} Kopieren Sie AutopilotDiagnostics.zip erneut vom Gerät, oder erstellen Sie sie mit Power + Volume Down neu.',
  'zip.damage.endMissing': 'Ihr Endeintrag fehlt; sie scheint abgeschnitten.',
  'zip.damage.listTooLarge': 'Ihr Dateiverzeichnis ist unplausibel groß.',
  'zip.damage.listPastEnd': 'Ihr Dateiverzeichnis zeigt über das Dateiende hinaus; sie scheint abgeschnitten.',
  'zip.damage.listBroken': 'Ihr Dateiverzeichnis ist fehlerhaft.',
  'zip.damage.zip64Missing': 'Ihr ZIP64-Endeintrag fehlt.',
  'zip.damage.zip64Broken': 'Ihr ZIP64-Endeintrag ist fehlerhaft.',
  'zip.damage.zip64Short': 'Ein ZIP64-Feld ist zu kurz.',
  'zip.damage.headerMissing': 'Der Kopf von {{name}} fehlt.',
  'zip.damage.entryShort': '{{name}} ist abgeschnitten.',
  'zip.damage.noInflate': '{{name}} lässt sich nicht entpacken.',
  'zip.damage.checksum': '{{name}} besteht die Prüfsumme nicht.',
  'zip.open': '{{path}} ließ sich nicht öffnen. Prüfen Sie, ob die Datei existiert und lesbar ist.',
  'zip.read': '{{path}} ließ sich nicht lesen.',
  'zip.encrypted': '{{name}} in der ZIP-Datei ist verschlüsselt; die Station kann sie nicht lesen.',
  'zip.method':
    '{{name}} in der ZIP-Datei verwendet die Komprimierungsmethode {{method}}, die die Station nicht liest. Entpacken Sie sie auf einem PC, und importieren Sie stattdessen die CSV-Datei.',
  'zip.tooLarge':
    '{{name}} in der ZIP-Datei würde auf mehr als {{size, bytes}} anwachsen, weit mehr als eine Hashdatei; diese ZIP-Datei stammt nicht von einer HoloLens.',
  'zip.notZip':
    'Die Datei ist kein ZIP-Archiv. Wählen Sie AutopilotDiagnostics.zip aus dem Ordner „Dokumente“ des Geräts.',
  'zip.noHash':
    'Die ZIP-Datei enthält keine DeviceHash*.csv. Vielleicht ist es eine andere Diagnose-ZIP-Datei (HololensDiagnostics, DeviceEnrollmentDiagnostics); erstellen Sie sie mit Power + Volume Down neu, und wählen Sie AutopilotDiagnostics.zip.',
  'zip.noHashIn':
    'Die ZIP-Datei {{source}} enthält keine DeviceHash*.csv. Vielleicht ist es eine andere Diagnose-ZIP-Datei (HololensDiagnostics, DeviceEnrollmentDiagnostics); erstellen Sie sie mit Power + Volume Down neu, und wählen Sie AutopilotDiagnostics.zip.',
  'zip.severalHashes':
    'Die ZIP-Datei enthält {{n}} DeviceHash-Dateien ({{names}}); eine HoloLens schreibt eine. Entpacken Sie die richtige, und importieren Sie stattdessen die CSV-Datei.',
  'zip.unreadable':
    'Die ZIP-Datei ließ sich nicht lesen; sie ist vielleicht beschädigt. Kopieren Sie sie erneut vom Gerät.',
  'csv.title': 'Die Autopilot-CSV-Datei ist nicht lesbar',
  'csv.syntax': 'Zeile {{line}} {{problem}}.',
  'csv.tooLarge': 'Die Datei ist größer als 1 MiB, weit mehr als jede Autopilot-CSV-Datei.',
  'csv.empty': 'Die Datei ist leer: Sie hat weder eine Kopfzeile noch ein Gerät.',
  'csv.noColumns':
    'Der Kopfzeile „{{header}}“ fehlen die Spalten „Device Serial Number“ und „Hardware Hash“; dies ist keine Autopilot-Hashdatei.',
  'csv.rowTooLong': 'Zeile {{line}} hat mehr Werte, als die Kopfzeile Spalten hat.',
  'csv.rowProblem': 'Zeile {{line}} ({{device}}): {{problem}}',
  'csv.noRow': 'Die Datei hat eine Kopfzeile, aber keine Gerätezeile.',
  'csv.severalDevices':
    'Die Datei führt {{n}} Geräte auf ({{serials}}...), die DeviceHash-Datei eines Geräts führt aber nur dieses auf. Verwenden Sie sie stattdessen als Eingabe für eine Intune-CSV-Datei.',
  'device.serial': 'Gerät {{serial}}',
  'device.none': 'ein Gerät ohne Seriennummer',
  'device.position': 'Gerät Nr. {{position}} (keine verwendbare Seriennummer)',
  'intuneCsv.invalid.title': 'Einige Geräte können nicht in eine Intune-CSV-Datei',
  'intuneCsv.invalid.message_one':
    '{{count}} Gerät hat Werte, die Intune ablehnen würde. Beheben Sie diese, und exportieren Sie erneut:',
  'intuneCsv.invalid.message_other':
    '{{count}} Geräte haben Werte, die Intune ablehnen würde. Beheben Sie diese, und exportieren Sie erneut:',
  'intuneCsv.invalid.more': '…und {{n}} weitere.',
  'intuneCsv.none.title': 'Keine Geräte zum Exportieren',
  'intuneCsv.none.message':
    'Es gibt kein ausgelesenes Gerät für die CSV-Datei. Lesen Sie zuerst die Hashes aus (Power + Volume Down an jeder HoloLens 2), oder übergeben Sie ZIP- oder CSV-Dateien mit --in.',
};

export default de;
