import type { Catalog } from '../catalog.ts';

/**
 * Recovery knowledge the station writes: procedures and their steps per model (hl2.*, hl1.*), the PC tools, the
 * meaning of the five lights (led.*), the reset-for-reuse checklist (reuse.*), the ways out of the MDM (unenroll.*),
 * and what the station says while it follows a device (follow.*). Button names printed on the device ("Power",
 * "Volume Up", "Volume Down") are the device's own labels.
 */
export default {
  'tool.arc': 'Advanced Recovery Companion (Windows app)',
  'tool.wdrt': 'Windows Device Recovery Tool (Windows app)',

  // HoloLens 2: steps several procedures share
  'hl2.unplug.title': 'Unplug the cable',
  'hl2.unplug.action': 'Pull the USB-C cable out of the HoloLens (from the charger or the PC).',
  'hl2.unplug.expect': 'Nothing is plugged into the HoloLens.',
  'hl2.hold-power.title': 'Hold Power for 15 seconds',
  'hl2.hold-power.action': 'Press and hold Power for 15 seconds, then let go.',
  'hl2.hold-power.expect': 'All five lights are off.',
  'hl2.plug-in.title': 'Plug it into this PC',
  'hl2.plug-in.action': 'Connect the HoloLens to this PC with the USB-C cable.',
  'hl2.plug-in.expect': 'The station shows the HoloLens 2 in normal mode (Windows lists it as Microsoft HoloLens).',
  'hl2.done.title': 'Wait until it is done',
  'hl2.done.action': 'Wait until Advanced Recovery Companion says it is finished.',
  'hl2.done.expect': 'The device restarts into first setup (the hummingbird).',
  'hl2.req.arc-installed': 'Advanced Recovery Companion is installed on a Windows PC.',
  'hl2.req.battery-40-charged': 'The device is charged to at least 40%.',

  'hl2.restart.title': 'Restart (HoloLens 2)',
  'hl2.restart.when': 'The device hangs or misbehaves. Nothing is erased.',
  'hl2.restart.wait.title': 'Wait a moment',
  'hl2.restart.wait.action': 'Wait 2 to 3 seconds.',
  'hl2.restart.wait.expect': 'The lights stay off.',
  'hl2.restart.press-power.title': 'Press Power',
  'hl2.restart.press-power.action': 'Press Power briefly and let go.',
  'hl2.restart.press-power.expect': 'The lights next to the Power button come on and the device starts.',

  'hl2.hard-restart.title': 'Hard restart (HoloLens 2)',
  'hl2.hard-restart.when': 'The normal restart did not work. Nothing is erased.',
  'hl2.hard-restart.hold-volume-down-power.title': 'Hold Volume Down and Power for 15 seconds',
  'hl2.hard-restart.hold-volume-down-power.action':
    'Press and hold Volume Down and Power together for 15 seconds, then let go.',
  'hl2.hard-restart.hold-volume-down-power.expect': 'The device restarts by itself.',

  'hl2.reset.title': 'Reset from Settings (HoloLens 2)',
  'hl2.reset.when':
    'To wipe the device and start first setup again, when someone can still sign in. Cloud records (Intune, Entra, Autopilot) stay.',
  'hl2.reset.req.battery-40': 'At least 40% battery (required from 23H1).',
  'hl2.reset.req.free-6gb': 'At least 6 GB free storage (required from 23H1).',
  'hl2.reset.req.signed-in': 'Someone can sign in and open Settings.',
  'hl2.reset.check-battery.title': 'Check battery and storage',
  'hl2.reset.check-battery.action':
    'Check the battery is at least 40% and, on 23H1 or later, that 6 GB of storage is free.',
  'hl2.reset.check-battery.expect': 'The station shows 40% or more.',
  'hl2.reset.open-reset.title': 'Open the reset page',
  'hl2.reset.open-reset.action':
    'On the device, open Settings > Update & Security > Reset & recovery > Reset this device.',
  'hl2.reset.open-reset.expect': 'The device asks you to confirm and warns that everything will be erased.',
  'hl2.reset.confirm.title': 'Confirm the reset',
  'hl2.reset.confirm.action': 'Confirm the reset.',
  'hl2.reset.confirm.expect': 'The device restarts and shows the reset progress.',
  'hl2.reset.first-setup.title': 'Wait for first setup',
  'hl2.reset.first-setup.action': 'Leave it plugged in and wait.',
  'hl2.reset.first-setup.expect': 'First setup starts (the hummingbird). All accounts and data are gone.',

  'hl2.reflash.title': 'Reflash with Advanced Recovery Companion (HoloLens 2)',
  'hl2.reflash.when':
    'Reset is not possible or did not help. Installs a fresh OS and erases everything on the device, but not the cloud records.',
  'hl2.reflash.req.unlocked': 'The device is unlocked (signed in). If it cannot be, use manual flashing mode.',
  'hl2.reflash.req.direct-port': 'It is plugged straight into the PC, not through a hub.',
  'hl2.reflash.open-arc.title': 'Open Advanced Recovery Companion',
  'hl2.reflash.open-arc.action': 'On the Windows PC, open Advanced Recovery Companion.',
  'hl2.reflash.open-arc.expect': 'It waits for a device.',
  'hl2.reflash.plug-in-direct.title': 'Plug in, directly',
  'hl2.reflash.plug-in-direct.action':
    'Sign in on the HoloLens so it is unlocked, then connect it straight into a USB port of the PC (no hub).',
  'hl2.reflash.plug-in-direct.expect': 'Advanced Recovery Companion shows the HoloLens 2.',
  'hl2.reflash.plug-in-direct.ifNot':
    'If it does not show up (locked device, USB blocked by policy, or it will not start), use manual flashing mode.',
  'hl2.reflash.start-flash.title': 'Start the reflash',
  'hl2.reflash.start-flash.action':
    'Select the HoloLens 2 in Advanced Recovery Companion, choose the image (the latest unless told otherwise), and start.',
  'hl2.reflash.start-flash.expect': 'Advanced Recovery Companion shows progress. Do not unplug the device.',

  'hl2.flashing-mode.title': 'Manual flashing mode (HoloLens 2)',
  'hl2.flashing-mode.when':
    'Advanced Recovery Companion cannot see the device: it is locked, the PIN is lost on a single-user device, USB is blocked by policy, or it will not start.',
  'hl2.flashing-mode.req.direct-port': 'It will be plugged straight into the PC, not through a hub.',
  'hl2.flashing-mode.volume-up-power.title': 'Hold Volume Up, tap Power',
  'hl2.flashing-mode.volume-up-power.action':
    'Press and hold Volume Up. While holding it, press and release Power. Keep holding Volume Up for 15 seconds, then let go.',
  'hl2.flashing-mode.volume-up-power.expect': 'Only the middle light of the five is lit.',
  'hl2.flashing-mode.plug-in-flashing.title': 'Plug it into this PC',
  'hl2.flashing-mode.plug-in-flashing.action': 'Connect the HoloLens straight into a USB port of the PC (no hub).',
  'hl2.flashing-mode.plug-in-flashing.expect':
    'The station shows the device in flashing mode. Windows lists it as Microsoft HoloLens Recovery (or as Qualcomm HS-USB / QUSB_BULK when drivers are missing).',
  'hl2.flashing-mode.plug-in-flashing.ifNot':
    'QUSB_BULK under Other devices means the PC lacks drivers: update the driver through Windows Update (optional updates), then try again.',
  'hl2.flashing-mode.reflash.title': 'Reflash it',
  'hl2.flashing-mode.reflash.action':
    'In Advanced Recovery Companion, select the HoloLens 2, choose the image and start.',
  'hl2.flashing-mode.reflash.expect': 'Advanced Recovery Companion shows progress. Do not unplug the device.',

  // HoloLens (1st gen): steps several procedures share
  'hl1.power-on.title': 'Turn it back on',
  'hl1.power-on.action': 'Press and hold Power for 1 second, then let go.',
  'hl1.power-on.expect': 'The lights come on and the device starts.',
  'hl1.plug-in.title': 'Plug it into this PC',
  'hl1.plug-in.action': 'Connect the HoloLens to this PC with its micro-USB cable.',
  'hl1.plug-in.expect': 'The station shows the HoloLens (1st gen) in normal mode.',
  'hl1.done.title': 'Check first setup',
  'hl1.done.action': 'Wait for the device to restart.',
  'hl1.done.expect': 'First setup starts (the fit page with the blue box).',
  'hl1.wait-short.title': 'Wait a moment',
  'hl1.wait-short.action': 'Wait 2 to 3 seconds.',
  'hl1.reinstall.expect': 'The tool shows progress, then says it is done.',

  'hl1.restart.title': 'Restart with the Power button (HoloLens 1st gen)',
  'hl1.restart.when': 'The device hangs or misbehaves. Nothing is erased.',
  'hl1.restart.hold-power.title': 'Hold Power until the lights are out',
  'hl1.restart.hold-power.action': 'Press and hold Power. Let go as soon as all the lights are off (about 5 seconds).',
  'hl1.restart.hold-power.expect': 'All five lights come on, then go out one by one from right to left.',
  'hl1.restart.wait.title': 'Wait a full minute',
  'hl1.restart.wait.action': 'Wait one minute: the shutdown can still be running after the display goes dark.',
  'hl1.restart.wait.expect': 'The device stays off.',

  'hl1.hard-restart.title': 'Forced restart (HoloLens 1st gen)',
  'hl1.hard-restart.when':
    'Only when a normal restart did not work. It is like pulling the battery and can leave the device damaged; then it needs a reinstall.',
  'hl1.hard-restart.hold-power-10.title': 'Hold Power for 10 seconds',
  'hl1.hard-restart.hold-power-10.action':
    'Press and hold Power for at least 10 seconds (longer is fine), then let go. Ignore the lights.',
  'hl1.hard-restart.hold-power-10.expect': 'The device switches off.',
  'hl1.hard-restart.wait.expect': 'The device stays off.',

  'hl1.reset.title': 'Reset from Settings (HoloLens 1st gen)',
  'hl1.reset.when':
    'To wipe the device and start first setup again; it keeps the installed OS version. Cloud records (Intune, Entra) stay.',
  'hl1.reset.req.battery-40': 'At least 40% battery.',
  'hl1.reset.check-battery.title': 'Check the battery',
  'hl1.reset.check-battery.action': 'Check the battery is at least 40%.',
  'hl1.reset.check-battery.expect': 'The station shows 40% or more.',
  'hl1.reset.open-reset.title': 'Open the reset page',
  'hl1.reset.open-reset.action':
    'On the device, open Settings > Update > Reset (Recovery on some builds) and choose Reset device.',
  'hl1.reset.open-reset.expect': 'The device asks you to confirm and warns that everything will be erased.',
  'hl1.reset.confirm.title': 'Confirm the reset',
  'hl1.reset.confirm.action': 'Confirm the reset.',
  'hl1.reset.confirm.expect': 'The device restarts and shows spinning gears and a progress bar.',
  'hl1.reset.first-setup.title': 'Wait about 30 minutes',
  'hl1.reset.first-setup.action': 'Leave it alone until it restarts into first setup.',
  'hl1.reset.first-setup.expect': 'First setup starts. All accounts, apps and data are gone.',

  'hl1.reflash.title': 'Reinstall with the Windows Device Recovery Tool (HoloLens 1st gen)',
  'hl1.reflash.when':
    'Restart and reset did not help. Installs the latest OS and erases everything on the device, but not the cloud records.',
  'hl1.reflash.req.windows-pc': 'A Windows 10 (or later) PC, not a virtual machine.',
  'hl1.reflash.req.pc-space': 'At least 4 GB free on the PC.',
  'hl1.reflash.req.cable': 'The micro-USB cable that came with the HoloLens.',
  'hl1.reflash.open-wdrt.title': 'Open the recovery tool',
  'hl1.reflash.open-wdrt.action': 'On the Windows PC, install and open the Windows Device Recovery Tool.',
  'hl1.reflash.open-wdrt.expect': 'The tool waits for a device.',
  'hl1.reflash.plug-in.title': 'Plug it in',
  'hl1.reflash.plug-in.action': 'Connect the HoloLens to the PC with its micro-USB cable.',
  'hl1.reflash.plug-in.expect': 'The recovery tool shows the HoloLens.',
  'hl1.reflash.plug-in.ifNot':
    'If it is not found, choose "My device was not detected" and put the device in manual flashing mode.',
  'hl1.reflash.reinstall.title': 'Reinstall',
  'hl1.reflash.reinstall.action': "Follow the tool's instructions to reinstall the OS. Do not unplug the device.",

  'hl1.flashing-mode.title': 'Manual flashing mode (HoloLens 1st gen)',
  'hl1.flashing-mode.when': 'The recovery tool does not detect the device.',
  'hl1.flashing-mode.req.windows-pc':
    'A Windows 10 (or later) PC with the Windows Device Recovery Tool, not a virtual machine.',
  'hl1.flashing-mode.unplug.title': 'Unplug every power source',
  'hl1.flashing-mode.unplug.action': 'Unplug the micro-USB cable from the HoloLens.',
  'hl1.flashing-mode.unplug.expect': 'Nothing is plugged into the HoloLens.',
  'hl1.flashing-mode.power-off.title': 'Turn it off completely',
  'hl1.flashing-mode.power-off.action': 'If it is on, press and hold Power until every light is off (about 5 seconds).',
  'hl1.flashing-mode.power-off.expect': 'All lights are off.',
  'hl1.flashing-mode.volume-up-power.title': 'Hold Volume Up, tap Power',
  'hl1.flashing-mode.volume-up-power.action':
    'Press and hold Volume Up. While holding it, tap Power once. Keep holding Volume Up until only the middle light is on (count to 15), then let go.',
  'hl1.flashing-mode.volume-up-power.expect': 'The device starts with only the middle light lit.',
  'hl1.flashing-mode.plug-in-flashing.title': 'Plug it into the PC',
  'hl1.flashing-mode.plug-in-flashing.action': 'Connect the HoloLens to the PC with its micro-USB cable.',
  'hl1.flashing-mode.plug-in-flashing.expect': 'The station shows the device in flashing mode.',
  'hl1.flashing-mode.reinstall.title': 'Reinstall',
  'hl1.flashing-mode.reinstall.action':
    'In the recovery tool choose "My device was not detected", then HoloLens, and follow the instructions.',
  'hl1.flashing-mode.unverified':
    'The 1st gen guide gives no time for holding Volume Up; 15 seconds mirrors HoloLens 2. Let go once only the middle light shows.',
  // The five lights next to the Power button
  'led.nothing-to-do': 'Nothing to do.',
  'led.charging.name': 'Charging, {{low}}–{{high}}%',
  'led.charging.meaning': 'The device is charging and the battery is at {{low}}–{{high}}%.',
  'led.charging.action-low': 'Keep it on the charger: reset, reflash and Autopilot need 40–45% or more.',
  'led.battery.name_one': 'Battery level: {{count}} light',
  'led.battery.name_other': 'Battery level: {{count}} lights',
  'led.battery.meaning-low': 'The battery is below 20%.',
  'led.battery.meaning': 'The battery is at roughly {{low}}–{{high}}% (each light is about 20%).',
  'led.battery.action-low': 'Charge it before a reset, reflash or Autopilot (they need 40–45%).',
  'led.flashing-mode.name': 'Only the middle light',
  'led.flashing-mode.meaning': 'The device is in flashing mode, waiting for a recovery tool.',
  'led.flashing-mode.action':
    'Plug it into the PC and reflash it (Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen).',
  'led.os-error.name': 'All five flash five times',
  'led.os-error.meaning': 'The device cannot start: the OS is in an error state.',
  'led.os-error.action':
    'Reflash it with Advanced Recovery Companion (use manual flashing mode if it is not detected).',
  'led.hardware-fault.name': 'Lights 1, 3 and 5 flash together',
  'led.hardware-fault.meaning': 'The device may have a hardware fault.',
  'led.hardware-fault.action':
    'Do not reflash: it will not help. Set the device aside and contact Microsoft support for a repair.',
  'led.critical-battery.name': 'One light flashes five times',
  'led.critical-battery.meaning': 'The battery is critically low: the device will not start.',
  'led.critical-battery.action': 'Charge it on the wall charger for at least an hour, then try again.',
  'led.shutting-down.name': 'All on, then out one by one',
  'led.shutting-down.meaning': 'The device is going to sleep or shutting down.',
  'led.shutting-down.action': 'When restarting by hand, let go of Power once all lights are off.',
  'led.all-off.name': 'All lights off',
  'led.all-off.meaning': 'The device is off or asleep (or the battery is empty).',
  'led.all-off.action': 'Press Power to wake or start it; if nothing lights up, charge it.',

  // Reset for reuse
  'reuse.title': 'Reset a device for reuse',
  'reuse.intro':
    'Work down this list in order. TenantLockdown can only be lifted while the device is still enrolled, so that comes first; the device is wiped next; its cloud records go last, before it runs setup again. Wiping alone leaves the cloud records behind, and the next setup trips over them.',
  'reuse.lift-tenant-lockdown.title': 'Lift TenantLockdown first, while the device is still enrolled',
  'reuse.lift-tenant-lockdown.how':
    'Only for a HoloLens 2 that was set up with Autopilot, and before anything is deleted: while it is still enrolled, take it out of the group that sets TenantLockdown/RequireNetworkInOOBE to true, assign it a custom OMA-URI profile that sets ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE to false, sync the device, and wait until Intune reports the profile applied to it. You may skip this only when the device stays in this tenant and will go through Autopilot again.',
  'reuse.lift-tenant-lockdown.why':
    "The setting survives a reset and a reflash. Once the device is wiped or its Intune record deleted it can no longer receive the change, and setup keeps waiting for its old tenant's Autopilot profile.",
  'reuse.reset-or-reflash.title': 'Wipe the device',
  'reuse.reset-or-reflash.how':
    'Reset it from Settings, or wipe it from Intune (leave "Retain enrollment state and user account" unchecked), or reflash it (Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen). Let it come back to the first setup screen, then turn it off, or keep it off the network, until the records below are deleted.',
  'reuse.reset-or-reflash.why':
    'This erases the device itself. Its cloud records stay; a device that reaches the internet at setup before they are gone runs into them.',
  'reuse.delete-intune-record.title': 'Delete the Intune device record',
  'reuse.delete-intune-record.how':
    'Intune > Devices > All devices: find the device by its serial number and delete it. After a remote wipe, press Delete straight away: the wipe stays "pending" because HoloLens never reports it done.',
  'reuse.delete-intune-record.why':
    'A device that already ran Autopilot fails with 0x80180014 while its old Intune record exists.',
  'reuse.deregister-autopilot.title': 'Deregister it from Autopilot (moving tenants only)',
  'reuse.deregister-autopilot.how':
    'After the Intune record is gone: Intune > Devices > Windows > Windows enrollment > Devices, select the device and delete it. Skip this if it stays in the same tenant and will run Autopilot again.',
  'reuse.deregister-autopilot.why':
    'The Autopilot registration ties the hardware to this tenant; the new tenant cannot register it until it is released.',
  'reuse.delete-entra-device.title': 'Delete the Entra device',
  'reuse.delete-entra-device.how': 'Entra admin center > Devices > All devices: find the device and delete it.',
  'reuse.delete-entra-device.why':
    'Once the device leaves the tenant nothing should point at it; a stale Entra device only gets in the way if the device ever comes back.',
  'reuse.error-explanation':
    '{{code}} on a reused device means Intune still holds the record from its last enrollment. Delete that record, then reset or reflash the device and run setup again.',
  // What the station says when the bus moved the wizard on
  'follow.gone.moved': 'The device left port {{port}}. Moved on to step {{step}} of {{total}}.',
  'follow.gone.all-done': 'The device left port {{port}}. All steps are done.',
  'follow.flashing.moved':
    'The station sees the device in flashing mode on port {{port}}. Moved on to step {{step}} of {{total}}.',
  'follow.flashing.all-done': 'The station sees the device in flashing mode on port {{port}}. All steps are done.',
  'follow.running.moved':
    'The station sees the device running on port {{port}}. Moved on to step {{step}} of {{total}}.',
  'follow.running.all-done': 'The station sees the device running on port {{port}}. All steps are done.',

  // Errors
  'error.no-procedure.title': 'No such recovery procedure',
  'error.no-procedure.message': 'There is no recovery procedure "{{id}}".',
  'error.follow-gone.title': 'Not following',
  'error.follow-gone.message': 'The station no longer follows this procedure.',
  'error.run-finished.title': 'This recovery is already finished',
  'error.run-finished.message': 'Start a new one to go again.',
  'error.no-step.title': 'No such step',
  'error.no-step.message': 'The procedure of this recovery has no step "{{id}}".',
  'error.run-not-found.title': 'Recovery not found',
  'error.run-not-found.message': 'The ledger has no recovery number {{id}}.',
  // Ways out of the MDM, by how the device was enrolled
  'unenroll.advice.none':
    'The station has no record of enrolling this device. Check on the device (Settings > Accounts > Access work or school) how it was enrolled, then pick it below.',
  'unenroll.advice.known': 'Enrolled here on {{when, when}}: {{path}}.',
  'unenroll.advice.by': 'Enrolled here on {{when, when}} by {{technician}}: {{path}}.',
  'unenroll.reason.autopilot':
    'It was enrolled through Autopilot. Such a device cannot be unenrolled: only a reset or reflash takes it out of Entra and the MDM.',
  'unenroll.reason.entra':
    'It was enrolled with an Entra account. Such a device cannot be unenrolled: to leave Entra or move to another tenant, reset or reflash it.',
  'unenroll.reason.msa-work-account':
    'It was enrolled by adding a work account to a Microsoft account, so Disconnect in Settings unenrolls it.',
  'unenroll.reason.local-mdm-only':
    'It was enrolled with "Enroll only in device management" on a local account, so Disconnect in Settings unenrolls it.',
  'unenroll.reason.msa-work-account.blocked':
    'It was enrolled by adding a work account to a Microsoft account, so Disconnect in Settings would unenroll it. But the MDM policy AllowManualMDMUnenrollment is 0, which blocks Disconnect, so only a reset or reflash is left.',
  'unenroll.reason.local-mdm-only.blocked':
    'It was enrolled with "Enroll only in device management" on a local account, so Disconnect in Settings would unenroll it. But the MDM policy AllowManualMDMUnenrollment is 0, which blocks Disconnect, so only a reset or reflash is left.',
  'unenroll.summary.autopilot': 'Autopilot: this device can only be unenrolled by reset or reflash.',
  'unenroll.summary.entra': 'Entra join: this device can only be unenrolled by reset or reflash.',
  'unenroll.summary.msa-work-account':
    'Work account on a Microsoft account: it can be unenrolled later with Disconnect in Settings.',
  'unenroll.summary.local-mdm-only': 'Local account, MDM only: it can be unenrolled later with Disconnect in Settings.',
  'unenroll.blocked-warning':
    'Disconnect is blocked by the MDM policy Experience/AllowManualMDMUnenrollment = 0. Reset or reflash the device, or ask the admin to lift the policy first.',
  'unenroll.sign-in.title': 'Sign in as the enrolling user',
  'unenroll.sign-in.action': 'Sign in on the device with the account that enrolled it.',
  'unenroll.sign-in.expect': 'The Start menu appears.',
  'unenroll.disconnect.title': 'Disconnect the work account',
  'unenroll.disconnect.action':
    'Open Start > Settings > Accounts > Access work or school, select the work account (or the MDM enrollment), then Disconnect, and confirm.',
  'unenroll.disconnect.expect': 'The entry disappears and the device no longer says it is managed.',
  'unenroll.disconnect.ifNot':
    'No Disconnect button means the MDM policy AllowManualMDMUnenrollment blocks it: ask the admin to lift it, or reset or reflash the device.',
  'unenroll.clean-mdm-record.title': 'Remove the record in the MDM',
  'unenroll.clean-mdm-record.action':
    'In the MDM console, delete (or retire) this device so its record does not linger.',
  'unenroll.clean-mdm-record.expect': 'The MDM no longer lists the device.',
  'unenroll.tenant-lockdown.title': 'First: lift TenantLockdown while the device is still enrolled',
  'unenroll.tenant-lockdown.action':
    'If TenantLockdown (RequireNetworkInOOBE) was set on this device, lift it now, while the device is still enrolled and before anything is wiped or deleted: take the device out of the group that sets it to true, assign a custom OMA-URI profile setting ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE to false, and sync the device.',
  'unenroll.tenant-lockdown.expect': 'Intune shows the "false" profile applied to this device.',
  'unenroll.tenant-lockdown.ifNot':
    "Do not go on until Intune shows it applied: the setting survives a reset and a reflash, and once the device is wiped or its Intune record deleted it can no longer be lifted. The device would keep waiting for its old tenant's Autopilot profile.",
  'unenroll.charge.title': 'Charge the battery',
  'unenroll.charge.action.hololens1': 'Charge the battery to at least 40%.',
  'unenroll.charge.action':
    'Charge the battery to at least 40%. On HoloLens 2 with 23H1 or later, also make sure 6 GB of storage is free.',
  'unenroll.charge.expect': 'The station shows 40% or more.',
  'unenroll.reset.title': 'Reset the device',
  'unenroll.reset.action.hololens2':
    'On the device, open Settings > Update & Security > Reset & recovery > Reset this device and confirm. When it reaches first setup, turn it off (or keep it off the network) until its cloud records are deleted (the last step).',
  'unenroll.reset.action.hololens1':
    'On the device, open Settings > Update > Reset (Recovery on some builds) > Reset device and confirm. When it reaches first setup, turn it off (or keep it off the network) until its cloud records are deleted (the last step).',
  'unenroll.reset.action':
    'On the device, open Settings > Update & Security > Reset & recovery > Reset this device (HoloLens (1st gen): Settings > Update > Reset (Recovery on some builds) > Reset device) and confirm. When it reaches first setup, turn it off (or keep it off the network) until its cloud records are deleted (the last step).',
  'unenroll.reset.expect':
    'The device restarts, shows progress for a while (about 30 minutes on a 1st gen), and ends at first setup.',
  'unenroll.reflash.title': 'Reflash instead, if reset is not possible',
  'unenroll.reflash.action.hololens1':
    'If you cannot reach Settings (forgotten password, device will not start), reinstall it with the Windows Device Recovery Tool.',
  'unenroll.reflash.action.hololens2':
    'If you cannot reach Settings (forgotten PIN, device will not start), reflash it with Advanced Recovery Companion, or wipe it from Intune (see the other ways below).',
  'unenroll.reflash.action':
    'If you cannot reach Settings, reflash it: Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen.',
  'unenroll.reflash.expect':
    'The device ends at first setup. When it reaches first setup, turn it off (or keep it off the network) until its cloud records are deleted (the last step).',
  'unenroll.cloud.title': 'Then clean up the cloud records',
  'unenroll.cloud.action.moving':
    'The device is wiped; its cloud records are not. Now delete the device in Intune > Devices. It moves to another tenant, so then also remove it from Autopilot (Windows enrollment > Devices) and delete it in Entra > Devices, in that order.',
  'unenroll.cloud.action':
    'The device is wiped; its cloud records are not. Now delete the device in Intune > Devices. If it will move to another tenant, then also remove it from Autopilot and delete it in Entra > Devices, in that order.',
  'unenroll.cloud.expect': 'Intune no longer lists the device (nor Autopilot and Entra when it changes tenant).',
  'unenroll.cloud.ifNot': 'Skipping this makes the next Autopilot run fail with {{code}}.',
  'unenroll.wipe.title': 'Wipe it remotely from Intune',
  'unenroll.wipe.when':
    'When nobody can sign in to the device (a former user, a forgotten PIN) but it still reaches the internet: the wipe resets it the next time it checks in.',
  'unenroll.intune-wipe.title': 'Wipe it from Intune',
  'unenroll.intune-wipe.action':
    'In Intune > Devices > All devices, open the device and choose Wipe. Leave "Retain enrollment state and user account" unchecked: this device is leaving. Confirm.',
  'unenroll.intune-wipe.expect':
    'Intune shows the wipe as pending; the device restarts and wipes itself the next time it checks in.',
  'unenroll.intune-wipe.ifNot': 'The device must be on and online to receive the wipe.',
  'unenroll.delete-after-wipe.title': 'Press Delete straight after',
  'unenroll.delete-after-wipe.action.moving':
    'Right after Wipe, press Delete for the same device. HoloLens never reports the wipe done, so Intune would show "Wipe pending" for good and keep the record. It moves to another tenant: then remove it from Autopilot and delete it in Entra > Devices, in that order.',
  'unenroll.delete-after-wipe.action':
    'Right after Wipe, press Delete for the same device. HoloLens never reports the wipe done, so Intune would show "Wipe pending" for good and keep the record.',
  'unenroll.delete-after-wipe.expect': 'Intune no longer lists the device.',
  'unenroll.delete-after-wipe.ifNot': 'A record left behind makes the next Autopilot run fail with {{code}}.',
  'unenroll.retire.title': 'Retire it from Intune',
  'unenroll.retire.when':
    'When Disconnect cannot be pressed on the device (nobody at hand to sign in) but the device is online.',
  'unenroll.intune-retire.title': 'Retire the device',
  'unenroll.intune-retire.action':
    'In Intune > Devices > All devices, open the device and choose Retire, then confirm. It removes the enrollment and the settings and apps Intune sent, and keeps the personal data.',
  'unenroll.intune-retire.expect':
    'Intune shows the retire as pending, then the device leaves the list once it has checked in.',
  'unenroll.intune-retire.ifNot':
    'If it stays pending, the device has not checked in: turn it on and connect it to the internet, or delete the record by hand.',
  'unenroll.retire.unverified':
    'The HoloLens pages only link the Intune page on wipe and retire; they do not describe retire on HoloLens themselves.',
} as const satisfies Catalog;
