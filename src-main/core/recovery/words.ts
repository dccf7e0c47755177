/**
 * The words of recovery knowledge come from the procedures catalog at the moment a view is built, so they follow
 * the station's language; ids, chords, timers and bus expectations stay data here.
 */
import type { TOptions } from 'i18next';
import type { RecoveryStep } from '../../shared/contract/recovery.ts';
import { say } from '../language.ts';

export function words(key: string, options?: TOptions): string {
  return say(`procedures:${key}`, options);
}

type StepFacts = Omit<RecoveryStep, 'title' | 'action' | 'expect' | 'ifNot'>;

/** Which catalog keys hold a step's words; `ifNot` only for a step that has one. */
export interface StepWords {
  title: string;
  action: string;
  expect: string;
  ifNot?: string;
}

/** Keys under one prefix: prefix.title, prefix.action, prefix.expect (and prefix.ifNot when asked). */
export function under(prefix: string, withIfNot = false): StepWords {
  return {
    title: `${prefix}.title`,
    action: `${prefix}.action`,
    expect: `${prefix}.expect`,
    ...(withIfNot ? { ifNot: `${prefix}.ifNot` } : {}),
  };
}

/** A step with its words in the station's language now. */
export function recoveryStep(keys: StepWords, facts: StepFacts): RecoveryStep {
  const { id, ...rest } = facts;
  return {
    id,
    title: words(keys.title),
    action: words(keys.action),
    expect: words(keys.expect),
    ...(keys.ifNot ? { ifNot: words(keys.ifNot) } : {}),
    ...rest,
  };
}
