/**
 * The five enrollment paths and the seed's scenario advice (seed S06–S10, S16–S20): which path to try first for a
 * given identity, user count and deployment stage, before device facts rule any of them out.
 */
import type { EnrollmentFacts, Identity, Users } from '../../shared/contract/enrollment-facts.ts';
import type { EnrolledVia, PathId } from '../../shared/contract/enrollment-plan.ts';

export interface PathInfo {
  id: PathId;
  title: string;
  /** The account type the path works with. */
  identity: Identity;
  /** The path happens during first setup (OOBE), so a set-up device must be reset first. */
  atFirstSetup: boolean;
  enrolledVia: EnrolledVia;
  /** The seed lists it for single-user devices only. */
  singleUserOnly: boolean;
}

export const PATHS: Readonly<Record<PathId, PathInfo>> = {
  autopilot: {
    id: 'autopilot',
    title: 'Autopilot (Entra join and MDM enrollment by themselves during first setup)',
    identity: 'entra',
    atFirstSetup: true,
    enrolledVia: 'autopilot',
    singleUserOnly: false,
  },
  'entra-oobe': {
    id: 'entra-oobe',
    title: 'Entra join during first setup',
    identity: 'entra',
    atFirstSetup: true,
    enrolledVia: 'entra',
    singleUserOnly: false,
  },
  'entra-settings': {
    id: 'entra-settings',
    title: 'Entra join from Settings (Access work or school > Connect)',
    identity: 'entra',
    atFirstSetup: false,
    enrolledVia: 'entra',
    singleUserOnly: true,
  },
  'msa-work-account': {
    id: 'msa-work-account',
    title: 'Microsoft account + work account from Settings ("add work account")',
    identity: 'msa',
    atFirstSetup: false,
    enrolledVia: 'msa-work-account',
    singleUserOnly: true,
  },
  'local-mdm-only': {
    id: 'local-mdm-only',
    title: 'Local account + "Enroll only in device management" ("pure MDM")',
    identity: 'local',
    atFirstSetup: false,
    enrolledVia: 'local-mdm-only',
    singleUserOnly: true,
  },
};

/** The user count the planner works with: an explicit count of more than one means a shared device. */
export function effectiveUsers(facts: EnrollmentFacts): Users | undefined {
  if (facts.userCount !== undefined && facts.userCount > 1) return 'multi';
  if (facts.users !== undefined) return facts.users;
  if (facts.userCount === 1) return 'single';
  return undefined;
}

export interface Advice {
  /** Paths in order of preference; the planner takes the first one nothing rules out. */
  candidates: PathId[];
  /** Why, in the seed's terms. */
  reason: string;
}

/** The seed's scenario advice for the identity given (Entra when the identity is unknown). */
export function advise(facts: EnrollmentFacts): Advice {
  const users = effectiveUsers(facts);
  // The seed's shared-device paths (Autopilot, Entra join) all use Entra accounts.
  const sharedNote =
    users === 'multi' ? ' That allows one user per device, and this device is meant to be shared.' : '';
  if (facts.identity === 'msa') {
    return {
      candidates: ['msa-work-account'],
      reason: `People sign in with Microsoft accounts, so the device enrolls by adding a work account in Settings.${sharedNote}`,
    };
  }
  if (facts.identity === 'local') {
    return {
      candidates: ['local-mdm-only'],
      reason: `People sign in with a local account, so the device enrolls with "Enroll only in device management" in Settings.${sharedNote}`,
    };
  }
  return adviseEntra(users, facts.stage);
}

function adviseEntra(users: Users | undefined, stage: EnrollmentFacts['stage']): Advice {
  if (users === 'multi') {
    if (stage === 'production') {
      return {
        candidates: ['autopilot', 'entra-oobe'],
        reason: 'Shared devices going into production: Autopilot is the recommended way.',
      };
    }
    if (stage === 'pilot') {
      return {
        candidates: ['entra-oobe'],
        reason: 'Shared devices in a pilot: joining Entra during first setup is enough.',
      };
    }
    if (stage === 'poc') {
      return {
        candidates: ['entra-oobe'],
        reason:
          'Proof of concept, but several people will share the device: joining from Settings only suits one user, so join Entra during first setup.',
      };
    }
    return {
      candidates: ['entra-oobe'],
      reason:
        'Shared devices, stage unknown: joining Entra during first setup works for a pilot and for production. For a production fleet, Autopilot is the recommended way.',
    };
  }
  if (users === 'single') {
    if (stage === 'poc') {
      return {
        candidates: ['entra-settings', 'entra-oobe'],
        reason: 'One user, proof of concept: joining from the Settings menu may be enough.',
      };
    }
    return {
      candidates: ['entra-oobe', 'entra-settings'],
      reason:
        'One user per device: join Entra during first setup so it enrolls straight away (Autopilot is for shared devices, and Settings for a proof of concept).',
    };
  }
  return {
    candidates: ['entra-oobe'],
    reason: 'Number of users unknown: joining Entra during first setup works for one user or many.',
  };
}

/**
 * Whether Autopilot is in play for these facts (the seed's advice picks it first, and the model can do it), so the
 * technician is asked the Autopilot questions: registration, network during setup. HoloLens (1st gen) has none.
 */
export function autopilotInPlay(facts: EnrollmentFacts): boolean {
  return facts.model !== 'hololens1' && advise(facts).candidates[0] === 'autopilot';
}
