/**
 * HoloLens OS builds, what each one makes possible, and numeric build comparison (DOMAIN.md §8). Builds are
 * compared as numbers, never as strings: "19041.999" is older than "19041.1103".
 */
import type { BuildFeature, BuildRelease } from '../../shared/contract/knowledge.ts';
import { localized } from './texts.ts';

/** The data of a release; `note` and `unverified` say whether the catalog holds those texts. */
type ReleaseData = Omit<BuildRelease, 'note' | 'unverified'> & { note?: true; unverified?: true };
/** The data of a feature; title and detail are always in the catalog, `unverified` when it has one. */
type FeatureData = Omit<BuildFeature, 'title' | 'detail' | 'unverified'> & { unverified?: true };

export interface ParsedBuild {
  /** The Windows build number, e.g. 19041. */
  build: number;
  /** The update revision, e.g. 1103; null when the input did not say. */
  revision: number | null;
}

// Five digits: HoloLens builds are 14393 and up, and "2004" or "1903" are version names, not builds.
const BUILD_RE = /^(\d{5})(?:\.(\d{1,6}))?(?:\.[0-9A-Za-z_.-]+)?$/;

/**
 * Reads "19041.1103", "10.0.19041.1128" or Device Portal's "14393.0.x86fre.rs1_release.160715-1616".
 * Returns null for anything else.
 */
export function parseBuild(input: string): ParsedBuild | null {
  const text = input.trim().replace(/^10\.0\./, '');
  const m = BUILD_RE.exec(text);
  if (!m) return null;
  return { build: Number(m[1]), revision: m[2] === undefined ? null : Number(m[2]) };
}

/**
 * Orders two builds numerically (negative, 0, positive). A missing revision counts as 0, which is right for
 * sorting; to decide whether a device meets a minimum, use buildAtLeast, which refuses to guess.
 */
export function compareBuilds(a: string, b: string): number {
  const pa = parseBuild(a);
  const pb = parseBuild(b);
  if (!pa || !pb) throw new Error(`Not a build number: ${pa ? b : a}`);
  if (pa.build !== pb.build) return pa.build - pb.build;
  return (pa.revision ?? 0) - (pb.revision ?? 0);
}

/**
 * Whether `build` is at least `min`. Undefined when it cannot be told: the build is unknown or unreadable, or it
 * gives no revision while the build numbers are equal ("19041" against "19041.1103").
 */
export function buildAtLeast(build: string | undefined, min: string): boolean | undefined {
  if (build === undefined) return undefined;
  const b = parseBuild(build);
  const m = parseBuild(min);
  if (!b || !m) return undefined;
  if (b.build !== m.build) return b.build > m.build;
  if (m.revision === null) return true;
  if (b.revision === null) return undefined;
  return b.revision >= m.revision;
}

export const MIN_BUILD = {
  autopilot: '19041.1103',
  autopilotWifi: '19041.1128',
  hl1MultiUser: '17134',
} as const;

const HLDOCS_NOTES = 'DOMAIN.md §8 (HLdocs release notes)';

const RELEASES: readonly ReleaseData[] = [
  {
    model: 'hololens2',
    version: '1903',
    build: '18362.1039',
    source: HLDOCS_NOTES,
    note: true,
  },
  {
    model: 'hololens2',
    version: '2004',
    build: '19041.1103',
    source: HLDOCS_NOTES,
    note: true,
  },
  {
    model: 'hololens2',
    version: '20H2',
    build: '19041.1128',
    source: HLDOCS_NOTES,
    note: true,
  },
  { model: 'hololens2', version: '21H1', build: '20346.1002', source: HLDOCS_NOTES },
  { model: 'hololens2', version: '21H2', build: '20348.1432', source: HLDOCS_NOTES },
  { model: 'hololens2', version: '22H1', build: '20348.1501', source: HLDOCS_NOTES },
  { model: 'hololens2', version: '22H2', build: '20348.1528', source: HLDOCS_NOTES },
  {
    model: 'hololens2',
    version: '23H1',
    build: '22621.1113',
    source: HLDOCS_NOTES,
    note: true,
  },
  {
    model: 'hololens2',
    version: '23H2',
    build: '22621.1244',
    source: HLDOCS_NOTES,
    note: true,
  },
  {
    model: 'hololens1',
    version: '1607',
    build: '14393',
    source: HLDOCS_NOTES,
    note: true,
  },
  {
    model: 'hololens1',
    version: '1803',
    build: '17134',
    source: 'HLdocs:hololens-identity.md (Windows 10 April 2018 Update)',
    note: true,
    unverified: true,
  },
  {
    model: 'hololens1',
    version: '1809',
    build: '17763',
    source: HLDOCS_NOTES,
    note: true,
  },
];

