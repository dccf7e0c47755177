import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StationError } from '../shared/errors.ts';
import { say } from '../core/language.ts';

export class UsageError extends StationError {
  constructor(message: string) {
    super('usage', say('cli:args.title'), message);
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
    parsed = parseArgs({
      args: maxPositionals === 0 ? spreadMultiple(args, options) : args,
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    const message = cleanParseError(error);
    const unknown = /Unknown option '(--?[\w-]+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const guess = unknown ? closest(unknown.replace(/^-+/, ''), Object.keys(options)) : null;
    throw new UsageError(guess ? say('cli:args.didYouMean', { message, guess: `--${guess}` }) : message);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw new UsageError(say('cli:args.unexpected', { extra }));
  }
  return parsed;
}

/**
 * `--in a.zip b.zip c.zip`, as a shell glob gives them, means three values of a flag that takes many: the words after
 * such a flag, up to the next flag, are its values. Only for commands without positionals, where it is unambiguous.
 */
function spreadMultiple(args: string[], options: Options): string[] {
  const out: string[] = [];
  let multiFlag: string | null = null;
  for (const arg of args) {
    if (arg.startsWith('-')) {
      const name = arg.replace(/^--/, '').split('=')[0] ?? '';
      const o = options[name];
      multiFlag = arg.startsWith('--') && !arg.includes('=') && o?.type === 'string' && o.multiple ? arg : null;
      out.push(arg);
      continue;
    }
    const previous = out.at(-1);
    if (multiFlag && previous !== multiFlag) out.push(multiFlag);
    out.push(arg);
  }
  return out;
}

/** The candidate closest to a mistyped word, when it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: { c: string; d: number } | null = null;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(1, Math.ceil(word.length / 3)) ? best.c : null;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function cleanParseError(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(msg);
  if (unknown) return say('cli:args.unknownOption', { flag: unknown[1] });
  const missing = /Option '([^']+)' argument (?:missing|is ambiguous)/.exec(msg);
  if (missing) return say('cli:args.needsValue', { flag: missing[1]?.split(' ')[0] });
  const noValue = /Option '([^']+)' does not take an argument/.exec(msg);
  if (noValue) return say('cli:args.takesNoValue', { flag: noValue[1]?.split(' ')[0] });
  // Anything else Node's parser says is in Node's English: keep it as the detail of a sentence of ours.
  return say('cli:args.bad', { detail: msg.split('\n')[0]?.replace(/\. To specify.*$/, '') ?? '' });
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(say('cli:args.oneOf', { flag, allowed: allowed.join(', '), value }));
  }
  return value as T;
}

export function required<T>(flag: string, value: T | undefined): T {
  if (value === undefined) throw new UsageError(say('cli:args.required', { flags: flag, count: 1 }));
  return value;
}

/** Says every missing required flag at once, so a tech fixes the command line in one go. */
export function requireAll(flags: Record<string, unknown>): void {
  const missing = Object.entries(flags)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) {
    throw new UsageError(say('cli:args.required', { flags: missing.join(', '), count: missing.length }));
  }
}
