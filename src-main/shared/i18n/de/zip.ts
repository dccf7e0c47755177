import type { Translation } from '../catalog.ts';
import type en from '../en/zip.ts';

/** The zip namespace in German. The buttons keep the names printed on the device (Power, Volume Down). */
const de: Translation<typeof en> = {
  title: 'Die Autopilot-Diagnose-ZIP-Datei ist nicht verwendbar',
  corrupt:
    'Die ZIP-Datei ist beschädigt: {{reason}} Kopieren Sie AutopilotDiagnostics.zip erneut vom Gerät, oder erstellen Sie sie mit Power + Volume Down neu.',
  'damage.endMissing': 'Ihr Endeintrag fehlt; sie scheint abgeschnitten.',
  'damage.listTooLarge': 'Ihr Dateiverzeichnis ist unplausibel groß.',
  'damage.listPastEnd': 'Ihr Dateiverzeichnis zeigt über das Dateiende hinaus; sie scheint abgeschnitten.',
  'damage.listBroken': 'Ihr Dateiverzeichnis ist fehlerhaft.',
  'damage.zip64Missing': 'Ihr ZIP64-Endeintrag fehlt.',
  'damage.zip64Broken': 'Ihr ZIP64-Endeintrag ist fehlerhaft.',
  'damage.zip64Short': 'Ein ZIP64-Feld ist zu kurz.',
  'damage.headerMissing': 'Der Kopf von {{name}} fehlt.',
  'damage.entryShort': '{{name}} ist abgeschnitten.',
  'damage.noInflate': '{{name}} lässt sich nicht entpacken.',
  'damage.checksum': '{{name}} besteht die Prüfsumme nicht.',
  open: '{{path}} ließ sich nicht öffnen. Prüfen Sie, ob die Datei existiert und lesbar ist.',
  read: '{{path}} ließ sich nicht lesen.',
  encrypted: '{{name}} in der ZIP-Datei ist verschlüsselt; die Station kann sie nicht lesen.',
  method:
    '{{name}} in der ZIP-Datei verwendet die Komprimierungsmethode {{method}}, die die Station nicht liest. Entpacken Sie sie auf einem PC, und importieren Sie stattdessen die CSV-Datei.',
  tooLarge:
    '{{name}} in der ZIP-Datei würde auf mehr als {{size, bytes}} anwachsen, weit mehr als eine Hashdatei; diese ZIP-Datei stammt nicht von einer HoloLens.',
  notZip: 'Die Datei ist kein ZIP-Archiv. Wählen Sie AutopilotDiagnostics.zip aus dem Ordner „Dokumente“ des Geräts.',
  noHash:
    'Die ZIP-Datei enthält keine DeviceHash*.csv. Vielleicht ist es eine andere Diagnose-ZIP-Datei (HololensDiagnostics, DeviceEnrollmentDiagnostics); erstellen Sie sie mit Power + Volume Down neu, und wählen Sie AutopilotDiagnostics.zip.',
  noHashIn:
    'Die ZIP-Datei {{source}} enthält keine DeviceHash*.csv. Vielleicht ist es eine andere Diagnose-ZIP-Datei (HololensDiagnostics, DeviceEnrollmentDiagnostics); erstellen Sie sie mit Power + Volume Down neu, und wählen Sie AutopilotDiagnostics.zip.',
  severalHashes:
    'Die ZIP-Datei enthält {{n}} DeviceHash-Dateien ({{names}}); eine HoloLens schreibt eine. Entpacken Sie die richtige, und importieren Sie stattdessen die CSV-Datei.',
  unreadable: 'Die ZIP-Datei ließ sich nicht lesen; sie ist vielleicht beschädigt. Kopieren Sie sie erneut vom Gerät.',
};

export default de;
