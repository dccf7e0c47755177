import type { Catalog } from '../catalog.ts';

/**
 * The hash-files namespace in English, the source language: why the station cannot use a file that should carry
 * device hashes: an AutopilotDiagnostics.zip (the zip reader and the device-hash pick; each damage is a sentence of
 * its own, placed in `zip.corrupt`), a DeviceHash or Intune CSV read or written.
 */
export default {
  'zip.title': 'The Autopilot diagnostics zip cannot be used',
  'zip.corrupt':
    'The zip is damaged: {{reason}} Copy AutopilotDiagnostics.zip from the device again, or collect it again with Power + Volume Down.',
  'zip.damage.endMissing': 'Its end record is missing; it looks cut short.',
  'zip.damage.listTooLarge': 'Its file list is implausibly large.',
  'zip.damage.listPastEnd': 'Its file list points past the end of the file; it looks cut short.',
  'zip.damage.listBroken': 'Its file list is broken.',
  'zip.damage.zip64Missing': 'Its ZIP64 end record is missing.',
  'zip.damage.zip64Broken': 'Its ZIP64 end record is broken.',
  'zip.damage.zip64Short': 'A ZIP64 field is short.',
  'zip.damage.headerMissing': 'The header of {{name}} is missing.',
  'zip.damage.entryShort': '{{name}} is cut short.',
  'zip.damage.noInflate': '{{name}} does not decompress.',
  'zip.damage.checksum': '{{name}} fails its checksum.',
  'zip.open': 'Could not open {{path}}. Check that the file exists and is readable.',
  'zip.read': 'Could not read {{path}}.',
  'zip.encrypted': '{{name}} in the zip is encrypted; the station cannot read it.',
  'zip.method':
    '{{name}} in the zip uses compression method {{method}}, which the station does not read. Extract it on a PC and import the CSV instead.',
  'zip.tooLarge':
    '{{name}} in the zip would unpack to more than {{size, bytes}}, far more than a hash file; the zip is not one a HoloLens wrote.',
  'zip.notZip': "The file is not a zip archive. Pick the AutopilotDiagnostics.zip from the device's Documents folder.",
  'zip.noHash':
    'The zip has no DeviceHash*.csv. It may be another diagnostics zip (HololensDiagnostics, DeviceEnrollmentDiagnostics); collect again with Power + Volume Down and pick AutopilotDiagnostics.zip.',
  'zip.noHashIn':
    'The zip {{source}} has no DeviceHash*.csv. It may be another diagnostics zip (HololensDiagnostics, DeviceEnrollmentDiagnostics); collect again with Power + Volume Down and pick AutopilotDiagnostics.zip.',
  'zip.severalHashes':
    'The zip holds {{n}} DeviceHash files ({{names}}); a HoloLens writes one. Extract the right one and import the CSV instead.',
  'zip.unreadable': 'The zip could not be read; it may be damaged. Copy it from the device again.',
  'csv.title': 'The Autopilot CSV cannot be read',
  'csv.syntax': 'Line {{line}} {{problem}}.',
  'csv.tooLarge': 'The file is larger than 1 MiB, far more than any Autopilot CSV.',
  'csv.empty': 'The file is empty: it has no header and no device.',
  'csv.noColumns':
    'The header "{{header}}" lacks the "Device Serial Number" and "Hardware Hash" columns; this is not an Autopilot hash file.',
  'csv.rowTooLong': 'Row {{line}} has more values than the header has columns.',
  'csv.rowProblem': 'Row {{line}} ({{device}}): {{problem}}',
  'csv.noRow': 'The file has a header but no device row.',
  'csv.severalDevices':
    "The file lists {{n}} devices ({{serials}}...), but a device's DeviceHash file lists only itself. Use it as an Intune CSV input instead.",
  'device.serial': 'device {{serial}}',
  'device.none': 'a device without a serial number',
  'device.position': 'device #{{position}} (no usable serial)',
  'intuneCsv.invalid.title': 'Some devices cannot go into an Intune CSV',
  'intuneCsv.invalid.message_one': '{{count}} device has values Intune would reject. Fix these and export again:',
  'intuneCsv.invalid.message_other': '{{count}} devices have values Intune would reject. Fix these and export again:',
  'intuneCsv.invalid.more': '...and {{n}} more.',
  'intuneCsv.none.title': 'No devices to export',
  'intuneCsv.none.message':
    'There is no harvested device to put in the CSV. Harvest hashes first (Power + Volume Down on each HoloLens 2) or pass zips or CSVs with --in.',
} as const satisfies Catalog;
