import { afterEach, describe, expect, it } from 'vitest';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { parseManifest } from '../../../../src-main/core/workflow/manifest.ts';
import { parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import type { AutopilotPort, DiagnosticsState, PackagesPort } from '../../../../src-main/core/workflow/types.ts';
import { waitFor } from '../../../support/station.ts';
import { FakeDevices, facts, tempDir, testEngine, workflowLedger } from './helpers.ts';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function setup(devices: FakeDevices, ports: Parameters<typeof testEngine>[0]['ports'] = {}) {
  const dir = tempDir();
  const ledger = workflowLedger(dir.path);
  cleanup.push(() => {
    ledger.close();
    dir.remove();
  });
  return testEngine({ ledger, devices, ports });
}

const run = async (engine: ReturnType<typeof setup>, steps: unknown[], extra: Record<string, unknown> = {}) =>
  engine.startBatch({ profile: parseProfile({ name: 'steps', steps }), ...extra });

const card = (b: Awaited<ReturnType<typeof run>>, serial = 'A1') => b.board().cards.find((c) => c.serial === serial)!;

describe('gate', () => {
  it('asks to unlock a locked device and lets it through once unlocked', async () => {
    const devices = new FakeDevices([facts('A1', { locked: true })]);
    const batch = await run(setup(devices), [{ kind: 'gate', unlocked: true }]);
    await waitFor(() => card(batch).state === 'needs-tech', 2000, 'unlock asked');
    expect(card(batch).nextAction).toMatchObject({ title: 'Unlock it', sim: [{ act: 'unlock' }] });
    devices.update('A1', { locked: false });
    expect((await batch.finished).devices[0]!.result).toBe('done');
  });

  it('fails a device on too old an OS with what to do', async () => {
    const devices = new FakeDevices([facts('A1', { build: '19041.1103' })]);
    const summary = await (await run(setup(devices), [{ kind: 'gate', buildMin: '20348.1432' }])).finished;
    expect(summary.devices[0]!.error).toEqual({
      code: 'gate-build',
      title: 'Its OS is too old',
      message:
        'The device in port 1-1 (SN A1) runs build 19041.1103; this batch needs 20348.1432 or newer. Update it from Settings or reflash it, then run it again.',
      // The words it was said from: what the ledger keeps to say it again in the reader's language.
      words: {
        title: { key: 'workflow:gate.build.title' },
        message: {
          key: 'workflow:gate.build.message',
          params: { port: '1-1', serial: 'A1', build: '19041.1103', min: '20348.1432' },
        },
      },
    });
  });

  it('asks the tech to check what the station cannot read, all at once', async () => {
    const devices = new FakeDevices([facts('A1', { build: null, batteryPercent: null })]);
    const batch = await run(setup(devices), [{ kind: 'gate', buildMin: '19041.1103', batteryMin: 45 }]);
    await waitFor(() => card(batch).state === 'needs-tech', 2000, 'check asked');
    expect(card(batch).nextAction?.detail).toBe(
      'The station cannot read this from the device in port 1-1 (SN A1). Check that the OS build is 19041.1103 or newer (Settings > System > About) and the battery is at 45% or more, then press Confirm.',
    );
    batch.confirm('A1');
    expect((await batch.finished).devices[0]!.result).toBe('done');
  });

  it('asks to restart a device in flashing mode normally', async () => {
    const devices = new FakeDevices([facts('A1', { mode: 'flashing' })]);
    const batch = await run(setup(devices), [{ kind: 'gate', batteryMin: 10 }]);
    await waitFor(() => card(batch).state === 'needs-tech', 2000, 'restart asked');
    expect(card(batch).nextAction).toMatchObject({ title: 'Start it normally', chord: 'hold-power-15s' });
    devices.unplug('A1');
    devices.plug(facts('A1', { mode: 'normal' }));
    expect((await batch.finished).devices[0]!.result).toBe('done');
  });
});

describe('rename', () => {
  const manifest = parseManifest('serial,device name\nA1,HL-001\n');

  it('records the manifest name, or coaches the tech to apply it', async () => {
    const devices = new FakeDevices([facts('A1'), facts('B2')]);
    const engine = setup(devices);
    const batch = await run(engine, [{ kind: 'rename', coach: true }], { manifest });
    await waitFor(() => card(batch).state === 'needs-tech', 2000, 'coached');
    expect(card(batch).nextAction).toMatchObject({ title: 'Name it HL-001', confirm: true });
    batch.confirm('A1');
    const summary = await batch.finished;
    expect(summary.devices.map((d) => d.steps[0]!.result)).toEqual([
      { name: 'HL-001', applied: 'confirmed-by-tech' },
      { name: null, applied: 'none' },
    ]);
  });

  it('fails a device without a name when the name is required', async () => {
    const devices = new FakeDevices([facts('B2')]);
    const summary = await (await run(setup(devices), [{ kind: 'rename', required: true }], { manifest })).finished;
    expect(summary.devices[0]!.error?.code).toBe('no-device-name');
  });
});

describe('coach-enrollment', () => {
  it('walks through its cards one confirmation at a time', async () => {
    const devices = new FakeDevices([facts('A1')]);
    const batch = await run(setup(devices), [{ kind: 'coach-enrollment', path: 'entra-settings' }]);
    await waitFor(() => card(batch).nextAction?.title === 'Finish setup', 2000, 'first card');
    batch.confirm('A1');
    await waitFor(() => card(batch).nextAction?.title === 'Connect the work account', 2000, 'second card');
    expect(card(batch).nextAction?.detail).toMatch(
      /Settings > Accounts > Access work or school > Connect.*Then press Confirm\.$/,
    );
    batch.confirm('A1');
    const summary = await batch.finished;
    expect(summary.devices[0]!.steps[0]!.result).toEqual({ path: 'entra-settings', pages: 2 });
  });
});

describe('harvest-autopilot', () => {
  function autopilot(states: DiagnosticsState[], serial = 'A1'): AutopilotPort & { harvests: number } {
    const port = {
      harvests: 0,
      diagnosticsState: () => Promise.resolve(states.length > 1 ? states.shift()! : states[0]!),
      harvest: () => {
        port.harvests++;
        return Promise.resolve({ serialNumber: serial, hashSha256: 'ab'.repeat(32), harvestId: 7, zipPath: 'z' });
      },
    };
    return port;
  }

  it('asks for Power + Volume Down, waits out the collection, then harvests once', async () => {
    const port = autopilot(['none', 'collecting', 'collecting', 'ready']);
    const batch = await run(setup(new FakeDevices([facts('A1')]), { autopilot: port }), [
      { kind: 'harvest-autopilot' },
    ]);
    await waitFor(() => card(batch).state === 'needs-tech', 2000, 'chord asked');
    expect(card(batch).nextAction).toMatchObject({ chord: 'power-volume-down', sim: [{ act: 'power-volume-down' }] });
    const summary = await batch.finished;
    expect(summary.devices[0]!.steps[0]!.result).toMatchObject({ serialNumber: 'A1', harvestId: 7 });
    expect(port.harvests).toBe(1);
  });

  it('refuses a hash that belongs to another serial; skips a HoloLens (1st gen) as not applicable', async () => {
    const devices = new FakeDevices([facts('A1'), facts('B2', { model: 'hololens1' })]);
    const summary = await (
      await run(setup(devices, { autopilot: autopilot(['ready'], 'OTHER') }), [{ kind: 'harvest-autopilot' }])
    ).finished;
    expect(summary.devices.map((d) => d.error?.code)).toEqual(['autopilot-serial-mismatch', 'not-applicable']);
    expect(summary.devices.map((d) => d.result)).toEqual(['failed', 'skipped']);
  });
});

describe('apply-package-oobe', () => {
  const pkgPort = (state: 'unknown' | 'provisioning-open', copiedSha = 'abc'): PackagesPort => ({
    describe: (path) => Promise.resolve({ path, name: 'P.ppkg', sha256: 'abc', size: 3 }),
    oobeState: () => Promise.resolve(state),
    copyToDevice: () => Promise.resolve({ remotePath: 'Internal Storage/P.ppkg', sha256: copiedSha, verified: true }),
  });

  it('asks the tech to confirm when the device state cannot be observed', async () => {
    const engine = setup(new FakeDevices([facts('A1')]), { packages: pkgPort('unknown') });
    const batch = await run(engine, [{ kind: 'apply-package-oobe' }], { packagePath: '/x/P.ppkg' });
    await waitFor(() => card(batch).nextAction?.confirm === true, 2000, 'confirm asked');
    batch.confirm('A1');
    const summary = await batch.finished;
    expect(summary.devices[0]!.steps[0]!.result).toMatchObject({
      package: 'P.ppkg',
      sha256: 'abc',
      confirmedByTech: true,
    });
    expect(summary.packageSha256).toBe('abc');
  });

  it('fails when what was copied is not the file the batch started with', async () => {
    const engine = setup(new FakeDevices([facts('A1')]), { packages: pkgPort('provisioning-open', 'def') });
    const summary = await (await run(engine, [{ kind: 'apply-package-oobe' }], { packagePath: '/x/P.ppkg' })).finished;
    expect(summary.devices[0]!.error?.code).toBe('package-changed');
  });
});

describe('a package file that cannot be read', () => {
  const failingPort = (failure: Error): PackagesPort => ({
    describe: () => Promise.reject(failure),
    oobeState: () => Promise.resolve('provisioning-open'),
    copyToDevice: () => Promise.reject(new Error('never copied')),
  });
  const readablePort: PackagesPort = {
    describe: (path) => Promise.resolve({ path, name: 'P.ppkg', sha256: 'abc', size: 3 }),
    oobeState: () => Promise.resolve('provisioning-open'),
    copyToDevice: () => Promise.reject(new Error('never copied')),
  };

  /** Refused when the batch starts: it reads the package once to hash it. */
  async function atBatchStart(failure: Error): Promise<string | undefined> {
    const engine = setup(new FakeDevices([facts('A1')]), { packages: failingPort(failure) });
    const refused = await run(engine, [{ kind: 'apply-package-oobe' }], { packagePath: '/x/P.ppkg' }).then(
      () => undefined,
      (error: unknown) => (error as StationError).code,
    );
    return refused;
  }

  /**
   * Failed at the step: an interrupted batch recorded without the package's hash (a ledger from before it was kept)
   * reads the package when the step runs.
   */
  async function atTheStep(failure: Error): Promise<string | undefined> {
    const dir = tempDir();
    const ledger = workflowLedger(dir.path);
    cleanup.push(() => {
      ledger.close();
      dir.remove();
    });
    const first = testEngine({ ledger, devices: new FakeDevices(), ports: { packages: readablePort } });
    const started = await first.startBatch({
      profile: parseProfile({ name: 'steps', steps: [{ kind: 'apply-package-oobe' }] }),
      packagePath: '/x/P.ppkg',
    });
    await started.stop();
    ledger.db
      .prepare(
        "UPDATE batches SET state = 'stopped', params_json = json_set(params_json, '$.params.packageSha256', NULL) WHERE id = ?",
      )
      .run(started.id);
    const second = testEngine({
      ledger,
      devices: new FakeDevices([facts('A1')]),
      ports: { packages: failingPort(failure) },
    });
    const summary = await second.resumeBatch(started.id).finished;
    return summary.devices[0]?.error?.code;
  }

  const plain = new Error('EACCES: permission denied');
  const worded = new StationError('package-too-large', 'Too large', 'The package is too large.');
  it.each([
    {
      where: 'at the batch start',
      read: atBatchStart,
      what: 'a plain failure',
      failure: plain,
      code: 'package-unreadable',
    },
    {
      where: 'at the batch start',
      read: atBatchStart,
      what: 'a refusal the port worded',
      failure: worded,
      code: 'package-too-large',
    },
    { where: 'at the step', read: atTheStep, what: 'a plain failure', failure: plain, code: 'package-unreadable' },
    {
      where: 'at the step',
      read: atTheStep,
      what: 'a refusal the port worded',
      failure: worded,
      code: 'package-too-large',
    },
  ])('$where: $what reads as $code', async ({ read, failure, code }) => {
    expect(await read(failure)).toBe(code);
  });
});
