/**
 * Fleet guidance technicians ask for every week, beyond the seed: each topic in the station's own words, with the
 * Microsoft HoloLens page it was checked against (HLdocs: = MicrosoftDocs/Hololens, folder hololens/). The planner
 * rules and steps that change the path cite the same pages; these entries are what search and help show.
 */
import type { GuidanceTopic } from '../../shared/contract/knowledge.ts';
import { localized } from './texts.ts';

/** The data of each topic; its title, summary and points are in the knowledge catalog (topic.<id>.*). */
const TOPICS: readonly {
  id: string;
  models: GuidanceTopic['models'];
  points: number;
  source: string;
  unverified?: true;
}[] = [
  {
    id: 'hash-harvest',
    models: ['hololens2'],
    points: 5,
    source:
      'HLdocs:hololens2-autopilot.md (register devices, obtain hardware hash); HLdocs:hololens-diagnostic-logs.md',
  },
  {
    id: 'tenant-lockdown-symptoms',
    models: ['hololens2'],
    points: 4,
    source:
      'HLdocs:hololens2-autopilot.md (tenant lockdown CSP and Autopilot); HLdocs:security-baseline.md (TenantLockdown)',
  },
  {
    id: 'kiosk',
    models: ['hololens2', 'hololens1'],
    points: 4,
    source: 'HLdocs:hololens-kiosk.md; HLdocs:kiosk-configure-steps.md; HLdocs:hololens-kiosk-reference.md',
  },
  {
    id: 'certificates-wifi',
    models: ['hololens2', 'hololens1'],
    points: 3,
    source: 'HLdocs:hololens-network.md; HLdocs:hololens-certificates-network.md',
  },
  {
    id: 'updates',
    models: ['hololens2', 'hololens1'],
    points: 5,
    source:
      'HLdocs:hololens-update-hololens.md; HLdocs:hololens-updates.md; HLdocs:hololens-release-notes.md (21H1, 23H1); HLdocs:hololens-troubleshooting.md (devices not getting feature updates)',
  },
  {
    id: 'intune-wipe',
    models: ['hololens2', 'hololens1'],
    points: 3,
    source:
      'HLdocs:hololens-recovery.md (wipe the device); HLdocs:hololens2-enterprise-troubleshooting.md; HLdocs:hololens-troubleshooting.md (remote wipe)',
  },
  {
    id: 'setup-language',
    models: ['hololens2', 'hololens1'],
    points: 4,
    source: 'HLdocs:hololens2-autopilot.md (create the Autopilot profile); HLdocs:hololens2-language-support.md',
  },
  {
    id: 'hl1-business-upgrade',
    models: ['hololens1'],
    points: 3,
    source: 'HLdocs:hololens1-upgrade-enterprise.md',
  },
];

/** Every topic, its texts in the language in force when they are read. */
export const GUIDANCE_TOPICS: readonly GuidanceTopic[] = TOPICS.map(({ points, unverified, ...data }) =>
  localized<GuidanceTopic>(data, `topic.${data.id}`, {
    title: 'text',
    summary: 'text',
    points: ['point', points],
    unverified: unverified ? 'text' : undefined,
  }),
);

export function guidanceTopic(id: string): GuidanceTopic | undefined {
  return GUIDANCE_TOPICS.find((t) => t.id === id);
}
