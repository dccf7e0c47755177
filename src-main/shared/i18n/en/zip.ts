import type { Catalog } from '../catalog.ts';

/**
 * The zip namespace in English, the source language: why the station cannot use an AutopilotDiagnostics.zip
 * (the zip reader and the device-hash pick). Each damage is a sentence of its own, placed in `corrupt`.
 */
export default {
  title: 'The Autopilot diagnostics zip cannot be used',
  corrupt:
    'The zip is damaged: {{reason}} Copy AutopilotDiagnostics.zip from the device again, or collect it again with Power + Volume Down.',
  'damage.endMissing': 'Its end record is missing; it looks cut short.',
  'damage.listTooLarge': 'Its file list is implausibly large.',
  'damage.listPastEnd': 'Its file list points past the end of the file; it looks cut short.',
  'damage.listBroken': 'Its file list is broken.',
  'damage.zip64Missing': 'Its ZIP64 end record is missing.',
  'damage.zip64Broken': 'Its ZIP64 end record is broken.',
  'damage.zip64Short': 'A ZIP64 field is short.',
  'damage.headerMissing': 'The header of {{name}} is missing.',
  'damage.entryShort': '{{name}} is cut short.',
  'damage.noInflate': '{{name}} does not decompress.',
  'damage.checksum': '{{name}} fails its checksum.',
  open: 'Could not open {{path}}. Check that the file exists and is readable.',
  read: 'Could not read {{path}}.',
  encrypted: '{{name}} in the zip is encrypted; the station cannot read it.',
  method:
    '{{name}} in the zip uses compression method {{method}}, which the station does not read. Extract it on a PC and import the CSV instead.',
  tooLarge:
    '{{name}} in the zip would unpack to more than {{size, bytes}}, far more than a hash file; the zip is not one a HoloLens wrote.',
  notZip: "The file is not a zip archive. Pick the AutopilotDiagnostics.zip from the device's Documents folder.",
  noHash:
    'The zip has no DeviceHash*.csv. It may be another diagnostics zip (HololensDiagnostics, DeviceEnrollmentDiagnostics); collect again with Power + Volume Down and pick AutopilotDiagnostics.zip.',
  noHashIn:
    'The zip {{source}} has no DeviceHash*.csv. It may be another diagnostics zip (HololensDiagnostics, DeviceEnrollmentDiagnostics); collect again with Power + Volume Down and pick AutopilotDiagnostics.zip.',
  severalHashes:
    'The zip holds {{n}} DeviceHash files ({{names}}); a HoloLens writes one. Extract the right one and import the CSV instead.',
  unreadable: 'The zip could not be read; it may be damaged. Copy it from the device again.',
} as const satisfies Catalog;
