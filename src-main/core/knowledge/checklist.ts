/**
 * The seed's enrollment troubleshooting list (seed S29–S32), as checks a technician can tick. The planner adds the
 * ones that matter for its path to `checks`; the troubleshooting view shows them all.
 */
import type { ChecklistItem } from '../../shared/contract/knowledge.ts';

export const TROUBLESHOOTING_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'internet-after-sign-in',
    title: 'The device is on the internet after sign-in',
    where: 'device',
    how: 'After signing in, open Microsoft Edge on the device and load any public website. If it does not load, fix the Wi-Fi (or proxy) before you try to enroll.',
    relatedErrors: [],
    appliesTo: ['entra-settings', 'msa-work-account', 'local-mdm-only'],
    source: 'seed S29',
  },
  {
    id: 'entra-join-allowed',
    title: 'Entra join is not turned off in the tenant',
    where: 'portal',
    how: 'In the Entra admin center > Devices > Device settings, "Users may join devices" must be All, or Selected with a group that holds this user.',
    relatedErrors: ['0x801C0003'],
    appliesTo: ['autopilot', 'entra-oobe', 'entra-settings'],
    source: 'seed S30',
  },
  {
    id: 'license-assigned',
    title: 'The user has a valid license',
    where: 'portal',
    how: "In the Microsoft 365 or Entra admin center, check the user has an Intune (MDM) license assigned, and that the MDM's device type restrictions allow Windows.",
    relatedErrors: ['0x80180018', '0x80180003'],
    appliesTo: 'all',
    source: 'seed S31',
  },
  {
    id: 'windows-not-blocked',
    title: 'Windows enrollment is not blocked',
    where: 'portal',
    how: 'A HoloLens enrolls as a Windows device. In Intune > Devices > Enrollment restrictions, make sure no platform restriction blocks Windows (MDM) for this user.',
    relatedErrors: ['0x80180014'],
    appliesTo: 'all',
    source: 'seed S32',
  },
];

/** The checklist items that matter for one enrollment path. */
export function checklistFor(path: string): ChecklistItem[] {
  return TROUBLESHOOTING_CHECKLIST.filter((c) => c.appliesTo === 'all' || c.appliesTo.includes(path));
}
