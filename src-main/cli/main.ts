import { StationError } from '../shared/errors.ts';
import { UsageError, closest } from './args.ts';
import { processOutput, type CommandContext } from './context.ts';
import { CATALOG } from './catalog.ts';

function usage(): string {
  const width = Math.max(...CATALOG.map((c) => c.name.length));
  return [
    'Usage: holobench <command> [options]',
    '',
    'Commands:',
    ...CATALOG.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json for machine output. Exit codes: 0 done, 1 blocking problems found, 2 bad input.',
    'Run "holobench <command> --help" for its options.',
  ].join('\n');
}

/** Runs one command line and returns the exit code. Never lets a stack trace reach the technician. */
export async function main(argv: string[], ctx: CommandContext = defaultContext()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = CATALOG.find((c) => c.name === name);
  if (!entry) {
    const guess = closest(
      name,
      CATALOG.map((c) => c.name),
    );
    ctx.io.err(
      guess
        ? `holobench: unknown command "${name}" (did you mean "${guess}"?)`
        : `holobench: unknown command "${name}". Commands: ${CATALOG.map((c) => c.name).join(', ')}`,
    );
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      ctx.io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof StationError && error.code === 'usage')) {
      ctx.io.err(`holobench ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof StationError) {
      ctx.io.err(`holobench ${name}: ${error.title}. ${error.message}`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    ctx.io.err(`holobench ${name}: unexpected problem: ${detail}`);
    if (process.env.HOLOBENCH_DEBUG && error instanceof Error) ctx.io.err(error.stack ?? '');
    return 1;
  }
}

function defaultContext(): CommandContext {
  const fast = process.env.HOLOBENCH_SIM_FAST === '1';
  return { io: processOutput, simTiming: fast ? { reenumerateMs: 20, diagnosticsMs: 50 } : undefined };
}
