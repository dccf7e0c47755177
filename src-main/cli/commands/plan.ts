import { say } from '../../core/language.ts';
import { planView } from '../../core/enrollment/plan-view.ts';
import {
  BuildString,
  DeviceState,
  Edition,
  Identity,
  Kiosk,
  Mdm,
  MdmUserScope,
  Network,
  PlanCliFacts,
  Stage,
  Tenant,
  Users,
} from '../../shared/contract/enrollment-facts.ts';
import { HoloLensModel, PathId } from '../../shared/contract/enrollment-plan.ts';
import { guidanceTopic } from '../../core/knowledge/topics.ts';
import type { PlanView } from '../../shared/contract/enrollment.ts';
import { COMMON_OPTIONS, UsageError, oneOf, parseCommandArgs, required, requireAll } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { findingsText, stepsText } from '../steps-text.ts';
import type { Command } from './command.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  model: { type: 'string' },
  identity: { type: 'string' },
  users: { type: 'string' },
  stage: { type: 'string' },
  build: { type: 'string' },
  edition: { type: 'string' },
  tenant: { type: 'string' },
  premium: { type: 'string' },
  mdm: { type: 'string' },
  'autopilot-registered': { type: 'string' },
  path: { type: 'string' },
  network: { type: 'string' },
  battery: { type: 'string' },
  'bulk-token': { type: 'string' },
  'auto-enrollment': { type: 'string' },
  'mdm-scope': { type: 'string' },
  'device-state': { type: 'string' },
  'existing-record': { type: 'string' },
  'manual-unenroll': { type: 'string' },
  kiosk: { type: 'string' },
  'enterprise-wifi': { type: 'string' },
} as const;

const YES_NO = ['yes', 'no'] as const;

function yesNo(flag: string, value: string | undefined): boolean | undefined {
  const v = oneOf(flag, value, YES_NO);
  return v === undefined ? undefined : v === 'yes';
}

function parseBuild(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!BuildString.safeParse(value).success) {
    throw new UsageError(say('cli:plan.badBuild', { value }));
  }
  return value.trim();
}

function parseBattery(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 100) {
    throw new UsageError(say('cli:plan.badBattery', { value }));
  }
  return n;
}

/** Command-line flags to planner facts. Every value is checked; the first bad one is a usage error. */
export function factsFromFlags(v: Partial<Record<keyof typeof OPTIONS, string | boolean>>): PlanCliFacts {
  const s = (k: keyof typeof OPTIONS) => (typeof v[k] === 'string' ? v[k] : undefined);
  requireAll({ '--model': s('model'), '--identity': s('identity'), '--users': s('users'), '--stage': s('stage') });
  const facts = {
    model: required('--model', oneOf('--model', s('model'), HoloLensModel.options)),
    identity: required('--identity', oneOf('--identity', s('identity'), Identity.options)),
    users: required('--users', oneOf('--users', s('users'), Users.options)),
    stage: required('--stage', oneOf('--stage', s('stage'), Stage.options)),
    build: parseBuild(s('build')),
    edition: oneOf('--edition', s('edition'), Edition.options),
    tenant: oneOf('--tenant', s('tenant'), Tenant.options),
    premium: yesNo('--premium', s('premium')),
    mdm: oneOf('--mdm', s('mdm'), Mdm.options),
    autopilotRegistered: yesNo('--autopilot-registered', s('autopilot-registered')),
    requestedPath: oneOf('--path', s('path'), PathId.options),
    network: oneOf('--network', s('network'), Network.options),
    batteryPercent: parseBattery(s('battery')),
    bulkToken: yesNo('--bulk-token', s('bulk-token')),
    autoEnrollmentConfigured: yesNo('--auto-enrollment', s('auto-enrollment')),
    mdmUserScope: oneOf('--mdm-scope', s('mdm-scope'), MdmUserScope.options),
    deviceState: oneOf('--device-state', s('device-state'), DeviceState.options),
    existingDeviceRecord: yesNo('--existing-record', s('existing-record')),
    kiosk: oneOf('--kiosk', s('kiosk'), Kiosk.options),
    enterpriseWifi: yesNo('--enterprise-wifi', s('enterprise-wifi')),
    allowManualUnenroll: oneOf('--manual-unenroll', s('manual-unenroll'), ['allowed', 'blocked'] as const),
  };
  const { allowManualUnenroll, ...rest } = facts;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (allowManualUnenroll !== undefined) defined.allowManualUnenroll = allowManualUnenroll === 'allowed';
  const parsed = PlanCliFacts.safeParse(defined);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? say('cli:plan.badFacts'));
  return parsed.data;
}

