import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = readFileSync(join(import.meta.dirname, '../../../../resources/linux/60-holobench.rules'), 'utf8');

/** Each rule line with the comment block just above it. */
function rulesWithComments(): { rule: string; comment: string }[] {
  const out: { rule: string; comment: string }[] = [];
  let comment: string[] = [];
  for (const line of RULES.split('\n')) {
    if (line.startsWith('#')) comment.push(line);
    else if (line.startsWith('SUBSYSTEM')) {
      out.push({ rule: line, comment: comment.join(' ') });
      comment = [];
    } else comment = [];
  }
  return out;
}

describe('udev rule', () => {
  it('udev: a product ID Microsoft does not document is called an assumption, never stated as fact', () => {
    const rules = rulesWithComments();
    expect(rules.length).toBe(2);
    for (const { rule, comment } of rules) {
      if (/idProduct/.test(rule)) expect(comment).toMatch(/assumption/);
      expect(comment.length).toBeGreaterThan(40);
    }
    // No product ID is claimed for either HoloLens model, in any mode.
    expect(RULES).not.toMatch(/045e.*(0652|idProduct)/);
  });
});
