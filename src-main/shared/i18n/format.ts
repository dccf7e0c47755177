import { intlLocale, type DisplayLanguage } from './languages.ts';

/**
 * Numbers, sizes and times in the shapes of the technician's language ("1.5 MB" / "1,5 MB", "04/12/2026" /
 * "4.12.2026"). Sizes are decimal (1 MB = 1,000,000 bytes), like Windows Explorer's transfer dialogs and wimlib.
 */
const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatNumber(value: number, language: DisplayLanguage, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}

export function formatBytes(bytes: number, language: DisplayLanguage): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // Intl's "byte" unit is spelled out in some languages ("999 byte"): the SI symbol B reads the same everywhere.
  if (unit === 0) return `${formatNumber(value, language)} B`;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value >= 100 ? 0 : 1,
  }).format(value);
}

/** A date and time; ISO strings that do not parse come back as they are rather than "Invalid Date". */
export function formatDateTime(
  when: string | number | Date,
  language: DisplayLanguage,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = when instanceof Date ? when : new Date(when);
  if (Number.isNaN(date.getTime())) return String(when);
  return new Intl.DateTimeFormat(intlLocale(language), options).format(date);
}

/** A duration in whole seconds as the language writes it ("1 min, 5 sec" / "1 Min., 5 Sek."). */
export function formatDuration(seconds: number, language: DisplayLanguage): string {
  const s = Math.max(0, Math.round(seconds));
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [
    h ? unit(h, 'hour') : '',
    m ? unit(m, 'minute') : '',
    s % 60 || (!h && !m) ? unit(s % 60, 'second') : '',
  ];
  return new Intl.ListFormat(intlLocale(language), { style: 'narrow', type: 'unit' }).format(parts.filter(Boolean));
}
