import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_QUESTIONS } from '../../../../src-main/core/enrollment/checks.ts';
import { ALL_RULES } from '../../../../src-main/core/enrollment/rules/index.ts';
import { TROUBLESHOOTING_CHECKLIST } from '../../../../src-main/core/knowledge/checklist.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const DOC = readFileSync(join(ROOT, 'docs/traceability.md'), 'utf8');
const SEED_IDS = Array.from({ length: 33 }, (_, i) => `S${String(i).padStart(2, '0')}`);

const CODE_REF = /^(src-main\/\S+\.ts):(.+)$/;
const TEST_REF = /^(test\/\S+\.test\.ts) › (.+)$/;

function spans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const read = (() => {
  const cache = new Map<string, string>();
  return (file: string): string => {
    if (!cache.has(file)) cache.set(file, readFileSync(join(ROOT, file), 'utf8'));
    return cache.get(file) ?? '';
  };
})();

/** Seed ids a `source` string names, ranges ("S16–S20") expanded. */
function seedIdsIn(source: string): string[] {
  const ids: string[] = [];
  for (const m of source.matchAll(/S(\d+)(?:[–-]S(\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let n = from; n <= to; n++) ids.push(`S${String(n).padStart(2, '0')}`);
  }
  return ids;
}

describe('traceability table', () => {
  const seedRows = DOC.split('\n').filter((line) => /^\| S\d\d \|/.test(line));

  it('traceability: every seed statement S00–S32 has exactly one row, with code and a test', () => {
    expect(seedRows.map((r) => r.slice(2, 5))).toEqual(SEED_IDS);
    for (const row of seedRows) {
      const refs = spans(row);
      expect(
        refs.some((r) => CODE_REF.test(r)),
        row.slice(0, 40),
      ).toBe(true);
      expect(
        refs.some((r) => TEST_REF.test(r)),
        row.slice(0, 40),
      ).toBe(true);
    }
  });

  it('traceability: every code reference names an identifier that exists in that file', () => {
    const refs = spans(DOC).flatMap((s) => {
      const m = CODE_REF.exec(s);
      return m ? [{ file: m[1] ?? '', id: m[2] ?? '' }] : [];
    });
    expect(refs.length).toBeGreaterThan(60);
    for (const { file, id } of refs) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(read(file)), `${file}:${id}`).toBe(true);
    }
  });

  it('traceability: every test reference names a test title that exists in that file', () => {
    const refs = spans(DOC).flatMap((s) => {
      const m = TEST_REF.exec(s);
      return m ? [{ file: m[1] ?? '', title: m[2] ?? '' }] : [];
    });
    expect(refs.length).toBeGreaterThan(60);
    for (const { file, title } of refs) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      const source = read(file);
      const quoted = [`'${title}'`, `"${title}"`, `\`${title}\``].some((q) => source.includes(q));
      expect(quoted, `${file} › ${title}`).toBe(true);
    }
  });

  it('traceability: every planner rule code is traced', () => {
    const traced = new Set(spans(DOC).flatMap((s) => [s, CODE_REF.exec(s)?.[2] ?? '']));
    for (const rule of ALL_RULES) {
      const mentioned = traced.has(rule.code) || DOC.includes(`:${rule.code}\``) || DOC.includes(`\`${rule.code}\``);
      expect(mentioned, rule.code).toBe(true);
    }
  });

  it('traceability: every seed id named in code sources exists in the table', () => {
    const sources = [
      ...ALL_RULES.map((r) => r.source),
      ...TROUBLESHOOTING_CHECKLIST.map((c) => c.source),
      ...Object.values(FACT_QUESTIONS).map((q) => q?.source ?? ''),
    ];
    const named = new Set(sources.filter((s) => s.includes('seed')).flatMap(seedIdsIn));
    expect(named.size).toBeGreaterThan(10);
    for (const id of named) expect(SEED_IDS, id).toContain(id);
  });
});
