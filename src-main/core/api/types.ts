import type { CallName, CallOutput, CallParsedInput } from '../../shared/contract/index.ts';

export type Handler<K extends CallName> = (input: CallParsedInput<K>) => Promise<CallOutput<K>>;
export type Handlers = { [K in CallName]: Handler<K> };
export type HandlerGroup<K extends CallName> = { [P in K]: Handler<P> };
