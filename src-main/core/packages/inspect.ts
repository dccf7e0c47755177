import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { StationError } from '../../shared/errors.ts';
import { preflight, type PackageFacts, type PackageFinding, type PreflightOptions } from './preflight.ts';
import { recognise, type PackageIdentity, type RecognisedSetting } from './recognise.ts';
import { EntropySample, PIPABLE_WIM, knownFormat } from './sniff.ts';
import { WimError, corrupt } from './wim/errors.ts';
import { HEADER_FLAG, hasWimMagic, parseWimHeader, type WimCompression } from './wim/header.ts';
import type { ImageMetadata } from './wim/metadata.ts';
import { WimArchive, type WimLimits } from './wim/reader.ts';
import { openFileSource, type ByteSource } from './wim/source.ts';
import { decodeXmlBytes, looksLikeXml } from './xml-scan.ts';
import { say } from '../language.ts';

export interface InspectOptions extends PreflightOptions {
  signal?: AbortSignal;
  limits?: Partial<WimLimits>;
  decodeThreads?: number;
  /**
   * Most bytes all members together may decompress to; the default grows with the file (see decodeBudget).
   * A package that needs more is reported as `ppkg.too-much-data` instead of being read for minutes.
   */
  maxDecodedBytes?: number;
}

export interface PackageMember {
  /** Relative to the image root, `/`-separated. */
  path: string;
  size: number;
  /** SHA-256 of the member's extracted bytes; null when they could not be read intact. */
  sha256: string | null;
}

/** What `holobench ppkg inspect <file> --json` prints. */
export interface PackageInspection {
  sha256: string;
  size: number;
  format: 'wim' | 'unknown';
  compression: WimCompression;
  members: PackageMember[];
  settings: RecognisedSetting[];
  package: PackageIdentity;
  findings: PackageFinding[];
}

const EMPTY_SHA256 = createHash('sha256').digest('hex');
const MAX_XML_MEMBER = 16 << 20;
const MAX_XML_TOTAL = 64 << 20;
const HEAD_BYTES = 64 * 1024;
/** Real packages (XML, apps, certificates) expand a few times at most; bombs expand a thousand times. */
const MIN_DECODE_BUDGET = 256 << 20;
const DECODE_BUDGET_PER_FILE_BYTE = 16;

/** Decompression budget for a file: generous for real packages, a few seconds of work for a hostile one. */
export function decodeBudget(fileSize: number): number {
  return Math.max(MIN_DECODE_BUDGET, DECODE_BUDGET_PER_FILE_BYTE * fileSize);
}

/**
 * Reads a package end to end: the file's SHA-256, every member (decompressed, SHA-1 checked, SHA-256 taken),
 * what its XML members set, and the preflight findings. Problems with the file are findings; only a path that is
 * not a file at all throws (the CLI's exit code 2).
 */
export async function inspectPackage(file: string, options: InspectOptions = {}): Promise<PackageInspection> {
  await assertFile(file);
  let source: ByteSource;
  try {
    source = await openFileSource(file);
  } catch (error) {
    throw new StationError(
      'ppkg.unreadable',
      say('station-work:inspect.unreadable.title'),
      say('station-work:inspect.unreadable.message', { file }),
      { cause: error },
    );
  }
  try {
    const head = await readHead(source);
    // The file's own hash is taken while the members decode: this thread mostly waits for the decode workers then.
    const fileHash = hashWholeFile(source, options.signal);
    const result: PackageInspection = {
      sha256: '',
      size: source.size,
      format: hasWimMagic(head) ? 'wim' : 'unknown',
      compression: 'unknown',
      members: [],
      settings: [],
      package: {},
      findings: [],
    };
    const [sha256, facts] = await Promise.all([fileHash, readFacts(source, head, result, options)]);
    result.sha256 = sha256;
    result.settings = facts.recognition.settings;
    result.package = facts.recognition.identity;
    result.findings = preflight(facts, options);
    return result;
  } finally {
    await source.close();
  }
}

async function assertFile(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isFile()) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return; // opening will report it as unreadable
    throw new StationError(
      'ppkg.file-not-found',
      say('station-work:inspect.notFound.title'),
      say('station-work:inspect.notFound.message', { file }),
    );
  }
  throw new StationError(
    'ppkg.not-a-file',
    say('station-work:inspect.notAFile.title'),
    say('station-work:inspect.notAFile.message', { file }),
  );
}

async function readHead(source: ByteSource): Promise<Uint8Array> {
  const head = new Uint8Array(Math.min(HEAD_BYTES, source.size));
  const got = await source.read(head, 0);
  return head.subarray(0, got);
}

async function hashWholeFile(source: ByteSource, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let at = 0; at < source.size;) {
    signal?.throwIfAborted();
    const got = await source.read(buf.subarray(0, Math.min(buf.length, source.size - at)), at);
    if (got === 0) break;
    hash.update(buf.subarray(0, got));
    at += got;
  }
  return hash.digest('hex');
}

function emptyFacts(): PackageFacts {
  return {
    archiveError: null,
    memberErrors: [],
    encryptedMembers: [],
    looksEncrypted: false,
    imageCount: 0,
    ignoredEntries: 0,
    writeInProgress: false,
    overBudget: null,
    headerImageCount: 0,
    wimXmlProblem: null,
    missingStreams: [],
    recognition: { settings: [], identity: {}, token: { present: false, expiresAt: null }, xmlProblems: [] },
  };
}

