import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PROFILE_NAMES,
  builtInProfile,
  loadProfile,
  parseProfile,
  resolveProfile,
} from '../../../../src-main/core/workflow/profiles.ts';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'did not throw';
};

describe('profiles', () => {
  it('has the built-in profiles, each valid', () => {
    expect(BUILT_IN_PROFILE_NAMES).toEqual(['inventory', 'oobe-package', 'autopilot-harvest', 'confirm-enrollment']);
    for (const name of BUILT_IN_PROFILE_NAMES) {
      const steps = resolveProfile(builtInProfile(name)!);
      expect(steps.at(-1)!.kind.kind).toBe('done');
    }
    expect(builtInProfile('inventory')!.steps.map((s) => s.kind)).toEqual(['identify', 'done']);
    expect(builtInProfile('autopilot-harvest')!.steps[1]).toEqual({
      kind: 'gate',
      params: { model: 'hololens2', batteryMin: 45 },
    });
  });

  it('validates a custom profile and fills step defaults', () => {
    const p = parseProfile({
      name: 'harvest-and-name',
      steps: [
        { kind: 'identify', scan: 'asset-tag' },
        { kind: 'rename', label: 'Name it', required: true },
        { kind: 'done' },
      ],
    });
    expect(p.steps).toEqual([
      { kind: 'identify', params: { requireManifest: false, scan: 'asset-tag' } },
      { kind: 'rename', label: 'Name it', params: { required: true, coach: false } },
      { kind: 'done', params: {} },
    ]);
  });

  it('names every bad field', () => {
    const text = message(() =>
      parseProfile(
        {
          name: 'Bad Name',
          steps: [],
          color: 'red',
        },
        'p.json',
      ),
    );
    expect(text).toContain('p.json:');
    expect(text).toContain('name: must be 1 to 40 lowercase letters, digits or hyphens');
    expect(text).toContain('steps: needs at least one step');
    expect(text).toContain('profile: unknown field "color"');
  });

  it('refuses unknown step kinds, unknown fields and bad parameters, by step', () => {
    const text = message(() =>
      parseProfile({
        name: 'x',
        steps: [
          { kind: 'teleport' },
          { kind: 'gate', batery: 40 },
          { kind: 'gate', batteryMin: 140 },
          { kind: 'gate', buildMin: 'latest' },
          { kind: 'gate' },
          { kind: 'coach-enrollment', path: 'carrier-pigeon' },
          { kind: 'done' },
          { kind: 'identify' },
        ],
      }),
    );
    const lines = text.split('\n').slice(1);
    expect(lines[0]).toMatch(/^steps\[0\]\.kind: unknown step kind "teleport"; known kinds: identify, gate, /);
    expect(lines).toContain('steps[1]: unknown field "batery"');
    expect(lines.some((l) => l.startsWith('steps[2].batteryMin:'))).toBe(true);
    expect(lines).toContain('steps[3].buildMin: must be a build number like 19041.1103');
    expect(lines).toContain('steps[4]: needs at least one of batteryMin, buildMin, unlocked, model');
    expect(lines.some((l) => l.startsWith('steps[5].path:'))).toBe(true);
    expect(lines).toContain('steps[6].kind: "done" must be the last step');
  });

  it('loads a JSON file, or says clearly what is wrong with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    try {
      const good = join(dir, 'good.json');
      writeFileSync(good, '\ufeff' + JSON.stringify({ name: 'mine', steps: [{ kind: 'identify' }] }));
      expect(loadProfile(good).name).toBe('mine');
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{ "name": "x", ');
      expect(message(() => loadProfile(bad))).toMatch(/bad\.json:\nis not valid JSON/);
      expect(message(() => loadProfile(join(dir, 'missing.json')))).toMatch(/neither a built-in profile \(inventory/);
      expect(loadProfile('inventory').name).toBe('inventory');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
