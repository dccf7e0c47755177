import type { CommandContext } from '../context.ts';

export interface Command {
  name: string;
  readonly summary: string;
  usage: string;
  /** Returns the exit code: 0 done, 1 ran but found blocking problems, 2 bad input. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}
