/**
 * One offline search over everything the station knows: error codes, LED patterns, the troubleshooting checklist,
 * builds and what they enable, recovery procedures, the reuse checklist and the planner's rules. Every word of the
 * query must match (a search box, not a chatbot); an error code in any form finds its entry first.
 */
import { say, stationLanguage } from '../language.ts';
import { ALL_RULES } from '../enrollment/rules/index.ts';
import { ledPatterns } from '../recovery/leds.ts';
import { recoveryProcedures } from '../recovery/procedures.ts';
import { resetForReuse } from '../recovery/reuse.ts';
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

const modelName = (model: 'hololens1' | 'hololens2') => say(`knowledge:model.${model}`);

/** Words techs use for LED patterns that the pattern names do not contain, in the language searched in. */
const LED_WORDS: readonly string[] = ['flashing-mode', 'os-error', 'hardware-fault', 'critical-battery'];
const ledWords = (id: string) => (LED_WORDS.includes(id) ? say(`knowledge:search.ledWords.${id}`) : '');

function buildDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const e of ERROR_CODES) {
    docs.push({
      kind: 'error',
      id: e.code,
      title: say('knowledge:search.errorTitle', { code: e.code, name: e.name }),
      text: [e.code, String(e.signed), e.symbol ?? '', e.name, e.meaning, ...e.fixes].join(' '),
    });
  }
  for (const p of ledPatterns()) {
    docs.push({
      kind: 'led',
      id: p.id,
      title: p.name,
      text: [
        say('knowledge:search.ledLights'),
        p.name,
        p.meaning,
        p.action,
        ledWords(p.id),
        ...p.models.map(modelName),
      ].join(' '),
    });
  }
  for (const c of TROUBLESHOOTING_CHECKLIST) {
    docs.push({ kind: 'checklist', id: c.id, title: c.title, text: [c.title, c.how, ...c.relatedErrors].join(' ') });
  }
  for (const b of BUILD_RELEASES) {
    const title = say('knowledge:search.buildTitle', { model: modelName(b.model), version: b.version, build: b.build });
    docs.push({ kind: 'build', id: `${b.model}-${b.version}`, title, text: [title, b.note ?? ''].join(' ') });
  }
  for (const f of BUILD_FEATURES) {
    const from =
      f.minBuild === null
        ? say('knowledge:search.everyBuild')
        : say('knowledge:search.fromBuild', { build: f.minBuild, version: f.version });
    docs.push({
      kind: 'feature',
      id: `${f.id}@${f.model}`,
      title: say('knowledge:search.featureTitle', { title: f.title, model: modelName(f.model), from }),
      text: [f.title, f.detail, modelName(f.model), from].join(' '),
    });
  }
  for (const p of recoveryProcedures()) {
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
  const reuse = resetForReuse();
  for (const item of reuse.items) {
    docs.push({
      kind: 'reuse',
      id: item.id,
      title: item.title,
      text: [reuse.title, item.title, item.how, item.why, reuse.errorExplanation].join(' '),
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

// Built once per language: the texts searched are those the technician reads, so German words find German texts.
let DOCS: { language: string; docs: Doc[] } | null = null;

function docs(): Doc[] {
  const language = stationLanguage();
  if (DOCS?.language !== language) DOCS = { language, docs: buildDocs() };
  return DOCS.docs;
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

/** The build number of each release document, for ranking an exact build query first. */
const RELEASE_BUILD = new Map(BUILD_RELEASES.map((b) => [`${b.model}-${b.version}`, b.build]));

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
    if (doc.kind === 'build' && exactBuild !== undefined && RELEASE_BUILD.get(doc.id) === exactBuild) score += 10;
    if (tokens.length > 1 && text.includes(tokens.join(' '))) score += 2;
    hits.push({ kind: doc.kind, id: doc.id, title: doc.title, snippet: snippet(doc.text, firstMatch), score });
  }
  hits.sort(
    (a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
  return hits.slice(0, limit);
}
