import { z } from 'zod';
import { defineStep, type SimMove } from '../types.ts';
import { done, needsTech, where } from './outcome.ts';

export const ENROLLMENT_PATHS = [
  'autopilot',
  'entra-oobe',
  'entra-settings',
  'msa-work-account',
  'local-mdm-only',
] as const;
export type EnrollmentPath = (typeof ENROLLMENT_PATHS)[number];

interface CoachPage {
  title: string;
  /** Completes "... on the device in port X (SN Y) ...". */
  detail: (device: string) => string;
  deviceShould: string;
  sim?: SimMove[];
}

const SIGN_IN_DONE = 'The Start menu shows.';
const finishSetup: SimMove[] = [{ act: 'finish-setup' }];

/** A short card per thing the tech does by hand on each enrollment path; the planner holds the full guidance. */
const PAGES: Record<EnrollmentPath, CoachPage[]> = {
  autopilot: [
    {
      title: 'Give it a network',
      detail: (d) =>
        `Make sure ${d} can reach the internet during setup: a USB-C Ethernet adapter plugged in before it starts, or Wi-Fi on build 19041.1128 or newer.`,
      deviceShould: 'It is connected at the network page of setup.',
    },
    {
      title: 'Let Autopilot set it up',
      detail: (d) => `Put on ${d} and go through setup; it finds its Autopilot profile and joins your organization.`,
      deviceShould: SIGN_IN_DONE,
      sim: finishSetup,
    },
  ],
  'entra-oobe': [
    {
      title: 'Sign in with the work account',
      detail: (d) =>
        `During setup on ${d}, choose that your work or school owns it and sign in with the user's work account.`,
      deviceShould: SIGN_IN_DONE,
      sim: finishSetup,
    },
  ],
  'entra-settings': [
    {
      title: 'Finish setup',
      detail: (d) => `Finish setup on ${d} with the user's account.`,
      deviceShould: SIGN_IN_DONE,
      sim: finishSetup,
    },
    {
      title: 'Connect the work account',
      detail: (d) =>
        `On ${d}, open Settings > Accounts > Access work or school > Connect and sign in with the work account.`,
      deviceShould: 'The work account is listed under Access work or school.',
    },
  ],
  'msa-work-account': [
    {
      title: 'Finish setup with the Microsoft account',
      detail: (d) => `Finish setup on ${d} signing in with the user's Microsoft account.`,
      deviceShould: SIGN_IN_DONE,
      sim: finishSetup,
    },
    {
      title: 'Add the work account',
      detail: (d) => `On ${d}, open Settings > Accounts > Access work or school > Connect and add the work account.`,
      deviceShould: 'The work account is listed under Access work or school.',
    },
  ],
  'local-mdm-only': [
    {
      title: 'Enroll in device management only',
      detail: (d) =>
        `On ${d}, open Settings > Accounts > Access work or school, choose to enroll only in device management, and sign in.`,
      deviceShould: 'The management account is listed under Access work or school.',
    },
  ],
};

/**
 * Walks the tech through the hand-done part of an enrollment path, one card at a time, each confirmed at the
 * station. The page reached is kept in the scratch record, so a replug or crash resumes at the same card.
 */
export const coachEnrollmentStep = defineStep({
  kind: 'coach-enrollment',
  label: 'Enroll',
  params: z.strictObject({ path: z.enum(ENROLLMENT_PATHS) }),
  run: (ctx, p) => {
    const pages = PAGES[p.path];
    let page = Number(ctx.scratch.get().page ?? 0);
    if (ctx.confirmed) {
      page += 1;
      ctx.scratch.set({ page });
    }
    const current = pages[page];
    if (!current) return Promise.resolve(done({ path: p.path, pages: pages.length }));
    return Promise.resolve(
      needsTech({
        title: current.title,
        detail: `${current.detail(where(ctx.device))} Then press Confirm.`,
        deviceShould: current.deviceShould,
        confirm: true,
        sim: [...(current.sim ?? []), { confirm: true }],
      }),
    );
  },
});
