import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src-main/cli/catalog.ts';
import { GUIDANCE_TOPICS } from '../../../src-main/core/knowledge/topics.ts';
import { Identity } from '../../../src-main/shared/contract/enrollment-facts.ts';
import { LANGUAGE_CHOICES } from '../../../src-main/shared/i18n/languages.ts';
import { runCli, spawnCli } from '../../support/cli.ts';
import { untranslatedCliWords } from '../../support/pseudo-cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dataDir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const SAMPLE_PPKG = join(import.meta.dirname, '../../../resources/samples/HoloBench-Sample.ppkg');
const PLAN = ['plan', '--model', 'hololens2', '--identity', 'entra', '--users', 'multi', '--stage', 'production'];
/** What a technician types, which the pseudo check takes as data: command names and the values of flags. */
const NAMES = [
  ...CATALOG.map((c) => c.name),
  ...Identity.options,
  ...GUIDANCE_TOPICS.map((t) => t.id),
  ...LANGUAGE_CHOICES,
];

describe('the command line speaks German with --lang de', () => {
  it.each([
    [
      'error',
      ['error', '80180014'],
      ['Was es bedeutet:', 'Was zu tun ist:', 'Registrierung für dieses Gerät abgelehnt'],
    ],
    ['a topic', ['error', '--topic', 'kiosk'], ['Kioskmodus (zugewiesener Zugriff)', 'Geprüft anhand:']],
    ['plan', [...PLAN, '--build', '18362'], ['Weg:', 'Schritte:', 'Aktualisieren Sie es auf 19041.1103 oder neuer']],
    ['unenroll', ['unenroll', '--enrolled-via', 'msa-work-account'], ['Abmelden mit „Trennen“', 'Schritte:']],
    ['--help', ['--help'], ['Aufruf: holobench <Befehl> [Optionen]', 'Befehle:', 'Lagerchargen']],
    ['plan --help', ['plan', '--help'], ['Aufruf: holobench plan', 'Registrierungsweg']],
  ])('%s', async (_, args, expected) => {
    const r = await runCli([...args, '--lang', 'de']);
    for (const text of expected) expect(r.stdout).toContain(text);
  });

  it('ppkg inspect: German labels, sizes in German number shapes, a plural', async () => {
    const r = await runCli(['ppkg', 'inspect', SAMPLE_PPKG, '--lang', 'de']);
    expect(r.stdout).toMatch(/^Größe {7}2,2\skB \(2\.207 Byte\)$/m);
    expect(r.stdout).toContain('Inhalt (2 Dateien):');
    expect(r.stdout).toContain('Befunde: keine');
  });

  it('devices: German column headers, model names, modes and percentages', async () => {
    const r = await runCli(['--lang', 'de', 'devices', '--no-usb', '--data-dir', dataDir(), '--simulate', 'hl2,hl1']);
    expect(r.code).toBe(0);
    const [header, hl2, hl1] = r.stdout.split('\n');
    expect(header).toMatch(
      /^ID +MODELL +MODUS +SICHER +USB-ID +ANSCHLUSS +SERIENNUMMER +AKKU +BUILD +NÄCHSTER SCHRITT$/,
    );
    expect(hl2).toMatch(/HoloLens 2 +Normalbetrieb +bestätigt .* 87\s%/);
    expect(hl1).toMatch(/HoloLens \(1\. Generation\) +Normalbetrieb +vermutlich/);
  });

  it.each([
    [['plan'], 'holobench plan: --model, --identity, --users, --stage fehlen'],
    [['plan', '--model', 'hololens2', '--identity', 'entra', '--users', 'multi'], 'holobench plan: --stage fehlt'],
    [['devics'], 'holobench: unbekannter Befehl „devics“ (meinten Sie „devices“?)'],
    [['error', '--topik', 'kiosk'], 'holobench error: unbekannte Option --topik (meinten Sie --topic?)'],
    [['error', 'nope'], 'holobench error: „nope“ ist kein Fehlercode'],
    [['unenroll', '--enrolled-via', 'usb'], 'holobench unenroll: --enrolled-via muss eines von autopilot'],
  ])('usage error %j: one German line, exit 2', async (args, line) => {
    const r = await runCli([...args, '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  it('a bad --lang is a usage error naming the choices', async () => {
    const r = await runCli(['--lang', 'fr', 'error', '80180014']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('holobench: --lang must be one of auto, en, de, pseudo (got "fr")');
  });
});

describe('the language follows the system (LC_ALL, LC_MESSAGES, LANGUAGE, LANG) unless --lang says', () => {
  const C = { LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
  it.each([
    ['LANG=de_DE.UTF-8', { ...C, LANG: 'de_DE.UTF-8' }, [], 'Was es bedeutet:'],
    [
      'LC_ALL=de_AT.UTF-8 over LANG=en_US',
      { ...C, LC_ALL: 'de_AT.UTF-8', LANG: 'en_US.UTF-8' },
      [],
      'Was es bedeutet:',
    ],
    ['LANGUAGE=de:en', { ...C, LANGUAGE: 'de:en', LANG: 'en_US.UTF-8' }, [], 'Was es bedeutet:'],
    ['LANG=de_DE with --lang en', { ...C, LANG: 'de_DE.UTF-8' }, ['--lang', 'en'], 'What it means:'],
    ['LANG=en_US with --lang auto', { ...C, LANG: 'en_US.UTF-8' }, ['--lang', 'auto'], 'What it means:'],
  ])('%s', async (_, env, flags, expected) => {
    const r = await spawnCli(['error', '80180014', ...flags], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected);
  });

  it('the real executable says a usage error in German under LANG=de_DE.UTF-8', async () => {
    const r = await spawnCli(['plan', '--model', 'hololens3'], { env: { ...C, LANG: 'de_DE.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('holobench plan: --identity, --users, --stage fehlen');
  });
});

describe('--json output is the same in every language', () => {
  it.each([
    ['error', ['error', '80180014']],
    ['error (unknown code)', ['error', '0x80189999']],
    ['a topic', ['error', '--topic', 'updates']],
    ['plan', [...PLAN, '--build', '18362']],
    ['unenroll', ['unenroll', '--enrolled-via', 'autopilot', '--moving-tenant']],
  ])('%s', async (_, args) => {
    const outputs = [];
    for (const lang of ['en', 'de', 'pseudo']) outputs.push((await runCli([...args, '--json', '--lang', lang])).stdout);
    expect(outputs[0]).toMatch(/^[[{]/);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('devices', async () => {
    const dir = dataDir();
    const run = async (lang: string) =>
      (await runCli(['devices', '--json', '--no-usb', '--data-dir', dir, '--simulate', 'hl2,hl1', '--lang', lang]))
        .stdout;
    const en = await run('en');
    expect(await run('de')).toBe(en);
    expect(await run('pseudo')).toBe(en);
  });
});

describe('pseudo-locale: no human output line holds a text that skipped the catalogs', () => {
  const mine: [string, string[]][] = [
    ['--help', ['--help']],
    ...NAMES.map((n): [string, string[]] => [`${n} --help`, [n, '--help']]),
    ['error', ['error', '80180014']],
    ['error with a note', ['error', '0x8018002B']],
    ['error --topic', ['error', '--topic', 'tenant-lockdown-symptoms']],
    ['an unknown code', ['error', '0x80189999']],
    ['not a code', ['error', 'nope']],
    ['two codes', ['error', '80180014', '80180018']],
    ['missing flags', ['plan']],
    ['a bad value', [...PLAN.slice(0, 3), '--identity', 'x', '--users', 'multi', '--stage', 'pilot']],
    ['a bad build', [...PLAN, '--build', '2004']],
    ['an unknown command', ['frobnicate']],
    ['a mistyped command', ['devics']],
    ['a mistyped flag', ['error', '--topik', 'kiosk']],
    ['a stray argument', ['unenroll', 'extra']],
    ['a missing subcommand', ['ppkg']],
    ['a bad batch number', ['batch', 'status', 'x1']],
    ['no warehouse named', ['warehouse', 'status']],
    ['no serial', ['intune', 'status']],
    ['a bad --wait', ['files', 'ls', 'Internal Storage', '--wait', '-1']],
  ];

  it.each(mine)('%s (all of it from the cli and knowledge catalogs)', async (_, args) => {
    const r = await runCli([...args, '--lang', 'pseudo']);
    expect(r.stdout + r.stderr).toMatch(/⟦/);
    expect(untranslatedCliWords(r.stdout + r.stderr, NAMES)).toEqual([]);
  });

  it.each([
    ['devices with none found', ['devices', '--no-usb']],
    ['no batch yet', ['batch', 'status']],
    ['no harvest yet', ['autopilot', 'list']],
    ['an empty library', ['ppkg', 'library', 'list']],
  ])('%s', async (_, args) => {
    const r = await runCli([...args, '--data-dir', dataDir(), '--lang', 'pseudo']);
    expect(r.stdout).toMatch(/⟦/);
    expect(untranslatedCliWords(r.stdout + r.stderr, NAMES)).toEqual([]);
  });

  // These print texts other parts of the station wrote (planner steps, device states): the command line's own
  // words around them are checked here, the texts themselves by their namespaces' pseudo checks.
  it.each([
    ['plan', [...PLAN, '--build', '18362']],
    ['unenroll', ['unenroll', '--enrolled-via', 'autopilot', '--moving-tenant']],
    ['devices', ['devices', '--no-usb', '--simulate', 'hl2,hl1']],
    ['ppkg inspect', ['ppkg', 'inspect', SAMPLE_PPKG]],
  ])('%s (texts from other parts of the station taken as data)', async (_, args) => {
    const dir = dataDir();
    const json = (await runCli([...args, '--data-dir', dir, '--json'])).stdout;
    const r = await runCli([...args, '--data-dir', dir, '--lang', 'pseudo']);
    expect(r.stdout).toMatch(/⟦/);
    expect(untranslatedCliWords(r.stdout + r.stderr, NAMES, json)).toEqual([]);
  });

  it('the check itself flags a hard-coded English line, inside the brackets too', () => {
    expect(untranslatedCliWords('⟦Ŵĥàţ íţ ɱéàñš: Either the restrictions block it~~~⟧', NAMES)).toEqual([
      'Either the restrictions block it',
    ]);
    expect(untranslatedCliWords('Steps:\n  1. ⟦Đö~⟧', NAMES)).toEqual(['Steps']);
    expect(untranslatedCliWords('holobench plan: --model is required', NAMES)).toEqual([
      'holobench plan: --model is required',
    ]);
    expect(untranslatedCliWords('SIMHL20001  045E:F0A2  entra-oobe  --json  MENROLL_E_USER_LICENSE', NAMES)).toEqual(
      [],
    );
  });
});
