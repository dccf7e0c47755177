import { z } from 'zod';
import { call } from './define.ts';
import { JobView } from './jobs.ts';

/**
 * Intune on the station API: where a serial stands (Intune managed devices, Autopilot identity, Entra device), the
 * clean-up of its cloud records (a plan first, then the steps the technician confirmed) and its group tag. The
 * sign-in is the Autopilot upload's.
 */

const Serial = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'is not a serial number');
const text = z.string().nullable();

export const IntuneStatusView = z.object({
  serial: z.string(),
  state: z.enum(['enrolled', 'not-enrolled', 'unknown-offline', 'lookup-failed']),
  label: z.string(),
  compliant: z.boolean().nullable(),
  duplicates: z.boolean(),
  intune: z.array(
    z.object({
      id: z.string(),
      deviceName: text,
      complianceState: text,
      managementState: text,
      enrolledDateTime: text,
      lastSyncDateTime: text,
      osVersion: text,
      userPrincipalName: text,
      azureADDeviceId: text,
      stale: z.boolean(),
    }),
  ),
  autopilot: z.array(
    z.object({
      id: z.string(),
      /** Graph v1.0 has no such property (only beta): always null, the reason beside it. */
      deploymentProfileAssignmentStatus: z.null(),
      deploymentProfileAssignmentStatusReason: z.string(),
      groupTag: text,
      enrollmentState: text,
      lastContactedDateTime: text,
      userPrincipalName: text,
      azureActiveDirectoryDeviceId: text,
    }),
  ),
  entra: z.array(z.object({ id: z.string(), deviceId: text, displayName: text })),
  checkedAt: text,
  error: z.object({ code: z.string(), title: z.string(), message: z.string() }).optional(),
});
export type IntuneStatusView = z.infer<typeof IntuneStatusView>;

const RequestView = z.object({ method: z.string(), path: z.string(), permission: z.string() });

export const CleanupPurpose = z.enum(['reuse', 'leave-organization', 'wipe']);
export type CleanupPurpose = z.infer<typeof CleanupPurpose>;

export const CleanupReportView = z.object({
  serial: z.string(),
  purpose: CleanupPurpose,
  mode: z.enum(['plan', 'run']),
  state: z.enum(['planned', 'done', 'waiting', 'interrupted', 'failed']),
  cleanupId: z.number().int().nullable(),
  resumed: z.boolean(),
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['confirm', 'graph']),
      title: z.string(),
      detail: z.string().optional(),
      state: z.enum(['pending', 'sending', 'done', 'failed']),
      request: RequestView.optional(),
      checkFirst: RequestView.optional(),
      answer: z.string().optional(),
    }),
  ),
  requests: z.array(RequestView),
  confirmed: z.array(z.string()),
  notes: z.array(z.string()),
  message: z.string(),
  error: z.object({ code: z.string(), title: z.string(), message: z.string() }).optional(),
});
export type CleanupReportView = z.infer<typeof CleanupReportView>;

export const IntuneTagResult = z.object({
  serial: z.string(),
  ok: z.boolean(),
  ids: z.array(z.string()),
  groupTag: z.string().optional(),
  assignedUser: z.string().optional(),
  message: z.string(),
});

export const INTUNE_CONFIRM_JOB_KIND = 'intune-confirm-enrollment';

export const intuneCalls = {
  intuneStatus: call(z.object({ serials: z.array(Serial).min(1).max(100) }), z.array(IntuneStatusView)),
  intuneCleanup: call(
    z.object({
      serial: Serial,
      purpose: CleanupPurpose,
      reset: z.enum(['wipe', 'on-device']).optional(),
      mode: z.enum(['plan', 'run']),
      /** The confirmation steps the technician ticked, by id. */
      confirmations: z.array(z.string().max(200)).max(20).default([]),
      tech: z.string().max(100).default(''),
    }),
    CleanupReportView,
  ),
  /** A job: waits until the device's serial is in Intune (or compliant), up to the timeout. */
  intuneConfirmEnrollment: call(
    z.object({
      deviceId: z.string().min(1).max(200),
      compliant: z.boolean().default(false),
      /** Unset: the station's setting (20 minutes, every 30 s unless configured otherwise). */
      timeoutMinutes: z.number().positive().max(240).optional(),
      pollSeconds: z.number().positive().max(600).optional(),
    }),
    JobView,
  ),
  intuneTag: call(
    z.object({
      serial: Serial,
      groupTag: z.string().max(200).optional(),
      assignedUser: z.string().max(300).optional(),
    }),
    IntuneTagResult,
  ),
};
