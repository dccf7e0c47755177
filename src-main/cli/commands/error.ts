import { lookupError, normalizeErrorCode } from '../../core/knowledge/errors.ts';
import type { ErrorCodeInfo, GuidanceTopic } from '../../shared/contract/knowledge.ts';
import { GUIDANCE_TOPICS, guidanceTopic } from '../../core/knowledge/topics.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import type { Command } from './command.ts';

/** The CLI contract's fields first (code, name, meaning, fixes), then the rest. */
export function errorJson(e: ErrorCodeInfo) {
  return {
    code: e.code,
    name: e.name,
    meaning: e.meaning,
    fixes: e.fixes,
    signed: e.signed,
    symbol: e.symbol ?? null,
    area: e.area,
    source: e.source,
    ...(e.unverified ? { unverified: e.unverified } : {}),
  };
}

function errorText(e: ErrorCodeInfo): string {
  return [
    `${e.code}  ${e.name}${e.symbol ? ` (${e.symbol})` : ''}`,
    `Also printed as: ${e.code.slice(2)} or ${e.signed}`,
    '',
    `What it means: ${e.meaning}`,
    '',
    'What to do:',
    ...e.fixes.map((f, i) => `  ${i + 1}. ${f}`),
    ...(e.unverified ? ['', `Note: ${e.unverified}`] : []),
  ].join('\n');
}

function topicText(t: GuidanceTopic): string {
  return [
    `${t.title} [${t.id}]`,
    '',
    t.summary,
    '',
    ...t.points.map((p, i) => `  ${i + 1}. ${p}`),
    '',
    `Checked against: ${t.source}`,
    ...(t.unverified ? [`Note: ${t.unverified}`] : []),
  ].join('\n');
}

const TOPIC_IDS = GUIDANCE_TOPICS.map((t) => t.id).join(', ');

/** A signed code like -2145910764 looks like a flag to the option parser: take it out first. */
function splitNegativeNumbers(args: string[]): { args: string[]; negatives: string[] } {
  const negatives = args.filter((a) => /^-\d+$/.test(a));
  return { args: args.filter((a) => !/^-\d+$/.test(a)), negatives };
}

export const errorCommand: Command = {
  name: 'error',
  summary:
    'Explain an enrollment error code (0x80180014, 80180014 or -2145910764) and how to fix it, or a symptom without a code (--topic)',
  usage: `holobench error <code> [--json]  |  holobench error --topic ${GUIDANCE_TOPICS.map((t) => t.id).join('|')} [--json]`,
  run(args: string[], ctx: CommandContext): Promise<number> {
    const split = splitNegativeNumbers(args);
    const { values, positionals } = parseCommandArgs(split.args, { ...COMMON_OPTIONS, topic: { type: 'string' } }, 1);
    if (values.topic !== undefined) {
      if (positionals.length > 0 || split.negatives.length > 0)
        throw new UsageError('give a code or --topic, not both');
      const topic = guidanceTopic(values.topic);
      if (!topic) throw new UsageError(`--topic must be one of ${TOPIC_IDS} (got "${values.topic}")`);
      if (values.json) printJson(ctx.io, topic);
      else ctx.io.out(topicText(topic));
      return Promise.resolve(0);
    }
    const given = [...positionals, ...split.negatives];
    if (given.length > 1) throw new UsageError(`give one error code (got ${given.join(' ')})`);
    const input = given[0];
    if (input === undefined) throw new UsageError('give an error code, like 0x80180014');
    const code = normalizeErrorCode(input);
    if (code === null) {
      throw new UsageError(
        `"${input}" is not an error code: use a form like 0x80180014, 80180014 or -2145910764 (for a symptom without a code, --topic ${TOPIC_IDS})`,
      );
    }
    const entry = lookupError(code);
    if (!entry) {
      const message = `${code} is not in the station's list of enrollment errors. Search for it in the MDM's documentation, or run the troubleshooting checklist.`;
      if (values.json) printJson(ctx.io, { code, found: false, message });
      ctx.io.err(`holobench error: ${message}`);
      return Promise.resolve(1);
    }
    if (values.json) printJson(ctx.io, errorJson(entry));
    else ctx.io.out(errorText(entry));
    return Promise.resolve(0);
  },
};
