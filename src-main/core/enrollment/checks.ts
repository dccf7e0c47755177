/** The questions behind unknown facts, and the seed's preflight items per path. */
import { checklistFor } from '../knowledge/checklist.ts';
import type { FactKey } from '../../shared/contract/enrollment-facts.ts';
import type { Check, PathId } from '../../shared/contract/enrollment-plan.ts';

interface FactQuestion {
  question: string;
  how: string;
  source: string;
}

export const FACT_QUESTIONS: Readonly<Partial<Record<FactKey, FactQuestion>>> = {
  model: {
    question: 'Is this a HoloLens 2 or a HoloLens (1st gen)?',
    how: 'Plug it in: the station reads the model over USB. A HoloLens 2 has a USB-C port, the 1st gen a micro-USB port.',
    source: 'seed front matter (applies to both models)',
  },
  identity: {
    question:
      'Which accounts will people sign in with: Entra (work or school), Microsoft accounts, or a local account?',
    how: 'Ask the IT admin who owns the deployment.',
    source: 'seed S10',
  },
  users: {
    question: 'Will one person use this device, or several?',
    how: 'Ask the IT admin. Shared devices need Entra accounts.',
    source: 'seed S06–S09',
  },
  stage: {
    question: 'Is this a production rollout, a pilot, or a proof of concept?',
    how: 'Ask the IT admin. For shared devices in production, Autopilot is the recommended way.',
    source: 'seed S06–S09',
  },
  build: {
    question: 'Which OS build does the device run?',
    how: 'On the device: Settings > System > About. The station shows it too when it can read it.',
    source: 'seed S13; DOMAIN.md §8',
  },
  edition: {
    question: 'Does this HoloLens (1st gen) run Windows Holographic or Windows Holographic for Business?',
    how: 'On the device: Settings > System (1803 and later). Device Portal reports edition ID 135 (plain) or 136 (for Business).',
    source: 'seed S03; DOMAIN.md §2',
  },
  tenant: {
    question: 'Is the tenant a GCC High (US government) tenant?',
    how: 'Ask the IT admin.',
    source: 'seed S11',
  },
  premium: {
    question: 'Does the tenant have Entra ID P1 or P2?',
    how: 'Entra admin center > Overview shows the license; or ask the IT admin.',
    source: 'seed S23',
  },
  mdm: {
    question:
      "Which MDM does the organization use, and is it set up: Intune, Ivanti Neurons for MDM, AirWatch, or another one that uses Microsoft's MDM protocols?",
    how: 'Ask the IT admin. Without an MDM there is nothing to enroll in. Autopilot works with Intune or Ivanti Neurons for MDM only.',
    source: 'seed S04, S05; HLdocs:hololens2-autopilot.md',
  },
  autopilotRegistered: {
    question: 'Is this device registered for Autopilot with a HoloLens profile assigned?',
    how: 'Intune > Devices > Windows > Windows enrollment > Devices: find the serial number; the profile status must be "Assigned".',
    source: 'seed S12; DOMAIN.md §4',
  },
  autoEnrollmentConfigured: {
    question: 'Is automatic MDM enrollment set up in Entra?',
    how: 'Entra admin center > Mobility (MDM and MAM) > the MDM app: the enrollment URLs are filled in.',
    source: 'seed S15, S23',
  },
  mdmUserScope: {
    question: 'What is the MDM user scope in Entra: All, Some, or None?',
    how: 'Entra admin center > Mobility (MDM and MAM) > the MDM app. None makes enrollment fail with 0x8018002B.',
    source: 'DOMAIN.md §2',
  },
  bulkToken: {
    question: 'Will the device join Entra with a bulk token from a provisioning package?',
    how: 'Ask whoever built the provisioning package.',
    source: 'seed S25; DOMAIN.md §2, §3',
  },
  network: {
    question: 'Will the device reach the internet through a USB-C Ethernet adapter or through Wi-Fi during setup?',
    how: 'Before build 19041.1128 only the Ethernet adapter works for Autopilot.',
    source: 'DOMAIN.md §4',
  },
  batteryPercent: {
    question: 'How charged is the battery?',
    how: 'Plug the device in: the station shows the level. Or count the battery lights (each is about 20%).',
    source: 'DOMAIN.md §4, §6',
  },
  existingDeviceRecord: {
    question: 'Was this device enrolled or joined before (does it still have an Intune or Entra record)?',
    how: 'Search its serial number in Intune > Devices and in Entra > Devices.',
    source: 'DOMAIN.md §4, §6',
  },
  deviceState: {
    question: 'Is the device fresh (at first setup) or already set up with someone signed in?',
    how: 'Put it on: first setup starts with the hummingbird (HoloLens 2) or the fit page (1st gen).',
    source: 'seed S10',
  },
  currentAccount: {
    question: 'Which kind of account was the device set up with?',
    how: 'On the device: Settings > Accounts > Your info.',
    source: 'seed S10; DOMAIN.md §2',
  },
  localAccountPackage: {
    question: 'Is there a provisioning package that creates the local account?',
    how: 'Ask whoever builds the packages; the station can inspect a .ppkg.',
    source: 'seed S20; DOMAIN.md §2',
  },
};

export function factCheck(fact: FactKey): Check | null {
  const q = FACT_QUESTIONS[fact];
  if (!q) return null;
  return { id: `fact:${fact}`, kind: 'unknown-fact', fact, question: q.question, how: q.how, source: q.source };
}

/** The seed's troubleshooting items that matter for a path, as checks to tick before starting. */
export function preflightChecks(path: PathId): Check[] {
  return checklistFor(path).map((item) => ({
    id: `preflight:${item.id}`,
    kind: 'preflight',
    question: item.title,
    how: item.how,
    source: item.source,
  }));
}
