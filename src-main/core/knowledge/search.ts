/**
 * One offline search over everything the station knows: error codes, LED patterns, the troubleshooting checklist,
 * builds and what they enable, recovery procedures, the reuse checklist and the planner's rules. Every word of the
 * query must match (a search box, not a chatbot); an error code in any form finds its entry first.
 */
import { ALL_RULES } from '../enrollment/rules/index.ts';
import { LED_PATTERNS } from '../recovery/leds.ts';
import { RECOVERY_PROCEDURES } from '../recovery/procedures.ts';
import { RESET_FOR_REUSE } from '../recovery/reuse.ts';
import { BUILD_FEATURES, BUILD_RELEASES, parseBuild } from './builds.ts';
import { TROUBLESHOOTING_CHECKLIST } from './checklist.ts';
import { ERROR_CODES, normalizeErrorCode } from './errors.ts';
import { GUIDANCE_TOPICS } from './topics.ts';
import type { KnowledgeHit, KnowledgeKind } from '../../shared/contract/knowledge.ts';

interface Doc {
  kind: KnowledgeKind;
  id: string;
  title: string;
  text: string;
}

const MODEL_NAME = { hololens1: 'HoloLens (1st gen)', hololens2: 'HoloLens 2' } as const;

/** Words techs use for LED patterns that the pattern names do not contain. */
const LED_WORDS: Readonly<Record<string, string>> = {
  'flashing-mode': 'middle led recovery',
  'os-error': 'error state reflash all five',
  'hardware-fault': '1-3-5 1 3 5 hardware broken',
  'critical-battery': 'dead empty battery',
};

function buildDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const e of ERROR_CODES) {
    docs.push({
      kind: 'error',
      id: e.code,
      title: `${e.code} ${e.name}`,
      text: [e.code, String(e.signed), e.symbol ?? '', e.name, e.meaning, ...e.fixes].join(' '),
    });
  }
  for (const p of LED_PATTERNS) {
    docs.push({
      kind: 'led',
      id: p.id,
      title: p.name,
      text: [
        'LED lights',
        p.name,
        p.meaning,
        p.action,
        LED_WORDS[p.id] ?? '',
        ...p.models.map((m) => MODEL_NAME[m]),
      ].join(' '),
    });
  }
  for (const c of TROUBLESHOOTING_CHECKLIST) {
    docs.push({ kind: 'checklist', id: c.id, title: c.title, text: [c.title, c.how, ...c.relatedErrors].join(' ') });
  }
  for (const b of BUILD_RELEASES) {
    const title = `${MODEL_NAME[b.model]} ${b.version} (build ${b.build})`;
    docs.push({ kind: 'build', id: `${b.model}-${b.version}`, title, text: [title, b.note ?? ''].join(' ') });
  }
  for (const f of BUILD_FEATURES) {
    const from = f.minBuild === null ? 'every build' : `build ${f.minBuild} (${f.version})`;
    docs.push({
      kind: 'feature',
      id: `${f.id}@${f.model}`,
      title: `${f.title} (${MODEL_NAME[f.model]}, ${from})`,
      text: [f.title, f.detail, MODEL_NAME[f.model], from].join(' '),
    });
  }
  for (const p of RECOVERY_PROCEDURES) {
    docs.push({
      kind: 'procedure',
      id: p.id,
      title: p.title,
      text: [
        p.title,
        p.whenToUse,
        p.tool ?? '',
        ...p.requirements.map((r) => r.text),
        ...p.steps.flatMap((s) => [s.title, s.action, s.expect]),
      ].join(' '),
    });
  }
  for (const item of RESET_FOR_REUSE.items) {
    docs.push({
      kind: 'reuse',
      id: item.id,
      title: item.title,
      text: [RESET_FOR_REUSE.title, item.title, item.how, item.why, RESET_FOR_REUSE.errorExplanation].join(' '),
    });
  }
  for (const t of GUIDANCE_TOPICS) {
    docs.push({ kind: 'topic', id: t.id, title: t.title, text: [t.title, t.summary, ...t.points].join(' ') });
  }
  for (const rule of ALL_RULES) {
    const ctx = {
      facts: {},
      path: rule.paths === 'all' ? 'entra-oobe' : (rule.paths[0] ?? 'entra-oobe'),
      users: undefined,
    } as const;
    docs.push({
      kind: 'rule',
      id: rule.code,
      title: rule.code,
      text: [rule.code, rule.message(ctx), rule.unknownMessage?.(ctx) ?? ''].join(' '),
    });
  }
  // One rule code can back several rules (e.g. an Autopilot variant): keep the first of each.
  const seen = new Set<string>();
  return docs.filter((d) => (seen.has(`${d.kind}:${d.id}`) ? false : (seen.add(`${d.kind}:${d.id}`), true)));
}

let DOCS: Doc[] | null = null;

function docs(): Doc[] {
  DOCS ??= buildDocs();
  return DOCS;
}

function tokenize(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;:!?()"'/]+/)
    .map((t) => t.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((t) => t.length > 0);
}

/** The forms a token may match: itself, and the canonical error code when it reads as one. */
function variants(token: string): string[] {
  const code = /^(0x)?[0-9a-f]{8}$|^-?\d{9,10}$/.test(token) ? normalizeErrorCode(token) : null;
  return code ? [token, code.toLowerCase()] : [token];
}

function snippet(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle);
  if (at < 0) return text.slice(0, 160);
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + needle.length + 100);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

const KIND_ORDER: readonly KnowledgeKind[] = [
  'error',
  'led',
  'checklist',
  'topic',
  'procedure',
  'reuse',
  'rule',
  'feature',
  'build',
];

export function searchKnowledge(query: string, limit = 20): KnowledgeHit[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const exactCode = normalizeErrorCode(query);
  const exactBuild = tokens.length === 1 && parseBuild(query) !== null ? tokens[0] : undefined;
  const hits: KnowledgeHit[] = [];
  for (const doc of docs()) {
    const title = doc.title.toLowerCase();
    const id = doc.id.toLowerCase();
    const text = doc.text.toLowerCase();
    let score = 0;
    let firstMatch = '';
    let allMatch = true;
    for (const token of tokens) {
      const match = variants(token).find((v) => text.includes(v) || title.includes(v) || id.includes(v));
      if (match === undefined) {
        allMatch = false;
        break;
      }
      firstMatch ||= match;
      score += (title.includes(match) ? 3 : 0) + (id.includes(match) ? 3 : 0) + (text.includes(match) ? 1 : 0);
    }
    if (!allMatch) continue;
    if (doc.kind === 'error' && exactCode !== null && doc.id === exactCode) score += 100;
    if (doc.kind === 'build' && exactBuild !== undefined && title.includes(`build ${exactBuild})`)) score += 10;
    if (tokens.length > 1 && text.includes(tokens.join(' '))) score += 2;
    hits.push({ kind: doc.kind, id: doc.id, title: doc.title, snippet: snippet(doc.text, firstMatch), score });
  }
  hits.sort(
    (a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
  return hits.slice(0, limit);
}
