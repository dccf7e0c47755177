import type { Catalog } from '../catalog.ts';

/** What the batch workflow tells the technician (cards, skips, scans, the scanner), in English. */
export default {
  'model.hololens1': 'a HoloLens (1st gen)',
  'model.hololens2': 'a HoloLens 2',
  'model.unknown': 'a device the station could not identify',
  'step.identify': 'Identify',
  'step.gate': 'Check',
  'step.apply-package-oobe': 'Apply package',
  'step.harvest-autopilot': 'Harvest hash',
  'step.verify-enrolled': 'Confirm enrollment',
  'step.coach-enrollment': 'Enroll',
  'step.rename': 'Name',
  'step.done': 'Done',
  'apply.noPackage.title': 'No package for this batch',
  'apply.noPackage.message': 'Start the batch again with the package to apply.',
  'apply.open.title': 'Open the provisioning page',
  'apply.open.detail': 'On the device in port {{port}} (SN {{serial}}), press Volume Down + Power together and let go.',
  'apply.open.should': 'A provisioning page opens on the device.',
  'apply.changed.title': 'The package file changed',
  'apply.changed.message':
    '{{name}} is no longer the file this batch started with. Put the original back, or start a new batch with the new file.',
  'apply.again.title': 'Press Volume Down + Power again',
  'apply.again.detail':
    'The package is on the device in port {{port}} (SN {{serial}}). Press Volume Down + Power together again and let go.',
  'apply.again.should': 'The device asks whether to trust {{name}}.',
  'apply.accept.title': 'Accept the package on the device',
  'apply.accept.detail':
    'If the device in port {{port}} (SN {{serial}}) does not ask yet whether to trust {{name}}, press Volume Down + Power together and let go. Then choose to trust and add it.',
  'apply.accept.should': 'Setup carries on once the package is applied.',
  'apply.pastSetup.title': 'Setup is already finished',
  'apply.pastSetup.message':
    'The device in port {{port}} (SN {{serial}}) has finished setup, so the provisioning page cannot open. Add the package from Settings > Accounts > Access work or school, or reset the device to get back to setup.',
  'apply.confirm.title': 'Confirm the package was applied',
  'apply.confirm.detail':
    'The station cannot tell from here whether the device in port {{port}} (SN {{serial}}) applied {{name}}. When the device shows it was added, press Confirm.',
  'apply.unreadable.title': 'The package cannot be read',
  'apply.unreadable.message': 'Could not read {{path}}: check the file is still there.',
  'gate.notFor': 'It is {{model}}, not {{wanted}}.',
  'gate.model.title': 'Wrong model for this batch',
  'gate.model.message':
    'This batch is for {{wanted}}; the device in port {{port}} (SN {{serial}}) is {{model}}. Set it aside.',
  'gate.flashing.title': 'Start it normally',
  'gate.flashing.detail':
    'The device in port {{port}} (SN {{serial}}) is in flashing mode. Hold Power for 15 seconds until all lights are off, then press Power once.',
  'gate.flashing.should': 'It starts normally (all lights go out, then it boots).',
  'gate.build.title': 'Its OS is too old',
  'gate.build.message':
    'The device in port {{port}} (SN {{serial}}) runs build {{build}}; this batch needs {{min}} or newer. Update it from Settings or reflash it, then run it again.',
  'gate.check.build': 'the OS build is {{min}} or newer (Settings > System > About)',
  'gate.unlock.title': 'Unlock it',
  'gate.unlock.detail': 'Put on the device in port {{port}} (SN {{serial}}) and sign in so it unlocks.',
  startMenu: 'The Start menu shows.',
  'gate.check.unlocked': 'it is unlocked (signed in, Start menu showing)',
  'gate.check.battery': 'the battery is at {{min}}% or more',
  'gate.charge.title': 'Let it charge to {{min}}%',
  'gate.charge.detail':
    'The device in port {{port}} (SN {{serial}}) is at {{level}}%. Leave it plugged in; it carries on by itself at {{min}}%.',
  'gate.charge.should': 'The battery reaches {{min}}%.',
  'gate.confirm.title': 'Check it and confirm',
  'gate.confirm.detail':
    'The station cannot read this from the device in port {{port}} (SN {{serial}}). Check that {{checks, list}}, then press Confirm.',
  'identify.notInManifest.title': 'Not in the manifest',
  'identify.notInManifest.message':
    'Device {{serial}} in port {{port}} is not in the manifest. Set it aside, or add it to the manifest and start a new batch.',
  'identify.scan.serial.title': 'Scan its serial number label',
  'identify.scan.asset-tag.title': 'Scan its asset tag label',
  'identify.scan.either.title': 'Scan its asset tag or serial label',
  'identify.scan.serial.detail': 'Scan the serial number label on the device in port {{port}} (SN {{serial}}).',
  'identify.scan.asset-tag.detail': 'Scan the asset tag label on the device in port {{port}} (SN {{serial}}).',
  'identify.scan.either.detail': 'Scan the asset tag or serial label on the device in port {{port}} (SN {{serial}}).',
  'rename.noName.title': 'No name for this device',
  'rename.noName.message':
    'The manifest has no device name for {{serial}}. Add one and start a new batch, or set the device aside.',
  'rename.title': 'Name it {{name}}',
  'rename.detail':
    'Rename the device in port {{port}} (SN {{serial}}) to {{name}} in your device management (or in Settings > System > About on the device), then press Confirm.',
  'verify.noIntune.title': 'Intune is not set up',
  'verify.noIntune.message': 'This station was started without an Intune sign-in.',
  'verify.title.notCompliant': 'Enrolled, not compliant yet',
  'verify.title.offline': 'Not confirmed: the station is offline',
  'verify.title.notInIntune': 'Not in Intune yet',
  'verify.noDetails': 'no details',
  'verify.notYet.offline_one':
    "Not yet: the station could not reach Microsoft Graph after {{count}} minute, so whether the device in port {{port}} (SN {{serial}}) enrolled is unknown. Check the station's network, then run the batch again.",
  'verify.notYet.offline_other':
    "Not yet: the station could not reach Microsoft Graph after {{count}} minutes, so whether the device in port {{port}} (SN {{serial}}) enrolled is unknown. Check the station's network, then run the batch again.",
  'verify.notYet.failed_one':
    'Not yet: the lookup of the device in port {{port}} (SN {{serial}}) failed after {{count}} minute ({{problem}}). Check the sign-in and its permissions, then run the batch again.',
  'verify.notYet.failed_other':
    'Not yet: the lookup of the device in port {{port}} (SN {{serial}}) failed after {{count}} minutes ({{problem}}). Check the sign-in and its permissions, then run the batch again.',
  'verify.notYet.compliance_one':
    'Not yet: the device in port {{port}} (SN {{serial}}) is in Intune but {{state}} after {{count}} minute. Check: a compliance policy is assigned to it, it is on a network, it synced (Settings > Accounts > Access work or school > Info > Sync).',
  'verify.notYet.compliance_other':
    'Not yet: the device in port {{port}} (SN {{serial}}) is in Intune but {{state}} after {{count}} minutes. Check: a compliance policy is assigned to it, it is on a network, it synced (Settings > Accounts > Access work or school > Info > Sync).',
  'verify.notYet.complianceUnknown_one':
    'Not yet: the device in port {{port}} (SN {{serial}}) is in Intune but its compliance is not evaluated after {{count}} minute. Check: a compliance policy is assigned to it, it is on a network, it synced (Settings > Accounts > Access work or school > Info > Sync).',
  'verify.notYet.complianceUnknown_other':
    'Not yet: the device in port {{port}} (SN {{serial}}) is in Intune but its compliance is not evaluated after {{count}} minutes. Check: a compliance policy is assigned to it, it is on a network, it synced (Settings > Accounts > Access work or school > Info > Sync).',
  'verify.notYet.notInIntune_one':
    'Not yet: the device in port {{port}} (SN {{serial}}) is not in Intune after {{count}} minute. Check: it finished setup and reached the desktop; it has internet after sign-in; the user (or the Autopilot profile, for self-deploying) is assigned and licensed for Intune; automatic MDM enrollment covers the user; enrollment restrictions allow Windows devices.',
  'verify.notYet.notInIntune_other':
    'Not yet: the device in port {{port}} (SN {{serial}}) is not in Intune after {{count}} minutes. Check: it finished setup and reached the desktop; it has internet after sign-in; the user (or the Autopilot profile, for self-deploying) is assigned and licensed for Intune; automatic MDM enrollment covers the user; enrollment restrictions allow Windows devices.',
  'harvest.notApplicable': 'It is {{model}}, which has no Autopilot hash (Autopilot is for HoloLens 2 only).',
  'harvest.noAutopilot.title': 'Autopilot is not set up',
  'harvest.noAutopilot.message': 'This station was started without Autopilot.',
  'harvest.hl2Only.title': 'Autopilot is for HoloLens 2',
  'harvest.hl2Only.message':
    'The device in port {{port}} (SN {{serial}}) is not a HoloLens 2; Autopilot does not support it. Set it aside.',
  'harvest.collect.title': 'Collect the Autopilot hash',
  'harvest.collect.detail':
    'On the device in port {{port}} (SN {{serial}}), press Power + Volume Down together and let go.',
  'harvest.collect.should': 'After a few seconds AutopilotDiagnostics.zip appears in Documents.',
  'harvest.files.title': 'Show its files',
  'harvest.files.detail':
    'The station cannot see the files on the device in port {{port}} (SN {{serial}}). Put it on and sign in (or go back to the first setup page) so its storage appears.',
  'harvest.mismatch.title': 'The hash belongs to another device',
  'harvest.mismatch.message':
    'The AutopilotDiagnostics.zip on the device in port {{port}} (SN {{serial}}) is for serial {{other}}. Delete it from Documents and press Power + Volume Down again.',
  'coach.network.title': 'Give it a network',
  'coach.network.detail':
    'Make sure the device in port {{port}} (SN {{serial}}) can reach the internet during setup: a USB-C Ethernet adapter plugged in before it starts, or Wi-Fi on build 19041.1128 or newer. Then press Confirm.',
  'coach.network.should': 'It is connected at the network page of setup.',
  'coach.autopilot.title': 'Let Autopilot set it up',
  'coach.autopilot.detail':
    'Put on the device in port {{port}} (SN {{serial}}) and go through setup; it finds its Autopilot profile and joins your organization. Then press Confirm.',
  'coach.autopilot.should': 'The Start menu shows.',
  'coach.entraOobe.title': 'Sign in with the work account',
  'coach.entraOobe.detail':
    "During setup on the device in port {{port}} (SN {{serial}}), choose that your work or school owns it and sign in with the user's work account. Then press Confirm.",
  'coach.entraOobe.should': 'The Start menu shows.',
  'coach.finishSetup.title': 'Finish setup',
  'coach.finishSetup.detail':
    "Finish setup on the device in port {{port}} (SN {{serial}}) with the user's account. Then press Confirm.",
  'coach.finishSetup.should': 'The Start menu shows.',
  'coach.connectWork.title': 'Connect the work account',
  'coach.connectWork.detail':
    'On the device in port {{port}} (SN {{serial}}), open Settings > Accounts > Access work or school > Connect and sign in with the work account. Then press Confirm.',
  'coach.connectWork.should': 'The work account is listed under Access work or school.',
  'coach.finishMsa.title': 'Finish setup with the Microsoft account',
  'coach.finishMsa.detail':
    "Finish setup on the device in port {{port}} (SN {{serial}}) signing in with the user's Microsoft account. Then press Confirm.",
  'coach.finishMsa.should': 'The Start menu shows.',
  'coach.addWork.title': 'Add the work account',
  'coach.addWork.detail':
    'On the device in port {{port}} (SN {{serial}}), open Settings > Accounts > Access work or school > Connect and add the work account. Then press Confirm.',
  'coach.addWork.should': 'The work account is listed under Access work or school.',
  'coach.mdmOnly.title': 'Enroll in device management only',
  'coach.mdmOnly.detail':
    'On the device in port {{port}} (SN {{serial}}), open Settings > Accounts > Access work or school, choose to enroll only in device management, and sign in. Then press Confirm.',
  'coach.mdmOnly.should': 'The management account is listed under Access work or school.',
  'skip.notApplicable.title': 'Not applicable: skipped',
  'skip.notApplicable.message':
    'Device {{serial}}: {{reason}} Profile "{{profile}}" does not apply to it. Set it aside.',
  'skip.alreadyDone.title': 'Already done',
  'skip.alreadyDone.message':
    'Device {{serial}} finished "{{profile}}" in batch {{batchId}} ({{at}} UTC). It was not redone; use override to run it again.',
  'ledgerStopped.title': 'The ledger stopped working',
  'scan.noBatch': 'Scanned "{{text}}", but no batch is running. Start or resume a batch first.',
  'scan.noneWaiting': 'Scanned "{{text}}", but no device is waiting for a label. Scan again when a card asks.',
  'scan.stoppedWaiting':
    'The device in port {{port}} (SN {{serial}}) stopped waiting for a label; scan again when its card asks.',
  'scan.wantAssetTag':
    'That is the serial number label; scan the asset tag label of the device in port {{port}} (SN {{serial}}).',
  'scan.otherDevice':
    'That label is for device {{other}}, but the station is asking about the device in port {{port}} (SN {{serial}}). Scan the label on that one.',
  'scan.otherDeviceAt':
    'That label is for device {{other}} (in port {{otherPort}}), but the station is asking about the device in port {{port}} (SN {{serial}}). Scan the label on that one.',
  'scan.notSerial':
    '"{{text}}" is not the serial number of the device in port {{port}} (SN {{serial}}). Scan its serial number label.',
  'scan.assetTagOwner':
    'Asset tag {{text}} belongs to device {{owner}}, but the station is asking about the device in port {{port}} (SN {{serial}}). Check you have the right device in hand.',
  'scan.assetTagMismatch':
    'The manifest gives the device in port {{port}} (SN {{serial}}) the asset tag {{expected}}, not {{text}}. Check the label and the device.',
  'scan.garbled':
    'The scan came through garbled (unreadable characters). Check the scanner speed setting and scan again.',
  'scanner.off': 'The scanner is off.',
  'scanner.none': 'No scanner is set up.',
  'scanner.noList': 'The station could not list serial ports ({{reason}}). Type the port path instead.',
  'scanner.notStarted': 'Scanner not started',
  'scanner.closed': 'Scanner on {{path}} closed',
  'scanner.opening': 'Opening the scanner on {{path}}',
  'scanner.ready': 'Scanner ready on {{path}}',
  'scanner.retry.noSerial':
    'Serial ports cannot be used here ({{reason}}); trying again in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.noAnswer':
    'No scanner answers on {{path}} ({{reason}}); trying again in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.gone':
    'The scanner on {{path}} went away; trying again in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.silent':
    'The scanner on {{path}} stopped sending; trying again in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scanner.retry.failed':
    'The scanner on {{path}} failed ({{reason}}); trying again in {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s.',
  'scan.characters_one': '{{count}} character',
  'scan.characters_other': '{{count}} characters',
  'scan.tooLong': 'The scan was longer than any label this station expects, so it was ignored. Scan again.',
  'elsewhere.done.title': 'Done at another bench',
  'elsewhere.done.message':
    'Device {{serial}} finished "{{profile}}" at bench {{bench}} ({{at}} UTC). It was not redone; use override to run it again.',
  'elsewhere.held.title': 'Being worked at bench {{bench}}',
  'elsewhere.held.detail':
    'Bench {{bench}} holds device {{serial}} (until {{until}} UTC unless it keeps working on it). Leave it there, or unplug it; it is taken up here if that bench lets it go.',
  'replug.title': 'Plug it back in',
  'replug.detail': 'Plug device {{serial}} back into port {{port}} (or any free port): it carries on where it stopped.',
  'profile.inventory': 'Identify every device and record it in the ledger.',
  'profile.oobe-package': 'Apply the provisioning package at the first setup page.',
  'profile.autopilot-harvest': 'Harvest the Autopilot hardware hash of every HoloLens 2.',
  'profile.confirm-enrollment':
    'After setup: confirm each device is enrolled in Intune, waiting up to 30 minutes for it.',
  'profile.unavailable':
    'This station has no {{services, list(type: disjunction)}} service yet, so it cannot run this.',
  'err.noBatch': 'No such batch',
  'err.nothingToFinish': 'There is no batch to finish.',
  'err.running.title': 'A batch is already running',
  'err.running.message': 'Batch {{batchId}} ({{profile}}) is running. Stop or finish it first.',
  'err.simOff.title': 'Training mode is off',
  'err.simOff.message':
    'The simulated technician only works on simulated devices: turn on training mode (or use --simulate).',
  'err.noBatchYet': 'This station has run no batch yet.',
  'err.notInLedger': 'The ledger has no batch {{batchId}}.',
  'err.finished.title': 'That batch is finished',
  'err.finished.message': 'Batch {{batchId}} already finished; start a new batch to run its devices again.',
  'err.needsPackage.title': 'This profile needs a package',
  'err.needsPackage.message':
    'Profile "{{profile}}" applies a provisioning package: give the .ppkg file with --package <file>.',
  'err.cannotRun.title': 'This station cannot run that step',
  'err.cannotRun.message':
    'Profile "{{profile}}" has a "{{step}}" step, but this run of the station has no {{services, list(type: disjunction)}} service.',
  'manifest.line': 'line {{line}}: {{message}}',
  'manifest.more': '... and {{count}} more',
  'manifest.title': 'The manifest has problems',
  'manifest.fix': 'Fix {{source}} and load it again:',
  'manifest.fixIt': 'Fix the manifest and load it again:',
  'err.noProfile': 'No such profile',
  'err.noProfileHere': '"{{name}}" is neither a profile of this station ({{known}}) nor a JSON file.',
  'err.noBuiltIn': '"{{name}}" is neither a built-in profile ({{known}}) nor a readable JSON file.',
  'err.noFile': 'File not found',
  'err.noFileAt': 'There is no file at {{path}}.',
  'err.profileInvalid': 'The profile is not valid',
  'err.profileTooBig': '{{name}} is too big for a profile.',
  'err.nameTaken.title': 'That name is taken',
  'err.nameTaken.message': '"{{name}}" is a built-in profile. Give your profile another "name" in {{file}}.',
  'csv.quoteInside': 'has a double quote inside a value; put the whole value in quotes and double it',
  'csv.afterQuote': 'has text after a closing quote',
  'csv.unclosed': 'opens a quote that is never closed',
  'name.tooLong': 'device name "{{name}}" is {{length}} characters long; Windows allows at most 15',
  'name.badCharacters': 'device name "{{name}}" may only have letters, digits and hyphens (no spaces or other signs)',
  'name.allDigits': 'device name "{{name}}" is all digits; Windows needs at least one letter or hyphen',
  'manifest.empty': 'the file is empty',
  'manifest.twoColumns': 'has two "{{column}}" columns',
  'manifest.noSerial': 'has no serial column (found: {{found}}); name one "serial"',
  'manifest.noColumns': 'has no serial column (found: nothing); name one "serial"',
  'manifest.tooMany': 'has more than {{max}} devices; split the file',
  'manifest.tooManyValues': 'has {{values}} values but the header has {{columns}} columns',
  'manifest.serialTwice': 'serial {{serial}} is already on line {{line}}',
  'manifest.tagTwice': 'asset tag {{tag}} is already on line {{line}}',
  'manifest.serialEmpty': 'the serial is empty; every row needs the device serial number',
  'manifest.serialCharacters': 'serial "{{serial}}" may only have letters, digits, ".", "_" and "-"',
  'manifest.tagComma': 'group tag "{{tag}}" has a comma; Intune\'s CSV import would split it',
  'manifest.tagAscii': 'group tag "{{tag}}" has characters outside plain ASCII',
  'manifest.notUpn': 'assigned user "{{user}}" is not a sign-in name like ana@contoso.com',
  'manifest.assetTagCharacters': 'asset tag "{{tag}}" has characters a label scanner cannot send',
  'report.col.serial': 'Serial',
  'report.col.name': 'Device name',
  'report.col.assetTag': 'Asset tag',
  'report.col.port': 'Port',
  'report.col.packageSha256': 'Package SHA-256',
  'report.col.path': 'Enrollment path',
  'report.col.result': 'Result',
  'report.col.problem': 'Problem',
  'report.col.started': 'Started',
  'report.col.finished': 'Finished',
  'report.col.tech': 'Technician',
  'report.col.training': 'Training (simulated device)',
  'report.training.yes': 'yes',
  'report.result.done': 'done',
  'report.result.failed': 'failed',
  'report.result.skipped': 'skipped',
  'report.result.unfinished': 'unfinished',
  'report.title': 'Batch {{batchId}} report',
  'report.heading': 'Batch {{batchId}}: {{profile}}',
  'report.tech': 'Technician {{tech}}',
  'report.noTech': 'Technician not given',
  'report.started': 'started {{at}}',
  'report.finished': 'finished {{at}}',
  'report.unfinished': 'not finished ({{state}})',
  'report.package': 'package {{name}} (SHA-256 {{sha256}})',
  'report.printed': 'printed {{at}}',
  'report.count.total_one': '{{count}} device',
  'report.count.total_other': '{{count}} devices',
  'report.count.done_one': '{{count}} done',
  'report.count.done_other': '{{count}} done',
  'report.count.failed_one': '{{count}} failed',
  'report.count.failed_other': '{{count}} failed',
  'report.count.skipped_one': '{{count}} skipped',
  'report.count.skipped_other': '{{count}} skipped',
  'report.count.unfinished_one': '{{count}} unfinished',
  'report.count.unfinished_other': '{{count}} unfinished',
  'report.count.trainingLeftOut_one': '{{count}} training device (simulated) left out',
  'report.count.trainingLeftOut_other': '{{count}} training devices (simulated) left out',
  'ledgerStopped.batch':
    'The station could not record the batch any more, so it stopped it. Restart the station: the batch carries on from what the ledger last recorded.',
} as const satisfies Catalog;
