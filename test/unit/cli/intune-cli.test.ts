import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntuneStore } from '../../../src-main/core/intune/store.ts';
import { Ledger } from '../../../src-main/core/ledger/ledger.ts';
import { simSerial } from '../../../src-main/sim/presets.ts';
import { runCli } from '../../support/cli.ts';
import { FakeIntune } from '../../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../../support/graph-server.ts';
import { tempDir } from '../../support/station.ts';

const TOKEN = 'cli-intune-token-0123456789abcdef';
let graph: FakeGraph;
let intune: FakeIntune;
let data: { path: string; remove(): void };

beforeEach(async () => {
  graph = await startFakeGraph({ token: TOKEN });
  intune = new FakeIntune(graph);
  data = tempDir();
  process.env.HB_TEST_INTUNE_TOKEN = TOKEN;
});
afterEach(async () => {
  await graph.close();
  data.remove();
  delete process.env.HB_TEST_INTUNE_TOKEN;
});

const cli = (...args: string[]) =>
  runCli([...args, '--data-dir', data.path, '--token-env', 'HB_TEST_INTUNE_TOKEN', '--graph-base', graph.url]);

interface StatusJson {
  devices: {
    serial: string;
    state: string;
    label: string;
    intune: Record<string, unknown>[];
    autopilot: Record<string, unknown>[];
    entra: Record<string, unknown>[];
  }[];
}

describe('holobench intune status', () => {
  it('prints the issue JSON shape per serial and exits 0 when every serial is enrolled', async () => {
    const a = intune.addEnrolled('SNA1', { userPrincipalName: 'tech@contoso.com' });
    intune.addEnrolled('SNA2');
    const r = await cli('intune', 'status', '--serial', 'SNA1', '--serial', 'SNA2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as StatusJson;
    expect(json.devices.map((d) => d.serial)).toEqual(['SNA1', 'SNA2']);
    const first = json.devices[0];
    expect(first?.intune[0]).toMatchObject({
      id: a.managed.id,
      deviceName: 'HOLOLENS-SNA1',
      complianceState: 'compliant',
      managementState: 'managed',
      lastSyncDateTime: '2026-12-01T10:00:00Z',
      osVersion: '10.0.22621.1244',
      userPrincipalName: 'tech@contoso.com',
      azureADDeviceId: a.entra.deviceId,
    });
    expect(Object.keys(first?.autopilot[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'deploymentProfileAssignmentStatus', 'groupTag', 'enrollmentState']),
    );
    expect(first?.autopilot[0]).toMatchObject({ deploymentProfileAssignmentStatus: null });
    expect(first?.entra[0]).toMatchObject({ id: a.entra.id, deviceId: a.entra.deviceId });
  });

  it('says in the table output that Graph v1.0 gives no profile assignment status', async () => {
    intune.addEnrolled('SNA3');
    const r = await cli('intune', 'status', '--serial', 'SNA3');
    expect(r.stdout).toContain('Autopilot profile assignment: not in Graph v1.0 (only its beta reports');
  });

  it('exits 1 when one serial is not enrolled, with per-device results', async () => {
    intune.addEnrolled('SNB1');
    const r = await cli('intune', 'status', '--serial', 'SNB1', 'SNB2', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as StatusJson;
    expect(json.devices.map((d) => [d.serial, d.state])).toEqual([
      ['SNB1', 'enrolled'],
      ['SNB2', 'not-enrolled'],
    ]);
  });

  it('shows "unknown (offline)" without records when Graph is out of reach, exit 1', async () => {
    intune.addEnrolled('SNC1');
    graph.offline = true;
    const r = await cli('intune', 'status', '--serial', 'SNC1');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/SNC1\s+unknown \(offline\)/);
    expect(r.stdout).not.toMatch(/HOLOLENS-SNC1/);
  });

  it('names in one line the permission a --token-env token lacks when Graph answers 403, exit 1', async () => {
    intune.addEnrolled('SND1');
    intune.grants.set(
      TOKEN,
      new Set(['DeviceManagementManagedDevices.Read.All', 'DeviceManagementServiceConfig.Read.All']),
    );
    const r = await cli('intune', 'status', '--serial', 'SND1');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/SND1\s+unknown \(lookup failed\)/);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^SND1: Not allowed by Microsoft Graph\. Graph refused GET \/devices \(Authorization_RequestDenied: [^)]*\)\. The token given does not carry the Device\.Read\.All permission, which the Intune status of a device needs\.$/,
      ),
    ]);
  });

  it.each([
    [['intune', 'status'], /--serial is required/],
    [['intune', 'status', '--serial', "X' or 1 eq 1"], /not a serial number/],
    [['intune', 'cleanup', '--serial', 'S1'], /--for is required/],
    [['intune', 'cleanup', '--serial', 'S1', '--for', 'resale'], /--for must be one of/],
    [['intune', 'cleanup', '--serial', 'S1', '--for', 'reuse', '--plan', '--yes'], /choose one/],
    [['intune', 'wipe', '--serial', 'S1', '--serial', 'S2'], /one --serial/],
    [['intune', 'tag', '--serial', 'S1'], /Give a group tag/],
    [['intune', 'tag', '--serial', 'S1', '--assigned-user', 'not-a-upn'], /user principal name/],
  ])('refuses %j with exit 2 and sends nothing', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(graph.requests.filter((q) => q.method !== 'HEAD')).toEqual([]);
  });
});

