import type { Recognition } from './recognise.ts';
import type { WimError } from './wim/errors.ts';

export type FindingSeverity = 'block' | 'warn' | 'info';

/** One preflight result. `code` is stable (tests, CLI, ledger); `message` is for the technician. */
export interface PackageFinding {
  severity: FindingSeverity;
  code: string;
  message: string;
  /** Technical detail for support: which member, which offset. */
  detail?: string;
}

export interface PreflightOptions {
  /** The clock, for token expiry (tests pass a fixed date). */
  now?: Date;
  target?: 'hololens1' | 'hololens2';
  /** Whether devices will join MDM. Defaults to "the package enrolls them" (bulk token or MDM enrollment). */
  mdmPlanned?: boolean;
}

/** What reading the package established; preflight turns it into findings without touching the file. */
export interface PackageFacts {
  /** The archive as a whole could not be read. */
  archiveError: WimError | null;
  /** Members that could not be read (bad checksum, damaged chunk). */
  memberErrors: { path: string; error: WimError }[];
  /** Members stored encrypted (EFS), which HoloLens cannot use. */
  encryptedMembers: string[];
  /** No XML inside and the contents look like random bytes: an encrypted payload. */
  looksEncrypted: boolean;
  imageCount: number;
  /** Entries skipped for impossible names (".", "..", separators). */
  ignoredEntries: number;
  /** The writer never finished (header flag). */
  writeInProgress: boolean;
  /** Reading stopped at the decompression budget: `skipped` members (from `firstSkipped`) were not checked. */
  overBudget: { budget: number; firstSkipped: string; skipped: number } | null;
  /** Images the header claims; wimlib refuses an archive whose header and lookup table disagree. */
  headerImageCount: number;
  /** The archive's own XML description could not be read. */
  wimXmlProblem: string | null;
  /** Files whose contents the lookup table does not have. */
  missingStreams: string[];
  recognition: Recognition;
}

const EXPIRY_WARNING_DAYS = 7;
const DAY_MS = 86_400_000;
const SEVERITY_ORDER: Record<FindingSeverity, number> = { block: 0, warn: 1, info: 2 };

const ENCRYPTED_MESSAGE =
  'This package is encrypted or password-protected. HoloLens cannot apply such packages. Export it again with encryption turned off.';

const when = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const listed = (paths: string[]): string =>
  paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');

