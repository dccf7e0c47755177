import type { Recognition } from './recognise.ts';
import type { WimError } from './wim/errors.ts';
import { sayWords, type FindingWords } from './finding-words.ts';

export type FindingSeverity = 'block' | 'warn' | 'info';

/** One preflight result. `code` is stable (tests, CLI, ledger); `message` is for the technician. */
export interface PackageFinding {
  severity: FindingSeverity;
  code: string;
  message: string;
  /** The catalog entry `message` was made from: a stored finding is said again in the language of the day. */
  words?: FindingWords;
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

/** A finding's words: a catalog key and its (language-neutral) values. */
const text = (key: string, params?: Record<string, string | number>): FindingWords =>
  params ? { key, params } : { key };

const listed = (paths: string[]): string =>
  paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');

export function preflight(facts: PackageFacts, options: PreflightOptions = {}): PackageFinding[] {
  const findings: PackageFinding[] = [];
  const add = (severity: FindingSeverity, code: string, words: FindingWords, detail?: string): void => {
    findings.push({ severity, code, message: sayWords(words), words, ...(detail ? { detail } : {}) });
  };

  if (facts.archiveError) {
    const e = facts.archiveError;
    add('block', e.code, e.words, e.detail);
    return findings;
  }

  const byCode = new Map<string, { error: WimError; paths: string[] }>();
  for (const { path, error } of facts.memberErrors) {
    const group = byCode.get(error.code) ?? { error, paths: [] };
    group.paths.push(path);
    byCode.set(error.code, group);
  }
  for (const [code, { error, paths }] of byCode) add('block', code, error.words, `${listed(paths)}: ${error.detail}`);

  if (facts.overBudget) {
    const { budget, firstSkipped, skipped } = facts.overBudget;
    add(
      'block',
      'ppkg.too-much-data',
      text('finding.too-much-data', { count: skipped }),
      `more than ${budget} bytes to decompress; first file not read: ${firstSkipped}`,
    );
  }

  if (facts.encryptedMembers.length > 0) {
    add('block', 'ppkg.encrypted', text('wim.message.encrypted'), `encrypted files: ${listed(facts.encryptedMembers)}`);
  } else if (facts.looksEncrypted) {
    add(
      'block',
      'ppkg.encrypted',
      text('wim.message.encrypted'),
      'no readable settings inside; the contents look like random bytes',
    );
  }

  if (facts.writeInProgress) {
    add('warn', 'ppkg.incomplete', text('finding.incomplete'));
  }
  if (facts.missingStreams.length > 0) {
    add(
      'warn',
      'ppkg.missing-stream',
      text('finding.missing-stream', { count: facts.missingStreams.length }),
      `not in the lookup table: ${listed(facts.missingStreams)}`,
    );
  }
  if (facts.headerImageCount !== facts.imageCount) {
    add(
      'warn',
      'ppkg.image-count',
      text('finding.image-count', { count: facts.headerImageCount, actual: facts.imageCount }),
    );
  }
  if (facts.wimXmlProblem) {
    add('warn', 'ppkg.wim-xml-damaged', text('finding.wim-xml-damaged'), facts.wimXmlProblem);
  }
  if (facts.ignoredEntries > 0) {
    add('warn', 'ppkg.odd-names', text('finding.odd-names', { count: facts.ignoredEntries }));
  }
  for (const { member, problem } of facts.recognition.xmlProblems) {
    add('warn', 'ppkg.xml-unreadable', text('finding.xml-unreadable', { member }), problem);
  }

  tokenFindings(facts.recognition, options.now ?? new Date(), add);

  const has = (id: string): boolean => facts.recognition.settings.some((s) => s.id === id);
  const mdmPlanned = options.mdmPlanned ?? (facts.recognition.token.present || has('mdm-enrollment'));
  if (options.target === 'hololens1' && mdmPlanned && !has('edition-upgrade')) {
    add('warn', 'ppkg.hl1-no-edition-upgrade', text('finding.hl1-no-edition-upgrade'));
  }

  const owner = facts.recognition.identity.owner;
  if (owner !== undefined && owner.toLowerCase().replace(/[^a-z]/g, '') !== 'itadmin') {
    add('warn', 'ppkg.owner-not-it-admin', text('finding.owner-not-it-admin', { owner }));
  }

  if (facts.imageCount > 1) {
    add('info', 'ppkg.multiple-images', text('finding.multiple-images', { count: facts.imageCount }));
  }
  if (!facts.recognition.settings.some((s) => s.kind === 'setting')) {
    add('info', 'ppkg.nothing-recognised', text('finding.nothing-recognised'));
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function tokenFindings(
  recognition: Recognition,
  now: Date,
  add: (severity: FindingSeverity, code: string, words: FindingWords, detail?: string) => void,
): void {
  const { present, expiresAt } = recognition.token;
  if (!present && !expiresAt) return;
  if (!expiresAt) {
    add('info', 'ppkg.token-expiry-unknown', text('finding.token-expiry-unknown'));
    return;
  }
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    add('block', 'ppkg.token-expired', text('finding.token-expired', { when: expiresAt.toISOString() }));
  } else if (left <= EXPIRY_WARNING_DAYS * DAY_MS) {
    const days = Math.max(1, Math.ceil(left / DAY_MS));
    add('warn', 'ppkg.token-expiring', text('finding.token-expiring', { when: expiresAt.toISOString(), count: days }));
  }
}
