/**
 * Fleet guidance technicians ask for every week, beyond the seed: each topic in the station's own words, with the
 * Microsoft HoloLens page it was checked against (HLdocs: = MicrosoftDocs/Hololens, folder hololens/). The planner
 * rules and steps that change the path cite the same pages; these entries are what search and help show.
 */
import type { GuidanceTopic } from '../../shared/contract/knowledge.ts';

export const GUIDANCE_TOPICS: readonly GuidanceTopic[] = [
  {
    id: 'hash-harvest',
    title: 'Harvesting the Autopilot hardware hash',
    models: ['hololens2'],
    summary:
      'Press Power and Volume Down together briefly; the device writes AutopilotDiagnostics.zip into Documents, and the DeviceHash CSV inside it is what Intune imports.',
    points: [
      'During first setup the device records its hash by itself; after setup only the device owner (normally the first person who signed in) can start the collection.',
      'The device must be on, and signed in and unlocked when it is past setup: a locked device offers no storage to the PC.',
      'On builds before 20H2 (19041.1128), a device that finished setup with diagnostic data set to Required cannot collect the hash this way: set Settings > Privacy > Diagnostics to Full first.',
      'A HoloLensDiagnostics.temp file shows first; wait until AutopilotDiagnostics.zip replaces it, then copy it.',
      'Resellers can register devices in Partner Center, and Microsoft support can register them on request: no harvest needed then.',
    ],
    source:
      'HLdocs:hololens2-autopilot.md (register devices, obtain hardware hash); HLdocs:hololens-diagnostic-logs.md',
  },
  {
    id: 'tenant-lockdown-symptoms',
    title: 'Setup waits for the network forever (TenantLockdown)',
    models: ['hololens2'],
    summary:
      'A HoloLens 2 with TenantLockdown (RequireNetworkInOOBE) set waits in first setup until it has downloaded its Autopilot profile, and it keeps that setting through resets and reflashes.',
    points: [
      'What you see: setup insists on a network and offers no way to skip; once online it waits and waits for the Autopilot profile; the "who owns this device" choice, a local account from a package and an Entra join from a package are all refused.',
      'Cause: TenantLockdown was set to true while the device was enrolled through Autopilot, and the device lost its Autopilot profile (unassigned, deregistered, or moved to another tenant).',
      'Fix: in the original tenant, give the device its Autopilot registration and a HoloLens profile again, let Autopilot enroll it, then set RequireNetworkInOOBE to false with a custom OMA-URI profile, sync, and wait until Intune shows it applied. Only then reset it or hand it over.',
      'A reflash does not help: the setting survives it.',
    ],
    source:
      'HLdocs:hololens2-autopilot.md (tenant lockdown CSP and Autopilot); HLdocs:security-baseline.md (TenantLockdown)',
  },
  {
    id: 'kiosk',
    title: 'Kiosk mode (Assigned Access)',
    models: ['hololens2', 'hololens1'],
    summary:
      'A single-app kiosk starts one app at sign-in with no Start menu; a multi-app kiosk shows only the listed apps in Start. Either comes from the MDM (AssignedAccess) or from a provisioning package.',
    points: [
      'By MDM: in Intune a kiosk device profile or a custom OMA-URI ./Device/Vendor/MSFT/AssignedAccess/Configuration. By package: Runtime settings > AssignedAccess > AssignedAccessSettings (single app) or MultiAppAssignedAccessSettings (several apps). The station recognises both in package inspection.',
      'Check on the device after enrollment: sign in as a user the kiosk targets. Single app: the app opens by itself and there is no Start menu. Several apps: Start shows only the configured apps.',
      'Kiosk needs Windows Holographic for Business: every HoloLens 2 has it; a HoloLens (1st gen) must be upgraded first.',
      'Visitor accounts can sign in to a kiosk automatically from 21H1 (20346.1002); such a device has no on-device way out of the kiosk.',
    ],
    source: 'HLdocs:hololens-kiosk.md; HLdocs:kiosk-configure-steps.md; HLdocs:hololens-kiosk-reference.md',
  },
  {
    id: 'certificates-wifi',
    title: 'Certificates and enterprise (802.1X) Wi-Fi',
    models: ['hololens2', 'hololens1'],
    summary:
      'First setup only joins open, password or captive-portal Wi-Fi. A device that must join 802.1X (EAP) Wi-Fi during setup needs the certificates and Wi-Fi profile from a provisioning package first; SCEP or PKCS certificates from the MDM arrive only after enrollment.',
    points: [
      'During setup: apply a package with the root CA (and client certificate where the EAP type needs one) and the Wi-Fi profile at the first setup page, or use a USB-C Ethernet adapter on a HoloLens 2.',
      'After enrollment: the MDM deploys the trusted root, then SCEP or PKCS certificates (Intune needs its certificate connector; SCEP with a Microsoft CA also needs NDES), then the Wi-Fi or VPN profile that uses them.',
      'Without an MDM, certificates can still come from a provisioning package.',
    ],
    source: 'HLdocs:hololens-network.md; HLdocs:hololens-certificates-network.md',
  },
  {
    id: 'updates',
    title: 'Updating HoloLens: builds, the upgrade path and update policies',
    models: ['hololens2', 'hololens1'],
    summary:
      'On the device: Settings > Update & Security > Windows Update > Check for updates, then Restart now. HoloLens installs one update at a time, so a device far behind needs several rounds; or reflash the latest build with Advanced Recovery Companion (HoloLens 2).',
    points: [
      'Upgrade path (HoloLens 2): 21H1 (20346.1002) needs 19041.1136 or later first; 23H1 (22621.1113, the Windows 11 base) needs 21H1 (20346.1002) or later first.',
      'Installing needs 40% battery or the charger: below 40% and unplugged, the restart does not install.',
      'In Intune use "Update rings for Windows 10 and later" for HoloLens. "Feature updates" and "Quality updates" policies are not supported for HoloLens: a device opted into them keeps getting servicing updates on 19041 and never the next feature release.',
      'Deferrals: feature updates up to 365 days, quality updates up to 30 days; from 2004 a user can pause updates on the device for up to 35 days.',
      'The build each station feature needs is listed with the builds (Autopilot 19041.1103, Autopilot over Wi-Fi and TenantLockdown 19041.1128, packages from a USB drive 19041.1103).',
    ],
    source:
      'HLdocs:hololens-update-hololens.md; HLdocs:hololens-updates.md; HLdocs:hololens-release-notes.md (21H1, 23H1); HLdocs:hololens-troubleshooting.md (devices not getting feature updates)',
  },
  {
    id: 'intune-wipe',
    title: 'Intune remote wipe and retire',
    models: ['hololens2', 'hololens1'],
    summary:
      'Wipe resets the device the next time it checks in; for a device that leaves, keep "Retain enrollment state and user account" unchecked. HoloLens never reports the wipe done, so press Delete straight after Wipe or the record stays "Wipe pending".',
    points: [
      'Use it when nobody can sign in to the device (a former user, a lost PIN) but it still reaches the internet.',
      'After Autopilot, lift TenantLockdown before the wipe: after it, the device can no longer receive the change.',
      "Retire removes the MDM enrollment and what the MDM sent while keeping personal data; the HoloLens pages only link Intune's page about it.",
    ],
    source:
      'HLdocs:hololens-recovery.md (wipe the device); HLdocs:hololens2-enterprise-troubleshooting.md; HLdocs:hololens-troubleshooting.md (remote wipe)',
  },
  {
    id: 'setup-language',
    title: 'Setup language, region and keyboard; the Autopilot profile language and device name',
    models: ['hololens2', 'hololens1'],
    summary:
      'First setup asks for the language and region; they can be changed later in Settings > Time & language, where keyboard layouts are added too. An Autopilot profile can set the language, the keyboard and a device-name template instead.',
    points: [
      'Autopilot profile (HoloLens): Language (Region) picks the setup language; "Automatically configure keyboard" matches the keyboard to it.',
      'A device-name template (for example a prefix and %RAND:4% for four random digits) names the device during setup; the device then restarts once before it joins Entra. Expect that restart.',
      'The speech and dictation language follows the Windows display language.',
      'A provisioning package can preset the region and time zone and skip those setup pages.',
    ],
    source: 'HLdocs:hololens2-autopilot.md (create the Autopilot profile); HLdocs:hololens2-language-support.md',
  },
  {
    id: 'hl1-business-upgrade',
    title: 'HoloLens (1st gen): upgrading to Windows Holographic for Business',
    models: ['hololens1'],
    summary:
      'Plain Windows Holographic (Development Edition) cannot be managed until the Commercial Suite licence upgrades it to Windows Holographic for Business, by the MDM or by a provisioning package.',
    points: [
      'By MDM: any MDM supporting the WindowsLicensing policy can apply the licence once the device is enrolled (Intune: an edition upgrade profile).',
      'By package: Runtime settings > EditionUpgrade > EditionUpgradeWithLicense with the licence XML; owner IT Admin; applied at the fit page with Volume Down + Power, or from Settings on 1809 and later.',
      'Check it: Settings > System shows Windows Holographic for Business (1803 and later); Device Portal reports edition ID 136.',
    ],
    source: 'HLdocs:hololens1-upgrade-enterprise.md',
  },
];

export function guidanceTopic(id: string): GuidanceTopic | undefined {
  return GUIDANCE_TOPICS.find((t) => t.id === id);
}
