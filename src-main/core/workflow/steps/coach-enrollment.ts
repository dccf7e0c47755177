import { z } from 'zod';
import { defineStep, type SimMove } from '../types.ts';
import { done, needsTech, where } from './outcome.ts';
import { say } from '../../language.ts';

export const ENROLLMENT_PATHS = [
  'autopilot',
  'entra-oobe',
  'entra-settings',
  'msa-work-account',
  'local-mdm-only',
] as const;
export type EnrollmentPath = (typeof ENROLLMENT_PATHS)[number];

/** One card: its texts are `workflow:coach.<page>.title|detail|should` in the catalogs. */
interface CoachPage {
  page: string;
  sim?: SimMove[];
}

const finishSetup: SimMove[] = [{ act: 'finish-setup' }];

/** A short card per thing the tech does by hand on each enrollment path; the planner holds the full guidance. */
const PAGES: Record<EnrollmentPath, CoachPage[]> = {
  autopilot: [{ page: 'network' }, { page: 'autopilot', sim: finishSetup }],
  'entra-oobe': [{ page: 'entraOobe', sim: finishSetup }],
  'entra-settings': [{ page: 'finishSetup', sim: finishSetup }, { page: 'connectWork' }],
  'msa-work-account': [{ page: 'finishMsa', sim: finishSetup }, { page: 'addWork' }],
  'local-mdm-only': [{ page: 'mdmOnly' }],
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
        title: say(`workflow:coach.${current.page}.title`),
        detail: say(`workflow:coach.${current.page}.detail`, where(ctx.device)),
        deviceShould: say(`workflow:coach.${current.page}.should`),
        confirm: true,
        sim: [...(current.sim ?? []), { confirm: true }],
      }),
    );
  },
});
