import { afterEach, describe, expect, it } from 'vitest';
import { SqliteAutopilotStore } from '../../../src-main/core/autopilot/sqlite-store.ts';
import { REFUSAL, recordRefusedUpload } from '../../support/refused-upload.ts';
import { setStationLanguage } from '../../../src-main/core/language.ts';
import { Ledger } from '../../../src-main/core/ledger/ledger.ts';
import { parseProfile } from '../../../src-main/core/workflow/profiles.ts';
import { STATION_CATALOGS } from '../../../src-main/shared/i18n/station-catalogs.ts';
import { createI18n } from '../../../src-main/shared/i18n/translator.ts';
import { runCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';
import { FakeDevices, facts, testEngine } from '../core/workflow/helpers.ts';

/**
 * The command line prints ledger records in its own language (--lang), whatever language they were written in:
 * `autopilot list` (an upload's result) and `batch report` (a device's problem).
 */

type Lang = 'en' | 'de';
const t = (lang: Lang, key: string, params: Record<string, unknown> = {}) =>
  createI18n(STATION_CATALOGS, lang).t(key, params);
const SERIAL = '310020500077';

const dirs: { remove(): void }[] = [];
afterEach(() => {
  setStationLanguage('en');
  for (const d of dirs.splice(0)) d.remove();
});

/** A data folder whose ledger was written by a station speaking `lang`. */
async function ledgerWrittenIn(lang: Lang): Promise<{ dir: string; batchId: number }> {
  const dir = tempDir('holobench-cli-words-');
  dirs.push(dir);
  setStationLanguage(lang);
  const ledger = Ledger.open(dir.path);
  try {
    const store = new SqliteAutopilotStore(ledger);
    await recordRefusedUpload(store, SERIAL);
    const engine = testEngine({ ledger, devices: new FakeDevices([facts('A1', { build: '19041.1103' })]) });
    const batch = await engine.startBatch({
      profile: parseProfile({ name: 'words', steps: [{ kind: 'gate', buildMin: '20348.1432' }] }),
    });
    await batch.finished;
    return { dir: dir.path, batchId: batch.id };
  } finally {
    ledger.close();
    setStationLanguage('en');
  }
}

const refusal = (lang: Lang) =>
  t(lang, 'station-work:import.refusedNameCode', {
    serial: SERIAL,
    name: REFUSAL.deviceErrorName,
    code: REFUSAL.deviceErrorCode,
  });
const tooOld = (lang: Lang) => t(lang, 'workflow:gate.build.title');

describe('holobench prints ledger records in the language it is asked for', () => {
  it.each([
    ['de', 'en'],
    ['en', 'de'],
  ] as [Lang, Lang][])('written in %s, printed in %s', async (from, to) => {
    const { dir, batchId } = await ledgerWrittenIn(from);
    const list = await runCli(['autopilot', 'list', '--data-dir', dir, '--lang', to]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(refusal(to));
    expect(list.stdout).not.toContain(refusal(from));
    const report = await runCli(['batch', 'report', String(batchId), '--html', '--data-dir', dir, '--lang', to]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(tooOld(to));
    expect(report.stdout).not.toContain(tooOld(from));
  });
});
