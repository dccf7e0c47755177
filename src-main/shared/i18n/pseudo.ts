/**
 * Pseudo-localisation: English with every letter accented, a third longer, and bracketed. A text on screen with
 * plain ASCII letters outside ⟦ ⟧ did not come through the catalogs (or is data, marked translate="no").
 * Placeholders ({{name}}), nesting ($t(...)) and <0>..</0> component tags are left as they are.
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i]!,
  ]),
);

/** Pieces of a message that must reach i18next unchanged. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>)/;

export function pseudoize(text: string): string {
  if (text === '') return text;
  const body = text
    .split(KEEP)
    .map((piece, i) => (i % 2 === 1 ? piece : [...piece].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const letters = text.replace(KEEP, '').length;
  return `${PSEUDO_OPEN}${body}${'~'.repeat(Math.ceil(letters * 0.3))}${PSEUDO_CLOSE}`;
}

export function pseudoCatalog<C extends Record<string, string>>(catalog: C): C {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, pseudoize(v)])) as C;
}

/** The parts of a rendered text that lie outside pseudo brackets and still hold ASCII letters. */
export function untranslatedParts(text: string): string[] {
  const outside: string[] = [];
  let depth = 0;
  let run = '';
  for (const c of text) {
    if (c === PSEUDO_OPEN) {
      if (depth === 0 && run) outside.push(run);
      run = '';
      depth++;
    } else if (c === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) run += c;
  }
  if (run) outside.push(run);
  return outside.map((s) => s.trim()).filter((s) => /[A-Za-z]/.test(s));
}
