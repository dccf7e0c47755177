import { describe, expect, it } from 'vitest';
import { checklistFor, TROUBLESHOOTING_CHECKLIST } from '../../../../src-main/core/knowledge/checklist.ts';
import { KnowledgeHit, ChecklistItem, GuidanceTopic } from '../../../../src-main/shared/contract/knowledge.ts';
import { GUIDANCE_TOPICS } from '../../../../src-main/core/knowledge/topics.ts';
import { searchKnowledge } from '../../../../src-main/core/knowledge/search.ts';

describe('troubleshooting checklist', () => {
  it('checklist: holds the four seed items in the seed order', () => {
    for (const c of TROUBLESHOOTING_CHECKLIST) ChecklistItem.parse(c);
    expect(TROUBLESHOOTING_CHECKLIST.map((c) => c.id)).toEqual([
      'internet-after-sign-in',
      'entra-join-allowed',
      'license-assigned',
      'windows-not-blocked',
    ]);
  });

  it('checklist: Entra join matters only for Entra paths; internet only after setup', () => {
    expect(checklistFor('msa-work-account').map((c) => c.id)).toEqual([
      'internet-after-sign-in',
      'license-assigned',
      'windows-not-blocked',
    ]);
    expect(checklistFor('autopilot').map((c) => c.id)).toEqual([
      'entra-join-allowed',
      'license-assigned',
      'windows-not-blocked',
    ]);
  });
});

describe('searchKnowledge', () => {
  it.each([
    ['search: an error code in hex finds its entry first', '0x80180014', 'error', '0x80180014'],
    ['search: an error code as bare hex finds its entry first', '80180014', 'error', '0x80180014'],
    ['search: an error code as signed decimal finds its entry first', '-2145910764', 'error', '0x80180014'],
    ['search: "middle light" finds flashing mode', 'middle light', 'led', 'flashing-mode'],
    ['search: "1-3-5" finds the hardware fault pattern', '1-3-5', 'led', 'hardware-fault'],
    ['search: a build number finds its release', '19041.1128', 'build', 'hololens2-20H2'],
    ['search: "license" finds the checklist item', 'license', 'checklist', 'license-assigned'],
  ])('%s', (_name, query, kind, id) => {
    const hits = searchKnowledge(query);
    expect(hits[0]).toMatchObject({ kind, id });
    for (const h of hits) KnowledgeHit.parse(h);
  });

  it('search: "flashing mode" finds both procedures and the LED pattern at the top', () => {
    const top = searchKnowledge('flashing mode', 3).map((h) => `${h.kind}:${h.id}`);
    expect(top.sort()).toEqual([
      'led:flashing-mode',
      'procedure:hololens1-flashing-mode',
      'procedure:hololens2-flashing-mode',
    ]);
  });

  it('search: covers every kind of knowledge', () => {
    const kinds = new Set(
      [
        '0x80180014',
        'middle light',
        'internet',
        'hard restart',
        'TenantLockdown',
        '23H1',
        'Intune device record',
        'autopilot-hl2-only',
      ].flatMap((q) => searchKnowledge(q).map((h) => h.kind)),
    );
    expect([...kinds].sort()).toEqual([
      'build',
      'checklist',
      'error',
      'feature',
      'led',
      'procedure',
      'reuse',
      'rule',
      'topic',
    ]);
  });

  it.each([
    ['kiosk', 'kiosk'],
    ['802.1X', 'certificates-wifi'],
    ['SCEP', 'certificates-wifi'],
    ['feature updates', 'updates'],
    ['wipe pending', 'intune-wipe'],
    ['setup waits network', 'tenant-lockdown-symptoms'],
    ['keyboard', 'setup-language'],
    ['device name template', 'setup-language'],
    ['diagnostic data Full', 'hash-harvest'],
    ['EditionUpgrade', 'hl1-business-upgrade'],
  ])('topics: "%s" finds the %s guidance', (query, id) => {
    expect(searchKnowledge(query).some((h) => h.kind === 'topic' && h.id === id)).toBe(true);
  });

  it('topics: every guidance topic cites the Microsoft HoloLens page it was checked against', () => {
    for (const t of GUIDANCE_TOPICS) {
      GuidanceTopic.parse(t);
      expect(t.source).toMatch(/HLdocs:[\w-]+\.md/);
    }
  });

  it('search: every word must match, case does not matter', () => {
    expect(searchKnowledge('VOLUME UP power').length).toBeGreaterThan(0);
    expect(searchKnowledge('volume up zebra')).toEqual([]);
    expect(searchKnowledge('   ')).toEqual([]);
  });

  it('search: snippets show the matching words', () => {
    const hit = searchKnowledge('TenantLockdown')[0];
    expect(hit?.snippet.toLowerCase()).toContain('tenantlockdown');
  });

  it('search: respects the limit', () => {
    expect(searchKnowledge('device', 3)).toHaveLength(3);
  });
});
