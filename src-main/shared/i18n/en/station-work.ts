import type { Catalog } from '../catalog.ts';

/**
 * The station-work namespace in English, the source language: what the core says about packages, Autopilot and
 * Intune (package findings, apply and kit steps, sign-in, upload and queue states, clean-up steps).
 */
export default {
  'wim.title.not-wim': 'Not a provisioning package',
  'wim.title.truncated': 'Package file is cut short',
  'wim.title.corrupt': 'Package file is damaged',
  'wim.title.bad-hash': 'Package contents do not match their checksums',
  'wim.title.encrypted': 'Package is encrypted',
  'wim.title.compression-unsupported': 'Package compression not supported',
  'wim.title.solid': 'Package uses solid compression',
  'wim.title.split': 'Package is split into parts',
  'wim.title.too-large': 'Package is too large to check',
  'wim.message.not-wim':
    'This file is not a provisioning package (.ppkg). It may be encrypted, password-protected or a different kind of file. Export the package again from Windows Configuration Designer.',
  'wim.message.truncated':
    'Part of this package file is missing, usually from a copy or download that stopped early. Copy it again from the original.',
  'wim.message.corrupt':
    'This package file is damaged and cannot be read. Copy it again from the original, or export it again.',
  'wim.message.bad-hash':
    'Some files inside this package are damaged: their checksums do not match. Copy the package again from the original.',
  'wim.message.encrypted':
    'This package is encrypted or password-protected. HoloLens cannot apply such packages. Export it again with encryption turned off.',
  'wim.message.compression-unsupported':
    'This package uses a compression the station cannot read. Re-create the package with XPRESS compression (the Windows Configuration Designer default).',
  'wim.message.solid':
    'This package uses solid compression, which the station cannot read. Re-create the package with XPRESS compression.',
  'wim.message.split': 'This package is one part of a split archive. Use the complete, single-file package.',
  'wim.message.too-large':
    'This package is bigger than the station is willing to check. Make sure this is the right file.',
  'wim.message.lzms':
    'This package uses LZMS compression, which the station cannot read. Re-create the package with XPRESS.',
  'wim.message.solidKind':
    'This package uses solid {{kind}} compression (all files in one compressed block), which the station cannot read. Re-create the package with ordinary XPRESS compression.',
  'wim.message.solidAny':
    'This package uses solid compression (all files in one compressed block), which the station cannot read. Re-create the package with ordinary XPRESS compression.',
  'wim.message.pipable':
    'This is a pipable WIM archive (made with wimlib --pipable), which Windows and HoloLens cannot read. Capture it again without --pipable, or export the package from Windows Configuration Designer.',

  'inspect.unreadable.title': 'Package file cannot be opened',
  'inspect.unreadable.message': 'The station cannot open {{file}}.',
  'inspect.notFound.title': 'Package file not found',
  'inspect.notFound.message': 'There is no file at {{file}}. Check the path.',
  'inspect.notAFile.title': 'Not a package file',
  'inspect.notAFile.message': '{{file}} is a folder, not a .ppkg file.',

  'finding.too-much-data_one':
    'This package unpacks to far more data than its size suggests, so the station stopped checking it ({{count, number}} file not checked). Make sure this is the right file, and export it again.',
  'finding.too-much-data_other':
    'This package unpacks to far more data than its size suggests, so the station stopped checking it ({{count, number}} files not checked). Make sure this is the right file, and export it again.',
  'finding.incomplete':
    'This package was still being written when it was copied. Copy or export it again to be sure it is complete.',
  'finding.missing-stream_one':
    '{{count, number}} file inside this package has no contents in the archive. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
  'finding.missing-stream_other':
    '{{count, number}} files inside this package have no contents in the archive. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
  'finding.image-count_one':
    'The package header says it holds {{count, number}} image but it has {{actual, number}}. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
  'finding.image-count_other':
    'The package header says it holds {{count, number}} images but it has {{actual, number}}. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
  'finding.wim-xml-damaged':
    'The archive description inside this package is damaged. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
  'finding.odd-names_one':
    '{{count, number}} entry inside has a name no file can have; the station skipped it. Re-export the package.',
  'finding.odd-names_other':
    '{{count, number}} entries inside have names no file can have; the station skipped them. Re-export the package.',
  'finding.xml-unreadable': 'Part of {{member}} could not be read, so some settings may be missing below.',
  'finding.hl1-no-edition-upgrade':
    'HoloLens (1st gen) must be upgraded to Commercial Suite before it can join MDM, and this package has no edition upgrade license. Add the license to the package, or upgrade the devices another way first.',
  'finding.owner-not-it-admin':
    'The package owner is "{{owner}}", not IT Admin. Export it again with owner IT Admin. To update a package a device already has, raise the version number.',
  'finding.multiple-images': 'The archive holds {{count, number}} images; only the first was checked.',
  'finding.nothing-recognised':
    'The station found no settings it knows in this package. It may still work: check what it does in Windows Configuration Designer before using it.',
  'finding.token-expiry-unknown':
    'This package has a bulk enrollment token, but the station cannot see when it expires. Tokens last at most 30 days from when the package was made.',
  'finding.token-expired':
    'The bulk enrollment token in this package expired on {{when, when}}. Devices will not join Entra with it. Make a new package with a fresh token.',
  'finding.token-expiring_one':
    'The bulk enrollment token in this package expires on {{when, when}}, in {{count, number}} day. Use the package before then, or make a new one.',
  'finding.token-expiring_other':
    'The bulk enrollment token in this package expires on {{when, when}}, in {{count, number}} days. Use the package before then, or make a new one.',
  'finding.inspection-unreadable': 'The station lost what it found in this package. Check it again.',

  'apply.notConnected.title': 'Device not connected',
  'apply.notConnected.message': 'Plug the HoloLens in and try again.',
  'apply.notHoloLens.title': 'Not a HoloLens',
  'apply.notHoloLens.message': 'The device on port {{port}} is not a HoloLens.',
  'apply.flashing.title': 'The device is in flashing mode',
  'apply.flashing.message': 'Packages go on a running device. Restart it normally first.',
  'apply.noMtp.title': 'No file transfer on this device',
  'apply.noMtp.message': 'This device offers no file transfer (MTP) over USB, so the station cannot copy the package.',
  'apply.blocked.title': 'This package cannot be applied',
  'apply.settingsTooOld.title': 'This HoloLens cannot add packages from Settings',
  'apply.settingsTooOld.message':
    'HoloLens (1st gen) adds packages from Settings from Windows Holographic 1809 (build {{from}}); this one runs {{build}}. Apply it during setup instead, or update the device first.',
  'apply.noStorage.title': 'The device shows no storage yet',
  'apply.noStorage.oobe':
    'On the first setup screen, press Volume Down + Power together and let go; the storage appears once the provisioning page opens.',
  'apply.noStorage.unlock': 'Sign in on the device (unlock it) so it shows its files, then try again.',
  'apply.readOnly.title': 'The device storage is read-only',
  'apply.readOnly.message': 'The device refuses new files.',
  'apply.fileMissing.title': 'The package file cannot be read',
  'apply.fileMissing.message': 'Could not read {{path}}.',
  'apply.mismatch.title': 'The copy on the device does not match',
  'apply.mismatch.message':
    'What the device holds is not the same as {{name}} on this PC. The station removed it; copy it again.',
  'apply.stillCopying.title': 'Still copying',
  'apply.stillCopying.message': 'Wait for the copy to finish, or cancel it.',
  'apply.notCopied.title': 'The package was not copied yet',
  'apply.notCopied.message':
    'The station has not put the package on the device in this apply, so it cannot be recorded as applied.',
  'apply.flowNotFound.title': 'No such apply',
  'apply.flowNotFound.message': 'This apply is not known (any more).',
  'apply.alreadyRecorded.title': 'Already recorded',
  'apply.alreadyRecorded.message': 'This apply is already finished in the ledger.',
  'apply.notInLedger.title': 'Not in the ledger',
  'apply.notInLedger.message': 'No package apply number {{id}}.',
  'apply.jobTitle': 'Copy {{name}} to the device on port {{port}}',
  'apply.jobCopying': 'Copying {{name}}…',
  'apply.jobCopied': 'Copied and checked: {{path}}',

  'flow.openProvisioning':
    'Waiting for the device storage. On the first setup screen, press Volume Down + Power together and let go.',
  'flow.unlock': 'Waiting for the device files. Sign in on the device so it shows its storage.',
  'flow.copying': 'Copying {{name}} to the device and checking the copy…',
  'flow.confirmOnDevice':
    'Copied and checked. Now press Volume Down + Power again, then accept the package on the device.',
  'flow.addInSettings':
    'Copied into Documents and checked. Now add it on the device: Settings > Accounts > Access work or school > Add or remove a provisioning package.',
  'flow.packageGone': 'Applied: the device took the package (it left the device storage).',
  'flow.storageClosed':
    'The device closed its storage. If the device says the package was added, record it below; if not, say it failed.',
  'flow.confirmedApplied': 'Recorded as applied, confirmed by {{tech}}.',
  'flow.confirmedAppliedAnon': 'Recorded as applied, confirmed by the technician.',
  'flow.confirmedFailed': 'Recorded as failed.',
  'flow.copyFailed': 'The copy failed. {{why}}',
  'flow.canceledClean': 'Canceled. Nothing was left half-copied on the device.',
  'flow.canceledRemoved': 'Canceled. The station removed the package from the device again.',
  'flow.canceledLeft': 'Canceled. The package may still be on the device: delete it there if it should not be applied.',
  'flow.unplugged': 'The device left port {{port}}. Plug it back in; the station carries on when it is back.',

  'options.documentsTooOld':
    'This HoloLens (1st gen) runs build {{build}}: adding a package from Settings needs 1809 (17763) or later.',
  'options.documentsUnknown':
    'HoloLens (1st gen) adds packages from Settings from 1809 (build 17763); the station cannot read this build.',
  'options.documentsWorks': 'Works on this device.',
  'options.reasonFiles': 'The device shows its files, so it is probably past setup and signed in.',
  'options.reasonNoFiles':
    'The device shows no files yet: it is probably at first setup (or waiting for someone to sign in).',

  'usb.manual': 'Reads packages from a USB drive, but someone must open the provisioning page on the device.',
  'usb.auto-launch': 'Opens the provisioning page by itself and applies the packages after a 10 second countdown.',
  'usb.hands-off': 'Applies the packages from the USB drive without anyone touching the device.',
  'usb.unsupported':
    'Build {{build}} cannot read packages from a USB drive (needs {{from}} or later). Update the device, or apply the package from the PC.',

  'drive.system': '{{name}} is a system drive. Pick a USB stick instead.',
  'drive.holds-os': "{{name}} holds the computer's operating system. Pick a USB stick instead.",
  'drive.holds-station-data': "{{name}} holds the station's own data. Pick another USB stick.",
  'drive.network': '{{name}} is a network drive. Plug in a USB stick.',
  'drive.virtual': '{{name}} is a virtual drive, not a real USB stick.',
  'drive.not-removable': '{{name}} is not a removable drive. Plug in a USB stick.',
  'drive.read-only': '{{name}} is write-protected. Slide its lock switch off, or use another stick.',
  'drive.no-mountpoint': '{{name}} is not open as a drive. Unplug it, plug it back in and wait a moment.',
  'drive.too-small':
    '{{name}} has too little room: the packages need {{size, bytes}}. Free some space or use a bigger stick.',
  'drive.size-unknown': 'The station cannot tell how big {{name}} is. Unplug it and plug it back in.',
  'drive.large': '{{name}} is {{size, bytes}}. Is this really a USB stick?',
  'drive.filesystem-unsupported':
    '{{name}} is formatted {{fs}}. HoloLens reads FAT32, exFAT or NTFS: reformat it first.',
  'drive.filesystem-unknown': 'The station cannot tell how {{name}} is formatted. HoloLens reads FAT32, exFAT or NTFS.',
  'drives.unavailable': 'The drive list is not available: {{reason}}.',
  'drives.platform': 'The station cannot list drives on {{platform}}; use the command line.',

  'kit.noPackages.title': 'No packages',
  'kit.noPackages.message': 'Pick at least one package for the kit.',
  'kit.sameName.title': 'Two packages have the same name',
  'kit.sameName.message':
    'Two different packages are both called {{name}}; only one can sit at the drive root. Rename one and import it again.',
  'kit.driveRefused.title': 'This drive cannot be used for a kit',
  'kit.noDrive.title': 'No such drive',
  'kit.noDrive.message':
    "No drive in the system's drive list is mounted at {{path}}. The station only writes to drives it can see there.",
  'kit.noDrive.messageProblems':
    "No drive in the system's drive list is mounted at {{path}}. The station only writes to drives it can see there. {{problems}}",
  'kit.writeFailed.title': 'Writing to the drive failed',
  'kit.mismatch.title': 'The copy on the drive does not match',
  'kit.writing_one': 'Writing {{count, number}} package to {{path}}…',
  'kit.writing_other': 'Writing {{count, number}} packages to {{path}}…',
  'kit.written': 'Written and checked: {{names}}.',
  'kit.writeFailed.message':
    '{{name}} could not be written to {{mount}} ({{code}}). Check the drive is still plugged in and has room.',
  'kit.mismatch.message':
    "{{name}} read back from the drive differs from the library's copy. The station deleted it; the drive may be failing.",
  'signIn.given': 'Signed in with the credentials given.',
  'signIn.out': 'Not signed in.',
  'signIn.asking': 'Asking Microsoft for a sign-in code…',
  'signIn.canceled': 'Sign-in canceled.',
  'signIn.setUp.title': 'Set up the upload first',
  'signIn.setUp.message':
    'Enter the tenant and the application (client) ID of the app your tenant registered for HoloBench, then sign in.',
  'signIn.codeFor': 'Open {{uri}} on any device and enter the code {{code}} to allow {{what}}.',
  'signIn.code': 'Open {{uri}} on any device and enter the code {{code}}.',
  'signIn.done': 'Signed in. Uploads can go.',
  'signIn.keptGiven': 'Given to this run; not kept.',
  'signIn.kept': 'The sign-in is {{protection}}. It never goes into the ledger or the logs.',
  'secret.memory': 'kept in memory only; gone when the station closes',
  'secret.file': 'a file only your user account can read (not encrypted)',
  'destination.text': 'The sign-in token and hardware hashes go to {{host}} ({{what}}).',
  'destination.local': 'this computer',
  'destination.confirmed': 'a host you confirmed, not a Microsoft cloud',
  'cloud.global': 'Microsoft Graph global service',
  'cloud.usgov-l4': 'US Government L4',
  'cloud.usgov-l5': 'US Government L5 (DoD)',
  'cloud.china': 'China operated by 21Vianet',

  'upload.nothing': 'Nothing to upload.',
  'upload.offline_one':
    'The station is offline: the queue holds {{count, number}} device, sent once it is back online.',
  'upload.offline_other':
    'The station is offline: the queue holds {{count, number}} devices, sent once it is back online.',
  'upload.uploading_one': 'Uploading {{count, number}} device to Intune.',
  'upload.uploading_other': 'Uploading {{count, number}} devices to Intune.',
  'upload.jobTitle': 'Upload to Intune',
  'upload.sending': 'Sending the devices to Intune…',
  'upload.interrupted': '{{title}}. {{message}}',
  'upload.summary': 'Upload finished: {{parts}}.',
  'upload.registered_one': '{{count, number}} registered',
  'upload.registered_other': '{{count, number}} registered',
  'upload.refused_one': '{{count, number}} refused by Intune',
  'upload.refused_other': '{{count, number}} refused by Intune',
  'upload.importing_one': '{{count, number}} still importing',
  'upload.importing_other': '{{count, number}} still importing',
  'upload.notSent_one': '{{count, number}} not sent',
  'upload.notSent_other': '{{count, number}} not sent',
  'upload.simulated': 'Training harvest from a simulated device: it is never sent to Intune.',
  'upload.invalid.title': 'The upload settings are not valid',
  'upload.alreadyImported': 'Already imported into Autopilot with this hash.',
  'upload.noHash': 'No harvested hash for this serial.',
  'upload.notSentBecause': 'Not sent: {{why}}',
  'upload.notSentRun': 'Not sent in this run; it stays queued.',

  'harvest.stage.waiting': 'Waiting for the device to start writing its diagnostics.',
  'harvest.stage.device-writing': 'The device is writing AutopilotDiagnostics.zip…',
  'harvest.stage.copying': 'Copying AutopilotDiagnostics.zip to the station…',
  'harvest.stage.reading': 'Reading the hardware hash…',
  'harvest.press': 'Press Power and Volume Down together on the HoloLens 2 in port {{port}}, then let go.',
  'harvest.jobTitle': 'Harvest the Autopilot hash (port {{port}})',
  'harvest.saved': 'Saved: serial {{serial}}, hash {{fingerprint}}.',
  'harvest.savedMismatch':
    'Saved: serial {{serial}}, hash {{fingerprint}}. Note: the device reports serial {{deviceSerial}} over USB.',
  'harvest.notConnected.title': 'Device not connected',
  'harvest.notConnected.message': 'Device {{id}} is not plugged in.',
  'harvest.hl1.title': 'Autopilot is for HoloLens 2 only',
  'harvest.hl1.message':
    'The device on port {{port}} is a HoloLens (1st gen). Windows Autopilot works only with HoloLens 2: enroll this one another way.',
  'harvest.notHl2.title': 'Not a HoloLens 2',
  'harvest.notHl2.message':
    'The device on port {{port}} is not known to be a HoloLens 2, so it has no Autopilot hash to harvest.',
  'harvest.flashing.title': 'The device is not running normally',
  'harvest.flashing.message': 'The HoloLens 2 on port {{port}} is in flashing mode. Start it normally, then harvest.',
  'harvest.gone.title': 'The device was unplugged',
  'harvest.gone.message':
    'The HoloLens left the station while the hash was being harvested. Nothing was saved: plug it back in and harvest again.',
  'harvest.canceled.title': 'Canceled',
  'harvest.canceled.message': 'The harvest was canceled; nothing was saved.',
  'harvest.timeout.title': 'No new Autopilot file appeared',
  'harvest.timeout.writing':
    'The device started writing its diagnostics but no finished AutopilotDiagnostics.zip appeared within {{seconds, duration}}. Wait a minute, then harvest again.',
  'harvest.timeout.nothing':
    'No new AutopilotDiagnostics.zip appeared in Documents within {{seconds, duration}}. Press Power and Volume Down together briefly, with the device on and unlocked (or at the setup page), then harvest again.',
  'intune.label.notEnrolled': 'not in Intune',
  'intune.label.offline': 'unknown (offline)',
  'intune.label.failed': 'unknown (lookup failed)',
  'intune.label.enrolled': 'enrolled',
  'intune.label.stale_one': '{{count, number}} stale duplicate',
  'intune.label.stale_other': '{{count, number}} stale duplicates',
  'intune.unreachable.title': 'Microsoft Graph cannot be reached',
  'intune.unreachable.message': 'The station is offline: where this device stands in Intune is not known right now.',
  'intune.offline.title': 'The station is offline',
  'intune.offline.cleanup':
    'Nothing was planned or queued for {{serial}}. Clean-ups need the technician and the network at the same time: run it again once online.',
  'intune.offline.tag': 'Nothing was changed for {{serial}}; try again once online.',
  'intune.wrongValue.title': 'Wrong value',
  'intune.nothingToChange.title': 'Nothing to change',
  'intune.nothingToChange.message': 'Give a group tag, an assigned user or both.',
  'intune.tag.notRegistered': '{{serial}} is not registered in Autopilot: nothing to tag.',
  'intune.tag.tag': '{{serial}} now has group tag "{{tag}}" in Autopilot. Intune may take a few minutes to show it.',
  'intune.tag.user':
    '{{serial}} now has assigned user {{user}} in Autopilot. Intune may take a few minutes to show it.',
  'intune.tag.noUser': '{{serial}} now has no assigned user in Autopilot. Intune may take a few minutes to show it.',
  'intune.tag.tagUser':
    '{{serial}} now has group tag "{{tag}}" and assigned user {{user}} in Autopilot. Intune may take a few minutes to show it.',
  'intune.tag.tagNoUser':
    '{{serial}} now has group tag "{{tag}}" and no assigned user in Autopilot. Intune may take a few minutes to show it.',

  'cleanup.unknown.title': 'The cloud records could not be read',
  'cleanup.unknown.message':
    'No clean-up is planned for {{serial}} without a fresh answer from Graph ({{label}}). Nothing was queued: run it again when the station is online.',
  'cleanup.staleNote_one': '{{count, number}} stale duplicate Intune record is deleted with the current one.',
  'cleanup.staleNote_other': '{{count, number}} stale duplicate Intune records are deleted with the current one.',
  'cleanup.wipe.title': 'Wipe {{serial}}',
  'cleanup.wipe.detail': 'Everything on the device with serial {{serial}} is erased and it starts setup as new.',
  'cleanup.wipeFromIntune': 'Wipe {{name}} from Intune',
  'cleanup.lockdown.title': 'TenantLockdown is lifted',
  'cleanup.lockdown.detail':
    'In Intune, TenantLockdown (RequireNetworkInOOBE) is set to false for this device and shows as applied, while the device is still enrolled. It survives a reset: lifted later, it never reaches the device.',
  'cleanup.lockdown.gone':
    'Not in Intune: TenantLockdown can no longer be lifted through Intune. If it was ever applied, the device waits for this tenant at setup.',
  'cleanup.wipeRetainOff': 'Wipe {{name}} (retain enrollment state off)',
  'cleanup.resetSeen.title': 'The device has reset',
  'cleanup.resetSeen.detail':
    'The device restarted and shows the first setup screen. Its Intune record is deleted only after that, or the wipe may never reach it.',
  'cleanup.resetOnDevice.title': 'The device is reset',
  'cleanup.resetOnDevice.detail': 'The device was reset from Settings or reflashed, and shows the first setup screen.',
  'cleanup.deleteIntune': 'Delete the Intune record {{name}}',
  'cleanup.deleteIntuneStale': 'Delete the Intune record {{name}} (stale duplicate)',
  'cleanup.deleteAutopilot': 'Delete the Autopilot identity of {{serial}}',
  'cleanup.autopilotKept': 'The Autopilot identity is kept: the device stays registered for its next setup.',
  'cleanup.entraKept': 'The Entra device {{name}} is kept: it belongs to the Autopilot identity.',
  'cleanup.deleteEntra': 'Delete the Entra device {{name}}',
  'cleanup.nothingLeft': 'Graph has nothing left for {{serial}} to delete.',
  'cleanup.notInIntune.title': 'Not in Intune',
  'cleanup.notInIntune.wiped': '{{serial}} has no Intune record, so it cannot be wiped through Intune.',
  'cleanup.resumed': 'An earlier clean-up of {{serial}} stopped half-way; these steps are left. Nothing was changed.',
  'cleanup.dryRun_one': 'Dry run: {{count, number}} Graph request would be made, in this order. Nothing was changed.',
  'cleanup.dryRun_other':
    'Dry run: {{count, number}} Graph requests would be made, in this order. Nothing was changed.',
  'cleanup.waiting': 'Waiting for the technician to confirm: {{step}}.',
  'cleanup.interrupted':
    'Stopped at "{{step}}": {{title}}. Nothing is queued; run the same clean-up again when the station is online and it carries on from this step.',
  'cleanup.failed': 'Stopped at "{{step}}": {{title}}. {{message}}',
  'cleanup.done': 'Clean-up of {{serial}} finished: every step done.',
  'import.complete': '{{serial}} is registered in Autopilot.',
  'import.refused':
    'Intune refused {{serial}}. If it is already registered (perhaps in another tenant), remove that record first.',
  'import.refusedName':
    'Intune refused {{serial}} ({{name}}). If it is already registered (perhaps in another tenant), remove that record first.',
  'import.refusedCode':
    'Intune refused {{serial}} (code {{code}}). If it is already registered (perhaps in another tenant), remove that record first.',
  'import.refusedNameCode':
    'Intune refused {{serial}} ({{name}}, code {{code}}). If it is already registered (perhaps in another tenant), remove that record first.',
  'import.pending': 'Intune is still importing {{serial}}.',
  'values.serial.empty': 'The serial number is empty; every device needs its serial number.',
  'values.serial.non-ascii': 'The serial number has a character outside plain ASCII (accents, symbols or line breaks).',
  'values.serial.comma': 'The serial number has a comma, which would split it into two columns.',
  'values.serial.quote': 'The serial number has a double quote, which Intune does not accept.',
  'values.serial.formula': 'The serial number starts with "{{first}}", which a spreadsheet would run as a formula.',
  'values.serial.long': 'The serial number is longer than {{max, number}} characters.',
  'values.productId.bad':
    'The Windows Product ID "{{value}}" is neither a 13-digit PKID nor a product ID like 00330-80000-00000-AA123; leave it blank if unknown.',
  'values.hash.empty': 'The hardware hash is empty; harvest the device again (Power + Volume Down).',
  'values.hash.long': 'The hardware hash is far longer than any real one; harvest it again.',
  'values.hash.base64': 'The hardware hash is not valid Base64; the file may be damaged. Harvest it again.',
  'values.groupTag.non-ascii':
    'The group tag "{{value}}" has a character outside plain ASCII (accents, symbols or line breaks).',
  'values.groupTag.comma': 'The group tag "{{value}}" has a comma, which would split it into two columns.',
  'values.groupTag.quote': 'The group tag "{{value}}" has a double quote, which Intune does not accept.',
  'values.groupTag.formula':
    'The group tag "{{value}}" starts with "{{first}}", which a spreadsheet would run as a formula.',
  'values.groupTag.long': 'The group tag is longer than {{max, number}} characters.',
  'values.user.bad': 'The assigned user "{{value}}" is not a user principal name like user@contoso.com.',
  'confirm.title': 'Confirm {{serial}} in Intune',
  'confirm.looking': 'Looking for {{serial}} in Intune…',
  'confirm.inIntune': 'In Intune ({{compliance}}).',
  'confirm.inIntuneNotEvaluated': 'In Intune (compliance not evaluated yet).',
  'confirm.notYetPolling': 'Not in Intune yet; looking again every {{seconds, duration}}.',
  'confirm.lookupRetry': 'Could not look it up ({{why}}); trying again.',
  'confirm.notYet.title': 'Not in Intune yet',
  'confirm.notYet.offline_one': 'Not yet after {{count, number}} minute. The station is offline: check its network.',
  'confirm.notYet.offline_other': 'Not yet after {{count, number}} minutes. The station is offline: check its network.',
  'confirm.notYet.lookupFailed_one': 'Not yet after {{count, number}} minute. The lookup failed: {{problem}}.',
  'confirm.notYet.lookupFailed_other': 'Not yet after {{count, number}} minutes. The lookup failed: {{problem}}.',
  'confirm.notYet.lookupFailedSignIn_one':
    'Not yet after {{count, number}} minute. The lookup failed: check the sign-in and its permissions.',
  'confirm.notYet.lookupFailedSignIn_other':
    'Not yet after {{count, number}} minutes. The lookup failed: check the sign-in and its permissions.',
  'confirm.notYet.notCompliant_one':
    'Not yet after {{count, number}} minute. It is in Intune but not compliant: check a compliance policy is assigned and let it sync.',
  'confirm.notYet.notCompliant_other':
    'Not yet after {{count, number}} minutes. It is in Intune but not compliant: check a compliance policy is assigned and let it sync.',
  'confirm.notYet.checklist_one':
    'Not yet after {{count, number}} minute. Check: setup finished and the device reached the desktop; it has internet; the user is licensed for Intune and covered by automatic enrollment; enrollment restrictions allow Windows devices.',
  'confirm.notYet.checklist_other':
    'Not yet after {{count, number}} minutes. Check: setup finished and the device reached the desktop; it has internet; the user is licensed for Intune and covered by automatic enrollment; enrollment restrictions allow Windows devices.',
  'confirm.done': '{{serial}} is in Intune.',
  'confirm.doneCompliant': '{{serial}} is in Intune and compliant.',
  'auth.noApp.title': 'The app registration is not set',
  'auth.noApp.message':
    'Give the application (client) ID of the app registered for HoloBench in the tenant; it looks like 00000000-0000-0000-0000-000000000000.',
  'auth.unreachable.title': 'The sign-in service cannot be reached',
  'auth.unreachable.message':
    'The station is offline or cannot reach Microsoft sign-in. Uploads stay queued and go when it is back online.',
  'auth.failed.title': 'Sign-in failed',
  'auth.failed.expired': 'The code was not entered in time. Start the sign-in again. ({{code}}: {{detail}})',
  'auth.failed.declined': 'The sign-in was declined. ({{code}}: {{detail}})',
  'auth.failed.check':
    'Check the tenant, the app registration and, for unattended runs, its secret or certificate. ({{code}}: {{detail}})',
  'auth.failed.noToken': 'The sign-in service returned no token.',
  'auth.canceled.title': 'Sign-in canceled',
  'auth.canceled.message': 'The sign-in was canceled; nothing was uploaded.',
  'auth.oneCredential.title': 'Unattended sign-in needs one credential',
  'auth.oneCredential.message':
    'Give either a client secret or a certificate for the app registration, not both and not neither.',
  'auth.needTenant.title': 'Unattended sign-in needs a tenant',
  'auth.needTenant.message': 'An app signs in to one tenant: give its tenant ID or domain.',
  'graph.unreachable.title': 'Microsoft Graph cannot be reached',
  'graph.unreachable.message':
    'The station could not reach {{host}}. Check the network; queued uploads stay queued and go when it is back.',
  'graph.unavailable.title': 'Microsoft Graph is having trouble',
  'graph.unavailable.message': 'Graph kept answering {{status}}. Uploads stay queued; try again later.',
  'graph.throttled.title': 'Microsoft Graph asked the station to slow down',
  'graph.throttled.message': 'Graph is throttling this tenant. Uploads stay queued; try again in a few minutes.',
  'graph.unauthorized.title': 'Sign-in was not accepted',
  'graph.unauthorized.message':
    'Graph refused the sign-in even after a fresh token. Sign in again; check the tenant and cloud are the right ones.',
  'graph.forbidden.title': 'Not allowed to import Autopilot devices',
  'graph.forbidden.message':
    'Graph refused the request ({{detail}}). The signed-in account or app needs the {{permission}} permission with admin consent, and the tenant needs an Intune license.',
  'library.copyFailed.title': 'The package could not be copied into the library',
  'library.copyFailed.message': 'Copying {{path}} failed ({{code}}). Check the file and the free space on this PC.',
  'library.notFound.title': 'Package not in the library',
  'library.notFound.message': 'No package with SHA-256 {{sha}} is in the library. Import it first.',
  'library.fileMissing.title': 'The package file is missing',
  'library.fileMissing.message':
    "The library's copy of {{name}} is gone from the data folder. Remove it from the library and import it again.",
  'intune.signInFirst.title': 'Sign in first',
  'intune.signInFirst.message':
    'Intune uses the Autopilot upload sign-in: set the tenant and app in the Autopilot tab and sign in.',
  'intune.noSerial.title': 'No serial number',
  'intune.noSerial.message': 'This device reports no serial number, so Intune cannot be asked about it.',
  'batch.cannotOpen.title': 'Cannot open the device',
  'batch.cannotOpen.message': 'The station cannot open the device for file transfer. Unplug and replug the cable.',
  'batch.gone.title': 'The device went away',
  'batch.gone.message': 'Plug device {{serial}} back in.',
  'batch.intuneSignIn':
    'Confirming enrollment uses the Autopilot upload sign-in: set it up in the Autopilot tab (or give batch run the sign-in flags of autopilot upload).',
  'intuneGraph.tooMany.title': 'Too many records',
  'intuneGraph.tooMany.message': 'Graph kept sending pages for {{path}}; the station stopped after {{count, number}}.',
  'intuneGraph.elsewhere.title': 'Graph pointed somewhere else',
  'intuneGraph.elsewhere.message':
    'The next page of the answer is on another address; the station does not send the sign-in there.',
  'intuneGraph.refused.title': 'Microsoft Graph refused the request',
  'intuneGraph.refused.message': '{{request}} answered {{status}} with {{answer}}.',
  'intuneGraph.forbidden.title': 'Not allowed by Microsoft Graph',
  'intuneGraph.forbidden.message': 'Graph refused {{request}} ({{detail}}). {{missing}}',
  'intuneGraph.forbidden.messageBare': 'Graph refused {{request}} (no details). {{missing}}',
  'graph.rejected':
    'Graph answered {{status}} with {{what}}. Check the cloud or --graph-base setting; uploads stay queued.',
  'csv.input.title': 'An input file cannot be read',
  'csv.input.notAFile':
    '{{path}} is not a regular file (a folder, device or pipe). Give an Autopilot zip or CSV with --in.',
  'csv.input.missing': '{{path}} does not exist or cannot be read. Check the path given with --in.',
  'csv.tooLarge.title': 'The Autopilot CSV cannot be read',
  'csv.tooLarge.message': '{{name}} is larger than 1 MiB; it is not an Autopilot hash file or zip.',
  'csv.write.title': 'The Intune CSV could not be written',
  'csv.write.failed':
    'Writing next to {{path}} failed ({{code}}); no CSV was written. Check the folder exists, is writable and has free space.',
  'csv.write.moveFailed':
    'Could not move the finished file into {{path}}; complete parts: {{done}}. Do not import an incomplete set: export again.',
  'csv.write.moveFailedNone': 'Could not move the finished file into {{path}}; no part is complete. Export again.',
  'apply.busy.title': 'A package is already being applied',
  'apply.busy.message': '{{pkg}} is being applied to this device. Finish or cancel that first.',
} as const satisfies Catalog;
