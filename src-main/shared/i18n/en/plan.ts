import type { Catalog } from '../catalog.ts';

/**
 * The plan namespace in English, the source language: what the enrollment planner writes (path titles, why this
 * path, what blocks it, what to check, and each step a technician follows). Button names printed on the device
 * ("Power", "Volume Down") stay as the device shows them.
 */
export default {
  // The five paths (paths.ts)
  'path.autopilot.title': 'Autopilot (Entra join and MDM enrollment by themselves during first setup)',
  'path.entra-oobe.title': 'Entra join during first setup',
  'path.entra-settings.title': 'Entra join from Settings (Access work or school > Connect)',
  'path.msa-work-account.title': 'Microsoft account + work account from Settings ("add work account")',
  'path.local-mdm-only.title': 'Local account + "Enroll only in device management" ("pure MDM")',

  // Why this path (paths.ts advise)
  'advice.msa': 'People sign in with Microsoft accounts, so the device enrolls by adding a work account in Settings.',
  'advice.local':
    'People sign in with a local account, so the device enrolls with "Enroll only in device management" in Settings.',
  'advice.sharedNote': 'That allows one user per device, and this device is meant to be shared.',
  'advice.multi.production': 'Shared devices going into production: Autopilot is the recommended way.',
  'advice.multi.pilot': 'Shared devices in a pilot: joining Entra during first setup is enough.',
  'advice.multi.poc':
    'Proof of concept, but several people will share the device: joining from Settings only suits one user, so join Entra during first setup.',
  'advice.multi.unknown':
    'Shared devices, stage unknown: joining Entra during first setup works for a pilot and for production. For a production fleet, Autopilot is the recommended way.',
  'advice.single.poc': 'One user, proof of concept: joining from the Settings menu may be enough.',
  'advice.single.other':
    'One user per device: join Entra during first setup so it enrolls straight away (Autopilot is for shared devices, and Settings for a proof of concept).',
  'advice.usersUnknown': 'Number of users unknown: joining Entra during first setup works for one user or many.',

  // The plan's explanation (plan.ts)
  'explain.chosen': 'You chose "{{path}}" yourself.',
  'explain.recommended': 'For these facts the recommended path is "{{path}}".',
  'explain.setAside': '"{{path}}" is not possible here: {{why}}',
  'explain.soThisPath': 'So this plan uses "{{path}}".',
  'explain.identityAssumed': 'The account type is unknown, so Entra accounts are assumed.',
  'warning.setAside': '{{message}} This plan uses "{{path}}" instead.',
  'warning.identityUnknown':
    'The account type is unknown, so this plan assumes Entra accounts. With Microsoft accounts the path is "msa-work-account"; with a local account it is "local-mdm-only".',
  'unenroll.policyBlocksDisconnect':
    '{{summary}} But your MDM blocks Disconnect (AllowManualMDMUnenrollment = 0), so in practice only a reset or reflash will unenroll it.',

  // Questions behind unknown facts (checks.ts)
  'fact.model.question': 'Is this a HoloLens 2 or a HoloLens (1st gen)?',
  'fact.model.how':
    'Plug it in: the station reads the model over USB. A HoloLens 2 has a USB-C port, the 1st gen a micro-USB port.',
  'fact.identity.question':
    'Which accounts will people sign in with: Entra (work or school), Microsoft accounts, or a local account?',
  'fact.identity.how': 'Ask the IT admin who owns the deployment.',
  'fact.users.question': 'Will one person use this device, or several?',
  'fact.users.how': 'Ask the IT admin. Shared devices need Entra accounts.',
  'fact.stage.question': 'Is this a production rollout, a pilot, or a proof of concept?',
  'fact.stage.how': 'Ask the IT admin. For shared devices in production, Autopilot is the recommended way.',
  'fact.build.question': 'Which OS build does the device run?',
  'fact.build.how': 'On the device: Settings > System > About. The station shows it too when it can read it.',
  'fact.edition.question': 'Does this HoloLens (1st gen) run Windows Holographic or Windows Holographic for Business?',
  'fact.edition.how':
    'On the device: Settings > System (1803 and later). Device Portal reports edition ID 135 (plain) or 136 (for Business).',
  'fact.tenant.question': 'Is the tenant a GCC High (US government) tenant?',
  'fact.tenant.how': 'Ask the IT admin.',
  'fact.premium.question': 'Does the tenant have Entra ID P1 or P2?',
  'fact.premium.how': 'Entra admin center > Overview shows the license; or ask the IT admin.',
  'fact.mdm.question':
    "Which MDM does the organization use, and is it set up: Intune, Ivanti Neurons for MDM, AirWatch, or another one that uses Microsoft's MDM protocols?",
  'fact.mdm.how':
    'Ask the IT admin. Without an MDM there is nothing to enroll in. Autopilot works with Intune or Ivanti Neurons for MDM only.',
  'fact.autopilotRegistered.question': 'Is this device registered for Autopilot with a HoloLens profile assigned?',
  'fact.autopilotRegistered.how':
    'Intune > Devices > Windows > Windows enrollment > Devices: find the serial number; the profile status must be "Assigned".',
  'fact.autoEnrollmentConfigured.question': 'Is automatic MDM enrollment set up in Entra?',
  'fact.autoEnrollmentConfigured.how':
    'Entra admin center > Mobility (MDM and MAM) > the MDM app: the enrollment URLs are filled in.',
  'fact.mdmUserScope.question': 'What is the MDM user scope in Entra: All, Some, or None?',
  'fact.mdmUserScope.how':
    'Entra admin center > Mobility (MDM and MAM) > the MDM app. None makes enrollment fail with 0x8018002B.',
  'fact.bulkToken.question': 'Will the device join Entra with a bulk token from a provisioning package?',
  'fact.bulkToken.how': 'Ask whoever built the provisioning package.',
  'fact.network.question':
    'Will the device reach the internet through a USB-C Ethernet adapter or through Wi-Fi during setup?',
  'fact.network.how': 'Before build 19041.1128 only the Ethernet adapter works for Autopilot.',
  'fact.batteryPercent.question': 'How charged is the battery?',
  'fact.batteryPercent.how':
    'Plug the device in: the station shows the level. Or count the battery lights (each is about 20%).',
  'fact.existingDeviceRecord.question':
    'Was this device enrolled or joined before (does it still have an Intune or Entra record)?',
  'fact.existingDeviceRecord.how': 'Search its serial number in Intune > Devices and in Entra > Devices.',
  'fact.deviceState.question': 'Is the device fresh (at first setup) or already set up with someone signed in?',
  'fact.deviceState.how': 'Put it on: first setup starts with the hummingbird (HoloLens 2) or the fit page (1st gen).',
  'fact.currentAccount.question': 'Which kind of account was the device set up with?',
  'fact.currentAccount.how': 'On the device: Settings > Accounts > Your info.',
  'fact.localAccountPackage.question': 'Is there a provisioning package that creates the local account?',
  'fact.localAccountPackage.how': 'Ask whoever builds the packages; the station can inspect a .ppkg.',

  // Rules: Autopilot (rules/autopilot.ts)
  'rule.olderBuild': 'an older build',
  'rule.autopilotHl2Only': 'Autopilot works only on HoloLens 2, and this is a HoloLens (1st gen).',
  'rule.autopilotHl2Only.unknown':
    'Autopilot works only on HoloLens 2: confirm the model. For a HoloLens (1st gen), join Entra during first setup instead.',
  'rule.autopilotNeedsBuild':
    'Autopilot needs build 19041.1103 (Windows Holographic 2004) or later, and this device runs {{build}}. {{update}} Then carry on with Autopilot.',
  'rule.autopilotNeedsBuild.unknown':
    'Autopilot needs build 19041.1103 or later: check the build (Settings > System > About) before you start. Early devices shipped with 1903 (18362), which is too old.',
  'rule.autopilotNotRegistered':
    'This device is not registered for Autopilot. Harvest its hardware hash (Power + Volume Down: at first setup, or later by the device owner, signed in and unlocked; before 20H2 with diagnostic data set to Full), import it in Intune and assign a HoloLens deployment profile; then carry on with Autopilot. Or have the reseller register it in Partner Center.',
  'rule.autopilotNotRegistered.unknown':
    'Autopilot only starts on a device registered in Intune with a HoloLens deployment profile assigned: check Windows enrollment > Devices shows it with profile status "Assigned".',
  'rule.autopilotNeedsIntuneOrIvanti':
    'Autopilot on HoloLens 2 works with Microsoft Intune or Ivanti Neurons for MDM, and this organization uses another MDM.',
  'rule.autopilotNeedsIntuneOrIvanti.unknown':
    'Autopilot on HoloLens 2 needs Microsoft Intune or Ivanti Neurons for MDM: confirm which MDM the organization uses.',
  'rule.autopilotNeedsPremium':
    'Autopilot relies on automatic MDM enrollment, which needs Entra ID P1 or P2, and this tenant has neither.',
  'rule.autopilotNeedsPremium.unknown':
    'Autopilot relies on automatic MDM enrollment, which needs Entra ID P1 or P2: confirm the tenant has it.',
  'rule.autopilotNeedsAutoEnrollment':
    'Autopilot relies on automatic MDM enrollment, and it is not set up in Entra (no enrollment URLs for the MDM).',
  'rule.autopilotWifiNeedsBuild':
    'Autopilot over Wi-Fi needs build 19041.1128 (20H2) or later, and this device runs {{build}}. Plug a USB-C Ethernet adapter with a live network cable into the HoloLens before you turn it on (no USB hub). Or: {{update}}',
  'rule.autopilotWifiNeedsBuild.unknown':
    'Before build 19041.1128, Autopilot cannot use Wi-Fi: unless you know the build is newer, plug a USB-C Ethernet adapter with a live cable in before you turn the device on.',
  'rule.autopilotBattery':
    'Autopilot needs at least 45% battery, and this device has {{percent}}%. Charge it first, on the wall charger rather than the PC.',
  'rule.autopilotDeviceRecordExists':
    'This device was enrolled or joined before. Autopilot needs a clean start: delete its Intune device record (and an old Entra device from a join by hand), keep the Autopilot registration, then reset or reflash it. Otherwise Autopilot fails with 0x80180014.',
  'rule.autopilotDeviceRecordExists.unknown':
    'If this device was enrolled or joined before, delete its Intune device record first (keep the Autopilot registration), or Autopilot fails with 0x80180014.',

  // Rules: HoloLens (1st gen) edition (rules/edition.ts)
  'rule.hl1NeedsBusinessEdition':
    "This HoloLens (1st gen) runs plain Windows Holographic (edition ID 135): no MDM can manage it (no policies, VPN, BitLocker or kiosk) until it is upgraded to Windows Holographic for Business (edition ID 136) with the Commercial Suite licence. This plan applies the licence first with a provisioning package (EditionUpgrade) and checks the edition before the enrollment check; the MDM's edition upgrade policy (WindowsLicensing) after enrollment is the other documented way.",
  'rule.hl1NeedsBusinessEdition.unknown.hl1':
    'Check the edition of this HoloLens (1st gen) before you start: plain Windows Holographic (ID 135) cannot be managed until it is upgraded to Windows Holographic for Business (ID 136). Settings > System shows it.',
  'rule.hl1NeedsBusinessEdition.unknown':
    'If this is a HoloLens (1st gen), check its edition: plain Windows Holographic (ID 135) cannot be managed until it is upgraded to Windows Holographic for Business (ID 136).',
  'rule.hl1MultiUserNeeds1803':
    'Several Entra users on a HoloLens (1st gen) need Windows Holographic 1803 (build 17134) or later; this one runs {{build}}. {{update}}',
  'rule.hl1MultiUserNeeds1803.unknown':
    'If this HoloLens (1st gen) will be shared, check its build: several Entra users need 1803 (build 17134) or later.',

  // Rules: fleet guidance (rules/fleet.ts)
  'rule.enterpriseWifi.autopilot':
    'First setup cannot join a Wi-Fi that needs certificates, and certificates from the MDM (SCEP or PKCS) only arrive after enrollment: this plan uses a USB-C Ethernet adapter for Autopilot.',
  'rule.enterpriseWifi.entraOobe':
    'First setup cannot join a Wi-Fi that needs certificates: this plan applies a package with the certificates and the Wi-Fi profile at the first setup page before the join (or use a USB-C Ethernet adapter on a HoloLens 2). SCEP or PKCS certificates from the MDM come after enrollment.',
  'rule.enterpriseWifi.settings':
    'Enrolling needs the internet, and the 802.1X Wi-Fi needs certificates the MDM sends only after enrollment: enroll over another network (an open or password Wi-Fi, or a USB-C Ethernet adapter on a HoloLens 2), or add a package with the certificates and Wi-Fi profile first.',
  'rule.kiosk.single-app':
    'This device becomes a single-app kiosk once the MDM (or a package) sends its Assigned Access settings. The last step checks it as a user the kiosk targets; a HoloLens (1st gen) needs Windows Holographic for Business for kiosk mode.',
  'rule.kiosk.multi-app':
    'This device becomes a multi-app kiosk once the MDM (or a package) sends its Assigned Access settings. The last step checks it as a user the kiosk targets; a HoloLens (1st gen) needs Windows Holographic for Business for kiosk mode.',

  // Rules: accounts and users (rules/identity.ts)
  'rule.multiUserNeedsEntra.msa':
    'A Microsoft account allows one person per device. To share this device, everyone needs an Entra (work or school) account and the device must join Entra. Switch to Entra accounts, or keep one user per device.',
  'rule.multiUserNeedsEntra.local':
    'A local account allows one person per device. To share this device, everyone needs an Entra (work or school) account and the device must join Entra. Switch to Entra accounts, or keep one user per device.',
  'rule.multiUserNeedsEntra.unknown.msa':
    'A Microsoft account allows one person per device. If several people will share it, use Entra accounts instead.',
  'rule.multiUserNeedsEntra.unknown.local':
    'A local account allows one person per device. If several people will share it, use Entra accounts instead.',
  'rule.entraMax63Users':
    'One HoloLens holds at most 63 Entra users; you plan {{count}}. Spread people over more devices, or have the MDM remove long-unused users.',
  'rule.localAccountNeedsPackage':
    'A local account can only be created by a provisioning package applied during first setup. Build a package that creates the account (user name and password) before you start.',
  'rule.localAccountNeedsPackage.unknown':
    'You need a provisioning package that creates the local account, applied during first setup: there is no other way to get a local account.',
  'rule.entraToMsaNeedsReflash':
    'This device was set up with an Entra account. An Entra-joined device will not take Microsoft account sign-ins until it is reflashed. Reflash it first, then set it up with the Microsoft account.',
  'rule.firstSetupPathNeedsReset.local':
    'The local account has to be created during first setup, and this device is already set up with another account. Reset it from Settings (or reflash it) to get back to first setup. That erases the device.',
  'rule.firstSetupPathNeedsReset':
    'This path runs during first setup, and this device is already set up. Reset it from Settings (or reflash it) to get back to first setup. That erases the device.',
  'rule.pathIdentityMismatch': 'The path "{{path}}" needs {{needed}}, but people will sign in with {{used}}.',
  'accounts.needed.entra': 'Entra (work or school) accounts',
  'accounts.needed.msa': 'Microsoft accounts',
  'accounts.needed.local': 'local accounts',
  'accounts.used.entra': 'Entra (work or school) accounts',
  'accounts.used.msa': 'Microsoft accounts',
  'accounts.used.local': 'local accounts',
  'rule.settingsJoinSingleUser':
    'Joining from Settings suits one user per device. For a shared device, join Entra during first setup (or use Autopilot).',
  'rule.settingsJoinSingleUser.unknown':
    'Joining from Settings suits one user per device. If several people will share it, join Entra during first setup instead.',
  'rule.userCountConflict': 'You said one user, but also {{count}} people: the plan treats the device as shared.',
  'rule.entraSettingsOnMsaDevice':
    'This device signs in with a Microsoft account. Connecting an Entra account from Settings then adds it as a work account ("add work account"): people keep signing in with the Microsoft account. If people must sign in with their Entra accounts, reset the device and join Entra during first setup instead.',

  // Rules: tenant and MDM (rules/tenant.ts)
  'rule.autoEnrollmentNeedsPremium':
    'Automatic MDM enrollment needs Entra ID P1 or P2, and this tenant has neither. The device would join Entra without enrolling in the MDM, and only a reset undoes an Entra join. Get P1/P2 and turn automatic enrollment on before you start.',
  'rule.autoEnrollmentMdmUnsupported':
    'Automatic enrollment needs an MDM that accepts Entra sign-in tokens (Intune, Ivanti Neurons for MDM and AirWatch do). Check with the MDM vendor before the join: if it does not, the device joins Entra without enrolling, and only a reset undoes that.',
  'rule.autoEnrollmentNotConfigured':
    "Automatic enrollment is not set up in Entra (MDM user scope and the MDM's enrollment URLs). The device would join Entra without enrolling in the MDM, and only a reset undoes an Entra join. Ask the admin to set it up first.",
  'rule.mdmUserScopeNone':
    "Entra's MDM user scope is None, so automatic enrollment is refused with error 0x8018002B. Set it to All, or to Some with a group that holds these users.",
  'rule.gccHighNoRemoteSignIn':
    'This is a GCC High tenant: "Sign in from another device" will not work. Type the user name and password on the device itself (a Bluetooth keyboard makes it quicker).',
  'rule.deviceOwnerAdminOnly.autopilot':
    'After an Autopilot join nobody becomes device owner by signing in first: only Global Administrators and Device Administrators count as owners until someone is promoted. Owner-only settings must be done by one of them.',
  'rule.deviceOwnerAdminOnly.bulkToken':
    'After a bulk-token join nobody becomes device owner by signing in first: only Global Administrators and Device Administrators count as owners until someone is promoted. Owner-only settings must be done by one of them.',
  'rule.deviceOwnerFirstUser':
    'The first person to sign in during setup becomes the device owner and can change settings other users cannot. Let IT do the first sign-in if that matters.',
  'rule.bulkTokenExpires':
    'The bulk token inside a provisioning package stops working at most 30 days after the package was built. Rebuild the package if it is older.',
  'rule.manualUnenrollBlocked':
    'Your MDM sets Experience/AllowManualMDMUnenrollment to 0, so the Disconnect button will be blocked: this device will leave the MDM only by reset or reflash, unless the admin lifts the policy.',

  // Steps shared by several paths (steps/common.ts)
  'step.turnOn.title': 'Turn the device on',
  'step.turnOn.hl1.action': 'Press and hold Power for 1 second, then let go.',
  'step.turnOn.hl1.expect': 'The lights come on and the device starts.',
  'step.turnOn.hl2.action': 'Press Power once and let go.',
  'step.turnOn.hl2.expect': 'All five lights come on, then show the battery level; a sound plays after a few seconds.',
  'step.turnOn.hl2.ifNot': 'A brand-new HoloLens 2 needs Power held for 4 seconds the very first time.',
  'signIn.gccHigh':
    'Type the user name and password on the device: in GCC High, "Sign in from another device" does not work.',
  'signIn.normal':
    'Type the user name and password, or pick "Sign in from another device" and finish on a phone or PC.',
  'step.reachSetup.title': 'Stop at the first setup page',
  'step.reachSetup.action.hololens2':
    'Connect the device to this PC with its USB cable, turn it on, and let it reach the first setup screen (the hummingbird). Stop there: do not go further.',
  'step.reachSetup.action.hololens1':
    'Connect the device to this PC with its USB cable, turn it on, and let it reach the fit page (the blue box). Stop there: do not go further.',
  'step.reachSetup.action.unknown':
    'Connect the device to this PC with its USB cable, turn it on, and let it reach the first setup screen (HoloLens 2: the hummingbird; 1st gen: the fit page with the blue box). Stop there: do not go further.',
  'step.reachSetup.expect.hololens2': 'The device waits on the first setup screen (the hummingbird).',
  'step.reachSetup.expect.hololens1': 'The device waits on the fit page (the blue box).',
  'step.reachSetup.expect.unknown':
    'The device waits on the first setup screen (HoloLens 2: the hummingbird; 1st gen: the fit page with the blue box).',
  'step.packageOpen.title': 'Open the provisioning page',
  'step.packageOpen.action': 'Press Volume Down and Power together, then let go.',
  'step.packageOpen.expect': 'The device opens its provisioning page and the PC can see its storage.',
  'step.packageCopy.title': 'Copy the package',
  'step.packageCopy.action': 'Copy {{what}} onto the device storage (the station can push it for you).',
  'step.packageCopy.expect': 'The .ppkg file is on the device storage.',
  'step.packageApply.title': 'Apply the package',
  'step.packageApply.action': 'Press Volume Down and Power together again, then let go.',
  'step.packageApply.expect': 'The device shows the package and asks whether you trust it.',
  'step.packageTrust.title': 'Confirm the package',
  'step.packageTrust.action': 'Confirm on the device that you trust the package.',
  'step.packageTrust.expect': 'The device says the package was applied.',
  'step.packageTrust.ifNot':
    'If it says it failed, fix the package (not encrypted, no password) and start again from the provisioning page.',
  'step.internet.title': 'Check the internet connection',
  'step.internet.action': 'Open Microsoft Edge on the device and load any public website.',
  'step.internet.expect': 'The website loads.',
  'step.internet.ifNot': 'Fix the Wi-Fi (or proxy) first: enrollment after setup fails without internet.',
  'step.verify.title': 'Check the device is enrolled',
  'step.verify.action': 'On the device, open Settings > Accounts > Access work or school.',
  'step.verify.expect':
    'It shows the work account and that the device is enrolled in device management (managed by your organization).',
  'step.verify.ifNot':
    'Go through the troubleshooting checklist: internet after sign-in, Entra join allowed, a valid license, Windows enrollment not blocked.',

  // The packages those steps copy (as the object of "Copy ...")
  'package.bulkToken': 'the provisioning package with the bulk Entra token',
  'package.localAccount': 'the provisioning package that creates the local account',
  'package.editionUpgrade':
    'the edition upgrade package (built in Windows Configuration Designer: Runtime settings > EditionUpgrade > EditionUpgradeWithLicense, with the licence XML that came with the Commercial Suite)',
  'package.wifiCertificates':
    'the package with the Wi-Fi certificates (root CA, and the client certificate the EAP type needs) and the 802.1X Wi-Fi profile',

  // Autopilot steps (steps/autopilot.ts)
  'step.ethernet':
    'Plug a USB-C Ethernet adapter into the HoloLens, with a network cable that reaches the internet. Do it now, while the device is still off. No USB hub.',
  'step.wifiReady.title': 'Have the Wi-Fi ready',
  'step.wifiReady.action': 'You will pick the Wi-Fi during first setup: have its name and password ready.',
  'step.wifiReady.expect': 'You know the Wi-Fi name and password.',
  'step.network.title.ethernet': 'Plug in the Ethernet adapter before power-on',
  'step.network.title.either': 'Choose the network before power-on',
  'step.network.action.either':
    'If the build is 19041.1128 or later, you may use Wi-Fi during setup instead. Otherwise: {{ethernet}}',
  'step.network.expect':
    "The adapter's link light is on (or you have the Wi-Fi name and password ready on a 19041.1128+ device).",
  'step.network.ifNot':
    'Autopilot is only detected on the first setup screen: a device that starts without network cannot switch to Autopilot later in the same setup.',
  'step.handsOff':
    'Do not touch anything. The device finds its Autopilot profile on the first setup screen and carries on by itself.',
  'step.wifiStart':
    'Go through the first screens: the hummingbird, language, region and keyboard (unless the Autopilot profile sets them), eye calibration, then pick the Wi-Fi and sign in to it. Then stop touching anything.',
  'step.handsOff.title': 'Let Autopilot take over',
  'step.handsOff.expect':
    'Setup moves on without you and says it is getting the device ready for your organization. It may restart.',
  'step.handsOff.ifNot':
    'If it shows the normal setup questions (license terms, who owns the device), Autopilot was not found: turn it off, check the registration and the cable, and start again.',
  'step.wifiSetup.title.wifi': 'Connect to Wi-Fi',
  'step.wifiSetup.title.either': 'Start setup',
  'step.wifiSetup.action.either':
    'With the Ethernet adapter: {{handsOff}} With Wi-Fi (19041.1128 or later only): {{wifiStart}}',
  'step.wifiSetup.expect':
    'Once online, the device looks for its Autopilot profile for about 15 seconds, then setup carries on by itself.',
  'step.wifiSetup.ifNot':
    'If the license terms (EULA) or other normal setup questions appear, Autopilot was not found within those 15 seconds: check the profile shows "Assigned", then restart the device to let it try again. Do not click through.',
  'step.registration.ivanti':
    "In Ivanti Neurons for MDM, open its Windows Autopilot devices and profiles (Ivanti's guide has the screens) and find this device's serial number.",
  'step.records.ivanti':
    'Search the serial number among the devices Ivanti Neurons for MDM manages. If it is listed there from an earlier enrollment, retire and delete that record.',
  'step.registration.intune':
    "In Intune > Devices > Windows > Windows enrollment > Devices, find this device's serial number.",
  'step.records.intune':
    'Search the serial number in Intune > Devices > All devices. If it is listed there from an earlier enrollment, delete that record.',
  'step.checkRegistration.title': 'Check the Autopilot registration',
  'step.checkRegistration.expect':
    'The device is listed and its profile status is "Assigned" (a HoloLens deployment profile).',
  'step.checkRegistration.ifNot':
    'Harvest the hardware hash: Power + Volume Down at first setup, or later by the device owner while signed in and unlocked (before 20H2 set Settings > Privacy > Diagnostics to Full first). Import it, assign the profile, and wait until it shows "Assigned".',
  'step.checkOldRecords.title.ivanti': 'Remove an old MDM record',
  'step.checkOldRecords.title.intune': 'Remove an old Intune record',
  'step.checkOldRecords.action':
    '{{records}} Keep the Autopilot registration, and the Entra device object Autopilot made for it. If the device was joined to Entra by hand before, delete that old Entra device too.',
  'step.checkOldRecords.expect': 'The MDM no longer lists the device as managed; the Autopilot device list does.',
  'step.checkOldRecords.ifNot':
    'A device that ran Autopilot before fails with 0x80180014 while its old MDM record exists.',
  'step.checkBattery.title': 'Check the battery',
  'step.checkBattery.action': 'Check the battery is at least 45%. Charge it on the wall charger if not.',
  'step.checkBattery.expect': "The station (or the PC's device properties) shows 45% or more.",
  'step.autopilotRuns.title': 'Wait for Autopilot',
  'step.autopilotRuns.action':
    'Wait while the device joins Entra, enrolls in the MDM and downloads its settings and apps.',
  'step.autopilotRuns.expect':
    'The sign-in screen appears when it is done. The device may restart on the way; with a device-name template in the profile it restarts once, after naming itself and before joining Entra.',
  'step.autopilotRuns.ifNot':
    'If it stops with an error code, look the code up in the station (for example 0x80180014 or 0x801C03EA).',
  'step.autopilotSignIn.title': 'First sign-in',
  'step.autopilotSignIn.action': 'Sign in with an Entra work account. {{signIn}}',
  'step.autopilotSignIn.expect': 'The Start menu appears. Other people sign in later with their own Entra accounts.',

  // HoloLens (1st gen) edition upgrade (steps/edition.ts)
  'step.editionAfterSetup.title': 'Apply the edition upgrade package',
  'step.editionAfterSetup.action':
    'Copy {{what}} into Documents on the device, then open Settings > Accounts > Access work or school > Add or remove a provisioning package, pick it and confirm.',
  'step.editionAfterSetup.expect':
    'The device says the package was applied and restarts into Windows Holographic for Business.',
  'step.editionAfterSetup.ifNot':
    'Adding a package from Settings needs Windows Holographic 1809 or later on a 1st gen. On an older build, reset the device and apply the package at first setup (the fit page), or let the MDM apply the licence after enrollment.',
  'step.editionCheck.title': 'Check the edition',
  'step.editionCheck.action':
    'On the device, open Settings > System (Windows Holographic 1803 and later show the edition there).',
  'step.editionCheck.expect': 'It says Windows Holographic for Business (Device Portal reports edition ID 136).',
  'step.editionCheck.ifNot':
    'If it still says Windows Holographic, have the MDM apply the licence with its edition upgrade policy (WindowsLicensing; in Intune an edition upgrade profile), restart the device and check again. Until then the MDM cannot manage it.',

  // Entra steps (steps/entra.ts)
  'step.finishSetupBulk.title': 'Finish first setup',
  'step.finishSetupBulk.action':
    'Go through the remaining setup screens. The package joins the device to Entra: nobody signs in during setup.',
  'step.finishSetupBulk.expect': 'Setup ends at the sign-in screen.',
  'step.entraNetwork.title': 'Connect to the network',
  'step.entraNetwork.action':
    'Go through the first screens; when setup asks for a network, pick the Wi-Fi and sign in to it.',
  'step.entraNetwork.expect': 'Setup says it is connected and moves on.',
  'step.workOrSchool.title': 'Say the organization owns it',
  'step.workOrSchool.action': 'When setup asks who owns the device, choose "My work or school owns it".',
  'step.workOrSchool.expect': 'Setup asks for a work or school account.',
  'step.entraFirstSignIn.title': 'Sign in with the first Entra account',
  'step.entraFirstSignIn.action': 'Sign in with the Entra work account of the first user. {{signIn}}',
  'step.entraFirstSignIn.expect':
    'The device joins Entra. With automatic enrollment set up, it also enrolls in the MDM by itself after setup: no extra step.',
  'step.setPin.title': 'Set a PIN',
  'step.setPin.action': 'When asked, set a PIN (a HoloLens 2 requires one). Set up iris sign-in too if it is offered.',
  'step.setPin.expect': 'Setup finishes and the Start menu appears.',
  'step.otherUsers.title': 'Other people sign in',
  'step.otherUsers.action':
    'Each other person signs in from the sign-in screen (Other user) with their own Entra account from the same tenant.',
  'step.otherUsers.expect': 'Their own Start menu appears; eye calibration runs the first time.',
  'step.finishSetup.title': 'Finish first setup',
  'step.finishSetup.action': 'If the device is still in first setup, finish it so that someone is signed in.',
  'step.startMenu.expect': 'The Start menu appears.',
  'step.connectWork.title': 'Join Entra from Settings',
  'step.connectWork.action':
    'Open Start > Settings > Accounts > Access work or school and select Connect. Sign in with the Entra work account. {{signIn}}',
  'step.connectWork.expect': 'The work account appears under Access work or school.',

  // Fleet steps (steps/fleet.ts)
  'step.kiosk.title': 'Check the kiosk',
  'step.kiosk.action':
    'Once the MDM has sent its settings (Intune: the kiosk profile shows as succeeded for this device), sign out and sign in as a user the kiosk is meant for.',
  'step.kiosk.expect.single': 'The kiosk app opens by itself and there is no Start menu.',
  'step.kiosk.expect.multi': 'Start shows only the apps the kiosk lists (and opens one by itself if it was set to).',
  'step.kiosk.ifNot':
    'If the full Start menu shows, the kiosk settings have not arrived or do not target this user: sync the device from Settings > Accounts > Access work or school > Info > Sync, check the profile assignment, and try again.',

  // Manual paths (steps/manual.ts)
  'step.setupWithMsa.title': 'Set up with the Microsoft account',
  'step.setupWithMsa.action':
    'Go through first setup. When asked who owns the device, choose the personal option ("I own it") and sign in with the user\'s Microsoft account. Skip this if the device is already set up that way.',
  'step.setupWithMsa.expect': 'The Start menu appears, signed in with the Microsoft account.',
  'step.addWorkAccount.title': 'Add the work account',
  'step.addWorkAccount.action':
    'Open Start > Settings > Accounts > Access work or school and select Connect. Sign in with the work account. {{signIn}}',
  'step.addWorkAccount.expect':
    'The work account is listed under Access work or school and the device starts enrolling in the MDM.',
  'step.signInLocal.title': 'Sign in with the local account',
  'step.signInLocal.action':
    "Finish first setup, then sign in with the local account's user name and password from the package.",
  'step.enrollMdmOnly.title': 'Enroll only in device management',
  'step.enrollMdmOnly.action':
    'Open Start > Settings > Accounts > Access work or school and select the "Enroll only in device management" link (not the Connect button). Enter the work email address and sign in. {{signIn}}',
  'step.enrollMdmOnly.expect': 'The MDM enrollment appears under Access work or school.',
  'run.modelMismatch.title': 'The model does not match the device',
  'run.modelMismatch.hololens2': 'The device on port {{port}} is a HoloLens 2: plan again for that model.',
  'run.modelMismatch.hololens1': 'The device on port {{port}} is a HoloLens (1st gen): plan again for that model.',
  'run.blocked.title': 'The plan is blocked',
  'run.blocked.message': 'Fix these first: {{blockers}}',
} as const satisfies Catalog;
