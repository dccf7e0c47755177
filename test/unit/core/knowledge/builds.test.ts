import { describe, expect, it } from 'vitest';
import {
  BUILD_FEATURES,
  BUILD_RELEASES,
  buildAtLeast,
  compareBuilds,
  featureAvailable,
  parseBuild,
} from '../../../../src-main/core/knowledge/builds.ts';
import { updateAdvice, updatePath } from '../../../../src-main/core/knowledge/updates.ts';
import { BuildFeature, BuildRelease } from '../../../../src-main/shared/contract/knowledge.ts';

describe('builds', () => {
  it.each([
    ['19041.1103', { build: 19041, revision: 1103 }],
    ['10.0.19041.1128', { build: 19041, revision: 1128 }],
    ['14393.0.x86fre.rs1_release.160715-1616', { build: 14393, revision: 0 }],
    ['17763', { build: 17763, revision: null }],
  ])('builds: parseBuild reads %s', (text, parsed) => {
    expect(parseBuild(text)).toEqual(parsed);
  });

  it('builds: parseBuild refuses what is not a build', () => {
    for (const text of ['latest', '1.2', '', '19041.', 'v19041', '2004', '20H2']) expect(parseBuild(text)).toBeNull();
  });

  it('builds: compareBuilds compares numerically, not as text', () => {
    expect(compareBuilds('19041.999', '19041.1103')).toBeLessThan(0);
    expect(compareBuilds('20346.1002', '19041.1128')).toBeGreaterThan(0);
    expect(compareBuilds('10.0.19041.1103', '19041.1103')).toBe(0);
    const sorted = ['22621.1113', '18362.1039', '19041.1128', '19041.1103'].sort(compareBuilds);
    expect(sorted).toEqual(['18362.1039', '19041.1103', '19041.1128', '22621.1113']);
    expect(() => compareBuilds('latest', '1')).toThrow();
  });

  it('builds: buildAtLeast refuses to guess when the revision is missing', () => {
    expect(buildAtLeast('19041', '19041.1103')).toBeUndefined();
    expect(buildAtLeast(undefined, '19041.1103')).toBeUndefined();
    expect(buildAtLeast('20348', '19041.1103')).toBe(true);
    expect(buildAtLeast('18362.1039', '19041.1103')).toBe(false);
    expect(buildAtLeast('17763', '17134')).toBe(true);
  });

  it('builds: the release table lists every build from DOMAIN.md §8', () => {
    for (const r of BUILD_RELEASES) BuildRelease.parse(r);
    const hl2 = BUILD_RELEASES.filter((r) => r.model === 'hololens2').map((r) => `${r.version} ${r.build}`);
    expect(hl2).toEqual([
      '1903 18362.1039',
      '2004 19041.1103',
      '20H2 19041.1128',
      '21H1 20346.1002',
      '21H2 20348.1432',
      '22H1 20348.1501',
      '22H2 20348.1528',
      '23H1 22621.1113',
      '23H2 22621.1244',
    ]);
    expect(BUILD_RELEASES.filter((r) => r.model === 'hololens1').map((r) => r.build)).toEqual([
      '14393',
      '17134',
      '17763',
    ]);
  });

  it.each([
    ['autopilot', 'hololens2', '19041.1103'],
    ['autopilot-wifi', 'hololens2', '19041.1128'],
    ['tenant-lockdown', 'hololens2', '19041.1128'],
    ['usb-drive-ppkg', 'hololens2', '19041.1103'],
    ['usb-drive-ppkg-auto-launch', 'hololens2', '19041.1128'],
    ['usb-drive-ppkg-hands-off', 'hololens2', '19041.1361'],
    ['reset-needs-40-percent-6gb', 'hololens2', '22621.1113'],
    ['ppkg-after-setup', 'hololens1', '17763'],
    ['mtp-file-transfer', 'hololens1', '17134'],
  ] as const)('builds: %s arrives on %s with %s', (id, model, min) => {
    const f = BUILD_FEATURES.find((x) => x.id === id && x.model === model);
    expect(f?.minBuild).toBe(min);
    BuildFeature.parse(f);
  });

  it('builds: featureAvailable answers per model and build', () => {
    expect(featureAvailable('autopilot', 'hololens2', '19041.1103')).toBe(true);
    expect(featureAvailable('autopilot', 'hololens2', '18362.1039')).toBe(false);
    expect(featureAvailable('autopilot', 'hololens1', '17763')).toBe(false);
    expect(featureAvailable('ppkg-after-setup', 'hololens2', undefined)).toBe(true);
    expect(featureAvailable('ppkg-after-setup', 'hololens1', '14393')).toBe(false);
    expect(featureAvailable('autopilot-wifi', 'hololens2', undefined)).toBeUndefined();
  });
});

describe('update path', () => {
  it.each([
    ['18362.1039', '19041.1103', ['19041.1103']],
    ['19041.1103', '22621.1113', ['19041.1136', '20346.1002', '22621.1113']],
    ['20348.1528', '22621.1113', ['22621.1113']],
    ['19041.1136', '20346.1002', ['20346.1002']],
  ])('updates: from %s to %s goes through the documented stops %j', (from, to, stops) => {
    expect(updatePath('hololens2', from, to)).toEqual(stops);
  });

  it('updates: the advice names the target build, Windows Update, one update at a time, and the reflash', () => {
    const advice = updateAdvice('hololens2', '18362.1039', '19041.1103');
    expect(advice).toMatch(/19041\.1103/);
    expect(advice).toMatch(/Settings > Update & Security > Windows Update/);
    expect(advice).toMatch(/one update at a time/);
    expect(advice).toMatch(/Advanced Recovery Companion/);
    expect(updateAdvice('hololens1', '14393', '17134')).toMatch(/Windows Device Recovery Tool/);
  });
});
