import { lookupError, normalizeErrorCode } from '../../core/knowledge/errors.ts';
import type { ErrorCodeInfo } from '../../shared/contract/knowledge.ts';
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

/** A signed code like -2145910764 looks like a flag to the option parser: take it out first. */
function splitNegativeNumbers(args: string[]): { args: string[]; negatives: string[] } {
  const negatives = args.filter((a) => /^-\d+$/.test(a));
  return { args: args.filter((a) => !/^-\d+$/.test(a)), negatives };
}

export const errorCommand: Command = {
  name: 'error',
  summary: 'Explain an enrollment error code (0x80180014, 80180014 or -2145910764) and how to fix it',
  usage: 'holobench error <code> [--json]',
  run(args: string[], ctx: CommandContext): Promise<number> {
    const split = splitNegativeNumbers(args);
    const { values, positionals } = parseCommandArgs(split.args, COMMON_OPTIONS, 1);
    const given = [...positionals, ...split.negatives];
    if (given.length > 1) throw new UsageError(`give one error code (got ${given.join(' ')})`);
    const input = given[0];
    if (input === undefined) throw new UsageError('give an error code, like 0x80180014');
    const code = normalizeErrorCode(input);
    if (code === null) {
      throw new UsageError(`"${input}" is not an error code: use a form like 0x80180014, 80180014 or -2145910764`);
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
