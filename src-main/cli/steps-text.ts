/** Plain-text rendering of planner steps and findings for a technician reading a terminal. */
import type { Chord, Finding, Step } from '../shared/contract/enrollment-plan.ts';
import { say } from '../core/language.ts';

/** The buttons as printed on the device: their names stay in English in every language. */
const BUTTON: Record<Chord['buttons'][number], string> = {
  power: 'Power',
  'volume-up': 'Volume Up',
  'volume-down': 'Volume Down',
};

/** Where a step happens, in the technician's language. */
const where = (w: NonNullable<Step['where']>) => say(`cli:steps.where.${w}`);

export function chordLine(chord: Chord): string {
  const buttons = chord.buttons.map((b) => BUTTON[b]).join(' + ');
  if (chord.kind !== 'hold') {
    return chord.buttons.length > 1 ? say('cli:chord.pressTogether', { buttons }) : say('cli:chord.press', { buttons });
  }
  const tap = chord.tapAtStart?.map((b) => BUTTON[b]).join(' + ');
  const options = { buttons, seconds: chord.seconds, tap };
  const key = `${chord.seconds ? 'holdFor' : 'hold'}${tap ? 'Tap' : ''}`;
  return say(`cli:chord.${key}`, options);
}

export function stepsText(steps: readonly Step[]): string[] {
  const lines: string[] = [];
  steps.forEach((s, i) => {
    const title = s.where ? say('cli:steps.titleWhere', { title: s.title, where: where(s.where) }) : s.title;
    lines.push(`  ${i + 1}. ${title}`);
    lines.push(`     ${say('cli:steps.do', { text: s.action })}`);
    if (s.chord) lines.push(`     ${say('cli:steps.keys', { text: chordLine(s.chord) })}`);
    if (s.timerSeconds) lines.push(`     ${say('cli:steps.wait', { seconds: s.timerSeconds })}`);
    lines.push(`     ${say('cli:steps.expect', { text: s.expect })}`);
    if (s.ifNot) lines.push(`     ${say('cli:steps.ifNot', { text: s.ifNot })}`);
  });
  return lines;
}

export function findingsText(title: string, mark: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return [
    '',
    title,
    ...findings.map((f) => `  ${mark} ${say('cli:steps.finding', { message: f.message, code: f.code })}`),
  ];
}
