import { describe, expect, it } from 'vitest';
import { STATION_CATALOGS } from '../../../../src-main/shared/i18n/station-catalogs.ts';
import { UI_CATALOGS } from '../../../../src-main/shared/i18n/ui-catalogs.ts';
import type { Catalog } from '../../../../src-main/shared/i18n/catalog.ts';

/** Texts German keeps as they are: product names, codes, units. Add here only what is the same in both. */
const SAME_IN_BOTH = new Set(['Autopilot', 'System ({{name}})', 'Intune', 'HoloLens 2', 'HoloLens (1st gen)']);

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<\/?(\d+)\/?>|\$t\(([^)]*)\)/g)]
    .map((m) => m[0].replace(/\s/g, ''))
    .sort();

const namespaces = [
  ...Object.entries(UI_CATALOGS.en).map(
    ([ns, en]) => ['ui', ns, en, (UI_CATALOGS.de as Record<string, Catalog>)[ns]!] as const,
  ),
  ...Object.entries(STATION_CATALOGS.en).map(
    ([ns, en]) => ['station', ns, en, (STATION_CATALOGS.de as Record<string, Catalog>)[ns]!] as const,
  ),
];

describe.each(namespaces)('the German %s catalog "%s" is complete and fits its English source', (_, _ns, en, de) => {
  const source = en as Catalog;
  it('has every key English has, and no other', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(source).sort());
  });

  it('keeps every placeholder, component tag and nested key', () => {
    for (const [key, text] of Object.entries(source)) {
      expect({ key, parts: placeholders(de[key] ?? '') }).toEqual({ key, parts: placeholders(text) });
    }
  });

  it('is translated, not copied (product names and codes aside)', () => {
    for (const [key, text] of Object.entries(source)) {
      const german = de[key] ?? '';
      expect(german.trim(), key).not.toBe('');
      if (/[a-z]{3}/.test(text.replace(/\{\{[^}]*\}\}|<\/?\d+>/g, '')) && !SAME_IN_BOTH.has(text)) {
        expect({ key, german }).not.toEqual({ key, german: text });
      }
    }
  });

  it('has both plural forms wherever English has one', () => {
    for (const key of Object.keys(source)) {
      const m = /^(.*)_(one|other)$/.exec(key);
      if (m) expect(Object.keys(source), key).toContain(`${m[1]}_${m[2] === 'one' ? 'other' : 'one'}`);
    }
  });
});
