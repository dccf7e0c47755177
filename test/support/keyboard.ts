import type { Page } from 'playwright-core';

/** What a screen reader would call the focused element: its label, else its text. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
  });

export const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** Presses Tab until the focused control's name matches, as a keyboard-only technician would. */
export async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
