import type { Page } from 'playwright-core';

export interface UntranslatedText {
  /** Where: the nearest element with an id, a role or a class, for finding it in the source. */
  where: string;
  text: string;
}

/**
 * Every text in `selector` (visible or not, attributes people hear included: aria-label, title, placeholder,
 * alt) that holds ASCII letters outside the pseudo-locale's ⟦ ⟧ brackets: a text that did not come from the
 * catalogs. Data (serials, names, paths, codes) is marked translate="no" in the markup and skipped.
 */
export async function untranslatedTexts(page: Page, selector = 'body'): Promise<UntranslatedText[]> {
  return page.evaluate((sel) => {
    const OPEN = '⟦';
    const CLOSE = '⟧';
    const outside = (text: string): string[] => {
      const parts: string[] = [];
      let depth = 0;
      let run = '';
      for (const c of text) {
        if (c === OPEN) {
          if (depth === 0 && run) parts.push(run);
          run = '';
          depth++;
        } else if (c === CLOSE) depth = Math.max(0, depth - 1);
        else if (depth === 0) run += c;
      }
      if (run) parts.push(run);
      return parts.map((s) => s.trim()).filter((s) => /[A-Za-z]/.test(s));
    };
    const describe = (el: Element | null): string => {
      const path: string[] = [];
      for (let e = el; e && path.length < 3; e = e.parentElement) {
        const role = e.getAttribute('role');
        const cls = typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : '';
        path.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${role ? `[role=${role}]` : ''}${cls}`);
      }
      return path.join(' > ');
    };
    const skipped = (el: Element | null) => !el || el.closest('[translate="no"], script, style, noscript') !== null;
    const found: { where: string; text: string }[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (skipped(n.parentElement)) continue;
        for (const text of outside(n.textContent ?? '')) found.push({ where: describe(n.parentElement), text });
      }
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (skipped(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr);
          if (value) for (const text of outside(value)) found.push({ where: `${describe(el)} @${attr}`, text });
        }
      }
    }
    return found;
  }, selector);
}
