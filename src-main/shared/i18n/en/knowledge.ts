import type { Catalog } from '../catalog.ts';

/**
 * What the station knows offline, in English: error-code explanations and fixes (error.<code>.*), guidance topics
 * (topic.<id>.*), the troubleshooting checklist, builds and features, update advice and the search's own words.
 */
export default {
  'error.0x80180001.name': 'Enrollment message not understood',
  'error.0x80180001.meaning': "The device and the MDM server could not read each other's enrollment messages.",
  'error.0x80180001.fix1': 'Try again in a few minutes: the MDM service may be having trouble.',
  'error.0x80180001.fix2': 'Ask the MDM admin to check the server address and the service health.',
  'error.0x80180002.name': 'Sign-in refused during enrollment',
  'error.0x80180002.meaning': 'The MDM server could not confirm who is signing in.',
  'error.0x80180002.fix1': 'Type the user name and password again, slowly; check the account is not locked.',
  'error.0x80180002.fix2': 'Finish any extra sign-in check (MFA) the account asks for.',
  'error.0x80180002.fix3':
    'In a GCC High tenant, type the credentials on the device: "sign in from another device" is not offered there.',
  'error.0x80180003.name': 'User not allowed to enroll',
  'error.0x80180003.meaning': 'The account signed in fine, but it is not allowed to enroll devices.',
  'error.0x80180003.fix1': 'Check the user has a valid Intune (MDM) license.',
  'error.0x80180003.fix2': 'Check the MDM user scope in Entra includes this user.',
  'error.0x80180003.fix3': 'Check the enrollment restrictions and the per-user device limit in the MDM.',
  'error.0x80180009.name': 'Enrollment already running',
  'error.0x80180009.meaning': 'Another enrollment is still going on for this device.',
  'error.0x80180009.fix1':
    'Wait a few minutes for it to finish, then look in Settings > Accounts > Access work or school.',
  'error.0x80180009.fix2': 'If nothing changes, restart the device and try once more.',
  'error.0x8018000A.name': 'Already enrolled',
  'error.0x8018000A.meaning': 'The device is already enrolled in an MDM, often by a different user.',
  'error.0x8018000A.fix1':
    'Sign in as the user who enrolled it and Disconnect in Settings > Accounts > Access work or school (work account or local MDM-only enrollments).',
  'error.0x8018000A.fix2':
    'If it was enrolled through Entra or Autopilot, delete its MDM record, then reset or reflash it.',
  'error.0x80180013.name': 'Device limit reached',
  'error.0x80180013.meaning': 'The user already has as many enrolled devices as the MDM allows.',
  'error.0x80180013.fix1': 'Remove old devices of this user in the MDM.',
  'error.0x80180013.fix2': 'Or ask the admin to raise the device limit for enrollment.',
  'error.0x80180014.name': 'Enrollment refused for this device',
  'error.0x80180014.meaning':
    "Either the MDM's enrollment restrictions block Windows devices (a HoloLens counts as Windows), or this device ran Autopilot before and its old Intune record is still there.",
  'error.0x80180014.fix1': 'In Intune enrollment restrictions, allow the Windows (MDM) platform for this user.',
  'error.0x80180014.fix2':
    'If the device ran Autopilot before: delete its Intune device record (keep the Autopilot registration if it stays in this tenant), then reset or reflash it and start again.',
  'error.0x80180018.name': 'License problem',
  'error.0x80180018.meaning': 'The user has no valid MDM license, or the license is in a state that blocks enrollment.',
  'error.0x80180018.fix1': 'Assign an Intune (MDM) license to the user, wait a few minutes, then try again.',
  'error.0x80180019.name': 'MDM server set up wrong',
  'error.0x80180019.meaning': "The MDM server's enrollment settings are wrong or incomplete.",
  'error.0x80180019.fix1':
    "Ask the MDM admin to check the enrollment settings, including the MDM app's enrollment URLs in Entra.",
  'error.0x80180026.name': 'MDM blocked on the device',
  'error.0x80180026.meaning': 'Something on the device itself forbids MDM enrollment.',
  'error.0x80180026.fix1': 'Find the package or policy that blocks enrollment and remove it.',
  'error.0x80180026.fix2': 'If you cannot find it, reset or reflash the device and enroll it clean.',
  'error.0x8018002B.name': 'Automatic enrollment not allowed for this user',
  'error.0x8018002B.meaning':
    "Entra's MDM user scope is None (or leaves this user out), or the user name ends in a domain the tenant has not verified.",
  'error.0x8018002B.fix1': 'In Entra, set the MDM user scope to All, or to Some with a group that holds this user.',
  'error.0x8018002B.fix2': 'Use an account whose domain (after the @) is verified in the tenant.',
  'error.0x8018002B.fix3': 'If the setting was just changed, wait a few minutes and try again.',
  'error.0x8018002B.unverified':
    "The symbol comes from Intune's troubleshooting table; a Windows header gives the same name to 0x80180031.",
  'error.0x801C0003.name': 'Not allowed to join Entra',
  'error.0x801C0003.meaning': 'The tenant does not let this user join devices to Entra.',
  'error.0x801C0003.fix1':
    'In Entra > Devices > Device settings, let all users (or a group holding this user) join devices.',
  'error.0x801C000E.name': 'Entra join limit reached',
  'error.0x801C000E.meaning': 'The user has already joined as many devices to Entra as the tenant allows.',
  'error.0x801C000E.fix1': 'Remove old devices of this user from Entra.',
  'error.0x801C000E.fix2': 'Or ask the admin to raise the maximum number of devices per user.',
  'error.0x801C03EA.name': 'TPM check failed (Autopilot)',
  'error.0x801C03EA.meaning': "Autopilot could not prove the device's security chip (TPM) to the cloud.",
  'error.0x801C03EA.fix1': 'Restart the device and let Autopilot try again.',
  'error.0x801C03EA.fix2':
    "Make sure the network lets the device reach Microsoft's sign-in and attestation services (no captive portal, no blocking proxy).",
  'error.0x801C03EA.fix3': 'Reflash to the latest build with Advanced Recovery Companion, then try again.',
  'error.0x801C03EA.unverified': 'Fixes are general Autopilot advice, not a HoloLens-specific Microsoft page.',
  'error.0x800705B4.name': 'Timed out (Autopilot TPM check)',
  'error.0x800705B4.meaning': 'The TPM check during Autopilot took too long and gave up.',
  'error.0x800705B4.fix1': 'Check the network is fast and open enough, then restart the device to retry.',
  'error.0x800705B4.fix2': 'Reflash to the latest build with Advanced Recovery Companion if it keeps happening.',
  'error.0x800705B4.unverified': 'Fixes are general Autopilot advice, not a HoloLens-specific Microsoft page.',
  'topic.hash-harvest.title': 'Harvesting the Autopilot hardware hash',
  'topic.hash-harvest.summary':
    'Press Power and Volume Down together briefly; the device writes AutopilotDiagnostics.zip into Documents, and the DeviceHash CSV inside it is what Intune imports.',
  'topic.hash-harvest.point1':
    'During first setup the device records its hash by itself; after setup only the device owner (normally the first person who signed in) can start the collection.',
  'topic.hash-harvest.point2':
    'The device must be on, and signed in and unlocked when it is past setup: a locked device offers no storage to the PC.',
  'topic.hash-harvest.point3':
    'On builds before 20H2 (19041.1128), a device that finished setup with diagnostic data set to Required cannot collect the hash this way: set Settings > Privacy > Diagnostics to Full first.',
  'topic.hash-harvest.point4':
    'A HoloLensDiagnostics.temp file shows first; wait until AutopilotDiagnostics.zip replaces it, then copy it.',
  'topic.hash-harvest.point5':
    'Resellers can register devices in Partner Center, and Microsoft support can register them on request: no harvest needed then.',
  'topic.tenant-lockdown-symptoms.title': 'Setup waits for the network forever (TenantLockdown)',
  'topic.tenant-lockdown-symptoms.summary':
    'A HoloLens 2 with TenantLockdown (RequireNetworkInOOBE) set waits in first setup until it has downloaded its Autopilot profile, and it keeps that setting through resets and reflashes.',
  'topic.tenant-lockdown-symptoms.point1':
    'What you see: setup insists on a network and offers no way to skip; once online it waits and waits for the Autopilot profile; the "who owns this device" choice, a local account from a package and an Entra join from a package are all refused.',
  'topic.tenant-lockdown-symptoms.point2':
    'Cause: TenantLockdown was set to true while the device was enrolled through Autopilot, and the device lost its Autopilot profile (unassigned, deregistered, or moved to another tenant).',
  'topic.tenant-lockdown-symptoms.point3':
    'Fix: in the original tenant, give the device its Autopilot registration and a HoloLens profile again, let Autopilot enroll it, then set RequireNetworkInOOBE to false with a custom OMA-URI profile, sync, and wait until Intune shows it applied. Only then reset it or hand it over.',
  'topic.tenant-lockdown-symptoms.point4': 'A reflash does not help: the setting survives it.',
  'topic.kiosk.title': 'Kiosk mode (Assigned Access)',
  'topic.kiosk.summary':
    'A single-app kiosk starts one app at sign-in with no Start menu; a multi-app kiosk shows only the listed apps in Start. Either comes from the MDM (AssignedAccess) or from a provisioning package.',
  'topic.kiosk.point1':
    'By MDM: in Intune a kiosk device profile or a custom OMA-URI ./Device/Vendor/MSFT/AssignedAccess/Configuration. By package: Runtime settings > AssignedAccess > AssignedAccessSettings (single app) or MultiAppAssignedAccessSettings (several apps). The station recognises both in package inspection.',
  'topic.kiosk.point2':
    'Check on the device after enrollment: sign in as a user the kiosk targets. Single app: the app opens by itself and there is no Start menu. Several apps: Start shows only the configured apps.',
  'topic.kiosk.point3':
    'Kiosk needs Windows Holographic for Business: every HoloLens 2 has it; a HoloLens (1st gen) must be upgraded first.',
  'topic.kiosk.point4':
    'Visitor accounts can sign in to a kiosk automatically from 21H1 (20346.1002); such a device has no on-device way out of the kiosk.',
  'topic.certificates-wifi.title': 'Certificates and enterprise (802.1X) Wi-Fi',
  'topic.certificates-wifi.summary':
    'First setup only joins open, password or captive-portal Wi-Fi. A device that must join 802.1X (EAP) Wi-Fi during setup needs the certificates and Wi-Fi profile from a provisioning package first; SCEP or PKCS certificates from the MDM arrive only after enrollment.',
  'topic.certificates-wifi.point1':
    'During setup: apply a package with the root CA (and client certificate where the EAP type needs one) and the Wi-Fi profile at the first setup page, or use a USB-C Ethernet adapter on a HoloLens 2.',
  'topic.certificates-wifi.point2':
    'After enrollment: the MDM deploys the trusted root, then SCEP or PKCS certificates (Intune needs its certificate connector; SCEP with a Microsoft CA also needs NDES), then the Wi-Fi or VPN profile that uses them.',
  'topic.certificates-wifi.point3': 'Without an MDM, certificates can still come from a provisioning package.',
  'topic.updates.title': 'Updating HoloLens: builds, the upgrade path and update policies',
  'topic.updates.summary':
    'On the device: Settings > Update & Security > Windows Update > Check for updates, then Restart now. HoloLens installs one update at a time, so a device far behind needs several rounds; or reflash the latest build with Advanced Recovery Companion (HoloLens 2).',
  'topic.updates.point1':
    'Upgrade path (HoloLens 2): 21H1 (20346.1002) needs 19041.1136 or later first; 23H1 (22621.1113, the Windows 11 base) needs 21H1 (20346.1002) or later first.',
  'topic.updates.point2':
    'Installing needs 40% battery or the charger: below 40% and unplugged, the restart does not install.',
  'topic.updates.point3':
    'In Intune use "Update rings for Windows 10 and later" for HoloLens. "Feature updates" and "Quality updates" policies are not supported for HoloLens: a device opted into them keeps getting servicing updates on 19041 and never the next feature release.',
  'topic.updates.point4':
    'Deferrals: feature updates up to 365 days, quality updates up to 30 days; from 2004 a user can pause updates on the device for up to 35 days.',
  'topic.updates.point5':
    'The build each station feature needs is listed with the builds (Autopilot 19041.1103, Autopilot over Wi-Fi and TenantLockdown 19041.1128, packages from a USB drive 19041.1103).',
  'topic.intune-wipe.title': 'Intune remote wipe and retire',
  'topic.intune-wipe.summary':
    'Wipe resets the device the next time it checks in; for a device that leaves, keep "Retain enrollment state and user account" unchecked. HoloLens never reports the wipe done, so press Delete straight after Wipe or the record stays "Wipe pending".',
  'topic.intune-wipe.point1':
    'Use it when nobody can sign in to the device (a former user, a lost PIN) but it still reaches the internet.',
  'topic.intune-wipe.point2':
    'After Autopilot, lift TenantLockdown before the wipe: after it, the device can no longer receive the change.',
  'topic.intune-wipe.point3':
    "Retire removes the MDM enrollment and what the MDM sent while keeping personal data; the HoloLens pages only link Intune's page about it.",
  'topic.setup-language.title': 'Setup language, region and keyboard; the Autopilot profile language and device name',
  'topic.setup-language.summary':
    'First setup asks for the language and region; they can be changed later in Settings > Time & language, where keyboard layouts are added too. An Autopilot profile can set the language, the keyboard and a device-name template instead.',
  'topic.setup-language.point1':
    'Autopilot profile (HoloLens): Language (Region) picks the setup language; "Automatically configure keyboard" matches the keyboard to it.',
  'topic.setup-language.point2':
    'A device-name template (for example a prefix and %RAND:4% for four random digits) names the device during setup; the device then restarts once before it joins Entra. Expect that restart.',
  'topic.setup-language.point3': 'The speech and dictation language follows the Windows display language.',
  'topic.setup-language.point4':
    'A provisioning package can preset the region and time zone and skip those setup pages.',
  'topic.hl1-business-upgrade.title': 'HoloLens (1st gen): upgrading to Windows Holographic for Business',
  'topic.hl1-business-upgrade.summary':
    'Plain Windows Holographic (Development Edition) cannot be managed until the Commercial Suite licence upgrades it to Windows Holographic for Business, by the MDM or by a provisioning package.',
  'topic.hl1-business-upgrade.point1':
    'By MDM: any MDM supporting the WindowsLicensing policy can apply the licence once the device is enrolled (Intune: an edition upgrade profile).',
  'topic.hl1-business-upgrade.point2':
    'By package: Runtime settings > EditionUpgrade > EditionUpgradeWithLicense with the licence XML; owner IT Admin; applied at the fit page with Volume Down + Power, or from Settings on 1809 and later.',
  'topic.hl1-business-upgrade.point3':
    'Check it: Settings > System shows Windows Holographic for Business (1803 and later); Device Portal reports edition ID 136.',
  'checklist.internet-after-sign-in.title': 'The device is on the internet after sign-in',
  'checklist.internet-after-sign-in.how':
    'After signing in, open Microsoft Edge on the device and load any public website. If it does not load, fix the Wi-Fi (or proxy) before you try to enroll.',
  'checklist.entra-join-allowed.title': 'Entra join is not turned off in the tenant',
  'checklist.entra-join-allowed.how':
    'In the Entra admin center > Devices > Device settings, "Users may join devices" must be All, or Selected with a group that holds this user.',
  'checklist.license-assigned.title': 'The user has a valid license',
  'checklist.license-assigned.how':
    "In the Microsoft 365 or Entra admin center, check the user has an Intune (MDM) license assigned, and that the MDM's device type restrictions allow Windows.",
  'checklist.windows-not-blocked.title': 'Windows enrollment is not blocked',
  'checklist.windows-not-blocked.how':
    'A HoloLens enrolls as a Windows device. In Intune > Devices > Enrollment restrictions, make sure no platform restriction blocks Windows (MDM) for this user.',
  'build.hololens2-1903.note': 'Early devices shipped with it: too old for Autopilot.',
  'build.hololens2-2004.note': 'First build with Autopilot (over Ethernet).',
  'build.hololens2-20H2.note': 'Autopilot over Wi-Fi, TenantLockdown.',
  'build.hololens2-23H1.note': 'Windows 11 base. Reset from Settings needs 40% battery and 6 GB free.',
  'build.hololens2-23H2.note': 'The March 2024 update is 22621.1266.',
  'build.hololens1-1607.note': 'Device Portal shows it as 14393.0.x86fre.rs1_release.160715-1616.',
  'build.hololens1-1803.note': 'File transfer over MTP; several Entra users on Windows Holographic for Business.',
  'build.hololens1-1803.unverified':
    'The build number 17134 is the Windows 10 April 2018 Update; DOMAIN.md does not list it for HL1.',
  'build.hololens1-1809.note': 'Provisioning packages can be added after setup.',
  'feature.autopilot@hololens2.title': 'Autopilot',
  'feature.autopilot@hololens2.detail':
    'Autopilot self-deploying setup. On 2004 the network must come from a USB-C Ethernet adapter plugged in before power-on.',
  'feature.autopilot-wifi@hololens2.title': 'Autopilot over Wi-Fi',
  'feature.autopilot-wifi@hololens2.detail':
    'Autopilot can use Wi-Fi picked during first setup; an Ethernet adapter still works.',
  'feature.tenant-lockdown@hololens2.title': 'TenantLockdown (RequireNetworkInOOBE)',
  'feature.tenant-lockdown@hololens2.detail':
    'Ties the device to its tenant through Autopilot. The setting survives a reset and a reflash.',
  'feature.usb-drive-ppkg@hololens2.title': 'Provisioning packages from a USB drive',
  'feature.usb-drive-ppkg@hololens2.detail':
    'Packages at the root of a USB drive can be applied during first setup, one after another.',
  'feature.usb-drive-ppkg-auto-launch@hololens2.title': 'USB drive packages open by themselves',
  'feature.usb-drive-ppkg-auto-launch@hololens2.detail':
    'The package page opens on its own and applies after a 10 second countdown.',
  'feature.usb-drive-ppkg-hands-off@hololens2.title': 'USB drive packages fully hands-off',
  'feature.usb-drive-ppkg-hands-off@hololens2.detail': 'Packages on a USB drive apply with no one wearing the device.',
  'feature.seamless-recalibration@hololens2.title': 'No recalibration for returning users',
  'feature.seamless-recalibration@hololens2.detail':
    'A user who used the device before gets the display adjusted without calibrating again.',
  'feature.reset-needs-40-percent-6gb@hololens2.title': 'Reset needs 40% battery and 6 GB free',
  'feature.reset-needs-40-percent-6gb@hololens2.detail':
    'From 23H1, resetting from Settings needs at least 40% battery and 6 GB of free storage.',
  'feature.ppkg-after-setup@hololens2.title': 'Add a package after setup',
  'feature.ppkg-after-setup@hololens2.detail':
    'Copy the package into Documents, then Settings > Accounts > Access work or school > Add or remove a provisioning package.',
  'feature.ppkg-after-setup@hololens1.title': 'Add a package after setup',
  'feature.ppkg-after-setup@hololens1.detail':
    'Copy the package into Documents, then Settings > Accounts > Access work or school > Add or remove a provisioning package.',
  'feature.mtp-file-transfer@hololens1.title': 'File transfer over USB (MTP)',
  'feature.mtp-file-transfer@hololens1.detail': 'The PC can browse the device storage over the USB cable.',
  'feature.mtp-file-transfer@hololens1.unverified': 'Build 17134 for 1803 is not in DOMAIN.md.',
  'feature.hl1-multi-user-entra@hololens1.title': 'Several Entra users on HoloLens (1st gen)',
  'feature.hl1-multi-user-entra@hololens1.detail': 'Needs Windows Holographic for Business as well as this build.',
  'feature.hl1-multi-user-entra@hololens1.unverified': 'Build 17134 for 1803 is not in DOMAIN.md.',
  'update.reflash.hololens2': 'reflash the latest build with Advanced Recovery Companion',
  'update.reflash.hololens1': 'reinstall the latest build with the Windows Device Recovery Tool',
  'update.advice':
    'Update it to {{to}} or later: on the device, Settings > Update & Security > Windows Update > Check for updates, then Restart now, with 40% battery or the charger plugged in; it installs one update at a time, so repeat until Settings > System > About shows {{to}} or later. Or {{reflash}}.',
  'update.adviceVia':
    'Update it to {{to}} or later (on the way: {{via}}): on the device, Settings > Update & Security > Windows Update > Check for updates, then Restart now, with 40% battery or the charger plugged in; it installs one update at a time, so repeat until Settings > System > About shows {{to}} or later. Or {{reflash}}.',
  'update.thenSeparator': ', then ',
  'model.hololens1': 'HoloLens (1st gen)',
  'model.hololens2': 'HoloLens 2',
  'search.ledWords.flashing-mode': 'middle led recovery',
  'search.ledWords.os-error': 'error state reflash all five',
  'search.ledWords.hardware-fault': '1-3-5 1 3 5 hardware broken',
  'search.ledWords.critical-battery': 'dead empty battery',
  'search.errorTitle': '{{code}} {{name}}',
  'search.ledLights': 'LED lights',
  'search.buildTitle': '{{model}} {{version}} (build {{build}})',
  'search.everyBuild': 'every build',
  'search.fromBuild': 'build {{build}} ({{version}})',
  'search.featureTitle': '{{title}} ({{model}}, {{from}})',
} as const satisfies Catalog;
