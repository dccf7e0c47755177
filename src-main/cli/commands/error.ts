import { say } from '../../core/language.ts';
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
  const heading = { code: e.code, name: e.name, symbol: e.symbol };
  return [
    e.symbol ? say('cli:error.headingSymbol', heading) : say('cli:error.heading', heading),
    say('cli:error.alsoPrinted', { hex: e.code.slice(2), signed: e.signed }),
    '',
    say('cli:error.meaning', { meaning: e.meaning }),
    '',
    say('cli:error.whatToDo'),
    ...e.fixes.map((f, i) => `  ${i + 1}. ${f}`),
    ...(e.unverified ? ['', say('cli:error.note', { note: e.unverified })] : []),
  ].join('\n');
}

function topicText(t: GuidanceTopic): string {
  return [
    say('cli:error.topicHeading', { title: t.title, id: t.id }),
    '',
    t.summary,
    '',
    ...t.points.map((p, i) => `  ${i + 1}. ${p}`),
    '',
    say('cli:error.checkedAgainst', { source: t.source }),
    ...(t.unverified ? [say('cli:error.note', { note: t.unverified })] : []),
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
  get summary() {
    return say('cli:summary.error');
  },
  usage: `holobench error <code> [--json]  |  holobench error --topic ${GUIDANCE_TOPICS.map((t) => t.id).join('|')} [--json]`,
  run(args: string[], ctx: CommandContext): Promise<number> {
    const split = splitNegativeNumbers(args);
    const { values, positionals } = parseCommandArgs(split.args, { ...COMMON_OPTIONS, topic: { type: 'string' } }, 1);
    if (values.topic !== undefined) {
      if (positionals.length > 0 || split.negatives.length > 0) throw new UsageError(say('cli:error.codeOrTopic'));
      const topic = guidanceTopic(values.topic);
      if (!topic)
        throw new UsageError(say('cli:args.oneOf', { flag: '--topic', allowed: TOPIC_IDS, value: values.topic }));
      if (values.json) printJson(ctx.io, topic);
      else ctx.io.out(topicText(topic));
      return Promise.resolve(0);
    }
    const given = [...positionals, ...split.negatives];
    if (given.length > 1) throw new UsageError(say('cli:error.oneCode', { given: given.join(' ') }));
    const input = given[0];
    if (input === undefined) throw new UsageError(say('cli:error.giveCode'));
    const code = normalizeErrorCode(input);
    if (code === null) {
      throw new UsageError(say('cli:error.notACode', { input, topics: TOPIC_IDS }));
    }
    const entry = lookupError(code);
    if (!entry) {
      const message = say('cli:error.unknownCode', { code });
      if (values.json) printJson(ctx.io, { code, found: false, message });
      ctx.io.err(`holobench error: ${message}`);
      return Promise.resolve(1);
    }
    if (values.json) printJson(ctx.io, errorJson(entry));
    else ctx.io.out(errorText(entry));
    return Promise.resolve(0);
  },
};
