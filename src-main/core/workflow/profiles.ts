import { readRegularFileSync } from '../files/bounded-read.ts';
import { z } from 'zod';
import { StationError } from '../../shared/errors.ts';
import { STEP_KINDS, type StepRegistry } from './steps/index.ts';
import type { AnyStepKind } from './types.ts';
import { say } from '../language.ts';

/**
 * Profiles: a named list of steps. Built-ins cover the common jobs; a warehouse can write its own as JSON:
 *   { "name": "harvest-and-name", "steps": [ { "kind": "identify" }, { "kind": "gate", "batteryMin": 45 },
 *     { "kind": "harvest-autopilot" }, { "kind": "rename", "required": true }, { "kind": "done" } ] }
 * Each step's other fields are that kind's parameters; unknown kinds and unknown fields are refused by name.
 */

export interface ProfileStep {
  kind: string;
  label?: string;
  params: Record<string, unknown>;
}

export interface Profile {
  name: string;
  description?: string;
  steps: ProfileStep[];
}

export interface ResolvedStep {
  index: number;
  kind: AnyStepKind;
  label: string;
  params: Record<string, unknown>;
}

const ProfileShape = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1 to 40 lowercase letters, digits or hyphens'),
  description: z.string().max(300).optional(),
  steps: z
    .array(z.looseObject({ kind: z.string().min(1).max(40), label: z.string().min(1).max(60).optional() }))
    .min(1, 'needs at least one step')
    .max(40, 'has more than 40 steps'),
});

const BUILT_IN_SOURCES: Record<string, unknown> = {
  inventory: {
    name: 'inventory',
    description: 'Identify every device and record it in the ledger.',
    steps: [{ kind: 'identify' }, { kind: 'done' }],
  },
  'oobe-package': {
    name: 'oobe-package',
    description: 'Apply the provisioning package at the first setup page.',
    // 40%: a device that dies during setup has to start setup over.
    steps: [{ kind: 'identify' }, { kind: 'gate', batteryMin: 40 }, { kind: 'apply-package-oobe' }, { kind: 'done' }],
  },
  'autopilot-harvest': {
    name: 'autopilot-harvest',
    description: 'Harvest the Autopilot hardware hash of every HoloLens 2.',
    // 45%: what Autopilot itself asks of a HoloLens 2, so a harvested device is ready to deploy.
    steps: [
      { kind: 'identify' },
      { kind: 'gate', model: 'hololens2', batteryMin: 45 },
      { kind: 'harvest-autopilot' },
      { kind: 'done' },
    ],
  },
  'confirm-enrollment': {
    name: 'confirm-enrollment',
    description: 'After setup: confirm each device is enrolled in Intune, waiting up to 30 minutes for it.',
    steps: [{ kind: 'identify' }, { kind: 'verify-enrolled', timeoutMinutes: 30 }, { kind: 'done' }],
  },
};

export const BUILT_IN_PROFILE_NAMES = Object.keys(BUILT_IN_SOURCES);

export function builtInProfile(name: string): Profile | null {
  const src = BUILT_IN_SOURCES[name];
  return src ? parseProfile(src, `built-in profile ${name}`) : null;
}

/** Validates a profile object; throws a StationError naming every bad field ("steps[1].batteryMin: ..."). */
export function parseProfile(input: unknown, source = 'the profile', steps: StepRegistry = STEP_KINDS): Profile {
  const shape = ProfileShape.safeParse(input);
  if (!shape.success)
    throw profileError(
      source,
      shape.error.issues.map((issue) => formatIssue(issue)),
    );
  const problems: string[] = [];
  const out: ProfileStep[] = [];
  shape.data.steps.forEach((raw, i) => {
    const { kind, label, ...rest } = raw;
    const def = steps.get(kind);
    if (!def) {
      problems.push(`steps[${i}].kind: unknown step kind "${kind}"; known kinds: ${[...steps.keys()].join(', ')}`);
      return;
    }
    const params = def.params.safeParse(rest);
    if (!params.success) {
      problems.push(...params.error.issues.map((issue) => formatIssue(issue, [`steps[${i}]`])));
      return;
    }
    if (kind === 'done' && i !== shape.data.steps.length - 1) {
      problems.push(`steps[${i}].kind: "done" must be the last step`);
    }
    out.push({ kind, ...(label ? { label } : {}), params: params.data });
  });
  if (problems.length > 0) throw profileError(source, problems);
  return {
    name: shape.data.name,
    ...(shape.data.description ? { description: shape.data.description } : {}),
    steps: out,
  };
}

/** Far above any real profile; a bigger "profile" is some other file. */
const MAX_PROFILE_BYTES = 1 << 20;

/** A built-in name, or a path to a JSON profile file (a regular file, read up to MAX_PROFILE_BYTES). */
export function loadProfile(nameOrFile: string, steps: StepRegistry = STEP_KINDS): Profile {
  const builtIn = builtInProfile(nameOrFile);
  if (builtIn) return builtIn;
  let text: string;
  try {
    text = readRegularFileSync(nameOrFile, MAX_PROFILE_BYTES).toString('utf8');
  } catch {
    throw new StationError(
      'profile-not-found',
      say('workflow:err.noProfile'),
      say('workflow:err.noBuiltIn', { name: nameOrFile, known: BUILT_IN_PROFILE_NAMES.join(', ') }),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw profileError(nameOrFile, [`is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return parseProfile(json, nameOrFile, steps);
}

/** Binds a validated profile to the step kinds (a stored profile is validated again: the ledger is outside input). */
export function resolveProfile(profile: Profile, steps: StepRegistry = STEP_KINDS): ResolvedStep[] {
  const checked = parseProfile(
    {
      ...profile,
      steps: profile.steps.map((s) => ({ kind: s.kind, ...(s.label ? { label: s.label } : {}), ...s.params })),
    },
    `profile ${profile.name}`,
    steps,
  );
  return checked.steps.map((s, index) => {
    const kind = steps.get(s.kind)!;
    return { index, kind, label: s.label ?? stepLabel(kind), params: s.params };
  });
}

function formatIssue(issue: z.core.$ZodIssue, prefix: string[] = []): string {
  const path = [...prefix, ...issue.path.map(String)]
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
  if (issue.code === 'unrecognized_keys') {
    return `${path || 'profile'}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${path || 'profile'}: ${issue.message}`;
}

/** A step kind's name in the station's language; a profile's own label for a step wins over it. */
export function stepLabel(kind: { kind: string; label: string }): string {
  return say(`workflow:step.${kind.kind}`, { defaultValue: kind.label });
}

/** A built-in profile's description in the station's language; a custom profile keeps its own. */
export function profileDescription(name: string, own: string | null): string | null {
  return BUILT_IN_PROFILE_NAMES.includes(name) ? say(`workflow:profile.${name}`, { defaultValue: own ?? '' }) : own;
}

function profileError(source: string, problems: string[]): StationError {
  return new StationError('profile-invalid', say('workflow:err.profileInvalid'), `${source}:\n${problems.join('\n')}`);
}
