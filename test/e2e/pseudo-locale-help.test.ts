import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { pseudoize } from '../../src-main/shared/i18n/pseudo.ts';
import type { KnowledgeHit } from '../../src-main/shared/contract/knowledge.ts';
import { browserUnavailable, openStationInBrowser, type StationInBrowser } from '../support/browser.ts';
import { untranslatedTexts, type UntranslatedText } from '../support/pseudo.ts';

/**
 * The Troubleshooting screen in the pseudo-locale: the view's own words (help catalog) and the station's knowledge
 * (knowledge catalog: error codes, checklist, topics, builds) must all come out bracketed. The screen also shows
 * texts other parts of the station write (the light patterns, recovery procedures and planner rules among the
 * search hits): those are taken as theirs to check, and only while they are still plain English; once their
 * namespace is translated they are checked here like everything else.
 */
const skip = browserUnavailable();

/** A word as the pseudo language writes it, for typing into the search: its accents without the brackets. */
const pseudoWord = (word: string) => pseudoize(word).replace(/^⟦|~*⟧$/g, '');

const FOREIGN_KINDS: readonly KnowledgeHit['kind'][] = ['led', 'procedure', 'reuse', 'rule'];

describe.skipIf(skip)('no hard-coded text on the Troubleshooting screen (pseudo-locale)', () => {
  let ui: StationInBrowser;
  let page: Page;
  let api: ReturnType<typeof createHandlers>;

  /** Texts from other parts of the station on screen now: the light patterns and the foreign search hits. */
  async function foreignTexts(query: string): Promise<string[]> {
    const leds = await api.ledPatterns({});
    const hits = query ? await api.searchKnowledge({ query }) : [];
    return [
      ...leds.flatMap((l) => [l.name, l.meaning, l.action]),
      ...hits.filter((h) => FOREIGN_KINDS.includes(h.kind)).flatMap((h) => [h.title, h.snippet]),
    ].map((s) => s.replace(/…/g, ''));
  }

  async function untranslated(query = ''): Promise<UntranslatedText[]> {
    const foreign = await foreignTexts(query);
    const found = await untranslatedTexts(page, 'main');
    return found.filter((f) => {
      const text = f.text.replace(/^[\s:;,.…]+|[\s:;,.…]+$/g, '');
      return !foreign.some((s) => s.includes(text) || text.split(/…|: /).every((part) => !part || s.includes(part)));
    });
  }

  async function search(query: string) {
    await page.locator('input[type="search"]').fill(query);
    // A code with its own entry and nothing else mentioning it leaves the status line empty (hidden).
    await page.locator('.search [role="status"]:not(:empty), .search .error-detail').first().waitFor();
  }

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [], language: 'pseudo' });
    page = ui.page;
    api = createHandlers(ui.station);
    await api.updateSettings({ language: 'pseudo' });
    await page.getByRole('navigation', { name: /^⟦/ }).waitFor();
    await page.getByRole('button', { name: pseudoize('Troubleshooting') }).click();
    await page.getByRole('heading', { name: pseudoize('When enrollment fails, check') }).waitFor();
    await page.locator('.guidance__topic').first().waitFor();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('the screen as it opens: search box, checklist, lights, and the topics opened', async () => {
    for (const topic of await page.locator('.guidance__topic > summary').all()) await topic.click();
    await page.locator('.leds details > summary').click();
    expect(await untranslated()).toEqual([]);
  });

  it('an error code: its entry with meaning, fixes and note, and what else mentions it', async () => {
    await search('0x8018002B');
    await page.locator('.error-detail').waitFor();
    expect(await page.locator('.error-detail h4').allInnerTexts()).toEqual([
      pseudoize('What it means'),
      pseudoize('What to do'),
    ]);
    expect(await untranslated('0x8018002B')).toEqual([]);
  });

  it('a code the station does not know', async () => {
    await search('0x80180099');
    await page.locator('.panel--warn').waitFor();
    expect(await untranslated('0x80180099')).toEqual([]);
  });

  it('words: a search in the language shown finds the checklist and the error codes', async () => {
    const query = pseudoWord('license');
    await search(query);
    await page.locator('.hits').waitFor();
    expect(await page.locator('.hit .badge').allInnerTexts()).toContain(pseudoize('Checklist'));
    expect(await untranslated(query)).toEqual([]);
  });

  it('nothing found', async () => {
    await search('zzzz');
    await page.getByText(pseudoize('Nothing found. Try fewer words.')).waitFor();
    expect(await untranslated('zzzz')).toEqual([]);
  });

  it('the check sees a hard-coded text on this screen (the test is not blind)', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Checked against:';
      document.querySelector('.guidance')?.append(p);
    });
    expect((await untranslated()).map((f) => f.text)).toEqual(['Checked against:']);
    await page.evaluate(() => document.querySelector('.guidance > p:last-child')?.remove());
  });
});

describe.skipIf(skip)('the Troubleshooting screen in German', () => {
  let ui: StationInBrowser;
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [], language: 'de' });
    page = ui.page;
    await createHandlers(ui.station).updateSettings({ language: 'de' });
    await page.getByRole('button', { name: 'Fehlersuche' }).click();
    await page.getByRole('heading', { name: 'Fehlersuche' }).waitFor();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('an error code, a German search word, the checklist and a topic', async () => {
    await page.getByRole('heading', { name: 'Wenn die Registrierung fehlschlägt, prüfen Sie' }).waitFor();
    const box = page.getByLabel(/Fehlercode oder Suchbegriffe/);
    await box.fill('-2145910764');
    await page.getByRole('heading', { name: '0x80180014 Registrierung für dieses Gerät abgelehnt' }).waitFor();
    await page.getByRole('heading', { name: 'Was zu tun ist' }).waitFor();
    await box.fill('Lizenz');
    await page
      .getByRole('list', { name: 'Suchergebnisse' })
      .getByText('Der Benutzer hat eine gültige Lizenz', { exact: true })
      .waitFor();
    await page.getByText('Kioskmodus (zugewiesener Zugriff)').click();
    await page.getByText(/Der Kiosk braucht Windows Holographic for Business/).waitFor();
    expect(await page.locator('.guidance__topic[open] p.muted').first().innerText()).toMatch(
      /^Geprüft anhand: HLdocs:/,
    );
  });
});
