import { say } from '../../core/language.ts';
import { planUnenroll } from '../../core/enrollment/unenroll.ts';
import { EnrolledVia, HoloLensModel, type UnenrollPlan } from '../../shared/contract/enrollment-plan.ts';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, required } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { findingsText, stepsText } from '../steps-text.ts';
import type { Command } from './command.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'enrolled-via': { type: 'string' },
  model: { type: 'string' },
  'moving-tenant': { type: 'boolean' },
  'manual-unenroll': { type: 'string' },
} as const;

/** The CLI contract's fields first (method, steps), then the rest. */
export function unenrollJson(plan: UnenrollPlan) {
  return {
    method: plan.method,
    steps: plan.steps,
    enrolledVia: plan.enrolledVia,
    reason: plan.reason,
    warnings: plan.warnings.map((w) => ({ code: w.code, message: w.message, source: w.source })),
    alternatives: plan.alternatives,
  };
}

function unenrollText(plan: UnenrollPlan): string {
  const headline = say(`cli:unenroll.headline.${plan.method}`, { method: plan.method });
  return [
    headline,
    say('cli:unenroll.why', { reason: plan.reason }),
    ...findingsText(say('cli:plan.watchOut'), '!', plan.warnings),
    '',
    say('cli:plan.steps'),
    ...stepsText(plan.steps),
    ...plan.alternatives.flatMap((a) => [
      '',
      say('cli:unenroll.otherWay', { title: a.title, id: a.id, when: a.whenToUse }),
      ...stepsText(a.steps),
      ...(a.unverified ? [`  ${say('cli:unenroll.notConfirmed', { note: a.unverified })}`] : []),
    ]),
  ].join('\n');
}

export const unenrollCommand: Command = {
  name: 'unenroll',
  get summary() {
    return say('cli:summary.unenroll');
  },
  usage:
    'holobench unenroll --enrolled-via autopilot|entra|msa-work-account|local-mdm-only ' +
    '[--model hololens1|hololens2] [--moving-tenant] [--manual-unenroll allowed|blocked] [--json]',
  run(args: string[], ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs(args, OPTIONS);
    const enrolledVia = required(
      '--enrolled-via',
      oneOf('--enrolled-via', values['enrolled-via'], EnrolledVia.options),
    );
    const manual = oneOf('--manual-unenroll', values['manual-unenroll'], ['allowed', 'blocked'] as const);
    const plan = planUnenroll(enrolledVia, {
      model: oneOf('--model', values.model, HoloLensModel.options),
      movingTenant: values['moving-tenant'],
      allowManualUnenroll: manual === undefined ? undefined : manual === 'allowed',
    });
    if (values.json) printJson(ctx.io, unenrollJson(plan));
    else ctx.io.out(unenrollText(plan));
    return Promise.resolve(0);
  },
};
