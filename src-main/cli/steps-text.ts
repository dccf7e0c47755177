/** Plain-text rendering of planner steps and findings for a technician reading a terminal. */
import type { Chord, Finding, Step } from '../shared/contract/enrollment-plan.ts';

const BUTTON: Record<Chord['buttons'][number], string> = {
  power: 'Power',
  'volume-up': 'Volume Up',
  'volume-down': 'Volume Down',
};

const WHERE: Record<NonNullable<Step['where']>, string> = {
  device: 'on the device',
  pc: 'on this PC',
  portal: 'in the admin portal',
};

export function chordLine(chord: Chord): string {
  const names = chord.buttons.map((b) => BUTTON[b]).join(' + ');
  const tap = chord.tapAtStart
    ? `; press and release ${chord.tapAtStart.map((b) => BUTTON[b]).join(' + ')} once at the start`
    : '';
  if (chord.kind === 'hold') return `Hold ${names}${chord.seconds ? ` for ${chord.seconds} s` : ''}${tap}`;
  return chord.buttons.length > 1 ? `Press ${names} together, then let go` : `Press ${names}`;
}

export function stepsText(steps: readonly Step[]): string[] {
  const lines: string[] = [];
  steps.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.title}${s.where ? ` (${WHERE[s.where]})` : ''}`);
    lines.push(`     Do:     ${s.action}`);
    if (s.chord) lines.push(`     Keys:   ${chordLine(s.chord)}`);
    if (s.timerSeconds) lines.push(`     Wait:   ${s.timerSeconds} s`);
    lines.push(`     Expect: ${s.expect}`);
    if (s.ifNot) lines.push(`     If not: ${s.ifNot}`);
  });
  return lines;
}

export function findingsText(title: string, mark: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return ['', title, ...findings.map((f) => `  ${mark} ${f.message} [${f.code}]`)];
}
