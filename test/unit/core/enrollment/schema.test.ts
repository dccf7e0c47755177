import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_PATTERN, EnrollmentFacts, PlanCliFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { EnrollmentPlan } from '../../../../src-main/shared/contract/enrollment-plan.ts';
import { parseBuild } from '../../../../src-main/core/knowledge/builds.ts';
import { GOOD_HL2 } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../../../../src-main/core');

describe('facts and plan schemas', () => {
  it('schema: builds in every form techs meet are accepted', () => {
    for (const build of [
      '19041.1103',
      '10.0.19041.1128',
      '14393.0.x86fre.rs1_release.160715-1616',
      '17763',
      ' 22621.1244 ',
    ]) {
      expect(EnrollmentFacts.parse({ build }).build).toBe(build);
      expect(parseBuild(build)).not.toBeNull();
    }
  });

  it('schema: the facts build pattern and parseBuild agree', () => {
    for (const text of [
      '19041.1103',
      '1.2',
      'abc',
      '19041.',
      '10.0.',
      '123456.1',
      '19041.1103.x',
      '9999',
      '2004',
      '',
    ]) {
      expect(BUILD_PATTERN.test(text)).toBe(parseBuild(text) !== null);
    }
  });

  it('schema: unknown keys and bad values are refused at the edge', () => {
    expect(EnrollmentFacts.safeParse({ modle: 'hololens2' }).success).toBe(false);
    expect(EnrollmentFacts.safeParse({ model: 'hololens3' }).success).toBe(false);
    expect(EnrollmentFacts.safeParse({ build: 'latest' }).success).toBe(false);
    expect(EnrollmentFacts.safeParse({ build: '2004' }).success).toBe(false);
    expect(EnrollmentFacts.safeParse({ build: '20H2' }).success).toBe(false);
    expect(EnrollmentFacts.safeParse({ batteryPercent: 101 }).success).toBe(false);
  });

  it('schema: every fact may be unknown, but the CLI needs model, identity, users and stage', () => {
    expect(EnrollmentFacts.parse({})).toEqual({});
    expect(PlanCliFacts.safeParse({ model: 'hololens2', identity: 'entra', users: 'multi' }).success).toBe(false);
    expect(
      PlanCliFacts.safeParse({ model: 'hololens2', identity: 'entra', users: 'multi', stage: 'pilot' }).success,
    ).toBe(true);
  });

  it('schema: a plan is valid against its own schema', () => {
    expect(() => EnrollmentPlan.parse(planEnrollment(GOOD_HL2))).not.toThrow();
  });

  it('schema: the contract owns the planner, knowledge and recovery schemas; core imports them, never the reverse', () => {
    const contract = join(ROOT, '../shared/contract');
    for (const file of ['enrollment-plan.ts', 'enrollment-facts.ts', 'recovery.ts', 'knowledge.ts']) {
      const source = readFileSync(join(contract, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) expect(spec === 'zod' || /^\.\/[a-z-]+\.ts$/.test(spec ?? '')).toBe(true);
    }
    for (const file of listTs(contract)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '[^']*\/core\//);
    }
  });

  it('schema: core modules stay pure (no node, electron or react imports)', () => {
    const files = listTs(join(ROOT, 'enrollment')).concat(
      listTs(join(ROOT, 'recovery')),
      listTs(join(ROOT, 'knowledge')),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source).not.toMatch(/from '(node:|electron|react|fs|path)/);
    }
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listTs(full) : name.endsWith('.ts') ? [full] : [];
  });
}
