/**
 * Before a device is reset for another user or tenant, its cloud records must go: a reset or reflash erases the
 * device, never its Intune, Autopilot or Entra records (DOMAIN.md §4, §6).
 */
import type { ResetForReuse } from '../../shared/contract/recovery.ts';

export const RESET_FOR_REUSE: ResetForReuse = {
  id: 'reset-for-reuse',
  title: 'Reset a device for reuse',
  intro:
    'Do the portal steps first, in this order, then reset or reflash. Wiping the device alone leaves its cloud records behind, and the next setup trips over them.',
  items: [
    {
      id: 'delete-intune-record',
      where: 'portal',
      when: 'always',
      title: 'Delete the Intune device record',
      how: 'Intune > Devices > All devices: find the device by its serial number and delete it.',
      why: 'A device that already ran Autopilot fails with 0x80180014 while its old Intune record exists.',
      source: 'DOMAIN.md §4, §6',
    },
    {
      id: 'deregister-autopilot',
      where: 'portal',
      when: 'moving-tenant',
      title: 'Deregister it from Autopilot (moving tenants only)',
      how: 'After the Intune record is gone: Intune > Devices > Windows > Windows enrollment > Devices, select the device and delete it. Skip this if it stays in the same tenant and will run Autopilot again.',
      why: 'The Autopilot registration ties the hardware to this tenant; the new tenant cannot register it until it is released.',
      source: 'DOMAIN.md §6',
    },
    {
      id: 'delete-entra-device',
      where: 'portal',
      when: 'moving-tenant',
      title: 'Delete the Entra device',
      how: 'Entra admin center > Devices > All devices: find the device and delete it.',
      why: 'Once the device leaves the tenant nothing should point at it; a stale Entra device only gets in the way if the device ever comes back.',
      source: 'DOMAIN.md §4, §6',
    },
    {
      id: 'lift-tenant-lockdown',
      where: 'portal',
      when: 'autopilot-hololens2',
      title: 'Lift TenantLockdown if it was set',
      how: 'While the device is still enrolled, have Intune set TenantLockdown/RequireNetworkInOOBE to false and wait until it shows as applied.',
      why: "The setting survives a reset and a reflash: otherwise the device keeps waiting for its old tenant's Autopilot profile.",
      source: 'DOMAIN.md §4',
    },
    {
      id: 'reset-or-reflash',
      where: 'device',
      when: 'always',
      title: 'Reset or reflash the device',
      how: 'Reset it from Settings, or reflash it (Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen).',
      why: 'This wipes the device itself; the cloud side was cleaned in the steps above.',
      source: 'DOMAIN.md §6',
    },
  ],
  errorCode: '0x80180014',
  errorExplanation:
    '0x80180014 on a reused device means Intune still holds the record from its last enrollment. Delete that record, then reset or reflash the device and run setup again.',
};
