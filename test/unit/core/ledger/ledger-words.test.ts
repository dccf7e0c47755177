import { afterEach, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { SqliteAutopilotStore } from '../../../../src-main/core/autopilot/sqlite-store.ts';
import { planView } from '../../../../src-main/core/enrollment/plan-view.ts';
import { REFUSAL, recordRefusedUpload } from '../../../support/refused-upload.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { planCleanup } from '../../../../src-main/core/intune/cleanup-plan.ts';
import type { SerialStatus } from '../../../../src-main/core/intune/status.ts';
import { IntuneStore } from '../../../../src-main/core/intune/store.ts';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import type { EnrollmentRunView } from '../../../../src-main/shared/contract/enrollment.ts';
import type { LedgerEventView } from '../../../../src-main/shared/contract/devices.ts';
import { STATION_CATALOGS } from '../../../../src-main/shared/i18n/station-catalogs.ts';
import { createI18n } from '../../../../src-main/shared/i18n/translator.ts';
import { simulatedHardwareHash } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';
import { cardView } from '../../../../src-main/core/workflow/board-view.ts';
import { exportLedger } from '../../../../src-main/core/workflow/ledger-export.ts';
import { parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { WorkflowStore } from '../../../../src-main/core/workflow/store.ts';
import { summarizeBatch } from '../../../../src-main/core/workflow/summary.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';
import { FakeDevices, facts, testEngine } from '../workflow/helpers.ts';

/**
 * Texts the ledger keeps (enrollment step titles, a storage problem's why and fix, Intune upload results, a batch
 * device's problem, an Intune clean-up plan) are kept
 * as catalog keys and neutral values and said again when read: a record written in one language reads in the
 * other after the switch. The expected text comes from a translator of its own over the catalogs, not from the
 * station's.
 */

type Lang = 'en' | 'de';
const translators = { en: createI18n(STATION_CATALOGS, 'en'), de: createI18n(STATION_CATALOGS, 'de') };
const catalog = (lang: Lang): TFunction => translators[lang].t.bind(translators[lang]);

interface Written {
  /** The texts as a reader gets them now. */
  read(): Promise<string[]>;
}
interface Kind {
  name: string;
  write(lang: Lang): Promise<Written>;
  /** What the reader must see in `lang`: the catalog's words for what was written. */
  expected(lang: Lang, t: TFunction): string[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  setStationLanguage('en');
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function station(simulate: { preset: 'hl2'; faults: 'storage-owned'[] }[], language: Lang) {
  const s = await openTestStation({ simulate, language });
  cleanups.push(() => s.dispose());
  const handlers = createHandlers(s);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatchCall(handlers, name, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const device = await waitFor(() => s.registry.list()[0]);
  return { s, call, device };
}

function uploadLedger(): { ledger: Ledger; store: SqliteAutopilotStore } {
  const dir = tempDir('holobench-words-');
  const ledger = Ledger.open(dir.path);
  cleanups.push(() => {
    ledger.close();
    dir.remove();
  });
  return { ledger, store: new SqliteAutopilotStore(ledger) };
}

const FACTS = { identity: 'entra', users: 'multi', stage: 'pilot' } as const;
const SERIAL = '310020500042';
const ENTRA_ID = '4f1c2d3e-0000-4000-8000-000000000001';
/** An Autopilot HoloLens enrolled twice: two Intune records, its Autopilot identity, its Entra device. */
const ENROLLED: SerialStatus = {
  serial: 'SN1',
  state: 'enrolled',
  label: 'enrolled, compliant, 1 stale duplicate',
  compliant: true,
  duplicates: true,
  intune: [
    { id: 'm-1', deviceName: 'HL-1', stale: false, azureADDeviceId: ENTRA_ID },
    { id: 'm-0', deviceName: 'HL-0', stale: true, azureADDeviceId: null },
  ].map((r) => ({
    complianceState: 'compliant',
    managementState: 'managed',
    enrolledDateTime: null,
    lastSyncDateTime: null,
    osVersion: null,
    userPrincipalName: null,
    ...r,
  })),
  autopilot: [
    {
      id: 'a-1',
      deploymentProfileAssignmentStatus: null,
      deploymentProfileAssignmentStatusReason: 'not in Graph v1.0',
      groupTag: null,
      enrollmentState: 'enrolled',
      lastContactedDateTime: null,
      userPrincipalName: null,
      azureActiveDirectoryDeviceId: ENTRA_ID,
    },
  ],
  entra: [{ id: 'e-1', deviceId: ENTRA_ID, displayName: 'HL-1' }],
  checkedAt: '2026-12-04T12:00:00.000Z',
};
const NAME_CODE = { name: REFUSAL.deviceErrorName, code: REFUSAL.deviceErrorCode };

const KINDS: Kind[] = [
  {
    name: 'enrollment step titles',
    async write(lang) {
      const { call, device } = await station([{ preset: 'hl2', faults: [] }], lang);
      await call('startEnrollmentRun', { deviceId: device.id, facts: FACTS });
      return {
        read: async () =>
          (await call<EnrollmentRunView[]>('enrollmentHistory', { deviceId: device.id }))[0]!.steps.map((s) => s.title),
      };
    },
    // A plan made now, in the reader's language, for the same facts, titles its steps the same way.
    expected(lang, t) {
      setStationLanguage(lang);
      const titles = planView({ ...FACTS, model: 'hololens2' }).steps.map((s) => s.title);
      expect(titles).toContain(t('plan:step.turnOn.title'));
      return titles;
    },
  },
  {
    name: "a storage problem's why, fix and way around",
    async write(lang) {
      const { call, device } = await station([{ preset: 'hl2', faults: ['storage-owned'] }], lang);
      const unreachable = () => call<LedgerEventView[]>('deviceHistory', { deviceId: device.id });
      await waitFor(async () => (await unreachable()).some((e) => e.kind === 'mtp-unreachable'));
      return {
        read: async () =>
          (await unreachable()).filter((e) => e.kind === 'mtp-unreachable').map((e) => String(e.detail.message)),
      };
    },
    // The simulator plays the platform's reason; on Linux, another program holding the device.
    expected: (_lang, t) => [
      [
        t('transfer:unreachable.other-program.why'),
        t('transfer:unreachable.other-program.fix'),
        t('transfer:fallback.driveOrHand'),
      ].join(' '),
    ],
  },
  {
    name: 'Intune upload results',
    async write() {
      const { store } = uploadLedger();
      await recordRefusedUpload(store, SERIAL);
      return { read: () => Promise.resolve(store.listUploads().map((u) => u.message)) };
    },
    expected: (_lang, t) => [
      t('station-work:import.refusedNameCode', {
        serial: SERIAL,
        name: REFUSAL.deviceErrorName,
        code: REFUSAL.deviceErrorCode,
      }),
    ],
  },
  {
    name: "a batch device's problem (a failed step)",
    async write() {
      const { ledger } = uploadLedger();
      const devices = new FakeDevices([facts('A1', { build: '19041.1103' })]);
      const engine = testEngine({ ledger, devices });
      const batch = await engine.startBatch({
        profile: parseProfile({ name: 'words', steps: [{ kind: 'gate', buildMin: '20348.1432' }] }),
      });
      await batch.finished;
      // Read back from the ledger's rows, as a report or a resumed batch does.
      return {
        read: () =>
          Promise.resolve(
            summarizeBatch(new WorkflowStore(ledger), batch.id).devices.flatMap((d) =>
              d.error ? [d.error.title, d.error.message] : [],
            ),
          ),
      };
    },
    expected: (_lang, t) => [
      t('workflow:gate.build.title'),
      t('workflow:gate.build.message', { port: '1-1', serial: 'A1', build: '19041.1103', min: '20348.1432' }),
    ],
  },
  {
    name: 'an Intune clean-up plan, resumed',
    write() {
      const { ledger } = uploadLedger();
      const store = new IntuneStore(ledger);
      store.createCleanup(planCleanup(ENROLLED, 'reuse'));
      return Promise.resolve({
        read: () => {
          const plan = store.openCleanup(ENROLLED.serial, 'reuse')!.plan;
          return Promise.resolve([
            ...plan.steps.flatMap((st) => (st.kind === 'confirm' ? [st.title, st.detail] : [st.title])),
            ...plan.notes,
          ]);
        },
      });
    },
    // A plan made now, in the reader's language, from the same status reads the same.
    expected(lang, t) {
      setStationLanguage(lang);
      const plan = planCleanup(ENROLLED, 'reuse');
      const texts = [
        ...plan.steps.flatMap((st) => (st.kind === 'confirm' ? [st.title, st.detail] : [st.title])),
        ...plan.notes,
      ];
      expect(texts).toContain(t('station-work:cleanup.lockdown.title'));
      expect(texts).toContain(t('station-work:cleanup.staleNote', { count: 1 }));
      return texts;
    },
  },
];

const SWITCHES: [Lang, Lang][] = [
  ['de', 'en'],
  ['en', 'de'],
];

describe('texts kept in the ledger read in the language of whoever reads them', () => {
  const cases = KINDS.flatMap((kind) => SWITCHES.map(([from, to]) => ({ kind, from, to })));
  it.each(cases)('$kind.name: written in $from, read in $to', async ({ kind, from, to }) => {
    setStationLanguage(from);
    const written = await kind.write(from);
    const asWritten = await written.read();
    expect(asWritten).toEqual(kind.expected(from, catalog(from)));
    setStationLanguage(to);
    const expected = kind.expected(to, catalog(to));
    // The two languages really differ here, or the test would prove nothing.
    expect(expected).not.toEqual(asWritten);
    expect(await written.read()).toEqual(expected);
  });
});

/** Rows as a station before this change wrote them: finished text, no words. */
describe('rows written before words were kept read as they were written', () => {
  const OLD_TEXT = 'Gerät einschalten (alte Zeile)';
  const cases: { name: string; read: () => Promise<string[]> }[] = [
    {
      name: 'enrollment step titles',
      async read() {
        const { s, call, device } = await station([{ preset: 'hl2', faults: [] }], 'en');
        const { run } = await call<{ run: EnrollmentRunView }>('startEnrollmentRun', {
          deviceId: device.id,
          facts: FACTS,
        });
        s.ledger.db
          .prepare('UPDATE enrollment_runs SET steps_json = ? WHERE id = ?')
          .run(JSON.stringify([{ id: 'turn-on', title: OLD_TEXT }]), run.id);
        return (await call<EnrollmentRunView[]>('enrollmentHistory', { deviceId: device.id }))[0]!.steps.map(
          (st) => st.title,
        );
      },
    },
    {
      name: 'a storage problem (device event)',
      async read() {
        const { s, call, device } = await station([{ preset: 'hl2', faults: [] }], 'en');
        s.ledger.addEvent(s.registry.get(device.id)!.ledgerKey, 'mtp-unreachable', {
          code: 'storage-unreachable',
          message: OLD_TEXT,
          reason: 'other-program',
          holders: [],
        });
        const events = await call<LedgerEventView[]>('deviceHistory', { deviceId: device.id });
        return events.filter((e) => e.kind === 'mtp-unreachable').map((e) => String(e.detail.message));
      },
    },
    {
      name: 'Intune upload results',
      read() {
        const { ledger, store } = uploadLedger();
        const harvest = store.saveHarvest({
          serialNumber: SERIAL,
          productId: '',
          hardwareHash: simulatedHardwareHash(SERIAL),
          source: 'file',
          harvestedAt: '2025-01-01T08:00:00.000Z',
        });
        const { upload } = store.enqueueUpload({ harvestId: harvest.id });
        ledger.db.prepare('UPDATE autopilot_uploads SET message = ? WHERE id = ?').run(OLD_TEXT, upload.id);
        return Promise.resolve(store.listUploads().map((u) => u.message));
      },
    },
    {
      name: 'an Intune clean-up plan',
      read() {
        const { ledger } = uploadLedger();
        const store = new IntuneStore(ledger);
        const plan = planCleanup(ENROLLED, 'reuse');
        // As an older station kept it: texts only.
        const { noteWords: _, ...old } = {
          ...plan,
          steps: plan.steps.map(({ words: _w, ...st }) => ({ ...st, title: OLD_TEXT })),
          notes: [OLD_TEXT],
        };
        store.createCleanup(old);
        const kept = store.openCleanup(ENROLLED.serial, 'reuse')!.plan;
        return Promise.resolve([...new Set([...kept.steps.map((st) => st.title), ...kept.notes])]);
      },
    },
    {
      name: "a batch device's problem",
      async read() {
        const { ledger } = uploadLedger();
        const engine = testEngine({ ledger, devices: new FakeDevices([facts('A1', { build: '19041.1103' })]) });
        const batch = await engine.startBatch({
          profile: parseProfile({ name: 'old', steps: [{ kind: 'gate', buildMin: '20348.1432' }] }),
        });
        await batch.finished;
        ledger.db
          .prepare('UPDATE batch_devices SET error_json = ? WHERE batch_id = ?')
          .run(JSON.stringify({ code: 'gate-build', title: OLD_TEXT, message: OLD_TEXT }), batch.id);
        const [device] = summarizeBatch(new WorkflowStore(ledger), batch.id).devices;
        return [device!.error!.message];
      },
    },
  ];
  it.each(cases.flatMap((c) => (['en', 'de'] as const).map((lang) => ({ ...c, lang }))))(
    '$name, read in $lang',
    async ({ read, lang }) => {
      setStationLanguage(lang);
      expect(await read()).toEqual([OLD_TEXT]);
    },
  );
});

describe('migration 11: upload messages kept as words', () => {
  it('adds the column to a ledger of version 10 and leaves its rows reading as written', () => {
    const dir = tempDir('holobench-words-mig-');
    cleanups.push(() => dir.remove());
    const before = MIGRATIONS.filter((m) => m.version <= 10);
    const old = new Ledger(openLedgerDb(dir.path, before));
    const oldStore = new SqliteAutopilotStore(old);
    const harvest = oldStore.saveHarvest({
      serialNumber: SERIAL,
      productId: '',
      hardwareHash: simulatedHardwareHash(SERIAL),
      source: 'file',
      harvestedAt: '2025-01-01T08:00:00.000Z',
    });
    old.db
      .prepare(
        `INSERT INTO autopilot_uploads (harvest_id, serial, state, message, enqueued_at, updated_at)
         VALUES (?, ?, 'complete', ?, ?, ?)`,
      )
      .run(harvest.id, SERIAL, `${SERIAL} ist in Autopilot registriert.`, harvest.recordedAt, harvest.recordedAt);
    old.close();

    const ledger = Ledger.open(dir.path);
    cleanups.push(() => ledger.close());
    const versions = ledger.db.prepare('SELECT version, name FROM schema_migrations WHERE version = 11').all();
    expect(versions).toEqual([{ version: 11, name: 'autopilot upload messages kept as words' }]);
    const columns = ledger.db
      .prepare("SELECT name FROM pragma_table_info('autopilot_uploads')")
      .all()
      .map((r) => r.name);
    expect(columns).toContain('message_words');
    setStationLanguage('en');
    expect(new SqliteAutopilotStore(ledger).listUploads().map((u) => u.message)).toEqual([
      `${SERIAL} ist in Autopilot registriert.`,
    ]);
  });
});

describe('the ledger export stays as it was written, whoever exports it', () => {
  it('keeps the text as made beside neutral words, and is the same exported in English or German', async () => {
    setStationLanguage('de');
    const { s, call, device } = await station([{ preset: 'hl2', faults: ['storage-owned'] }], 'de');
    await call('startEnrollmentRun', { deviceId: device.id, facts: FACTS });
    await waitFor(async () =>
      (await call<LedgerEventView[]>('deviceHistory', { deviceId: device.id })).some(
        (e) => e.kind === 'mtp-unreachable',
      ),
    );
    const store = new SqliteAutopilotStore(s.ledger);
    await recordRefusedUpload(store, SERIAL);

    type Rows = Record<string, unknown>[];
    const exported = (lang: Lang): Record<string, unknown> => {
      setStationLanguage(lang);
      const doc = JSON.parse(exportLedger(s.ledger, 'json', { includeTraining: true }).files[0]!.text) as Record<
        string,
        unknown
      >;
      return { ...doc, exportedAt: null };
    };
    const german = exported('de');
    expect(exported('en')).toEqual(german);

    const [run] = german.enrollmentRuns as Rows;
    expect((run!.steps as Rows)[0]).toEqual({
      id: 'turn-on',
      title: 'Gerät einschalten',
      titleWords: { key: 'plan:step.turnOn.title' },
    });
    const unreachable = (german.events as Rows).find((e) => e.kind === 'mtp-unreachable')!.detail as Record<
      string,
      unknown
    >;
    expect(unreachable.message).toMatch(/^Ein anderes Programm/);
    expect(unreachable.words).toEqual([
      { key: 'transfer:unreachable.other-program.why' },
      { key: 'transfer:unreachable.other-program.fix' },
      { key: 'transfer:fallback.driveOrHand' },
    ]);
    const [upload] = german.autopilotUploads as Rows;
    expect(upload!.message).toBe(
      catalog('de')('station-work:import.refusedNameCode', { serial: SERIAL, ...NAME_CODE }),
    );
    expect(upload!.message_words).toEqual({
      key: 'station-work:import.refusedNameCode',
      params: { serial: SERIAL, ...NAME_CODE },
    });
  });
});

describe("the batch board says a device's problem in the language of the moment it is viewed", () => {
  it('a card failed in German reads in English after the switch', async () => {
    setStationLanguage('de');
    const { ledger } = uploadLedger();
    const engine = testEngine({ ledger, devices: new FakeDevices([facts('A1', { build: '19041.1103' })]) });
    const batch = await engine.startBatch({
      profile: parseProfile({ name: 'board', steps: [{ kind: 'gate', buildMin: '20348.1432' }] }),
    });
    await batch.finished;
    const card = () => cardView(batch.board().cards[0]!, 'hololens2').error;
    expect(card()?.title).toBe(catalog('de')('workflow:gate.build.title'));
    setStationLanguage('en');
    expect(card()?.title).toBe(catalog('en')('workflow:gate.build.title'));
  });
});