export function preflight(facts: PackageFacts, options: PreflightOptions = {}): PackageFinding[] {
  const findings: PackageFinding[] = [];
  const add = (severity: FindingSeverity, code: string, message: string, detail?: string): void => {
    findings.push({ severity, code, message, ...(detail ? { detail } : {}) });
  };

  if (facts.archiveError) {
    const e = facts.archiveError;
    add('block', e.code, e.message, e.detail);
    return findings;
  }

  const byCode = new Map<string, { error: WimError; paths: string[] }>();
  for (const { path, error } of facts.memberErrors) {
    const group = byCode.get(error.code) ?? { error, paths: [] };
    group.paths.push(path);
    byCode.set(error.code, group);
  }
  for (const [code, { error, paths }] of byCode) add('block', code, error.message, `${listed(paths)}: ${error.detail}`);

  if (facts.overBudget) {
    const { budget, firstSkipped, skipped } = facts.overBudget;
    add(
      'block',
      'ppkg.too-much-data',
      `This package unpacks to far more data than its size suggests, so the station stopped checking it (${skipped} file${skipped === 1 ? '' : 's'} not checked). Make sure this is the right file, and export it again.`,
      `more than ${budget} bytes to decompress; first file not read: ${firstSkipped}`,
    );
  }

  if (facts.encryptedMembers.length > 0) {
    add('block', 'ppkg.encrypted', ENCRYPTED_MESSAGE, `encrypted files: ${listed(facts.encryptedMembers)}`);
  } else if (facts.looksEncrypted) {
    add(
      'block',
      'ppkg.encrypted',
      ENCRYPTED_MESSAGE,
      'no readable settings inside; the contents look like random bytes',
    );
  }

  if (facts.writeInProgress) {
    add(
      'warn',
      'ppkg.incomplete',
      'This package was still being written when it was copied. Copy or export it again to be sure it is complete.',
    );
  }
  if (facts.missingStreams.length > 0) {
    add(
      'warn',
      'ppkg.missing-stream',
      `${facts.missingStreams.length} file${facts.missingStreams.length === 1 ? '' : 's'} inside this package have no contents in the archive. Windows tools refuse such a package, and a HoloLens may too. Export it again.`,
      `not in the lookup table: ${listed(facts.missingStreams)}`,
    );
  }
  if (facts.headerImageCount !== facts.imageCount) {
    add(
      'warn',
      'ppkg.image-count',
      `The package header says it holds ${facts.headerImageCount} image${facts.headerImageCount === 1 ? '' : 's'} but it has ${facts.imageCount}. Windows tools refuse such a package, and a HoloLens may too. Export it again.`,
    );
  }
  if (facts.wimXmlProblem) {
    add(
      'warn',
      'ppkg.wim-xml-damaged',
      'The archive description inside this package is damaged. Windows tools refuse such a package, and a HoloLens may too. Export it again.',
      facts.wimXmlProblem,
    );
  }
  if (facts.ignoredEntries > 0) {
    add(
      'warn',
      'ppkg.odd-names',
      `${facts.ignoredEntries} entries inside have names no file can have; the station skipped them. Re-export the package.`,
    );
  }
  for (const { member, problem } of facts.recognition.xmlProblems) {
    add(
      'warn',
      'ppkg.xml-unreadable',
      `Part of ${member} could not be read, so some settings may be missing below.`,
      problem,
    );
  }

  tokenFindings(facts.recognition, options.now ?? new Date(), add);

  const has = (id: string): boolean => facts.recognition.settings.some((s) => s.id === id);
  const mdmPlanned = options.mdmPlanned ?? (facts.recognition.token.present || has('mdm-enrollment'));
  if (options.target === 'hololens1' && mdmPlanned && !has('edition-upgrade')) {
    add(
      'warn',
      'ppkg.hl1-no-edition-upgrade',
      'HoloLens (1st gen) must be upgraded to Commercial Suite before it can join MDM, and this package has no edition upgrade license. Add the license to the package, or upgrade the devices another way first.',
    );
  }

  const owner = facts.recognition.identity.owner;
  if (owner !== undefined && owner.toLowerCase().replace(/[^a-z]/g, '') !== 'itadmin') {
    add(
      'warn',
      'ppkg.owner-not-it-admin',
      `The package owner is "${owner}", not IT Admin. Export it again with owner IT Admin. To update a package a device already has, raise the version number.`,
    );
  }

  if (facts.imageCount > 1) {
    add('info', 'ppkg.multiple-images', `The archive holds ${facts.imageCount} images; only the first was checked.`);
  }
  if (!facts.recognition.settings.some((s) => s.kind === 'setting')) {
    add(
      'info',
      'ppkg.nothing-recognised',
      'The station found no settings it knows in this package. It may still work: check what it does in Windows Configuration Designer before using it.',
    );
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function tokenFindings(
  recognition: Recognition,
  now: Date,
  add: (severity: FindingSeverity, code: string, message: string, detail?: string) => void,
): void {
  const { present, expiresAt } = recognition.token;
  if (!present && !expiresAt) return;
  if (!expiresAt) {
    add(
      'info',
      'ppkg.token-expiry-unknown',
      'This package has a bulk enrollment token, but the station cannot see when it expires. Tokens last at most 30 days from when the package was made.',
    );
    return;
  }
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    add(
      'block',
      'ppkg.token-expired',
      `The bulk enrollment token in this package expired on ${when(expiresAt)}. Devices will not join Entra with it. Make a new package with a fresh token.`,
    );
  } else if (left <= EXPIRY_WARNING_DAYS * DAY_MS) {
    const days = Math.max(1, Math.ceil(left / DAY_MS));
    add(
      'warn',
      'ppkg.token-expiring',
      `The bulk enrollment token in this package expires on ${when(expiresAt)}, in ${days} day${days === 1 ? '' : 's'}. Use the package before then, or make a new one.`,
    );
  }
}
