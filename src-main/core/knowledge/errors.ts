/**
 * Error codes technicians meet while enrolling HoloLens (DOMAIN.md §7), in the station's own words. Logs print the
 * same HRESULT as hex (0x80180014), bare hex (80180014) or a signed 32-bit number (-2145910764): all are accepted.
 */
import type { ErrorCodeInfo } from '../../shared/contract/knowledge.ts';

type Entry = Omit<ErrorCodeInfo, 'signed'>;

const ITPRO = 'DOMAIN.md §7 (windows-itpro-docs mdm-enrollment-error-codes)';

const ENTRIES: readonly Entry[] = [
  {
    code: '0x80180001',
    symbol: 'MENROLL_E_DEVICE_MESSAGE_FORMAT_ERROR',
    name: 'Enrollment message not understood',
    meaning: "The device and the MDM server could not read each other's enrollment messages.",
    fixes: [
      'Try again in a few minutes: the MDM service may be having trouble.',
      'Ask the MDM admin to check the server address and the service health.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180002',
    symbol: 'MENROLL_E_DEVICE_AUTHENTICATION_ERROR',
    name: 'Sign-in refused during enrollment',
    meaning: 'The MDM server could not confirm who is signing in.',
    fixes: [
      'Type the user name and password again, slowly; check the account is not locked.',
      'Finish any extra sign-in check (MFA) the account asks for.',
      'In a GCC High tenant, type the credentials on the device: "sign in from another device" is not offered there.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180003',
    symbol: 'MENROLL_E_DEVICE_AUTHORIZATION_ERROR',
    name: 'User not allowed to enroll',
    meaning: 'The account signed in fine, but it is not allowed to enroll devices.',
    fixes: [
      'Check the user has a valid Intune (MDM) license.',
      'Check the MDM user scope in Entra includes this user.',
      'Check the enrollment restrictions and the per-user device limit in the MDM.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180009',
    symbol: 'MENROLL_E_ENROLLMENT_IN_PROGRESS',
    name: 'Enrollment already running',
    meaning: 'Another enrollment is still going on for this device.',
    fixes: [
      'Wait a few minutes for it to finish, then look in Settings > Accounts > Access work or school.',
      'If nothing changes, restart the device and try once more.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x8018000A',
    symbol: 'MENROLL_E_DEVICE_ALREADY_ENROLLED',
    name: 'Already enrolled',
    meaning: 'The device is already enrolled in an MDM, often by a different user.',
    fixes: [
      'Sign in as the user who enrolled it and Disconnect in Settings > Accounts > Access work or school (work account or local MDM-only enrollments).',
      'If it was enrolled through Entra or Autopilot, delete its MDM record, then reset or reflash it.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180013',
    symbol: 'MENROLL_E_DEVICECAPREACHED',
    name: 'Device limit reached',
    meaning: 'The user already has as many enrolled devices as the MDM allows.',
    fixes: [
      'Remove old devices of this user in the MDM.',
      'Or ask the admin to raise the device limit for enrollment.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180014',
    symbol: 'MENROLL_E_DEVICENOTSUPPORTED',
    name: 'Enrollment refused for this device',
    meaning:
      "Either the MDM's enrollment restrictions block Windows devices (a HoloLens counts as Windows), or this device ran Autopilot before and its old Intune record is still there.",
    fixes: [
      'In Intune enrollment restrictions, allow the Windows (MDM) platform for this user.',
      'If the device ran Autopilot before: delete its Intune device record (keep the Autopilot registration if it stays in this tenant), then reset or reflash it and start again.',
    ],
    area: 'mdm-enrollment',
    source: `${ITPRO}; DOMAIN.md §4, §6`,
  },
  {
    code: '0x80180018',
    symbol: 'MENROLL_E_USER_LICENSE',
    name: 'License problem',
    meaning: 'The user has no valid MDM license, or the license is in a state that blocks enrollment.',
    fixes: ['Assign an Intune (MDM) license to the user, wait a few minutes, then try again.'],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180019',
    symbol: 'MENROLL_E_ENROLLMENTDATAINVALID',
    name: 'MDM server set up wrong',
    meaning: "The MDM server's enrollment settings are wrong or incomplete.",
    fixes: ["Ask the MDM admin to check the enrollment settings, including the MDM app's enrollment URLs in Entra."],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180026',
    symbol: 'MENROLL_E_DEVICE_MANAGEMENT_BLOCKED',
    name: 'MDM blocked on the device',
    meaning: 'Something on the device itself forbids MDM enrollment.',
    fixes: [
      'Find the package or policy that blocks enrollment and remove it.',
      'If you cannot find it, reset or reflash the device and enroll it clean.',
    ],
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x8018002B',
    symbol: 'MENROLL_E_MDM_NOT_CONFIGURED',
    name: 'Automatic enrollment not allowed for this user',
    meaning:
      "Entra's MDM user scope is None (or leaves this user out), or the user name ends in a domain the tenant has not verified.",
    fixes: [
      'In Entra, set the MDM user scope to All, or to Some with a group that holds this user.',
      'Use an account whose domain (after the @) is verified in the tenant.',
      'If the setting was just changed, wait a few minutes and try again.',
    ],
    area: 'mdm-enrollment',
    source: `${ITPRO}; DOMAIN.md §2`,
    unverified:
      "The symbol comes from Intune's troubleshooting table; a Windows header gives the same name to 0x80180031.",
  },
  {
    code: '0x801C0003',
    name: 'Not allowed to join Entra',
    meaning: 'The tenant does not let this user join devices to Entra.',
    fixes: ['In Entra > Devices > Device settings, let all users (or a group holding this user) join devices.'],
    area: 'entra-join',
    source: `${ITPRO}; seed S30`,
  },
  {
    code: '0x801C000E',
    symbol: 'DSREG_E_DEVICE_REGISTRATION_QUOTA_EXCCEEDED',
    name: 'Entra join limit reached',
    meaning: 'The user has already joined as many devices to Entra as the tenant allows.',
    fixes: [
      'Remove old devices of this user from Entra.',
      'Or ask the admin to raise the maximum number of devices per user.',
    ],
    area: 'entra-join',
    source: ITPRO,
  },
  {
    code: '0x801C03EA',
    name: 'TPM check failed (Autopilot)',
    meaning: "Autopilot could not prove the device's security chip (TPM) to the cloud.",
    fixes: [
      'Restart the device and let Autopilot try again.',
      "Make sure the network lets the device reach Microsoft's sign-in and attestation services (no captive portal, no blocking proxy).",
      'Reflash to the latest build with Advanced Recovery Companion, then try again.',
    ],
    area: 'autopilot',
    source: ITPRO,
    unverified: 'Fixes are general Autopilot advice, not a HoloLens-specific Microsoft page.',
  },
  {
    code: '0x800705B4',
    name: 'Timed out (Autopilot TPM check)',
    meaning: 'The TPM check during Autopilot took too long and gave up.',
    fixes: [
      'Check the network is fast and open enough, then restart the device to retry.',
      'Reflash to the latest build with Advanced Recovery Companion if it keeps happening.',
    ],
    area: 'autopilot',
    source: ITPRO,
    unverified: 'Fixes are general Autopilot advice, not a HoloLens-specific Microsoft page.',
  },
];

function toSigned(code: string): number {
  return Number.parseInt(code.slice(2), 16) | 0;
}

export const ERROR_CODES: readonly ErrorCodeInfo[] = ENTRIES.map((e) => ({ ...e, signed: toSigned(e.code) }));

const BY_CODE = new Map(ERROR_CODES.map((e) => [e.code, e]));

/**
 * Canonical "0x" + 8 upper-case hex digits for any accepted form, or null. Eight bare digits are read as hex
 * (that is how logs print them); a leading minus means a signed 32-bit decimal; 9 or 10 digits an unsigned one.
 */
export function normalizeErrorCode(input: string | number): string | null {
  let value: number | null = null;
  if (typeof input === 'number') {
    value = Number.isInteger(input) && input >= -0x80000000 && input <= 0xffffffff ? input : null;
  } else {
    const text = input.trim().replace(/\s+/g, '');
    if (/^-\d{1,10}$/.test(text)) value = Number(text);
    else if (/^0x[0-9a-f]{1,8}$/i.test(text)) value = Number.parseInt(text.slice(2), 16);
    else if (/^[0-9a-f]{8}$/i.test(text)) value = Number.parseInt(text, 16);
    else if (/^\d{9,10}$/.test(text)) value = Number(text);
    if (value !== null && (value < -0x80000000 || value > 0xffffffff)) value = null;
  }
  if (value === null) return null;
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/** The station's entry for an error code in any accepted form, or null when the code is unknown or unreadable. */
export function lookupError(input: string | number): ErrorCodeInfo | null {
  const code = normalizeErrorCode(input);
  return code === null ? null : (BY_CODE.get(code) ?? null);
}
