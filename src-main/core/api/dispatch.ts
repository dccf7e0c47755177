import { calls, type CallName } from '../../shared/contract/index.ts';
import { toErrorInfo, type Result } from '../../shared/errors.ts';
import type { Handlers } from './types.ts';
import { say } from '../language.ts';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

/**
 * Runs one call from outside the process (IPC, WebSocket): checks the name, validates the input against the
 * contract, runs the handler, validates what it returns, and always answers with a Result, never a throw.
 */
export async function dispatchCall(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return {
      ok: false,
      error: {
        code: 'unknown-call',
        title: say('records:unknown-call.title'),
        message: say('records:unknown-call.message', { name: String(name) }),
      },
    };
  }
  const spec = calls[name];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        title: say('records:invalid-input.title'),
        message: `${name}: ${issue?.message ?? '?'}${where}.`,
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      return {
        ok: false,
        error: {
          code: 'internal',
          title: say('records:internal.title'),
          message: `${name} produced an answer of the wrong shape (${checked.error.issues[0]?.message ?? ''}).`,
        },
      };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}
