import { existsSync, readdirSync, statSync } from 'node:fs';
import { UnreadableInput, readRegularFileSync } from '../files/bounded-read.ts';
import { basename, join } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import { writeFileAtomic } from './files.ts';
import {
  BUILT_IN_PROFILE_NAMES,
  builtInProfile,
  loadProfile,
  parseProfile,
  profileDescription,
  stepLabel,
  type Profile,
} from './profiles.ts';
import { STEP_KINDS, type StepRegistry } from './steps/index.ts';
import type { StepPorts } from './types.ts';
import { say } from '../language.ts';

/**
 * The profiles a station offers: the built-ins plus custom ones a warehouse imported (kept as JSON files in the
 * data folder's `profiles`, one per profile, named after it). The app and the CLI see the same list, so a profile
 * imported on screen can be run as `holobench batch run --profile <name>`.
 */

export interface ProfileEntry {
  profile: Profile;
  source: 'built-in' | 'custom';
  file: string | null;
}

export interface ProfileSummary {
  name: string;
  description: string | null;
  source: 'built-in' | 'custom';
  file: string | null;
  steps: { kind: string; label: string }[];
  needsPackage: boolean;
  unavailable: string | null;
}

const MAX_PROFILE_BYTES = 256 * 1024;

export class ProfileLibrary {
  readonly dir: string;
  private readonly steps: StepRegistry;

  constructor(dir: string, steps: StepRegistry = STEP_KINDS) {
    this.dir = dir;
    this.steps = steps;
  }

  /** Every profile, built-ins first; custom files that no longer validate are listed as problems. */
  list(): { entries: ProfileEntry[]; problems: { file: string; message: string }[] } {
    const entries: ProfileEntry[] = BUILT_IN_PROFILE_NAMES.map((n) => ({
      profile: builtInProfile(n)!,
      source: 'built-in' as const,
      file: null,
    }));
    const problems: { file: string; message: string }[] = [];
    const files = existsSync(this.dir) ? readdirSync(this.dir).filter((f) => f.endsWith('.json')) : [];
    for (const f of files.sort()) {
      const file = join(this.dir, f);
      try {
        entries.push({ profile: loadProfile(file, this.steps), source: 'custom', file });
      } catch (error) {
        problems.push({ file, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { entries, problems };
  }

  /**
   * `--profile <name|file>`: a built-in, a profile imported into this station, or a JSON file. Throws a
   * StationError ("profile-not-found" / "profile-invalid") naming what is wrong.
   */
  resolve(nameOrFile: string): ProfileEntry {
    const builtIn = builtInProfile(nameOrFile);
    if (builtIn) return { profile: builtIn, source: 'built-in', file: null };
    if (existsSync(nameOrFile))
      return { profile: loadProfile(nameOrFile, this.steps), source: 'custom', file: nameOrFile };
    const imported = /^[a-z0-9][a-z0-9-]{0,39}$/.test(nameOrFile) ? join(this.dir, `${nameOrFile}.json`) : null;
    if (imported && existsSync(imported)) {
      return { profile: loadProfile(imported, this.steps), source: 'custom', file: imported };
    }
    const known = [
      ...BUILT_IN_PROFILE_NAMES,
      ...this.list()
        .entries.filter((e) => e.source === 'custom')
        .map((e) => e.profile.name),
    ];
    throw new StationError(
      'profile-not-found',
      say('workflow:err.noProfile'),
      say('workflow:err.noProfileHere', { name: nameOrFile, known: [...new Set(known)].join(', ') }),
    );
  }

  /** Validates a profile file and keeps a copy in the station; a profile of the same name is replaced. */
  import(path: string): ProfileEntry {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new StationError('profile-not-found', say('workflow:err.noFile'), say('workflow:err.noFileAt', { path }));
    }
    if (size > MAX_PROFILE_BYTES) {
      throw new StationError(
        'profile-invalid',
        say('workflow:err.profileInvalid'),
        say('workflow:err.profileTooBig', { name: basename(path) }),
      );
    }
    const profile = loadProfile(path, this.steps);
    if (BUILT_IN_PROFILE_NAMES.includes(profile.name)) {
      throw new StationError(
        'profile-name-taken',
        say('workflow:err.nameTaken.title'),
        say('workflow:err.nameTaken.message', { name: profile.name, file: basename(path) }),
      );
    }
    const file = join(this.dir, `${profile.name}.json`);
    // Store the validated profile in the same flat shape a warehouse writes, so it reads back through the parser.
    const flat = {
      name: profile.name,
      ...(profile.description ? { description: profile.description } : {}),
      steps: profile.steps.map((s) => ({ kind: s.kind, ...(s.label ? { label: s.label } : {}), ...s.params })),
    };
    parseProfile(flat, basename(path), this.steps);
    writeFileAtomic(file, `${JSON.stringify(flat, null, 2)}\n`);
    return { profile, source: 'custom', file };
  }

  summary(entry: ProfileEntry, ports: StepPorts): ProfileSummary {
    const kinds = entry.profile.steps.map((s) => this.steps.get(s.kind)!);
    const missing = [...new Set(kinds.flatMap((k) => (k.requires?.ports ?? []).filter((p) => !ports[p])))];
    return {
      name: entry.profile.name,
      description:
        entry.source === 'custom'
          ? (entry.profile.description ?? null)
          : profileDescription(entry.profile.name, entry.profile.description ?? null),
      source: entry.source,
      file: entry.file,
      steps: entry.profile.steps.map((s, i) => ({ kind: s.kind, label: s.label ?? stepLabel(kinds[i]!) })),
      needsPackage: kinds.some((k) => k.requires?.packageFile === true),
      unavailable: missing.length > 0 ? say('workflow:profile.unavailable', { services: missing }) : null,
    };
  }
}

/** Reads a small text file a tech pointed at, as a typed error when it cannot (special files included). */
export function readInputFile(path: string, what: string, maxBytes = 16 * 1024 * 1024): string {
  try {
    return readRegularFileSync(path, maxBytes).toString('utf8');
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    if (error.reason === 'missing') {
      throw new StationError(`${what}-not-found`, 'File not found', `There is no ${what} file at ${path}.`);
    }
    const why =
      error.reason === 'too-large'
        ? `${basename(path)} is too big to be a ${what}.`
        : error.reason === 'not-a-file'
          ? `${path} is not a regular file (a folder, device or pipe), so it cannot be a ${what}.`
          : `${basename(path)} cannot be read.`;
    throw new StationError(
      `${what}-invalid`,
      error.reason === 'too-large' ? 'File too big' : 'File cannot be read',
      why,
    );
  }
}
