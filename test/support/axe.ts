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
 * since a contrast nobody checked is not a contrast that passes. Two kinds are decided here instead. Text inside an
 * SVG drawing, which axe never measures (it sees an image node): its fill is measured against what is painted under
 * it, the drawing's own shape at that point or else the page behind the drawing, with axe's thresholds. And a
 * symbol axe does not measure (a check mark) that has the colour and background of the text it stands in.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeNode {
      target: string[];
      any?: { data?: { messageKey?: string } | null }[];
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
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const luminance = ([r8, g8, b8]: number[]) =>
      [r8!, g8!, b8!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    /** What is painted under SVG text: the drawing's top filled shape at its centre, else the page behind. */
    const behind = (el: Element): number[] | null => {
      const box = el.getBoundingClientRect();
      const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      for (const e of under) {
        if (e === el) continue;
        const colour = e instanceof SVGGeometryElement ? getComputedStyle(e).fill : getComputedStyle(e).backgroundColor;
        const c = rgb(colour);
        if (c) return c;
      }
      return null;
    };
    const svgTextPasses = (target: string[]): boolean => {
      const el = target.length === 1 ? document.querySelector(target[0]!) : null;
      if (!(el instanceof SVGTextElement)) return false;
      const fg = rgb(getComputedStyle(el).fill);
      const bg = behind(el);
      if (!fg || !bg) return false;
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const style = getComputedStyle(el);
      const px = parseFloat(style.fontSize);
      const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
      return (hi! + 0.05) / (lo! + 0.05) >= (large ? 3 : 4.5);
    };
    const undecided = new Set(
      [...r.violations, ...r.incomplete]
        .filter((x) => x.id === 'color-contrast')
        .flatMap((x) => x.nodes.map((n) => document.querySelector(n.target.join(' ')))),
    );
    /**
     * A symbol axe does not measure (a check mark: "nonBmp") in the same colour as the text around it, on the same
     * background: it passes when that text passed.
     */
    const symbolLikeItsText = (n: AxeNode): boolean => {
      if (!n.any?.some((a) => a.data?.messageKey === 'nonBmp') || n.target.length !== 1) return false;
      const el = document.querySelector(n.target[0]!);
      const parent = el?.parentElement;
      if (!el || !parent || undecided.has(parent)) return false;
      const ownText = [...parent.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      const [a, b] = [getComputedStyle(el), getComputedStyle(parent)];
      return ownText && a.color === b.color && a.backgroundColor === 'rgba(0, 0, 0, 0)' && a.opacity === '1';
    };
    const review = r.incomplete
      .filter((x) => x.id === 'color-contrast')
      .map((x) => ({ ...x, nodes: x.nodes.filter((n) => !svgTextPasses(n.target) && !symbolLikeItsText(n)) }))
      .filter((x) => x.nodes.length > 0);
    return [...r.violations, ...review.map((x) => ({ ...x, id: `${x.id} (needs review)` }))].map((x) => ({
      id: x.id,
      impact: x.impact,
      help: x.help,
      targets: x.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return found;
}
