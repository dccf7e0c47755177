import { say } from '../../core/language.ts';
import type { CleanupReport } from '../../core/intune/cleanup-run.ts';
import type { CleanupPurpose } from '../../core/intune/cleanup-plan.ts';
import { UsageError, oneOf, parseCommandArgs, required } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { SIGN_IN_OPTIONS, openIntune, serialsFrom } from './intune-open.ts';

const OPTIONS = {
  ...SIGN_IN_OPTIONS,
  for: { type: 'string' },
  reset: { type: 'string' },
  plan: { type: 'boolean' },
  yes: { type: 'boolean' },
} as const;

/**
 * `holobench intune cleanup --serial S --for reuse|leave-organization [--plan | --yes]`: removes a device's cloud
 * records in the checklist's order. --plan (also the default) looks the serial up and lists every Graph request
 * it would make, changing nothing; --yes stands for each confirmation the technician gives in the app, and the
 * output says which. A run cut off half-way carries on when the same command runs again.
 */
export function intuneCleanup(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const purpose = required('--for', oneOf('--for', values.for, ['reuse', 'leave-organization'] as const));
  const reset = oneOf('--reset', values.reset, ['wipe', 'on-device'] as const);
  return cleanupCommand(values, purpose, reset, ctx, 'cleanup');
}

/** `holobench intune wipe --serial S [--plan | --yes]`: an Intune wipe with retain-enrollment-state off. */
export function intuneWipe(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, {
    ...SIGN_IN_OPTIONS,
    plan: { type: 'boolean' },
    yes: { type: 'boolean' },
  });
  return cleanupCommand(values, 'wipe', undefined, ctx, 'wipe');
}

async function cleanupCommand(
  values: Parameters<typeof openIntune>[0] & { serial?: string[]; plan?: boolean; yes?: boolean; json?: boolean },
  purpose: CleanupPurpose,
  reset: 'wipe' | 'on-device' | undefined,
  ctx: CommandContext,
  name: string,
): Promise<number> {
  if (values.plan && values.yes) throw new UsageError(say('cli:intune.planOrYes'));
  const [serial] = serialsFrom(values, true);
  const mode = values.yes ? 'run' : 'plan';
  const { station, intune } = await openIntune(values, ctx);
  try {
    const report = await intune.cleanup({
      serial: serial ?? '',
      purpose,
      reset,
      mode,
      confirmations: mode === 'run' ? 'all' : new Set(),
      confirmedBy: say('cli:intune.confirmedBy'),
    });
    if (values.json) printJson(ctx.io, { ok: report.state === 'done' || report.state === 'planned', ...report });
    else ctx.io.out(reportText(report, name));
    if (report.state === 'planned' && !values.plan) ctx.io.err(say('cli:intune.nothingChanged'));
    return report.state === 'done' || report.state === 'planned' ? 0 : 1;
  } finally {
    await station.close();
  }
}

function reportText(r: CleanupReport, name: string): string {
  const head = name === 'wipe' ? 'wipe' : `cleanup.${r.purpose}`;
  const lines = [say(`cli:intune.head.${head}${r.resumed ? 'Resumed' : ''}`, { serial: r.serial })];
  r.steps.forEach((s, i) => {
    const mark = s.state === 'done' ? '[x]' : s.state === 'failed' ? '[!]' : s.state === 'sending' ? '[?]' : '[ ]';
    const what = s.kind === 'confirm' ? say('cli:intune.confirmStep', { title: s.title }) : s.title;
    const answer = s.answer && s.answer !== 'confirmed' ? say('cli:intune.answer', { what, answer: s.answer }) : what;
    lines.push(`${mark} ${i + 1}. ${answer}`);
    if (s.checkFirst) lines.push(`        ${s.checkFirst.method} ${s.checkFirst.path}  [${s.checkFirst.permission}]`);
    if (s.request) lines.push(`        ${s.request.method} ${s.request.path}  [${s.request.permission}]`);
  });
  for (const n of r.notes) lines.push(say('cli:error.note', { note: n }));
  if (r.confirmed.length > 0) lines.push(say('cli:intune.confirmedWithYes', { what: r.confirmed.join('; ') }));
  lines.push(r.message);
  return lines.join('\n');
}