/** Every release; its note and caveat (knowledge:build.<model>-<version>.*) in the language of the moment. */
export const BUILD_RELEASES: readonly BuildRelease[] = RELEASES.map(({ note, unverified, ...data }) =>
  localized<BuildRelease>(data, `build.${data.model}-${data.version}`, {
    note: note ? 'text' : undefined,
    unverified: unverified ? 'text' : undefined,
  }),
);

const FEATURES: readonly FeatureData[] = [
  {
    id: 'autopilot',
    model: 'hololens2',
    minBuild: MIN_BUILD.autopilot,
    version: '2004',
    source: 'seed S13; DOMAIN.md §4',
  },
  {
    id: 'autopilot-wifi',
    model: 'hololens2',
    minBuild: MIN_BUILD.autopilotWifi,
    version: '20H2',
    source: 'DOMAIN.md §4',
  },
  {
    id: 'tenant-lockdown',
    model: 'hololens2',
    minBuild: '19041.1128',
    version: '20H2',
    source: 'DOMAIN.md §4',
  },
  {
    id: 'usb-drive-ppkg',
    model: 'hololens2',
    minBuild: '19041.1103',
    version: '2004',
    source: 'DOMAIN.md §3',
  },
  {
    id: 'usb-drive-ppkg-auto-launch',
    model: 'hololens2',
    minBuild: '19041.1128',
    version: '20H2',
    source: 'DOMAIN.md §3',
  },
  {
    id: 'usb-drive-ppkg-hands-off',
    model: 'hololens2',
    minBuild: '19041.1361',
    version: '20H2 update',
    source: 'DOMAIN.md §3',
  },
  {
    id: 'seamless-recalibration',
    model: 'hololens2',
    minBuild: '19041.1128',
    version: '20H2',
    source: 'HLdocs:hololens-multiple-users.md',
  },
  {
    id: 'reset-needs-40-percent-6gb',
    model: 'hololens2',
    minBuild: '22621.1113',
    version: '23H1',
    source: 'DOMAIN.md §6',
  },
  {
    id: 'ppkg-after-setup',
    model: 'hololens2',
    minBuild: null,
    version: 'all',
    source: 'DOMAIN.md §3',
  },
  {
    id: 'ppkg-after-setup',
    model: 'hololens1',
    minBuild: '17763',
    version: '1809',
    source: 'DOMAIN.md §3',
  },
  {
    id: 'mtp-file-transfer',
    model: 'hololens1',
    minBuild: '17134',
    version: '1803',
    source: 'DOMAIN.md §1',
    unverified: true,
  },
  {
    id: 'hl1-multi-user-entra',
    model: 'hololens1',
    minBuild: MIN_BUILD.hl1MultiUser,
    version: '1803',
    source: 'HLdocs:hololens-identity.md',
    unverified: true,
  },
];

/** Every feature; its title, detail and caveat (knowledge:feature.<id>@<model>.*) in the language of the moment. */
export const BUILD_FEATURES: readonly BuildFeature[] = FEATURES.map(({ unverified, ...data }) =>
  localized<BuildFeature>(data, `feature.${data.id}@${data.model}`, {
    title: 'text',
    detail: 'text',
    unverified: unverified ? 'text' : undefined,
  }),
);

/** Whether a feature is on a device of that model and build; undefined when the build cannot tell. */
export function featureAvailable(
  id: string,
  model: 'hololens1' | 'hololens2',
  build: string | undefined,
): boolean | undefined {
  const feature = BUILD_FEATURES.find((f) => f.id === id && f.model === model);
  if (!feature) return false;
  if (feature.minBuild === null) return true;
  return buildAtLeast(build, feature.minBuild);
}

/**
 * The OS build in the MTP DeviceInfo's DeviceVersion (a HoloLens reports "10.0.19041.1128"), as the station writes
 * builds everywhere ("19041.1128"); null when the version is not a build. The one place that reading is made.
 */
export function osBuildFromDeviceVersion(version: string | null | undefined): string | null {
  const parsed = version ? parseBuild(version) : null;
  if (!parsed) return null;
  return parsed.revision === null ? String(parsed.build) : `${parsed.build}.${parsed.revision}`;
}
