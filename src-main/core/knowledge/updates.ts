/**
 * How to bring a device up to a build: the documented stops on the way and the words for a technician
 * (HLdocs:hololens-update-hololens.md: one update at a time, 40% or the charger; HLdocs:hololens-release-notes.md:
 * 21H1 needs 19041.1136 first, 23H1 needs 21H1 first).
 */
import { say } from '../language.ts';
import { buildAtLeast, compareBuilds } from './builds.ts';

interface UpgradeGate {
  /** The first build of a release that cannot be reached directly. */
  release: string;
  /** The build a device must already run to be offered it. */
  needs: string;
  source: string;
}

/** HoloLens 2 releases that require a minimum build before they are offered, oldest first. */
export const HOLOLENS2_UPGRADE_GATES: readonly UpgradeGate[] = [
  { release: '20346.1002', needs: '19041.1136', source: 'HLdocs:hololens-release-notes.md (21H1)' },
  { release: '22621.1113', needs: '20346.1002', source: 'HLdocs:hololens-release-notes.md (23H1)' },
];

/**
 * The builds a HoloLens 2 passes on its way from `from` to `to` (ending with `to`): each gated release the target
 * lies at or beyond brings its required build in first. A 1st gen or an unreadable build goes straight to `to`.
 */
export function updatePath(model: 'hololens1' | 'hololens2', from: string, to: string): string[] {
  if (model !== 'hololens2') return [to];
  const stops: string[] = [];
  for (const gate of HOLOLENS2_UPGRADE_GATES) {
    if (buildAtLeast(to, gate.release) !== true) continue;
    if (buildAtLeast(from, gate.release) === true) continue;
    if (buildAtLeast(from, gate.needs) !== true) stops.push(gate.needs);
    if (compareBuilds(gate.release, to) < 0) stops.push(gate.release);
  }
  stops.push(to);
  return stops.filter((b, i) => stops.indexOf(b) === i && buildAtLeast(from, b) !== true);
}

/** One sentence for a blocker: to which build, and how (Windows Update round by round, or a reflash). */
export function updateAdvice(model: 'hololens1' | 'hololens2', from: string | undefined, to: string): string {
  const stops = from === undefined ? [to] : updatePath(model, from, to);
  const options = { to, reflash: say(`knowledge:update.reflash.${model}`) };
  if (stops.length === 1) return say('knowledge:update.advice', options);
  // The stops on the way as the language lists them ("19041.1136, then 20346.1002").
  const via = stops.slice(0, -1).join(say('knowledge:update.thenSeparator'));
  return say('knowledge:update.adviceVia', { ...options, via });
}
