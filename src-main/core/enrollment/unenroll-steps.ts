/**
 * The steps of each way out of the MDM. Where a device must be wiped, they follow the reset-for-reuse order
 * (core/recovery/reuse.ts REUSE_ORDER): lift TenantLockdown while still enrolled, then wipe, then delete the cloud
 * records. Each such step names the reuse items it carries out, so a test can hold the two to the same order.
 */
import type { UnenrollOptions } from '../../shared/contract/enrollment-facts.ts';
import type {
  EnrolledVia,
  HoloLensModel,
  ReuseItemId,
  Step,
  UnenrollAlternative,
} from '../../shared/contract/enrollment-plan.ts';

const LOCKDOWN_SOURCE = 'HLdocs:hololens2-autopilot.md (tenant lockdown)';

/** TenantLockdown exists only on HoloLens 2 Autopilot devices; a 1st gen never ran Autopilot. */
export function mayHaveTenantLockdown(enrolledVia: EnrolledVia, model: HoloLensModel | undefined): boolean {
  return enrolledVia === 'autopilot' && model !== 'hololens1';
}

function liftLockdownStep(): Step {
  return {
    id: 'tenant-lockdown',
    title: 'First: lift TenantLockdown while the device is still enrolled',
    action:
      'If TenantLockdown (RequireNetworkInOOBE) was set on this device, lift it now, while the device is still enrolled and before anything is wiped or deleted: ' +
      'take the device out of the group that sets it to true, assign a custom OMA-URI profile setting ./Vendor/MSFT/TenantLockdown/RequireNetworkInOOBE to false, and sync the device.',
    expect: 'Intune shows the "false" profile applied to this device.',
    where: 'portal',
    ifNot:
      "Do not go on until Intune shows it applied: the setting survives a reset and a reflash, and once the device is wiped or its Intune record deleted it can no longer be lifted. The device would keep waiting for its old tenant's Autopilot profile.",
    reuseItems: ['lift-tenant-lockdown'],
  };
}

function resetHow(model: HoloLensModel | undefined): string {
  const hl2 = 'Settings > Update & Security > Reset & recovery > Reset this device';
  const hl1 = 'Settings > Update > Reset (Recovery on some builds) > Reset device';
  if (model === 'hololens2') return `On the device, open ${hl2} and confirm.`;
  if (model === 'hololens1') return `On the device, open ${hl1} and confirm.`;
  return `On the device, open ${hl2} (HoloLens (1st gen): ${hl1}) and confirm.`;
}

const HOLD_AT_SETUP =
  'When it reaches first setup, turn it off (or keep it off the network) until its cloud records are deleted (the last step).';

function cloudRecordsStep(options: UnenrollOptions): Step {
  const moving = options.movingTenant === true;
  const items: ReuseItemId[] = moving
    ? ['delete-intune-record', 'deregister-autopilot', 'delete-entra-device']
    : ['delete-intune-record'];
  return {
    id: 'clear-cloud-records',
    title: 'Then clean up the cloud records',
    action:
      'The device is wiped; its cloud records are not. Now delete the device in Intune > Devices. ' +
      (moving
        ? 'It moves to another tenant, so then also remove it from Autopilot (Windows enrollment > Devices) and delete it in Entra > Devices, in that order.'
        : 'If it will move to another tenant, then also remove it from Autopilot and delete it in Entra > Devices, in that order.'),
    expect: 'Intune no longer lists the device (nor Autopilot and Entra when it changes tenant).',
    where: 'portal',
    ifNot: 'Skipping this makes the next Autopilot run fail with 0x80180014.',
    seeProcedure: 'reset-for-reuse',
    reuseItems: items,
  };
}

