import { say } from '../core/language.ts';

/** One line on stderr when an export left training out, so nobody wonders where those devices went. */
export function trainingLeftOutLine(count: number, what: 'device' | 'row'): string {
  return say(what === 'device' ? 'cli:training.leftOutDevices' : 'cli:training.leftOutRows', { count });
}
