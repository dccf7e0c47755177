import { expect } from 'vitest';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import type { EnrollmentPlan, PathId, UnenrollMethod } from '../../../../src-main/shared/contract/enrollment-plan.ts';

/** A HoloLens 2 headed for a shared production fleet with every fact known and favourable to Autopilot. */
export const GOOD_HL2: EnrollmentFacts = {
  model: 'hololens2',
  identity: 'entra',
  users: 'multi',
  stage: 'production',
  build: '22621.1244',
  tenant: 'commercial',
  premium: true,
  mdm: 'intune',
  autopilotRegistered: true,
  autoEnrollmentConfigured: true,
  mdmUserScope: 'all',
  bulkToken: false,
  network: 'wifi',
  batteryPercent: 80,
  existingDeviceRecord: false,
  deviceState: 'fresh',
  localAccountPackage: true,
  allowManualUnenroll: true,
};

/** A HoloLens (1st gen) on the Business edition, recent enough for several users. */
export const GOOD_HL1: EnrollmentFacts = {
  ...GOOD_HL2,
  model: 'hololens1',
  build: '17763',
  edition: 'business',
  network: undefined,
  autopilotRegistered: undefined,
};

export interface Expectation {
  path?: PathId;
  /** Codes that must be blockers. */
  blockers?: string[];
  noBlockers?: boolean;
  notBlockers?: string[];
  /** Codes that must be confirmed warnings (not raised only because a fact is unknown). */
  warnings?: string[];
  /** Codes that must be warnings raised because a fact is unknown. */
  maybe?: string[];
  notWarnings?: string[];
  setAside?: PathId[];
  unenroll?: UnenrollMethod;
  checks?: string[];
}

export function expectPlan(plan: EnrollmentPlan, e: Expectation): void {
  const blockers = plan.blockers.map((f) => f.code);
  const confirmed = plan.warnings.filter((f) => f.unknownFacts === undefined).map((f) => f.code);
  const maybe = plan.warnings.filter((f) => f.unknownFacts !== undefined).map((f) => f.code);
  if (e.path) expect(plan.path).toBe(e.path);
  for (const c of e.blockers ?? []) expect(blockers).toContain(c);
  if (e.noBlockers) expect(blockers).toEqual([]);
  for (const c of e.notBlockers ?? []) expect(blockers).not.toContain(c);
  for (const c of e.warnings ?? []) expect(confirmed).toContain(c);
  for (const c of e.maybe ?? []) expect(maybe).toContain(c);
  for (const c of e.notWarnings ?? []) expect([...confirmed, ...maybe]).not.toContain(c);
  if (e.setAside) expect(plan.setAside.map((s) => s.path)).toEqual(e.setAside);
  if (e.unenroll) expect(plan.unenroll).toBe(e.unenroll);
  for (const c of e.checks ?? []) expect(plan.checks.map((k) => k.id)).toContain(c);
  expect(plan.blocked).toBe(blockers.length > 0);
}

export const ALL_PATHS: readonly PathId[] = [
  'autopilot',
  'entra-oobe',
  'entra-settings',
  'msa-work-account',
  'local-mdm-only',
];