export function resetOrReflashSteps(enrolledVia: EnrolledVia, options: UnenrollOptions): Step[] {
  const model = options.model;
  const steps: Step[] = mayHaveTenantLockdown(enrolledVia, model) ? [liftLockdownStep()] : [];
  steps.push(
    {
      id: 'charge',
      title: 'Charge the battery',
      action:
        model === 'hololens1'
          ? 'Charge the battery to at least 40%.'
          : 'Charge the battery to at least 40%. On HoloLens 2 with 23H1 or later, also make sure 6 GB of storage is free.',
      expect: 'The station shows 40% or more.',
      where: 'device',
    },
    {
      id: 'reset',
      title: 'Reset the device',
      action: `${resetHow(model)} ${HOLD_AT_SETUP}`,
      expect:
        'The device restarts, shows progress for a while (about 30 minutes on a 1st gen), and ends at first setup.',
      where: 'device',
      reuseItems: ['reset-or-reflash'],
      ...(model ? { seeProcedure: `${model}-reset` } : {}),
    },
    {
      id: 'reflash-if-needed',
      title: 'Reflash instead, if reset is not possible',
      action:
        model === 'hololens1'
          ? 'If you cannot reach Settings (forgotten password, device will not start), reinstall it with the Windows Device Recovery Tool.'
          : model === 'hololens2'
            ? 'If you cannot reach Settings (forgotten PIN, device will not start), reflash it with Advanced Recovery Companion, or wipe it from Intune (see the other ways below).'
            : 'If you cannot reach Settings, reflash it: Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen.',
      expect: `The device ends at first setup. ${HOLD_AT_SETUP}`,
      where: 'pc',
      reuseItems: ['reset-or-reflash'],
      ...(model ? { seeProcedure: `${model}-reflash` } : {}),
    },
    cloudRecordsStep(options),
  );
  return steps;
}

const WIPE_SOURCE =
  'HLdocs:hololens-recovery.md (wipe the device); HLdocs:hololens2-enterprise-troubleshooting.md; HLdocs:hololens-troubleshooting.md (remote wipe)';

/** Intune remote wipe: the same order as a reset, with the documented "press Delete straight after" workaround. */
export function intuneWipe(enrolledVia: EnrolledVia, options: UnenrollOptions): UnenrollAlternative {
  const steps: Step[] = mayHaveTenantLockdown(enrolledVia, options.model) ? [liftLockdownStep()] : [];
  steps.push(
    {
      id: 'intune-wipe',
      title: 'Wipe it from Intune',
      action:
        'In Intune > Devices > All devices, open the device and choose Wipe. Leave "Retain enrollment state and user account" unchecked: this device is leaving. Confirm.',
      expect: 'Intune shows the wipe as pending; the device restarts and wipes itself the next time it checks in.',
      where: 'portal',
      ifNot: 'The device must be on and online to receive the wipe.',
      reuseItems: ['reset-or-reflash'],
    },
    {
      id: 'intune-delete-after-wipe',
      title: 'Press Delete straight after',
      action:
        'Right after Wipe, press Delete for the same device. HoloLens never reports the wipe done, so Intune would show "Wipe pending" for good and keep the record. ' +
        (options.movingTenant === true
          ? 'It moves to another tenant: then remove it from Autopilot and delete it in Entra > Devices, in that order.'
          : ''),
      expect: 'Intune no longer lists the device.',
      where: 'portal',
      ifNot: 'A record left behind makes the next Autopilot run fail with 0x80180014.',
      reuseItems:
        options.movingTenant === true
          ? ['delete-intune-record', 'deregister-autopilot', 'delete-entra-device']
          : ['delete-intune-record'],
    },
  );
  return {
    id: 'intune-wipe',
    title: 'Wipe it remotely from Intune',
    whenToUse:
      'When nobody can sign in to the device (a former user, a forgotten PIN) but it still reaches the internet: the wipe resets it the next time it checks in.',
    steps,
    source: `${WIPE_SOURCE}; ${LOCKDOWN_SOURCE}`,
  };
}

/** Intune retire: for the manual enrollments, the console's counterpart to Disconnect. */
export function intuneRetire(): UnenrollAlternative {
  return {
    id: 'intune-retire',
    title: 'Retire it from Intune',
    whenToUse: 'When Disconnect cannot be pressed on the device (nobody at hand to sign in) but the device is online.',
    steps: [
      {
        id: 'intune-retire',
        title: 'Retire the device',
        action:
          'In Intune > Devices > All devices, open the device and choose Retire, then confirm. It removes the enrollment and the settings and apps Intune sent, and keeps the personal data.',
        expect: 'Intune shows the retire as pending, then the device leaves the list once it has checked in.',
        where: 'portal',
        ifNot:
          'If it stays pending, the device has not checked in: turn it on and connect it to the internet, or delete the record by hand.',
      },
    ],
    source: 'HLdocs:hololens-recovery.md (links Intune: remove devices by wipe, retire or manual unenroll)',
    unverified:
      'The HoloLens pages only link the Intune page on wipe and retire; they do not describe retire on HoloLens themselves.',
  };
}
