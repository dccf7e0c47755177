import { describe, expect, it } from 'vitest';
import { STATION_CATALOGS } from '../../../../src-main/shared/i18n/station-catalogs.ts';
import { UI_CATALOGS } from '../../../../src-main/shared/i18n/ui-catalogs.ts';
import type { Catalog } from '../../../../src-main/shared/i18n/catalog.ts';

/**
 * Texts of two or more words German keeps exactly as English has them (product names, commands). Single words
 * ("Name", "Server", "Status") are often the same in both and are not checked.
 */
const SAME_IN_BOTH = new Set([
  'Windows Autopilot',
  'Microsoft Intune',
  'Microsoft Entra ID',
  'Volume Up',
  'Volume Down',
]);

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

  it('is translated, not copied (single words, product names and codes aside)', () => {
    const copied = Object.entries(source)
      .filter(([key, text]) => {
        const words = text.replace(/\{\{[^}]*\}\}|<\/?\d+>/g, '').match(/[A-Za-z]{3,}/g) ?? [];
        return words.length >= 2 && !SAME_IN_BOTH.has(text) && de[key] === text;
      })
      .map(([key]) => key);
    expect(copied).toEqual([]);
    expect(
      Object.entries(de)
        .filter(([, german]) => german.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('has both plural forms wherever English has one', () => {
    for (const key of Object.keys(source)) {
      const m = /^(.*)_(one|other)$/.exec(key);
      if (m) expect(Object.keys(source), key).toContain(`${m[1]}_${m[2] === 'one' ? 'other' : 'one'}`);
    }
  });
});
