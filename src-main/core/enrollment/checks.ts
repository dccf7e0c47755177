/** The questions behind unknown facts, and the seed's preflight items per path. */
import { checklistFor } from '../knowledge/checklist.ts';
import type { FactKey } from '../../shared/contract/enrollment-facts.ts';
import type { Check, PathId } from '../../shared/contract/enrollment-plan.ts';
import { say } from '../language.ts';

/**
 * Where each question comes from. The question and how to answer it are catalog texts (plan:fact.<key>.question /
 * .how), made in the station's language when the check is.
 */
interface FactQuestion {
  source: string;
}

export const FACT_QUESTIONS: Readonly<Partial<Record<FactKey, FactQuestion>>> = {
  model: {
    source: 'seed front matter (applies to both models)',
  },
  identity: {
    source: 'seed S10',
  },
  users: {
    source: 'seed S06–S09',
  },
  stage: {
    source: 'seed S06–S09',
  },
  build: {
    source: 'seed S13; DOMAIN.md §8',
  },
  edition: {
    source: 'seed S03; DOMAIN.md §2',
  },
  tenant: {
    source: 'seed S11',
  },
  premium: {
    source: 'seed S23',
  },
  mdm: {
    source: 'seed S04, S05; HLdocs:hololens2-autopilot.md',
  },
  autopilotRegistered: {
    source: 'seed S12; DOMAIN.md §4',
  },
  autoEnrollmentConfigured: {
    source: 'seed S15, S23',
  },
  mdmUserScope: {
    source: 'DOMAIN.md §2',
  },
  bulkToken: {
    source: 'seed S25; DOMAIN.md §2, §3',
  },
  network: {
    source: 'DOMAIN.md §4',
  },
  batteryPercent: {
    source: 'DOMAIN.md §4, §6',
  },
  existingDeviceRecord: {
    source: 'DOMAIN.md §4, §6',
  },
  deviceState: {
    source: 'seed S10',
  },
  currentAccount: {
    source: 'seed S10; DOMAIN.md §2',
  },
  localAccountPackage: {
    source: 'seed S20; DOMAIN.md §2',
  },
};

export function factCheck(fact: FactKey): Check | null {
  const q = FACT_QUESTIONS[fact];
  if (!q) return null;
  return {
    id: `fact:${fact}`,
    kind: 'unknown-fact',
    fact,
    question: say(`plan:fact.${fact}.question`),
    how: say(`plan:fact.${fact}.how`),
    source: q.source,
  };
}

/** The seed's troubleshooting items that matter for a path, as checks to tick before starting. */
export function preflightChecks(path: PathId): Check[] {
  return checklistFor(path).map((item) => ({
    id: `preflight:${item.id}`,
    kind: 'preflight',
    question: item.title,
    how: item.how,
    source: item.source,
  }));
}
