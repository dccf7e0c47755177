import { StationError } from '../shared/errors.ts';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../shared/i18n/languages.ts';
import { say, setStationLanguage } from '../core/language.ts';
import { UsageError, closest } from './args.ts';
import { processOutput, type CommandContext } from './context.ts';
import { CATALOG } from './catalog.ts';

function usage(): string {
  const width = Math.max(...CATALOG.map((c) => c.name.length));
  return [
    say('cli:main.usage'),
    '',
    say('cli:main.commands'),
    ...CATALOG.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    say('cli:main.jsonAndExitCodes'),
    say('cli:main.language'),
    say('cli:main.commandHelp'),
  ].join('\n');
}

/**
 * Takes the global `--lang <choice>` (or `--lang=<choice>`) out of a command line, wherever it stands, so each
 * command's own strict parser never sees it. Undefined when not given; a bad value is a usage error.
 */
export function takeLanguageFlag(argv: readonly string[]): { argv: string[]; language: LanguageChoice | undefined } {
  const rest: string[] = [];
  let language: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      language = argv[i + 1];
      if (language === undefined || language.startsWith('-'))
        throw new UsageError(say('cli:args.needsValue', { flag: '--lang' }));
      i++;
    } else if (arg.startsWith('--lang=')) language = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (language !== undefined && !(LANGUAGE_CHOICES as readonly string[]).includes(language)) {
    throw new UsageError(
      say('cli:args.oneOf', { flag: '--lang', allowed: LANGUAGE_CHOICES.join(', '), value: language }),
    );
  }
  return { argv: rest, language: language as LanguageChoice | undefined };
}

// Error lines start "holobench <command>: " as POSIX tools' do: the program and command names are data, the rest a
// whole message from the catalog.

/** Runs one command line and returns the exit code. Never lets a stack trace reach the technician. */
export async function main(argv: string[], ctx: CommandContext = defaultContext()): Promise<number> {
  // The language follows --lang, else the caller's, else the system's (LC_ALL, LC_MESSAGES, LANGUAGE, LANG).
  setStationLanguage(ctx.language ?? 'auto');
  let taken;
  try {
    taken = takeLanguageFlag(argv);
  } catch (error) {
    ctx.io.err(`holobench: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const language = taken.language ?? ctx.language;
  setStationLanguage(language ?? 'auto');
  const [name, ...rest] = taken.argv;
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
        ? say('cli:main.unknownCommandGuess', { name, guess })
        : say('cli:main.unknownCommand', { name, commands: CATALOG.map((c) => c.name).join(', ') }),
    );
    return 2;
  }
  // Machine output is language-neutral: with --json every text the command writes (explanations, plan steps,
  // messages inside the JSON and the error lines beside it) is the English source, whatever --lang says.
  if (rest.includes('--json')) setStationLanguage('en');
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      ctx.io.out(`${say('cli:main.commandUsage', { usage: command.usage })}\n\n${command.summary}`);
      return 0;
    }
    return await command.run(rest, { ...ctx, language });
  } catch (error) {
    if (error instanceof UsageError || (error instanceof StationError && error.code === 'usage')) {
      ctx.io.err(`holobench ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof StationError) {
      ctx.io.err(`holobench ${name}: ${say('cli:main.stationError', { title: error.title, message: error.message })}`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    ctx.io.err(`holobench ${name}: ${say('cli:main.unexpected', { detail })}`);
    if (process.env.HOLOBENCH_DEBUG && error instanceof Error) ctx.io.err(error.stack ?? '');
    return 1;
  }
}

function defaultContext(): CommandContext {
  const fast = process.env.HOLOBENCH_SIM_FAST === '1';
  return { io: processOutput, simTiming: fast ? { reenumerateMs: 20, diagnosticsMs: 50 } : undefined };
}