async function readFacts(
  source: ByteSource,
  head: Uint8Array,
  result: PackageInspection,
  options: InspectOptions,
): Promise<PackageFacts> {
  const facts = emptyFacts();
  if (!hasWimMagic(head)) {
    const sample = new EntropySample();
    sample.add(head);
    const format = knownFormat(head);
    facts.archiveError =
      format === PIPABLE_WIM
        ? new WimError('ppkg.not-wim', 'the file is a pipable WIM (magic "WLPWM")', {
            words: { key: 'wim.message.pipable' },
          })
        : !format && sample.looksRandom()
          ? new WimError('ppkg.encrypted', 'not a WIM archive, and the bytes look random (encrypted)')
          : new WimError('ppkg.not-wim', format ? `the file is a ${format}` : 'the file does not start with "MSWIM"');
    return facts;
  }
  try {
    const header = parseWimHeader(head, source.size);
    result.compression = header.compression;
    facts.writeInProgress = (header.flags & HEADER_FLAG.writeInProgress) !== 0;
    const archive = await WimArchive.open(source, { limits: options.limits, decodeThreads: options.decodeThreads });
    facts.imageCount = archive.imageCount;
    facts.headerImageCount = header.imageCount;
    const xmlInfo = await archive.readXmlInfo();
    facts.wimXmlProblem = xmlInfo.problem;
    if (xmlInfo.encrypted) {
      throw new WimError('ppkg.encrypted', 'the archive XML declares itself encrypted (ESD/ENCRYPTED)');
    }
    const image = await archive.readImage(1);
    facts.ignoredEntries = image.ignored.length;
    const budget = options.maxDecodedBytes ?? decodeBudget(source.size);
    await readMembers(archive, image, result, facts, { budget, signal: options.signal });
  } catch (error) {
    if (!(error instanceof WimError)) throw error;
    facts.archiveError = error;
  }
  return facts;
}

/** What one stored stream turned out to be; every directory entry that shares it reuses this. */
interface StreamOutcome {
  sha256: string | null;
  error: WimError | null;
}

/**
 * Reads every member once per stored stream: hard links and copies share a stream (same SHA-1), and a stream is
 * decompressed once however many entries name it. Two different hashes pointing at the same stored bytes never
 * happen in a sound archive, so the second one is reported damaged without decompressing again. The total
 * decompressed is checked against `budget` before each stream, from the size the lookup table gives.
 */
async function readMembers(
  archive: WimArchive,
  image: ImageMetadata,
  result: PackageInspection,
  facts: PackageFacts,
  { budget, signal }: { budget: number; signal: AbortSignal | undefined },
): Promise<void> {
  const xml: { path: string; text: string }[] = [];
  let xmlBytes = 0;
  let decoded = 0;
  const sample = new EntropySample();
  const bySha1 = new Map<string, StreamOutcome>();
  const byStoredBytes = new Map<string, string>();

  const readStream = async (entry: ImageMetadata['entries'][number], size: number): Promise<StreamOutcome> => {
    const sha1 = entry.dataSha1!;
    const { resource } = archive.blob(sha1);
    const where = `${resource.offset}:${resource.sizeInWim}`;
    const owner = byStoredBytes.get(where);
    if (owner !== undefined) {
      return { sha256: null, error: corrupt(`stream ${sha1} points at the stored bytes of stream ${owner}`) };
    }
    byStoredBytes.set(where, sha1);
    decoded += size;
    const hash = createHash('sha256');
    const keep: Uint8Array[] = [];
    const nameSaysXml = /\.(xml|provxml)$/i.test(entry.name);
    let keepXml = size <= MAX_XML_MEMBER && xmlBytes + size <= MAX_XML_TOTAL;
    let first = true;
    try {
      for await (const window of archive.streamBlob(sha1, signal)) {
        if (first) {
          keepXml &&= nameSaysXml || looksLikeXml(window);
          if (!keepXml) sample.add(window);
          first = false;
        }
        hash.update(window);
        if (keepXml) keep.push(window);
      }
    } catch (error) {
      if (!(error instanceof WimError)) throw error;
      return { sha256: null, error };
    }
    if (keepXml && keep.length > 0) {
      xmlBytes += size;
      xml.push({ path: entry.path, text: decodeXmlBytes(Buffer.concat(keep)) });
    }
    return { sha256: hash.digest('hex'), error: null };
  };

  for (const entry of image.entries) {
    if (entry.isDirectory || entry.reparseTag !== null) continue;
    if (entry.encrypted) facts.encryptedMembers.push(entry.path);
    const member: PackageMember = { path: entry.path, size: 0, sha256: null };
    result.members.push(member);
    let outcome: StreamOutcome;
    try {
      if (entry.dataSha1 === null) {
        member.sha256 = EMPTY_SHA256;
        continue;
      }
      if (!archive.blobTable.blobs.has(entry.dataSha1)) {
        facts.missingStreams.push(entry.path);
        continue;
      }
      member.size = archive.sizeOf(entry.dataSha1);
      const known = bySha1.get(entry.dataSha1);
      if (known) outcome = known;
      else if (decoded + member.size > budget) {
        facts.overBudget ??= { budget, firstSkipped: entry.path, skipped: 0 };
        facts.overBudget.skipped++;
        continue;
      } else {
        outcome = await readStream(entry, member.size);
        bySha1.set(entry.dataSha1, outcome);
      }
    } catch (error) {
      if (!(error instanceof WimError)) throw error;
      outcome = { sha256: null, error };
    }
    member.sha256 = outcome.sha256;
    if (outcome.error) facts.memberErrors.push({ path: entry.path, error: outcome.error });
  }
  facts.recognition = recognise(xml);
  facts.looksEncrypted = xml.length === 0 && sample.looksRandom();
}