/** The CLI contract's fields first (path, steps, blockers, warnings, unenroll), then the rest of the plan. */
export function planJson(plan: PlanView) {
  const finding = (f: PlanView['blockers'][number]) => ({
    code: f.code,
    message: f.message,
    source: f.source,
    ...(f.unknownFacts ? { unknownFacts: f.unknownFacts } : {}),
  });
  return {
    path: plan.path,
    steps: plan.steps,
    blockers: plan.blockers.map(finding),
    warnings: plan.warnings.map(finding),
    unenroll: plan.unenroll,
    pathTitle: plan.pathTitle,
    pathReason: plan.pathReason,
    advisedPath: plan.advisedPath,
    setAside: plan.setAside,
    blocked: plan.blocked,
    enrolledVia: plan.enrolledVia,
    unenrollSummary: plan.unenrollSummary,
    checks: plan.checks,
    guidance: plan.guidance,
  };
}

function planText(plan: PlanView): string {
  const confirmed = plan.warnings.filter((w) => !w.unknownFacts);
  const possible = plan.warnings.filter((w) => w.unknownFacts);
  const questions = plan.checks.filter((c) => c.kind === 'unknown-fact');
  const preflight = plan.checks.filter((c) => c.kind === 'preflight');
  return [
    say('cli:plan.path', { title: plan.pathTitle, path: plan.path }),
    say('cli:plan.why', { reason: plan.pathReason }),
    say('cli:plan.unenrollLater', { summary: plan.unenrollSummary }),
    ...findingsText(say('cli:plan.blocked'), 'X', plan.blockers),
    ...findingsText(say('cli:plan.watchOut'), '!', confirmed),
    ...findingsText(say('cli:plan.mightApply'), '?', possible),
    '',
    say('cli:plan.steps'),
    ...stepsText(plan.steps),
    ...(questions.length > 0
      ? [
          '',
          say('cli:plan.findOut'),
          ...questions.map((c) => `  - ${say('cli:plan.question', { question: c.question, how: c.how })}`),
        ]
      : []),
    ...(preflight.length > 0 ? ['', say('cli:plan.beforeStart'), ...preflight.map((c) => `  - ${c.question}`)] : []),
    ...guidanceText(plan.guidance),
  ].join('\n');
}

/** The guidance topics worth reading, each with its summary; `holobench error --topic <id>` prints the whole topic. */
function guidanceText(ids: readonly string[]): string[] {
  const topics = ids.flatMap((id) => guidanceTopic(id) ?? []);
  if (topics.length === 0) return [];
  return [
    '',
    say('cli:plan.goodToKnow'),
    ...topics.map((t) => `  - ${say('cli:plan.topic', { title: t.title, id: t.id, summary: t.summary })}`),
  ];
}

export const planCommand: Command = {
  name: 'plan',
  get summary() {
    return say('cli:summary.plan');
  },
  usage:
    'holobench plan --model hololens1|hololens2 --identity entra|msa|local --users single|multi ' +
    '--stage production|pilot|poc [--build N] [--edition holographic|business] [--tenant commercial|gcc-high] ' +
    '[--premium yes|no] [--mdm intune|ivanti|airwatch|other] [--autopilot-registered yes|no] ' +
    '[--path autopilot|entra-oobe|entra-settings|msa-work-account|local-mdm-only] [--network wifi|ethernet] ' +
    '[--battery N] [--bulk-token yes|no] [--auto-enrollment yes|no] [--mdm-scope all|some|none] ' +
    '[--device-state fresh|set-up] [--existing-record yes|no] [--manual-unenroll allowed|blocked] ' +
    '[--kiosk none|single-app|multi-app] [--enterprise-wifi yes|no] [--json]',
  run(args: string[], ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs(args, OPTIONS);
    const plan = planView(factsFromFlags(values));
    if (values.json) printJson(ctx.io, planJson(plan));
    else ctx.io.out(planText(plan));
    return Promise.resolve(plan.blocked ? 1 : 0);
  },
};
