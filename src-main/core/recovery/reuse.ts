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

/** The order of the reset-for-reuse items. Nothing that deletes a cloud record comes before the lift and the wipe. */
export const REUSE_ORDER: readonly ReuseItemId[] = [
  'lift-tenant-lockdown',
  'reset-or-reflash',
  'delete-intune-record',
  'deregister-autopilot',
  'delete-entra-device',
];

const AUTOPILOT_PAGE = 'HLdocs:hololens2-autopilot.md';

export const RESET_FOR_REUSE: ResetForReuse = {
  id: 'reset-for-reuse',
  title: 'Reset a device for reuse',
  intro:
    'Work down this list in order. TenantLockdown can only be lifted while the device is still enrolled, so that comes first; the device is wiped next; its cloud records go last, before it runs setup again. Wiping alone leaves the cloud records behind, and the next setup trips over them.',
  items: [
    {
      id: 'lift-tenant-lockdown',
      where: 'portal',
      when: 'autopilot-hololens2',
      title: 'Lift TenantLockdown first, while the device is still enrolled',
      how:
        'Only for a HoloLens 2 that was set up with Autopilot, and before anything is deleted: while it is still enrolled, take it out of the group that sets TenantLockdown/RequireNetworkInOOBE to true, ' +
        'assign it a custom OMA-URI profile that sets ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE to false, sync the device, and wait until Intune reports the profile applied to it. ' +
        'You may skip this only when the device stays in this tenant and will go through Autopilot again.',
      why: "The setting survives a reset and a reflash. Once the device is wiped or its Intune record deleted it can no longer receive the change, and setup keeps waiting for its old tenant's Autopilot profile.",
      source: `${AUTOPILOT_PAGE} (tenant lockdown); DOMAIN.md §4`,
    },
    {
      id: 'reset-or-reflash',
      where: 'device',
      when: 'always',
      title: 'Wipe the device',
      how:
        'Reset it from Settings, or wipe it from Intune (leave "Retain enrollment state and user account" unchecked), or reflash it (Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen). ' +
        'Let it come back to the first setup screen, then turn it off, or keep it off the network, until the records below are deleted.',
      why: 'This erases the device itself. Its cloud records stay; a device that reaches the internet at setup before they are gone runs into them.',
      source: 'HLdocs:hololens-recovery.md (reset, wipe the device); DOMAIN.md §6',
    },
    {
      id: 'delete-intune-record',
      where: 'portal',
      when: 'always',
      title: 'Delete the Intune device record',
      how: 'Intune > Devices > All devices: find the device by its serial number and delete it. After a remote wipe, press Delete straight away: the wipe stays "pending" because HoloLens never reports it done.',
      why: 'A device that already ran Autopilot fails with 0x80180014 while its old Intune record exists.',
      cloudRecord: 'intune-device',
      source: `${AUTOPILOT_PAGE} (0x80180014); HLdocs:hololens-troubleshooting.md (remote wipe); DOMAIN.md §4, §6`,
    },
    {
      id: 'deregister-autopilot',
      where: 'portal',
      when: 'moving-tenant',
      title: 'Deregister it from Autopilot (moving tenants only)',
      how: 'After the Intune record is gone: Intune > Devices > Windows > Windows enrollment > Devices, select the device and delete it. Skip this if it stays in the same tenant and will run Autopilot again.',
      why: 'The Autopilot registration ties the hardware to this tenant; the new tenant cannot register it until it is released.',
      cloudRecord: 'autopilot-device',
      source: 'DOMAIN.md §6',
    },
    {
      id: 'delete-entra-device',
      where: 'portal',
      when: 'moving-tenant',
      title: 'Delete the Entra device',
      how: 'Entra admin center > Devices > All devices: find the device and delete it.',
      why: 'Once the device leaves the tenant nothing should point at it; a stale Entra device only gets in the way if the device ever comes back.',
      cloudRecord: 'entra-device',
      source: 'DOMAIN.md §4, §6',
    },
  ],
  errorCode: '0x80180014',
  errorExplanation:
    '0x80180014 on a reused device means Intune still holds the record from its last enrollment. Delete that record, then reset or reflash the device and run setup again.',
};

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
  return REUSE_ORDER.flatMap((id) => RESET_FOR_REUSE.items.filter((i) => i.id === id && applies(i, situation)));
}
