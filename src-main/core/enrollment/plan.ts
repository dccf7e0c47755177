/**
 * The enrollment planner: from what is known about a device and its organization to one path, its steps, what blocks
 * it, what to watch for, what to check, and what unenrolling will cost. Pure: no I/O.
 */
import { factCheck, preflightChecks } from './checks.ts';
import { guidanceFor } from './guidance.ts';
import type { EnrollmentFacts, FactKey } from '../../shared/contract/enrollment-facts.ts';
import { advise, effectiveUsers, PATHS } from './paths.ts';
import { ALL_RULES, ruleApplies } from './rules/index.ts';
import type { Rule, RuleContext } from './rules/index.ts';
import type { Check, EnrollmentPlan, Finding, PathId, SetAside } from '../../shared/contract/enrollment-plan.ts';
import { stepsFor } from './steps/index.ts';
import { UNENROLL_SUMMARY, unenrollMethodFor } from './unenroll.ts';
import { say } from '../language.ts';

function contextFor(facts: EnrollmentFacts, path: PathId): RuleContext {
  return { facts, path, users: effectiveUsers(facts) };
}

function finding(rule: Rule, ctx: RuleContext): Finding {
  return { code: rule.code, message: rule.message(ctx), source: rule.source };
}

/** Confirmed findings of the rules that rule a path out entirely. */
function exclusions(facts: EnrollmentFacts, path: PathId): Finding[] {
  const ctx = contextFor(facts, path);
  return ALL_RULES.filter((r) => r.effect === 'exclude' && ruleApplies(r, path) && r.applies(ctx) === true).map((r) =>
    finding(r, ctx),
  );
}

function choosePath(facts: EnrollmentFacts, candidates: PathId[]): { path: PathId; setAside: SetAside[] } {
  const setAside: SetAside[] = [];
  for (const path of candidates) {
    const found = exclusions(facts, path);
    // A path the tech insists on is kept: what rules it out is reported as blockers instead.
    if (found.length === 0 || facts.requestedPath !== undefined) return { path, setAside };
    setAside.push({ path, findings: found });
  }
  // Unreachable with the advice table (the last Entra candidate is never ruled out), but never leave the plan empty.
  const last = candidates[candidates.length - 1] ?? 'entra-oobe';
  return { path: last, setAside: setAside.filter((s) => s.path !== last) };
}

interface Evaluation {
  blockers: Finding[];
  warnings: Finding[];
  unknownFacts: FactKey[];
}

function evaluate(facts: EnrollmentFacts, path: PathId): Evaluation {
  const ctx = contextFor(facts, path);
  const out: Evaluation = { blockers: [], warnings: [], unknownFacts: [] };
  for (const rule of ALL_RULES) {
    if (!ruleApplies(rule, path)) continue;
    const result = rule.applies(ctx);
    if (result === true) {
      (rule.effect === 'warn' ? out.warnings : out.blockers).push(finding(rule, ctx));
    } else if (result === undefined && rule.whenUnknown !== 'ignore') {
      const unknown = (rule.factsFor?.(ctx) ?? rule.facts).filter((f) => facts[f] === undefined);
      out.unknownFacts.push(...unknown);
      if (rule.whenUnknown === 'warn' && rule.unknownMessage) {
        out.warnings.push({
          code: rule.code,
          message: rule.unknownMessage(ctx),
          source: rule.source,
          unknownFacts: unknown,
        });
      }
    }
  }
  return out;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

function explainPath(
  facts: EnrollmentFacts,
  reason: string,
  path: PathId,
  advisedPath: PathId,
  setAside: SetAside[],
): string {
  const parts = [reason];
  if (facts.requestedPath !== undefined) {
    parts.push(say('plan:explain.chosen', { path: PATHS[path].title }));
    if (advisedPath !== path) parts.push(say('plan:explain.recommended', { path: PATHS[advisedPath].title }));
  }
  for (const s of setAside) {
    const why = s.findings.map((f) => f.message).join(' ');
    parts.push(say('plan:explain.setAside', { path: PATHS[s.path].title, why }));
  }
  if (setAside.length > 0) parts.push(say('plan:explain.soThisPath', { path: PATHS[path].title }));
  if (facts.identity === undefined) parts.push(say('plan:explain.identityAssumed'));
  return parts.join(' ');
}

/** Checks for facts that decide the path itself (the rules only know about the facts they read). */
function pathFactChecks(facts: EnrollmentFacts): FactKey[] {
  const keys: FactKey[] = [];
  if (facts.model === undefined) keys.push('model');
  if (facts.identity === undefined) keys.push('identity');
  if (effectiveUsers(facts) === undefined) keys.push('users');
  if (facts.stage === undefined && facts.identity !== 'msa' && facts.identity !== 'local') keys.push('stage');
  return keys;
}

export function planEnrollment(facts: EnrollmentFacts): EnrollmentPlan {
  const advice = advise(facts);
  const advisedPath = advice.candidates[0] ?? 'entra-oobe';
  const candidates = facts.requestedPath !== undefined ? [facts.requestedPath] : advice.candidates;
  const { path, setAside } = choosePath(facts, candidates);
  const evaluation = evaluate(facts, path);

  const setAsideWarnings: Finding[] = setAside.flatMap((s) =>
    s.findings.map((f) => ({
      ...f,
      message: say('plan:warning.setAside', { message: f.message, path: PATHS[path].title }),
    })),
  );
  const identityWarning: Finding[] =
    facts.identity === undefined
      ? [
          {
            code: 'identity-unknown',
            message: say('plan:warning.identityUnknown'),
            source: 'seed S10',
          },
        ]
      : [];
  const warnings = uniqueBy([...identityWarning, ...setAsideWarnings, ...evaluation.warnings], (f) => f.code);
  const blockers = uniqueBy(evaluation.blockers, (f) => f.code);

  const factKeys = uniqueBy([...pathFactChecks(facts), ...evaluation.unknownFacts], (k) => k);
  const checks: Check[] = [...factKeys.map(factCheck).filter((c): c is Check => c !== null), ...preflightChecks(path)];

  const enrolledVia = PATHS[path].enrolledVia;
  const unenroll = unenrollMethodFor(enrolledVia, facts.allowManualUnenroll);
  const policyBlocksDisconnect =
    unenroll === 'reset-or-reflash' && (path === 'msa-work-account' || path === 'local-mdm-only');
  const unenrollSummary = policyBlocksDisconnect
    ? say('plan:unenroll.policyBlocksDisconnect', { summary: UNENROLL_SUMMARY[enrolledVia] })
    : UNENROLL_SUMMARY[enrolledVia];

  return {
    path,
    pathReason: explainPath(facts, advice.reason, path, advisedPath, setAside),
    advisedPath,
    setAside,
    steps: stepsFor(path, facts),
    blockers,
    warnings,
    checks,
    blocked: blockers.length > 0,
    enrolledVia,
    unenroll,
    unenrollSummary,
    guidance: guidanceFor(path, facts, [...blockers, ...warnings]),
  };
}
