import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../support/cli.ts';

const BASE = ['--model', 'hololens2', '--identity', 'entra'];

interface PlanJson {
  path: string;
  steps: { id: string; title: string }[];
  blockers: { code: string; message: string }[];
  warnings: { code: string; message: string; unknownFacts?: string[] }[];
  unenroll: string;
  blocked: boolean;
}

async function plan(args: string[]) {
  const r = await runCli(['plan', '--json', ...args]);
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as PlanJson) : null };
}

describe('holobench plan', () => {
  it.each([
    ['autopilot', [...BASE, '--users', 'multi', '--stage', 'production'], 'reset-or-reflash'],
    ['entra-oobe', [...BASE, '--users', 'multi', '--stage', 'pilot'], 'reset-or-reflash'],
    ['entra-settings', [...BASE, '--users', 'single', '--stage', 'poc'], 'reset-or-reflash'],
    [
      'msa-work-account',
      ['--model', 'hololens2', '--identity', 'msa', '--users', 'single', '--stage', 'poc'],
      'settings-disconnect',
    ],
    [
      'local-mdm-only',
      ['--model', 'hololens1', '--identity', 'local', '--users', 'single', '--stage', 'poc', '--edition', 'business'],
      'settings-disconnect',
    ],
  ])('path %s: exit 0 with the contract fields first', async (path, args, unenroll) => {
    const r = await plan(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json?.path).toBe(path);
    expect(r.json?.unenroll).toBe(unenroll);
    expect(Object.keys(r.json ?? {}).slice(0, 5)).toEqual(['path', 'steps', 'blockers', 'warnings', 'unenroll']);
    expect(r.json?.steps.length).toBeGreaterThan(0);
    for (const f of [...(r.json?.blockers ?? []), ...(r.json?.warnings ?? [])]) {
      expect(Object.keys(f).slice(0, 2)).toEqual(['code', 'message']);
    }
  });

  it.each([
    ['autopilot-needs-19041.1103', [...BASE, '--users', 'multi', '--stage', 'production', '--build', '18362.1039']],
    [
      'autopilot-not-registered',
      [...BASE, '--users', 'multi', '--stage', 'production', '--autopilot-registered', 'no'],
    ],
    ['multi-user-needs-entra', ['--model', 'hololens2', '--identity', 'msa', '--users', 'multi', '--stage', 'pilot']],
    ['auto-enrollment-needs-premium', [...BASE, '--users', 'multi', '--stage', 'pilot', '--premium', 'no']],
    ['auto-enrollment-not-configured', [...BASE, '--users', 'multi', '--stage', 'pilot', '--auto-enrollment', 'no']],
    [
      'autopilot-hl2-only',
      [
        '--model',
        'hololens1',
        '--identity',
        'entra',
        '--users',
        'multi',
        '--stage',
        'production',
        '--path',
        'autopilot',
      ],
    ],
  ])('blocker %s: exit 1 and the blocker is listed', async (code, args) => {
    const r = await plan(args);
    expect(r.code).toBe(1);
    expect(r.json?.blocked).toBe(true);
    expect(r.json?.blockers.map((b) => b.code)).toContain(code);
  });

  it.each([
    ['gcc-high-no-remote-sign-in', [...BASE, '--users', 'multi', '--stage', 'pilot', '--tenant', 'gcc-high']],
    ['auto-enrollment-mdm-unsupported', [...BASE, '--users', 'multi', '--stage', 'pilot', '--mdm', 'other']],
    ['device-owner-admin-only', [...BASE, '--users', 'multi', '--stage', 'production']],
  ])('warning %s: exit 0 and the warning is listed', async (code, args) => {
    const r = await plan(args);
    expect(r.code).toBe(0);
    expect(r.json?.warnings.map((w) => w.code)).toContain(code);
  });

  it('--mdm ivanti keeps Autopilot; --mdm airwatch sets it aside', async () => {
    const ivanti = await plan([...BASE, '--users', 'multi', '--stage', 'production', '--mdm', 'ivanti']);
    expect(ivanti.code, ivanti.stderr).toBeLessThan(2);
    expect(ivanti.json?.path).toBe('autopilot');
    const airwatch = await plan([...BASE, '--users', 'multi', '--stage', 'production', '--mdm', 'airwatch']);
    expect(airwatch.json?.path).toBe('entra-oobe');
  });

  it('--kiosk and --enterprise-wifi reach the planner: kiosk check, certificates, and the guidance to read', async () => {
    const r = await plan([
      ...BASE,
      '--users',
      'multi',
      '--stage',
      'pilot',
      '--kiosk',
      'multi-app',
      '--enterprise-wifi',
      'yes',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = r.json as unknown as { steps: { id: string }[]; warnings: { code: string }[]; guidance: string[] };
    expect(json.steps[0]?.id).toBe('wifi-certificates-reach-setup');
    expect(json.steps[json.steps.length - 1]?.id).toBe('kiosk-check');
    expect(json.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['enterprise-wifi-needs-certificates', 'kiosk-after-enrollment']),
    );
    expect(json.guidance).toEqual(['certificates-wifi', 'kiosk']);
    const text = await runCli(['plan', ...BASE, '--users', 'multi', '--stage', 'production', '--build', '18362.1039']);
    expect(text.stdout).toContain('Update it to 19041.1103 or later');
    expect(text.stdout).toMatch(/Good to know[\s\S]*\[updates\]/);
  });

  it('an unknown fact gives a "might apply" warning, a known good one does not', async () => {
    const unknown = await plan([...BASE, '--users', 'multi', '--stage', 'production']);
    const registered = unknown.json?.warnings.find((w) => w.code === 'autopilot-not-registered');
    expect(registered?.unknownFacts).toEqual(['autopilotRegistered']);
    const known = await plan([...BASE, '--users', 'multi', '--stage', 'production', '--autopilot-registered', 'yes']);
    expect(known.json?.warnings.map((w) => w.code)).not.toContain('autopilot-not-registered');
  });

  it('the extra facts flags reach the planner (battery, network, path)', async () => {
    const r = await plan([
      ...BASE,
      '--users',
      'single',
      '--stage',
      'poc',
      '--path',
      'entra-oobe',
      '--battery',
      '50',
      '--network',
      'wifi',
    ]);
    expect(r.code).toBe(0);
    expect(r.json?.path).toBe('entra-oobe');
  });

  it.each([
    [['--identity', 'entra', '--users', 'multi', '--stage', 'pilot'], /--model is required/],
    [[...BASE, '--users', 'multi'], /--stage is required/],
    [[...BASE, '--users', 'several', '--stage', 'pilot'], /--users must be one of single, multi/],
    [[...BASE, '--users', 'multi', '--stage', 'pilot', '--build', '2004'], /--build must be a build number/],
    [[...BASE, '--users', 'multi', '--stage', 'pilot', '--build', 'latest'], /--build must be a build number/],
    [[...BASE, '--users', 'multi', '--stage', 'pilot', '--premium', 'maybe'], /--premium must be one of yes, no/],
    [[...BASE, '--users', 'multi', '--stage', 'pilot', '--battery', '120'], /--battery must be a whole percentage/],
    [[...BASE, '--users', 'multi', '--stage', 'pilot', '--colour', 'red'], /unknown option --colour/],
    [[...BASE, '--users', 'multi', '--stage'], /--stage needs a value/],
  ])('bad flags %j: exit 2 with one clear line', async (args, message) => {
    const r = await runCli(['plan', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('human output names the path, the unenroll cost, blockers and numbered steps', async () => {
    const r = await runCli(['plan', ...BASE, '--users', 'multi', '--stage', 'production', '--build', '18362.1039']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Path: Autopilot');
    expect(r.stdout).toContain('Unenrolling later: Autopilot: this device can only be unenrolled by reset or reflash.');
    expect(r.stdout).toContain('BLOCKED');
    expect(r.stdout).toMatch(/^ {2}1\. /m);
    expect(r.stdout).toContain('Keys:   Press Power');
  });
});

describe('holobench unenroll', () => {
  it.each([
    ['autopilot', 'reset-or-reflash'],
    ['entra', 'reset-or-reflash'],
    ['msa-work-account', 'settings-disconnect'],
    ['local-mdm-only', 'settings-disconnect'],
  ])('--enrolled-via %s -> %s', async (via, method) => {
    const r = await runCli(['unenroll', '--json', '--enrolled-via', via]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { method: string; steps: unknown[] };
    expect(Object.keys(json).slice(0, 2)).toEqual(['method', 'steps']);
    expect(json.method).toBe(method);
    expect(json.steps.length).toBeGreaterThan(0);
  });

  it('--enrolled-via autopilot --moving-tenant lists the TenantLockdown lift before any step that deletes the Intune record', async () => {
    const r = await runCli(['unenroll', '--enrolled-via', 'autopilot', '--moving-tenant', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { steps: { id: string; reuseItems?: string[] }[] };
    const lift = json.steps.findIndex((s) => s.reuseItems?.includes('lift-tenant-lockdown'));
    const firstDelete = json.steps.findIndex((s) => s.reuseItems?.includes('delete-intune-record'));
    expect(lift).toBeGreaterThanOrEqual(0);
    expect(firstDelete).toBeGreaterThan(lift);
    const reset = json.steps.findIndex((s) => s.id === 'reset');
    expect(reset).toBeGreaterThan(lift);
    expect(reset).toBeLessThan(firstDelete);
  });

  it('a policy that blocks Disconnect leaves reset or reflash', async () => {
    const r = await runCli([
      'unenroll',
      '--json',
      '--enrolled-via',
      'msa-work-account',
      '--manual-unenroll',
      'blocked',
    ]);
    expect((JSON.parse(r.stdout) as { method: string }).method).toBe('reset-or-reflash');
  });

  it.each([
    [[], /--enrolled-via is required/],
    [['--enrolled-via', 'usb'], /--enrolled-via must be one of autopilot, entra, msa-work-account, local-mdm-only/],
    [['--enrolled-via', 'entra', 'extra'], /unexpected argument "extra"/],
  ])('bad flags %j: exit 2', async (args, message) => {
    const r = await runCli(['unenroll', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('human output says plainly whether Disconnect works', async () => {
    const r = await runCli(['unenroll', '--enrolled-via', 'autopilot', '--model', 'hololens2']);
    expect(r.stdout).toContain('Disconnect will not work: reset or reflash the device');
  });
});

describe('holobench error', () => {
  it.each(['0x80180014', '80180014', '-2145910764', '0X80180014'])('%s finds 0x80180014', async (input) => {
    const r = await runCli(['error', input, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { code: string; name: string; meaning: string; fixes: string[] };
    expect(Object.keys(json).slice(0, 4)).toEqual(['code', 'name', 'meaning', 'fixes']);
    expect(json.code).toBe('0x80180014');
    expect(json.fixes.length).toBeGreaterThan(0);
  });

  it('a known code that is not in the list: exit 1, says so', async () => {
    const r = await runCli(['error', '0x80180099', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: '0x80180099', found: false });
    expect(r.stderr).toMatch(/0x80180099 is not in the station's list/);
  });

  it.each([
    [[], /give an error code/],
    [['hello'], /"hello" is not an error code/],
    [['0x8018001'.padEnd(12, 'Z')], /is not an error code/],
    [['0x80180014', '0x80180018'], /unexpected argument|give one error code/],
  ])('malformed input %j: exit 2', async (args, message) => {
    const r = await runCli(['error', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--topic tenant-lockdown-symptoms explains setup waiting for the network, with the fix and its page', async () => {
    const r = await runCli(['error', '--topic', 'tenant-lockdown-symptoms']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/waits/);
    expect(r.stdout).toMatch(/RequireNetworkInOOBE to false/);
    expect(r.stdout).toContain('Checked against: HLdocs:hololens2-autopilot.md');
    const json = await runCli(['error', '--topic', 'updates', '--json']);
    expect((JSON.parse(json.stdout) as { id: string }).id).toBe('updates');
    const bad = await runCli(['error', '--topic', 'weather']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--topic must be one of/);
  });

  it('human output gives the meaning and numbered fixes', async () => {
    const r = await runCli(['error', '80180014']);
    expect(r.stdout).toContain('0x80180014');
    expect(r.stdout).toContain('What to do:');
    expect(r.stdout).toMatch(/^ {2}1\. /m);
  });

  it('the real executable takes a negative code and never prints a stack trace', async () => {
    const ok = await spawnCli(['error', '-2145910764', '--json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { code: string }).code).toBe('0x80180014');
    const bad = await spawnCli(['plan', '--model', 'hololens3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const blocked = await spawnCli(['plan', ...BASE, '--users', 'multi', '--stage', 'production', '--build', '17763']);
    expect(blocked.code).toBe(1);
  });
});
