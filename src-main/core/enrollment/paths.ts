/**
 * The five enrollment paths and the seed's scenario advice (seed S06–S10, S16–S20): which path to try first for a
 * given identity, user count and deployment stage, before device facts rule any of them out.
 */
import type { EnrollmentFacts, Identity, Users } from '../../shared/contract/enrollment-facts.ts';
import type { EnrolledVia, PathId } from '../../shared/contract/enrollment-plan.ts';
import { say } from '../language.ts';

export interface PathInfo {
  id: PathId;
  /** In the station's language at the moment it is read (a getter, so it follows a language change). */
  readonly title: string;
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
    get title() {
      return say('plan:path.autopilot.title');
    },
    identity: 'entra',
    atFirstSetup: true,
    enrolledVia: 'autopilot',
    singleUserOnly: false,
  },
  'entra-oobe': {
    id: 'entra-oobe',
    get title() {
      return say('plan:path.entra-oobe.title');
    },
    identity: 'entra',
    atFirstSetup: true,
    enrolledVia: 'entra',
    singleUserOnly: false,
  },
  'entra-settings': {
    id: 'entra-settings',
    get title() {
      return say('plan:path.entra-settings.title');
    },
    identity: 'entra',
    atFirstSetup: false,
    enrolledVia: 'entra',
    singleUserOnly: true,
  },
  'msa-work-account': {
    id: 'msa-work-account',
    get title() {
      return say('plan:path.msa-work-account.title');
    },
    identity: 'msa',
    atFirstSetup: false,
    enrolledVia: 'msa-work-account',
    singleUserOnly: true,
  },
  'local-mdm-only': {
    id: 'local-mdm-only',
    get title() {
      return say('plan:path.local-mdm-only.title');
    },
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
  const withSharedNote = (reason: string) =>
    users === 'multi' ? `${reason} ${say('plan:advice.sharedNote')}` : reason;
  if (facts.identity === 'msa') {
    return {
      candidates: ['msa-work-account'],
      reason: withSharedNote(say('plan:advice.msa')),
    };
  }
  if (facts.identity === 'local') {
    return {
      candidates: ['local-mdm-only'],
      reason: withSharedNote(say('plan:advice.local')),
    };
  }
  return adviseEntra(users, facts.stage);
}

function adviseEntra(users: Users | undefined, stage: EnrollmentFacts['stage']): Advice {
  if (users === 'multi') {
    if (stage === 'production') {
      return {
        candidates: ['autopilot', 'entra-oobe'],
        reason: say('plan:advice.multi.production'),
      };
    }
    if (stage === 'pilot') {
      return {
        candidates: ['entra-oobe'],
        reason: say('plan:advice.multi.pilot'),
      };
    }
    if (stage === 'poc') {
      return {
        candidates: ['entra-oobe'],
        reason: say('plan:advice.multi.poc'),
      };
    }
    return {
      candidates: ['entra-oobe'],
      reason: say('plan:advice.multi.unknown'),
    };
  }
  if (users === 'single') {
    if (stage === 'poc') {
      return {
        candidates: ['entra-settings', 'entra-oobe'],
        reason: say('plan:advice.single.poc'),
      };
    }
    return {
      candidates: ['entra-oobe', 'entra-settings'],
      reason: say('plan:advice.single.other'),
    };
  }
  return {
    candidates: ['entra-oobe'],
    reason: say('plan:advice.usersUnknown'),
  };
}

/**
 * Whether Autopilot is in play for these facts (the seed's advice picks it first, and the model can do it), so the
 * technician is asked the Autopilot questions: registration, network during setup. HoloLens (1st gen) has none.
 */
export function autopilotInPlay(facts: EnrollmentFacts): boolean {
  return facts.model !== 'hololens1' && advise(facts).candidates[0] === 'autopilot';
}
