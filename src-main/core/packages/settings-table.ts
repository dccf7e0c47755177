/**
 * What a provisioning package can set, recognised by element names in its XML members. The names come from the
 * Windows Configuration Designer reference (learn.microsoft.com/windows/configuration/wcd: Accounts,
 * ConnectivityProfiles, Certificates, DeveloperSetup, EditionUpgrade, FirstExperience, OOBE, Policies,
 * UniversalAppInstall, Workplace) and from customizations.xml files as WCD exports them. There is no public
 * schema for the members of a built .ppkg, so this is data: add a row when a real package shows a new name.
 */
export type SettingId =
  | 'wifi'
  | 'entra-bulk-token'
  | 'entra-authority'
  | 'entra-token-expiry'
  | 'mdm-enrollment'
  | 'local-account'
  | 'certificate'
  | 'developer-mode'
  | 'device-portal'
  | 'hide-oobe'
  | 'skip-calibration'
  | 'skip-training'
  | 'skip-wifi'
  | 'region'
  | 'time-zone'
  | 'edition-upgrade'
  | 'app'
  | 'kiosk-single-app'
  | 'kiosk-multi-app'
  | 'allow-add-package'
  | 'allow-remove-package'
  | 'package-id'
  | 'package-name'
  | 'package-version'
  | 'package-owner'
  | 'package-rank';

export interface SettingRule {
  id: SettingId;
  /** `package` rows describe the package itself (owner, version), not something it sets on the device. */
  kind: 'setting' | 'package';
  label: string;
  /**
   * Element paths, `/`-separated and case-insensitive. The last name must be the element's own; earlier names
   * must appear among its ancestors in that order (wrappers in between are fine). `*` matches within a name.
   */
  match: string[];
  /**
   * Where the value shown to the technician comes from: the first attribute present, else the element's text,
   * else its name. Rules without `show` hold secrets (tokens, keys): they are reported, their values never are.
   */
  show?: { attributes?: string[]; text?: boolean; elementName?: boolean };
}

export const SETTING_RULES: readonly SettingRule[] = [
  {
    id: 'wifi',
    kind: 'setting',
    label: 'Wi-Fi network',
    match: ['WLANSetting/WLANConfig', 'WLANSetting/SSID', 'WLANProfile/SSIDConfig/SSID/name'],
    show: { attributes: ['SSID', 'Name'], text: true },
  },
  {
    id: 'entra-bulk-token',
    kind: 'setting',
    label: 'Bulk Entra enrollment token',
    match: ['Azure/BPRT', 'EnrollmentToken', 'BulkToken'],
  },
  {
    id: 'entra-authority',
    kind: 'setting',
    label: 'Entra join authority',
    match: ['Azure/Authority'],
    show: { text: true },
  },
  {
    id: 'entra-token-expiry',
    kind: 'setting',
    label: 'Bulk token expiry',
    match: ['Azure/*expir*', '*token*expir*', 'BPRT*expir*'],
    show: { text: true },
  },
  {
    id: 'mdm-enrollment',
    kind: 'setting',
    label: 'MDM enrollment',
    match: ['Workplace/Enrollments/UPN'],
    show: { attributes: ['UPN', 'Name'] },
  },
  {
    id: 'local-account',
    kind: 'setting',
    label: 'Local account',
    match: ['Accounts/Users/User'],
    show: { attributes: ['UserName', 'Name'] },
  },
  {
    id: 'certificate',
    kind: 'setting',
    label: 'Certificates',
    match: [
      'Certificates/RootCertificates',
      'Certificates/CACertificates',
      'Certificates/ClientCertificates',
      'Certificates/TrustedPeopleCertificates',
      'Certificates/TrustedProvisioners',
    ],
    show: { elementName: true },
  },
  {
    id: 'developer-mode',
    kind: 'setting',
    label: 'Developer mode',
    match: ['DeveloperSetup/EnableDeveloperMode'],
    show: { text: true },
  },
  {
    id: 'device-portal',
    kind: 'setting',
    label: 'Device Portal sign-in',
    match: ['DeveloperSetup/AuthenticationMode', 'DeveloperSetup/*DevicePortal*'],
    show: { text: true },
  },
  {
    id: 'hide-oobe',
    kind: 'setting',
    label: 'Hide setup screens (OOBE)',
    match: ['OOBE/HideOobe'],
    show: { text: true },
  },
  {
    id: 'skip-calibration',
    kind: 'setting',
    label: 'Skip eye calibration',
    match: ['FirstExperience/SkipCalibration'],
    show: { text: true },
  },
  {
    id: 'skip-training',
    kind: 'setting',
    label: 'Skip gesture training',
    match: ['FirstExperience/SkipTraining'],
    show: { text: true },
  },
  {
    id: 'skip-wifi',
    kind: 'setting',
    label: 'Skip Wi-Fi page',
    match: ['FirstExperience/SkipWifi'],
    show: { text: true },
  },
  { id: 'region', kind: 'setting', label: 'Region', match: ['FirstExperience/PreferredRegion'], show: { text: true } },
  {
    id: 'time-zone',
    kind: 'setting',
    label: 'Time zone',
    match: ['FirstExperience/PreferredTimezone', 'Time/*TimeZone*'],
    show: { text: true },
  },
  {
    id: 'edition-upgrade',
    kind: 'setting',
    label: 'Edition upgrade',
    match: [
      'EditionUpgrade/UpgradeEditionWithLicense',
      'EditionUpgrade/UpgradeEditionWithProductKey',
      'EditionUpgrade/ChangeProductKey',
    ],
    show: { elementName: true },
  },
  {
    id: 'app',
    kind: 'setting',
    label: 'App',
    match: ['UniversalAppInstall/*ContextApp'],
    show: { attributes: ['PackageFamilyName', 'Name'] },
  },
  // Kiosk (Assigned Access), as WCD's runtime settings name it (HLdocs:kiosk-configure-steps.md): a single-app kiosk
  // is a small JSON of account and app (no secret), a multi-app kiosk an XML configuration shown by name only.
  {
    id: 'kiosk-single-app',
    kind: 'setting',
    label: 'Kiosk: single app',
    match: ['AssignedAccess/AssignedAccessSettings'],
    show: { text: true },
  },
  {
    id: 'kiosk-multi-app',
    kind: 'setting',
    label: 'Kiosk: several apps',
    match: ['AssignedAccess/MultiAppAssignedAccess*'],
    show: { elementName: true },
  },
  {
    id: 'allow-add-package',
    kind: 'setting',
    label: 'Policy: allow adding packages',
    match: ['Policies/Security/AllowAddProvisioningPackage'],
    show: { text: true },
  },
  {
    id: 'allow-remove-package',
    kind: 'setting',
    label: 'Policy: allow removing packages',
    match: ['Policies/Security/AllowRemoveProvisioningPackage'],
    show: { text: true },
  },
  { id: 'package-id', kind: 'package', label: 'Package ID', match: ['PackageConfig/ID'], show: { text: true } },
  { id: 'package-name', kind: 'package', label: 'Package name', match: ['PackageConfig/Name'], show: { text: true } },
  {
    id: 'package-version',
    kind: 'package',
    label: 'Package version',
    match: ['PackageConfig/Version'],
    show: { text: true },
  },
  {
    id: 'package-owner',
    kind: 'package',
    label: 'Package owner',
    match: ['PackageConfig/OwnerType'],
    show: { text: true },
  },
  { id: 'package-rank', kind: 'package', label: 'Package rank', match: ['PackageConfig/Rank'], show: { text: true } },
];
