import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated over the DevTools protocol, so the page's strict CSP does not block it) and
 * returns the violations, plus the colour-contrast checks axe could not decide ("needs review"): those count too,
 * since a contrast nobody checked is not a contrast that passes.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeNode {
      target: string[];
    }
    interface AxeRule {
      id: string;
      impact: string | null;
      help: string;
      nodes: AxeNode[];
    }
    interface AxeResults {
      violations: AxeRule[];
      incomplete: AxeRule[];
    }
    const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const review = r.incomplete.filter((x) => x.id === 'color-contrast');
    return [...r.violations, ...review.map((x) => ({ ...x, id: `${x.id} (needs review)` }))].map((x) => ({
      id: x.id,
      impact: x.impact,
      help: x.help,
      targets: x.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return found;
}
