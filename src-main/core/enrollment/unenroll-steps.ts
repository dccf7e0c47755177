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
import { say } from '../language.ts';

const LOCKDOWN_SOURCE = 'HLdocs:hololens2-autopilot.md (tenant lockdown)';

/** TenantLockdown exists only on HoloLens 2 Autopilot devices; a 1st gen never ran Autopilot. */
export function mayHaveTenantLockdown(enrolledVia: EnrolledVia, model: HoloLensModel | undefined): boolean {
  return enrolledVia === 'autopilot' && model !== 'hololens1';
}

const words = (key: string, options?: Record<string, unknown>) => say(`procedures:unenroll.${key}`, options);
const REUSE_ERROR = '0x80180014';

type StepFacts = Omit<Step, 'title' | 'action' | 'expect' | 'ifNot'>;

/**
 * A step whose words are the catalog's unenroll.<key>.title/.action/.expect (and .ifNot), in the station's language
 * now; `action` names another key when the action depends on the model or the tenant move.
 */
export function unenrollStep(
  key: string,
  facts: StepFacts,
  options: { ifNot?: boolean; action?: string; expect?: string } = {},
): Step {
  const { id, ...rest } = facts;
  return {
    id,
    title: words(`${key}.title`),
    action: words(options.action ?? `${key}.action`),
    expect: words(options.expect ?? `${key}.expect`),
    ...(options.ifNot ? { ifNot: words(`${key}.ifNot`, { code: REUSE_ERROR }) } : {}),
    ...rest,
  };
}

function liftLockdownStep(): Step {
  return unenrollStep(
    'tenant-lockdown',
    { id: 'tenant-lockdown', where: 'portal', reuseItems: ['lift-tenant-lockdown'] },
    { ifNot: true },
  );
}

/** The catalog key for a text that differs by model: a 1st gen, a HoloLens 2, or a model not known. */
function byModel(key: string, model: HoloLensModel | undefined, models: readonly HoloLensModel[]): string {
  return model && models.includes(model) ? `${key}.${model}` : key;
}

function cloudRecordsStep(options: UnenrollOptions): Step {
  const moving = options.movingTenant === true;
  const items: ReuseItemId[] = moving
    ? ['delete-intune-record', 'deregister-autopilot', 'delete-entra-device']
    : ['delete-intune-record'];
  return unenrollStep(
    'cloud',
    { id: 'clear-cloud-records', where: 'portal', seeProcedure: 'reset-for-reuse', reuseItems: items },
    { ifNot: true, action: moving ? 'cloud.action.moving' : 'cloud.action' },
  );
}

export function resetOrReflashSteps(enrolledVia: EnrolledVia, options: UnenrollOptions): Step[] {
  const model = options.model;
  const steps: Step[] = mayHaveTenantLockdown(enrolledVia, model) ? [liftLockdownStep()] : [];
  steps.push(
    unenrollStep(
      'charge',
      { id: 'charge', where: 'device' },
      { action: byModel('charge.action', model, ['hololens1']) },
    ),
    unenrollStep(
      'reset',
      {
        id: 'reset',
        where: 'device',
        reuseItems: ['reset-or-reflash'],
        ...(model ? { seeProcedure: `${model}-reset` } : {}),
      },
      { action: byModel('reset.action', model, ['hololens1', 'hololens2']) },
    ),
    unenrollStep(
      'reflash',
      {
        id: 'reflash-if-needed',
        where: 'pc',
        reuseItems: ['reset-or-reflash'],
        ...(model ? { seeProcedure: `${model}-reflash` } : {}),
      },
      { action: byModel('reflash.action', model, ['hololens1', 'hololens2']) },
    ),
    cloudRecordsStep(options),
  );
  return steps;
}

const WIPE_SOURCE =
  'HLdocs:hololens-recovery.md (wipe the device); HLdocs:hololens2-enterprise-troubleshooting.md; HLdocs:hololens-troubleshooting.md (remote wipe)';

/** Intune remote wipe: the same order as a reset, with the documented "press Delete straight after" workaround. */
export function intuneWipe(enrolledVia: EnrolledVia, options: UnenrollOptions): UnenrollAlternative {
  const moving = options.movingTenant === true;
  const steps: Step[] = mayHaveTenantLockdown(enrolledVia, options.model) ? [liftLockdownStep()] : [];
  steps.push(
    unenrollStep(
      'intune-wipe',
      { id: 'intune-wipe', where: 'portal', reuseItems: ['reset-or-reflash'] },
      { ifNot: true },
    ),
    unenrollStep(
      'delete-after-wipe',
      {
        id: 'intune-delete-after-wipe',
        where: 'portal',
        reuseItems: moving
          ? ['delete-intune-record', 'deregister-autopilot', 'delete-entra-device']
          : ['delete-intune-record'],
      },
      { ifNot: true, action: moving ? 'delete-after-wipe.action.moving' : 'delete-after-wipe.action' },
    ),
  );
  return {
    id: 'intune-wipe',
    title: words('wipe.title'),
    whenToUse: words('wipe.when'),
    steps,
    source: `${WIPE_SOURCE}; ${LOCKDOWN_SOURCE}`,
  };
}

/** Intune retire: for the manual enrollments, the console's counterpart to Disconnect. */
export function intuneRetire(): UnenrollAlternative {
  return {
    id: 'intune-retire',
    title: words('retire.title'),
    whenToUse: words('retire.when'),
    steps: [unenrollStep('intune-retire', { id: 'intune-retire', where: 'portal' }, { ifNot: true })],
    source: 'HLdocs:hololens-recovery.md (links Intune: remove devices by wipe, retire or manual unenroll)',
    unverified: words('retire.unverified'),
  };
}
