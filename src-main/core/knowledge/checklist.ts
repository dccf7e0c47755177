/**
 * The seed's enrollment troubleshooting list (seed S29–S32), as checks a technician can tick. The planner adds the
 * ones that matter for its path to `checks`; the troubleshooting view shows them all.
 */
import type { ChecklistItem } from '../../shared/contract/knowledge.ts';
import { localized } from './texts.ts';

const ITEMS: readonly Omit<ChecklistItem, 'title' | 'how'>[] = [
  {
    id: 'internet-after-sign-in',
    where: 'device',
    relatedErrors: [],
    appliesTo: ['entra-settings', 'msa-work-account', 'local-mdm-only'],
    source: 'seed S29',
  },
  {
    id: 'entra-join-allowed',
    where: 'portal',
    relatedErrors: ['0x801C0003'],
    appliesTo: ['autopilot', 'entra-oobe', 'entra-settings'],
    source: 'seed S30',
  },
  {
    id: 'license-assigned',
    where: 'portal',
    relatedErrors: ['0x80180018', '0x80180003'],
    appliesTo: 'all',
    source: 'seed S31',
  },
  {
    id: 'windows-not-blocked',
    where: 'portal',
    relatedErrors: ['0x80180014'],
    appliesTo: 'all',
    source: 'seed S32',
  },
];

/** Every check, its title and how-to (knowledge:checklist.<id>.*) in the language in force when they are read. */
export const TROUBLESHOOTING_CHECKLIST: readonly ChecklistItem[] = ITEMS.map((item) =>
  localized<ChecklistItem>(item, `checklist.${item.id}`, { title: 'text', how: 'text' }),
);

/** The checklist items that matter for one enrollment path. */
export function checklistFor(path: string): ChecklistItem[] {
  return TROUBLESHOOTING_CHECKLIST.filter((c) => c.appliesTo === 'all' || c.appliesTo.includes(path));
}
