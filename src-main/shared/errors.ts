import type { StoredWords } from './contract/stored-words.ts';

/**
 * Errors that cross a process boundary (IPC, WebSocket bridge, CLI). Each has a stable machine code, a short
 * title a technician can read at a glance, and a message saying what to do. Flags mark the expected ways an
 * operation ends early, so callers can tell "the cable was pulled" from a bug.
 */
export interface ErrorInfo {
  code: string;
  title: string;
  message: string;
  disconnected?: boolean;
  canceled?: boolean;
  /**
   * The catalog keys and neutral values the title and message were said from, when the station made them: a record
   * that keeps the error (a batch device's problem in the ledger) says them again in the reader's language.
   */
  words?: ErrorWords;
}

export interface ErrorWords {
  title: StoredWords;
  message: StoredWords;
}

export class StationError extends Error {
  readonly code: string;
  readonly title: string;
  readonly disconnected: boolean;
  readonly canceled: boolean;
  /** See ErrorInfo.words. */
  readonly storedWords: ErrorWords | undefined;

  constructor(
    code: string,
    title: string,
    message: string,
    flags: { disconnected?: boolean; canceled?: boolean; cause?: unknown; words?: ErrorWords } = {},
  ) {
    super(message, flags.cause === undefined ? undefined : { cause: flags.cause });
    this.name = 'StationError';
    this.code = code;
    this.title = title;
    this.disconnected = flags.disconnected ?? false;
    this.canceled = flags.canceled ?? false;
    this.storedWords = flags.words;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, title: this.title, message: this.message };
    if (this.disconnected) info.disconnected = true;
    if (this.canceled) info.canceled = true;
    if (this.storedWords) info.words = this.storedWords;
    return info;
  }
}

/**
 * How an unexpected error is worded for a technician. Shared code cannot reach the station's catalogs (they live
 * with the core), so the core's language module hands its wording in at start; English until then.
 */
let wordUnexpected = (detail: string): { title: string; message: string } => ({
  title: 'Something went wrong inside the station',
  message: `The station hit an unexpected problem (${detail}). Nothing was reported as done; try again.`,
});

export function setUnexpectedErrorWording(word: typeof wordUnexpected): void {
  wordUnexpected = word;
}

/** Turns anything thrown into an ErrorInfo fit to show a technician: unexpected errors never leak a stack. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof StationError) return error.toInfo();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', ...wordUnexpected(detail) };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
