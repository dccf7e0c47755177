import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StationError } from '../shared/errors.ts';

export class UsageError extends StationError {
  constructor(message: string) {
    super('usage', 'Wrong command line', message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const DEVICE_OPTIONS = {
  simulate: { type: 'string' },
  'no-usb': { type: 'boolean' },
  /** An MTP device behind ffs-loopback sockets the station creates in this folder (instead of the real bus). */
  'ffs-dir': { type: 'string' },
  /** Take a device from another program that holds it (disconnects that program). */
  'take-over': { type: 'boolean' },
  /** Record the device's MTP session to a file / play one back as the device. */
  capture: { type: 'string' },
  replay: { type: 'string' },
} as const satisfies Options;

/**
 * Strict parsing: an unknown flag, a missing value or a stray argument is a UsageError with one clear line, never
 * a stack trace.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(cleanParseError(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw new UsageError(`unexpected argument "${extra}"`);
  }
  return parsed;
}

function cleanParseError(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(msg);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+)' argument (?:missing|is ambiguous)/.exec(msg);
  if (missing) return `option ${missing[1]?.split(' ')[0]} needs a value`;
  return msg.split('\n')[0]?.replace(/\. To specify.*$/, '') ?? 'bad command line';
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function required<T>(flag: string, value: T | undefined): T {
  if (value === undefined) throw new UsageError(`${flag} is required`);
  return value;
}
