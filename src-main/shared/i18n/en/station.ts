import type { Catalog } from '../catalog.ts';

/** What the station's core says about itself and its devices (bus, jobs, device states), in English. */
export default {
  'usb.notStarted': 'Not started',
  'usb.notWatched': 'USB not watched',
  'usb.notWatchedThisRun': 'Real USB is not watched in this run',
  'usb.noBus': 'No USB bus on this machine',
  'usb.noSupport': 'USB support could not be loaded: {{reason}}',
  'usb.unreadable': 'The USB bus cannot be read: {{reason}}',
  'usb.noHotplug': 'USB bus ready, but hot-plug is not available ({{reason}}): restart the station after plugging in',
  'usb.ready': 'USB bus ready',
  'ffs.unusable': 'The ffs-loopback folder cannot be used: {{reason}}',
  'ffs.waiting': 'Waiting for a device at {{dir}}',

  'next.unplugged.title': 'Unplugged',
  'next.unplugged.detail': 'Plug the cable back in to carry on with this device.',
  'next.notHololens.title': 'Not a HoloLens',
  'next.notHololens.detail': 'Nothing to do with this device at this station.',
  'next.unknownMicrosoft.title': 'Unknown Microsoft device',
  'next.unknownMicrosoft.detail':
    'If this is a HoloLens, label it with its model and mode so the station recognises it next time.',
  'next.flashing.title': 'In flashing mode',
  'next.flashing.detail': 'Reflash it with {{tool}}, or hold Power for 15 seconds to leave flashing mode.',
  'next.locked.title': 'Unlock it or reach the setup page',
  'next.locked.detail': 'Put the device on, sign in or go to the first setup page: its storage appears after that.',
  'next.unreachable.title': 'Storage not reachable',
  'next.unreachable.detail': '{{why}} {{fix}}',
  'next.unreachable.detailPlain': 'Another program may hold the device. Close it, or unplug and replug the cable.',
  'next.checking.title': 'Checking the device',
  'next.checking.detail': 'Reading the device information over USB.',
  'next.ready.title': 'Ready',
  'next.ready.detail': 'Choose what to do: enroll it, apply a package, harvest its Autopilot hash or browse its files.',

  'id.model.hololens1': 'HoloLens (1st gen)',
  'id.model.hololens2': 'HoloLens 2',
  'id.model.unknown': 'not a HoloLens',
  'id.modelFlashing': '{{model}} in flashing mode',
  'id.label': 'A technician labelled {{id}} as {{what}}.',
  'id.labelNote': 'A technician labelled {{id}} as {{what}} ({{note}}).',
  'id.table': '{{id}} is listed as {{name}}. Source: {{source}}',
  'id.qualcommUnsure':
    'Unsure: Microsoft does not document its VID:PID (05C6:9008 is generic Qualcomm download mode), and other Snapdragon devices look the same.',
  'id.qualcommQusb':
    'A Qualcomm device in download mode reporting "QUSB_BULK": how a HoloLens 2 in flashing mode presents itself over USB, whatever driver the PC has. {{unsure}}',
  'id.qualcomm9008':
    'A Qualcomm device in download mode (05C6:9008) without a QUSB_BULK name: possibly a HoloLens 2 in flashing mode. {{unsure}}',
  'id.ffsGadget':
    'An MTP device behind the ffs-loopback sockets at {{dir}}: the station was told to treat it as a device on the bus. It sends no USB device descriptor, so its maker and model come only from its MTP answers.',
  'id.unreadableOs':
    '{{reason}} Best guess: the device could not be opened, so its interfaces are as the OS reports them.',
  'id.unreadableParts': '{{reason}} Best guess: part of its descriptors could not be read ({{what}}).',
  'id.sensors': '"{{product}}" is the tracking unit of a Windows Mixed Reality PC headset, not a HoloLens.',
  'id.hl1Flashing':
    'Microsoft device named "{{product}}" offering no file transfer (MTP) or USB network: a HoloLens (1st gen) in flashing mode. Unsure: Microsoft documents no USB identity for this mode, so the station goes by the name and the missing functions. Label it if this is wrong.',
  'id.recoveryName':
    'Microsoft device named "{{product}}" offering no file transfer or USB network: a HoloLens in flashing mode. Unsure: Windows shows a HoloLens 2 in flashing mode under this name when its recovery driver is installed, but that name may come from the driver rather than the device. Label it if this is wrong.',
  'id.hl2Named':
    'Microsoft device named "{{product}}" with a file transfer (MTP) and a USB network (NCM) function, as HoloLens 2 has.',
  'id.hl2Unnamed':
    'Microsoft device with a file transfer (MTP) and a USB network (NCM) function, as HoloLens 2 has; its name does not say HoloLens.',
  'id.hl1':
    'Microsoft device named "{{product}}" with file transfer (MTP) but no USB network (NCM) function, as HoloLens (1st gen) has.',
  'id.peripheral': 'A Microsoft peripheral (input, audio or video only): not a HoloLens.',
  'id.peripheralNamed': 'A Microsoft "{{product}}" peripheral (input, audio or video only): not a HoloLens.',
  'id.unopened': 'Microsoft device named "{{product}}" as the OS reports it; its functions could not be read.',
  'id.unknown': 'A Microsoft device ({{id}}) the station does not recognise. If it is a HoloLens, label it.',
  'id.unknownNamed':
    'A Microsoft device ({{id}}, "{{product}}") the station does not recognise. If it is a HoloLens, label it.',

  'job.starting': 'Starting…',
  'job.canceledTitle': 'Canceled',
  'job.canceledByTech': 'The technician canceled this.',
  'job.canceled': 'Canceled. Nothing was left half-done.',
  'job.failed': '{{title}}. {{message}}',

  'error.internal.title': 'Something went wrong inside the station',
  'error.internal.message':
    'The station hit an unexpected problem ({{detail}}). Nothing was reported as done; try again.',

  'files.pullTitle': 'Copy "{{name}}" to this PC',
  'files.pushTitle': 'Copy "{{name}}" to the device',
  'files.pulling': 'Copying "{{name}}" from the device…',
  'files.pulled': 'Copied "{{name}}" to this PC and checked it.',
  'files.pushing': 'Copying "{{name}}" to the device…',
  'files.pushed': 'Copied "{{name}}" to the device and checked it there.',
  'files.noStorageYet.title': 'The device shows no storage yet',
  'files.noStorageYet.message':
    'Unlock it (sign in) or, during setup, press Volume Down + Power on the first setup page. Its files then appear by themselves.',
  'files.notPresent.title': 'The device is not plugged in',
  'files.notPresent.message': 'Plug the device back in: its files show again once it is connected.',
  'files.notFound.title': 'Not on the device',
  'files.notFoundAnyMore': '"{{path}}" is not on the device any more.',
  'files.notFound': '"{{path}}" is not on the device.',
  'files.isFolder.title': 'That is a folder',
  'files.isFolder.message': '"{{path}}" is a folder: open it and pick a file.',
  'files.checkFailed.title': 'The copy on this PC does not match',
  'files.checkFailed.message':
    'The file written on this PC differs from what the device sent. It was removed; copy "{{name}}" again.',
  'files.localMissing.title': 'The file on this PC is not there',
  'files.localMissing.message': '"{{name}}" could not be found on this PC. Choose the file again.',
  'files.folderMissing.title': 'That folder is not on the device',
  'files.folderMissing.message': '"{{folder}}" is not a folder on the device. Open a folder first, then send the file.',
  'files.exists.title': 'Already on the device',
  'files.exists.message': '"{{name}}" is already in {{folder}}. Replace it, or delete it first.',
  'files.deleteFolder.title': 'Only files can be deleted here',
  'files.deleteFolder.message':
    '"{{path}}" is a folder. The station deletes single files only, so nothing else goes by mistake.',

  'copy.unplugged.title': 'The device was unplugged',
  'copy.unplugged.pull':
    'The copy of "{{name}}" stopped part-way. Nothing was saved on this PC. Plug the device back in and copy it again.',
  'copy.unplugged.push':
    'The copy of "{{name}}" stopped part-way. Any part of it left on the device is removed when the device is back. Plug the device back in and copy it again.',
  'copy.deviceFull.title': 'The device is full',
  'copy.deviceFull.message':
    '"{{name}}" does not fit on the device: there is not enough free space on it for this file. Delete files on the device to make room, then copy it again.',
  'copy.pcFull.title': 'This PC is full',
  'copy.pcFull.pull':
    'The disk of this PC has no room for "{{name}}". Nothing was saved on this PC. Free some space on this PC and copy it again.',
  'copy.pcFull.push':
    'The disk of this PC has no room for "{{name}}". Nothing half-copied was left on the device. Free some space on this PC and copy it again.',

  'device.notConnected.title': 'Device not connected',
  'device.notConnected.message': 'Device {{id}} is not plugged in.',
  'device.notConnectedAt': 'No device is connected at {{dir}}.',
  'device.notFound.title': 'Device not found',
  'device.notFound.message': 'No device "{{id}}" is known to the station.',
  'device.busy.title': 'The device is in use',
  'device.busy.message': 'The station already has this device open.',
  'device.notOnBus.title': 'Device not on the bus',
  'device.notOnBus.message': 'No USB device is attached at port {{port}}.',
  'device.noMtp.title': 'No file transfer on this device',
  'device.noMtp.flashing': 'The device is in flashing mode: it offers no files until it restarts normally.',
  'device.noMtp.other': 'This device offers no file transfer (MTP) over USB.',
  'device.cannotOpen.title': 'Cannot open the device',
  'device.cannotOpen.message':
    'The station could not open the device for file transfer. Another program may hold it: close it, or unplug and replug the cable.',
  'device.labelRefused.title': 'This device cannot be labelled',
  'device.labelRefused.message': '{{id}} is a known non-HoloLens device ({{reason}}) and is never shown as a HoloLens.',

  'sim.off.title': 'Training mode is off',
  'sim.off.message': 'Turn on training mode to use simulated devices.',
  'sim.msg.powerPressed': 'Power pressed: the display sleeps or wakes.',
  'sim.msg.heldPowerOff': 'Held Power for 15 s: all LEDs went out, the device is off.',
  'sim.msg.alreadyOff': 'The device is already off.',
  'sim.msg.offPressPower': 'The device is off: press Power to start it.',
  'sim.msg.hardRestart': 'Held Volume Down + Power for 15 s: the device restarts.',
  'sim.msg.heldPowerOffShort': 'Held Power for 15 s: the device is off.',
  'sim.msg.inSetupNoLock': 'The device is in setup: there is nothing to lock or unlock.',
  'sim.msg.locked': 'The device is locked.',
  'sim.msg.unlocked': 'Signed in: the device is unlocked.',
  'sim.msg.setupAlreadyDone': 'Setup is already finished.',
  'sim.msg.setupDone': 'Setup finished: the device shows the Start menu.',
  'sim.msg.notRunning': 'Nothing happens: the device is not running.',
  'sim.msg.provisioningOpen': 'The provisioning page opened: copy the package to the device now.',
  'sim.msg.noPackage': 'No package found on the device yet: copy it first.',
  'sim.msg.provisioningOnlyFirst': 'Volume Down + Power only opens provisioning at the first setup page.',
  'sim.msg.noDiagnosticsHere': 'On the provisioning page this chord does not collect diagnostics.',
  'sim.msg.alreadyCollecting': 'Already collecting diagnostics.',
  'sim.msg.collecting': 'Collecting diagnostics: AutopilotDiagnostics.zip will appear in Documents.',
  'sim.msg.collected': 'Diagnostics written to Documents.',
  'sim.msg.collectFailed': 'Collecting diagnostics failed on the device.',
  'sim.msg.noTrustPrompt': 'There is no trust prompt on the device.',
  'sim.msg.reflashNeedsFlashing': 'Reflashing needs the device in flashing mode first.',
  'sim.msg.reflashing': 'Reflashing: the device restarts when the recovery tool is done.',
  'sim.msg.resetFromSettings': 'Reset is started from Settings after setup.',
  'sim.msg.resetRefused': 'Reset refused: charge the device to at least {{percent, number}}% first.',
  'sim.msg.resetting': 'Resetting: the device restarts into setup.',
  'sim.msg.flashingOn': 'Only the middle LED is lit: the device is in flashing mode.',
  'sim.msg.started': 'The device started.',
  'sim.msg.trustPrompt': 'The device asks whether to trust {{names}}.',
  'sim.msg.applied': 'Applied {{names}}; setup carries on.',
  'sim.msg.appliedUnnamed': 'Applied the package; setup carries on.',
  'sim.notHololens.title': 'Not a HoloLens',
  'sim.notHololens.message': 'This simulated device has no HoloLens buttons.',
} as const satisfies Catalog;
