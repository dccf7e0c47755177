import { describe, expect, it } from 'vitest';
import { planCleanup, type CleanupPurpose, type ResetHow } from '../../../../src-main/core/intune/cleanup-plan.ts';
import type { SerialStatus } from '../../../../src-main/core/intune/status.ts';
import { resetForReuse, REUSE_ORDER } from '../../../../src-main/core/recovery/reuse.ts';

/**
 * One source of truth for the reset-for-reuse order: the Graph clean-up is built from the recovery checklist's
 * REUSE_ORDER, step by step. If either drifts (the checklist reordered, or the clean-up given an order of its own),
 * these fail.
 */

const ENTRA_ID = '4f1c2d3e-0000-4000-8000-000000000001';
const OLD_ENTRA_ID = '4f1c2d3e-0000-4000-8000-000000000002';

/** An Autopilot HoloLens enrolled twice: two Intune records, its Autopilot identity, two Entra devices. */
const everything: SerialStatus = {
  serial: 'SN1',
  state: 'enrolled',
  label: 'enrolled, compliant, 1 stale duplicate',
  compliant: true,
  duplicates: true,
  intune: [
    { id: 'm-1', deviceName: 'HL-1', stale: false, azureADDeviceId: ENTRA_ID },
    { id: 'm-0', deviceName: 'HL-0', stale: true, azureADDeviceId: OLD_ENTRA_ID },
  ].map((r) => ({
    complianceState: 'compliant',
    managementState: 'managed',
    enrolledDateTime: null,
    lastSyncDateTime: null,
    osVersion: null,
    userPrincipalName: null,
    ...r,
  })),
  autopilot: [
    {
      id: 'a-1',
      deploymentProfileAssignmentStatus: null,
      deploymentProfileAssignmentStatusReason: 'not in Graph v1.0',
      groupTag: null,
      enrollmentState: 'enrolled',
      lastContactedDateTime: null,
      userPrincipalName: null,
      azureActiveDirectoryDeviceId: ENTRA_ID,
    },
  ],
  entra: [
    { id: 'e-1', deviceId: ENTRA_ID, displayName: 'HL-1' },
    { id: 'e-0', deviceId: OLD_ENTRA_ID, displayName: 'HL-0' },
  ],
  checkedAt: '2026-12-04T12:00:00.000Z',
};

const itemsInOrder = (purpose: CleanupPurpose, reset: ResetHow = 'wipe'): string[] => [
  ...new Set(planCleanup(everything, purpose, reset).steps.map((s) => s.item ?? 'none')),
];

describe("the clean-up follows the recovery checklist's REUSE_ORDER", () => {
  it('leaving the organisation: every checklist item, in exactly REUSE_ORDER', () => {
    expect(itemsInOrder('leave-organization')).toEqual([...REUSE_ORDER]);
  });

  it.each([
    ['reuse', 'wipe'],
    ['reuse', 'on-device'],
    ['leave-organization', 'on-device'],
  ] as const)('%s with reset %s: the items it needs, in REUSE_ORDER', (purpose, reset) => {
    const items = itemsInOrder(purpose, reset);
    expect(items).toEqual(REUSE_ORDER.filter((id) => items.includes(id)));
  });

  it('each delete aims at the cloud record its checklist item names', () => {
    const recordOf: Record<string, string> = {
      'delete-intune': 'intune-device',
      'delete-autopilot': 'autopilot-device',
      'delete-entra': 'entra-device',
    };
    const steps = planCleanup(everything, 'leave-organization').steps.filter((s) => s.kind === 'graph');
    const deletes = steps.filter((s) => s.id.startsWith('delete-'));
    expect(deletes).toHaveLength(5);
    for (const step of deletes) {
      const item = resetForReuse().items.find((i) => i.id === step.item);
      expect(item?.cloudRecord, step.id).toBe(recordOf[step.id.split(':')[0] ?? '']);
    }
  });

  it('nothing is deleted before the lift and the reset, whatever the purpose', () => {
    for (const purpose of ['reuse', 'leave-organization'] as const) {
      const ids = planCleanup(everything, purpose).steps.map((s) => s.id);
      const firstDelete = ids.findIndex((id) => id.startsWith('delete-'));
      expect(ids.indexOf('tenant-lockdown-lifted')).toBeLessThan(firstDelete);
      expect(ids.indexOf('device-reset-seen')).toBeLessThan(firstDelete);
    }
  });
});
