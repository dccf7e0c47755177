/**
 * Error codes technicians meet while enrolling HoloLens (DOMAIN.md §7), in the station's own words. Logs print the
 * same HRESULT as hex (0x80180014), bare hex (80180014) or a signed 32-bit number (-2145910764): all are accepted.
 */
import type { ErrorCodeInfo } from '../../shared/contract/knowledge.ts';
import { localized } from './texts.ts';

/** The data of an entry; its name, meaning, fixes and note are in the knowledge catalog (error.<code>.*). */
interface Entry {
  code: string;
  symbol?: string;
  /** How many fixes the catalog holds (fix1, fix2, ...). */
  fixes: number;
  area: ErrorCodeInfo['area'];
  source: string;
  unverified?: true;
}

const ITPRO = 'DOMAIN.md §7 (windows-itpro-docs mdm-enrollment-error-codes)';

const ENTRIES: readonly Entry[] = [
  {
    code: '0x80180001',
    symbol: 'MENROLL_E_DEVICE_MESSAGE_FORMAT_ERROR',
    fixes: 2,
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180002',
    symbol: 'MENROLL_E_DEVICE_AUTHENTICATION_ERROR',
    fixes: 3,
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x80180003',
    symbol: 'MENROLL_E_DEVICE_AUTHORIZATION_ERROR',
    fixes: 3,
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  { code: '0x80180009', symbol: 'MENROLL_E_ENROLLMENT_IN_PROGRESS', fixes: 2, area: 'mdm-enrollment', source: ITPRO },
  { code: '0x8018000A', symbol: 'MENROLL_E_DEVICE_ALREADY_ENROLLED', fixes: 2, area: 'mdm-enrollment', source: ITPRO },
  { code: '0x80180013', symbol: 'MENROLL_E_DEVICECAPREACHED', fixes: 2, area: 'mdm-enrollment', source: ITPRO },
  {
    code: '0x80180014',
    symbol: 'MENROLL_E_DEVICENOTSUPPORTED',
    fixes: 2,
    area: 'mdm-enrollment',
    source: `${ITPRO}; DOMAIN.md §4, §6`,
  },
  { code: '0x80180018', symbol: 'MENROLL_E_USER_LICENSE', fixes: 1, area: 'mdm-enrollment', source: ITPRO },
  { code: '0x80180019', symbol: 'MENROLL_E_ENROLLMENTDATAINVALID', fixes: 1, area: 'mdm-enrollment', source: ITPRO },
  {
    code: '0x80180026',
    symbol: 'MENROLL_E_DEVICE_MANAGEMENT_BLOCKED',
    fixes: 2,
    area: 'mdm-enrollment',
    source: ITPRO,
  },
  {
    code: '0x8018002B',
    symbol: 'MENROLL_E_MDM_NOT_CONFIGURED',
    fixes: 3,
    area: 'mdm-enrollment',
    source: `${ITPRO}; DOMAIN.md §2`,
    unverified: true,
  },
  { code: '0x801C0003', fixes: 1, area: 'entra-join', source: `${ITPRO}; seed S30` },
  {
    code: '0x801C000E',
    symbol: 'DSREG_E_DEVICE_REGISTRATION_QUOTA_EXCCEEDED',
    fixes: 2,
    area: 'entra-join',
    source: ITPRO,
  },
  { code: '0x801C03EA', fixes: 3, area: 'autopilot', source: ITPRO, unverified: true },
  { code: '0x800705B4', fixes: 2, area: 'autopilot', source: ITPRO, unverified: true },
];

function toSigned(code: string): number {
  return Number.parseInt(code.slice(2), 16) | 0;
}

/** Every entry, its texts in the language in force when they are read. */
export const ERROR_CODES: readonly ErrorCodeInfo[] = ENTRIES.map(({ fixes, unverified, ...data }) =>
  localized<ErrorCodeInfo>({ ...data, signed: toSigned(data.code) }, `error.${data.code}`, {
    name: 'text',
    meaning: 'text',
    fixes: ['fix', fixes],
    unverified: unverified ? 'text' : undefined,
  }),
);

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