describe('holobench intune cleanup and wipe', () => {
  it('--plan lists the requests in order and makes no mutating request', async () => {
    const d = intune.addEnrolled('SND1');
    const r = await cli('intune', 'cleanup', '--serial', 'SND1', '--for', 'leave-organization', '--plan');
    expect(r.code).toBe(0);
    const order = [
      `POST /deviceManagement/managedDevices/${d.managed.id}/wipe`,
      `DELETE /deviceManagement/managedDevices/${d.managed.id}`,
      `DELETE /deviceManagement/windowsAutopilotDeviceIdentities/${d.autopilot.id}`,
      `DELETE /devices/${d.entra.id}`,
    ].map((line) => r.stdout.indexOf(line));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(intune.mutations()).toEqual([]);
  });

  it('without --plan or --yes it only plans, and says how to go on', async () => {
    intune.addEnrolled('SND2');
    const r = await cli('intune', 'cleanup', '--serial', 'SND2', '--for', 'reuse');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--yes/);
    expect(intune.mutations()).toEqual([]);
  });

  it('--yes does it, lists what it confirmed, and records every request in the ledger', async () => {
    intune.addEnrolled('SND3');
    const r = await cli('intune', 'cleanup', '--serial', 'SND3', '--for', 'reuse', '--yes', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { state: string; confirmed: string[] };
    expect(json.state).toBe('done');
    expect(json.confirmed).toEqual(['TenantLockdown is lifted', 'The device has reset']);
    const ledger = Ledger.open(data.path);
    try {
      const rows = new IntuneStore(ledger).requests('SND3');
      expect(rows.map((x) => x.method)).toEqual(graph.requests.filter((q) => q.method !== 'HEAD').map((q) => q.method));
    } finally {
      ledger.close();
    }
  });

  it('refuses to clean up offline and queues nothing', async () => {
    intune.addEnrolled('SND4');
    graph.offline = true;
    const r = await cli('intune', 'cleanup', '--serial', 'SND4', '--for', 'reuse', '--yes');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/offline.*Nothing was planned or queued/);
    graph.offline = false;
    expect(intune.mutations()).toEqual([]);
  });

  it('wipe --yes sends one wipe with retain-enrollment-state off', async () => {
    const d = intune.addEnrolled('SNE1');
    const r = await cli('intune', 'wipe', '--serial', 'SNE1', '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Confirmed with --yes: Wipe SNE1/);
    expect(intune.wipes).toEqual([{ id: d.managed.id, body: { keepEnrollmentData: false, keepUserData: false } }]);
  });

  it('wipe of a serial Intune does not know exits 1 and sends nothing', async () => {
    const r = await cli('intune', 'wipe', '--serial', 'SNE2', '--yes');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no Intune record/);
    expect(intune.mutations()).toEqual([]);
  });
});

describe('holobench intune tag', () => {
  it('sets the group tag and assigned user on the Autopilot identity', async () => {
    const d = intune.addEnrolled('SNF1');
    const r = await cli(
      'intune',
      'tag',
      '--serial',
      'SNF1',
      '--group-tag',
      'Bench-B',
      '--assigned-user',
      'amy@contoso.com',
    );
    expect(r.code).toBe(0);
    expect(intune.autopilot.get(d.autopilot.id)).toMatchObject({
      groupTag: 'Bench-B',
      userPrincipalName: 'amy@contoso.com',
    });
    expect(intune.mutations()).toEqual([
      {
        method: 'POST',
        path: `/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/${d.autopilot.id}/updateDeviceProperties`,
        status: 204,
      },
    ]);
  });

  it('exits 1 for a serial not registered in Autopilot', async () => {
    const r = await cli('intune', 'tag', '--serial', 'SNF2', '--group-tag', 'Bench-B');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not registered in Autopilot/);
  });
});

describe('holobench batch run with verify-enrolled', () => {
  it('confirms each simulated device in Intune with the upload sign-in flags, one result per device', async () => {
    intune.addEnrolled(simSerial('hl2', 1));
    const profile = join(data.path, 'confirm.json');
    writeFileSync(
      profile,
      JSON.stringify({
        name: 'confirm-fast',
        steps: [
          { kind: 'identify' },
          { kind: 'verify-enrolled', timeoutMinutes: 0.01, pollSeconds: 0.05 },
          { kind: 'done' },
        ],
      }),
    );
    const r = await cli('batch', 'run', '--profile', profile, '--simulate', 'hl2,hl2', '--no-usb', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { devices: { serial: string; result: string }[] };
    expect(json.devices.map((d) => [d.serial, d.result]).sort()).toEqual([
      [simSerial('hl2', 1), 'done'],
      [simSerial('hl2', 2), 'failed'],
    ]);
  });
});
