/**
 * Taking a device out of its tenant (or handing it to someone else) in the one order that works:
 * 1. lift TenantLockdown while the device is still enrolled and has synced the change, because the setting survives
 *    a reset and a reflash and only its own tenant can change it (HLdocs:hololens2-autopilot.md, "Tenant lockdown CSP
 *    and Autopilot");
 * 2. then wipe the device (reset, remote wipe or reflash);
 * 3. only then delete its cloud records: Intune first, then (leaving the tenant) Autopilot and Entra. Deleting the
 *    Intune record earlier cuts the device off from the lift, and the device stays tied to the old tenant for good.
 * A reset or reflash never deletes the cloud records, and a device reused for Autopilot with its old Intune record
 * in place fails with 0x80180014 (HLdocs:hololens2-autopilot.md, troubleshooting; DOMAIN.md §4, §6).
 *
 * REUSE_ORDER and reuseItemsFor are the order others automate (the Graph clean-up imports them).
 */
import type { ReuseItemId } from '../../shared/contract/enrollment-plan.ts';
import type { ReuseItem, ResetForReuse } from '../../shared/contract/recovery.ts';
import { words } from './words.ts';

/** The order of the reset-for-reuse items. Nothing that deletes a cloud record comes before the lift and the wipe. */
export const REUSE_ORDER: readonly ReuseItemId[] = [
  'lift-tenant-lockdown',
  'reset-or-reflash',
  'delete-intune-record',
  'deregister-autopilot',
  'delete-entra-device',
];

const AUTOPILOT_PAGE = 'HLdocs:hololens2-autopilot.md';

/** The id the unenroll steps point at ("see the reset-for-reuse checklist"). */
export const RESET_FOR_REUSE_ID = 'reset-for-reuse';

/** The checklist, in the station's language at the moment of the call. */
export function resetForReuse(): ResetForReuse {
  const text = (id: ReuseItemId, part: 'title' | 'how' | 'why') => words(`reuse.${id}.${part}`);
  return {
    id: RESET_FOR_REUSE_ID,
    title: words('reuse.title'),
    intro: words('reuse.intro'),
    items: [
      {
        id: 'lift-tenant-lockdown',
        where: 'portal',
        when: 'autopilot-hololens2',
        title: text('lift-tenant-lockdown', 'title'),
        how: text('lift-tenant-lockdown', 'how'),
        why: text('lift-tenant-lockdown', 'why'),
        source: `${AUTOPILOT_PAGE} (tenant lockdown); DOMAIN.md §4`,
      },
      {
        id: 'reset-or-reflash',
        where: 'device',
        when: 'always',
        title: text('reset-or-reflash', 'title'),
        how: text('reset-or-reflash', 'how'),
        why: text('reset-or-reflash', 'why'),
        source: 'HLdocs:hololens-recovery.md (reset, wipe the device); DOMAIN.md §6',
      },
      {
        id: 'delete-intune-record',
        where: 'portal',
        when: 'always',
        title: text('delete-intune-record', 'title'),
        how: text('delete-intune-record', 'how'),
        why: text('delete-intune-record', 'why'),
        cloudRecord: 'intune-device',
        source: `${AUTOPILOT_PAGE} (0x80180014); HLdocs:hololens-troubleshooting.md (remote wipe); DOMAIN.md §4, §6`,
      },
      {
        id: 'deregister-autopilot',
        where: 'portal',
        when: 'moving-tenant',
        title: text('deregister-autopilot', 'title'),
        how: text('deregister-autopilot', 'how'),
        why: text('deregister-autopilot', 'why'),
        cloudRecord: 'autopilot-device',
        source: 'DOMAIN.md §6',
      },
      {
        id: 'delete-entra-device',
        where: 'portal',
        when: 'moving-tenant',
        title: text('delete-entra-device', 'title'),
        how: text('delete-entra-device', 'how'),
        why: text('delete-entra-device', 'why'),
        cloudRecord: 'entra-device',
        source: 'DOMAIN.md §4, §6',
      },
    ],
    errorCode: '0x80180014',
    errorExplanation: words('reuse.error-explanation', { code: '0x80180014' }),
  };
}

export interface ReuseSituation {
  /** The device leaves this tenant (or this organization). */
  movingTenant: boolean;
  /** A HoloLens 2 that was set up with Autopilot (so TenantLockdown may be set). */
  autopilotHololens2: boolean;
}

function applies(item: ReuseItem, s: ReuseSituation): boolean {
  if (item.when === 'moving-tenant') return s.movingTenant;
  if (item.when === 'autopilot-hololens2') return s.autopilotHololens2;
  return true;
}

/** The items that apply to one device, in REUSE_ORDER. */
export function reuseItemsFor(situation: ReuseSituation): ReuseItem[] {
  const items = resetForReuse().items;
  return REUSE_ORDER.flatMap((id) => items.filter((i) => i.id === id && applies(i, situation)));
}
