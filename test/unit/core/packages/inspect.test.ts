import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPackage, type PackageInspection } from '../../../../src-main/core/packages/inspect.ts';
import { DecodePool } from '../../../../src-main/core/packages/wim/decode-pool.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { writeU64 } from './support/patch.ts';
import { capture, fileHashes, seededBytes, tempDir, wimlibAvailable, writeTree, WIMLIB } from './support/wimlib.ts';
import { execFileSync } from 'node:child_process';

const skip = !wimlibAvailable();
const NOW = new Date('2025-03-01T12:00:00Z');
const fixture = join(import.meta.dirname, '../../../fixtures/packages/customizations.xml');

function jwt(claims: object): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

interface Variant {
  bprt?: string;
  expiry?: string;
  edition?: boolean;
}

async function customizations(v: Variant = {}): Promise<string> {
  return (await readFile(fixture, 'utf8'))
    .replace('{{BPRT}}', v.bprt ?? 'opaque-bulk-token-value')
    .replace('{{EXPIRY}}', v.expiry ?? '')
    .replace(
      '{{EDITION}}',
      v.edition === false
        ? ''
        : '<EditionUpgrade><UpgradeEditionWithLicense>C:\\Lic\\Commercial.xml</UpgradeEditionWithLicense></EditionUpgrade>',
    );
}

/** A RunTime.xml-style member in UTF-16LE with a BOM, as Windows tools write XML. */
function runtimeXml(owner: string, version: string): Buffer {
  const xml = `<?xml version="1.0" encoding="utf-16"?><Runtime><PackageConfig><OwnerType>${owner}</OwnerType><Version>${version}</Version></PackageConfig></Runtime>`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
}

describe.skipIf(skip)('inspectPackage', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let n = 0;

  async function makePackage(
    files: Record<string, string | Uint8Array>,
    compress: 'none' | 'XPRESS' | 'LZX' | 'LZMS' = 'XPRESS',
    extra: string[] = [],
  ): Promise<string> {
    const src = join(dir.path, `src-${++n}`);
    await writeTree(src, files);
    const file = join(dir.path, `pkg-${n}.ppkg`);
    capture(src, file, compress, extra);
    return file;
  }

  beforeAll(async () => {
    dir = await tempDir('inspect');
  });
  afterAll(async () => {
    await DecodePool.closeShared();
    await dir?.remove();
  });

  describe('a realistic HoloLens package', () => {
    let result: PackageInspection;
    let src: string;

    beforeAll(async () => {
      const files = {
        'customizations.xml': await customizations(),
        'RunTime.xml': runtimeXml('ITAdmin', '1.4'),
        'Zürich ü 文件.xml': '<?xml version="1.0"?><Notes>non-ASCII name</Notes>',
        'Assets/apps/Guides.msixbundle': seededBytes(300_000, 7),
        'Assets/empty.cfg': '',
      };
      const file = await makePackage(files);
      src = join(dir.path, `src-${n}`);
      result = await inspectPackage(file, { now: NOW, target: 'hololens2' });
    });

    it('reports the file hash, size, format and compression', async () => {
      const bytes = await readFile(join(dir.path, `pkg-${n}.ppkg`));
      expect(result.size).toBe(bytes.length);
      expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(result.format).toBe('wim');
      expect(result.compression).toBe('xpress');
    });

    it('lists every member with `/` paths, sizes and the SHA-256 of its extracted bytes', async () => {
      const source = await fileHashes(src);
      expect(result.members.map((m) => m.path).sort()).toEqual([...source.keys()].sort());
      for (const m of result.members) expect(m.sha256, m.path).toBe(source.get(m.path));
      expect(result.members.find((m) => m.path === 'Assets/apps/Guides.msixbundle')?.size).toBe(300_000);
    });

    it.each([
      ['wifi', 'Warehouse-5G'],
      ['entra-bulk-token', undefined],
      ['entra-authority', 'https://login.microsoftonline.com/contoso.onmicrosoft.com'],
      ['mdm-enrollment', 'enroll@contoso.com'],
      ['local-account', 'bench-admin'],
      ['certificate', 'RootCertificates'],
      ['developer-mode', 'True'],
      ['device-portal', 'Basic Auth'],
      ['hide-oobe', 'True'],
      ['skip-calibration', 'True'],
      ['skip-training', 'True'],
      ['skip-wifi', 'True'],
      ['region', '244'],
      ['time-zone', 'Pacific Standard Time'],
      ['edition-upgrade', 'UpgradeEditionWithLicense'],
      ['app', 'Contoso.Guides_8wekyb3d8bbwe'],
      ['allow-add-package', '1'],
      ['allow-remove-package', '0'],
      ['package-owner', 'ITAdmin'],
      ['package-version', '1.4'],
      ['package-name', 'Warehouse HoloLens'],
    ])('recognises %s (value %s)', (id, value) => {
      const setting = result.settings.find((s) => s.id === id);
      expect(setting, id).toBeDefined();
      expect(setting!.value).toBe(value);
      expect(setting!.member).toMatch(/\.xml$/);
    });

    it('never reports a secret: passwords, keys and tokens stay out of the result', () => {
      const json = JSON.stringify(result);
      for (const secret of [
        'Secr3t!Pass',
        'wifi-key-123',
        'portal-pass-456',
        'enroll-secret-789',
        'opaque-bulk-token-value',
      ]) {
        expect(json).not.toContain(secret);
      }
    });

    it('describes the package itself from PackageConfig', () => {
      expect(result.package).toMatchObject({ name: 'Warehouse HoloLens', version: '1.4', owner: 'ITAdmin', rank: '0' });
    });

    it('a token without a stated expiry is an info finding, and nothing blocks', () => {
      expect(result.findings.map((f) => f.code)).toEqual(['ppkg.token-expiry-unknown']);
    });
  });

  it.each([
    [
      'an expiry element in the past blocks: ppkg.token-expired',
      { expiry: '<BPRTExpiration>2025-02-20T00:00:00Z</BPRTExpiration>' },
      'block',
      'ppkg.token-expired',
    ],
    [
      'an expiry within 7 days warns: ppkg.token-expiring',
      { expiry: '<TokenExpiry>2025-03-05T00:00:00Z</TokenExpiry>' },
      'warn',
      'ppkg.token-expiring',
    ],
    [
      'a JWT token past its exp claim blocks: ppkg.token-expired',
      { bprt: jwt({ exp: Date.parse('2025-02-01') / 1000 }) },
      'block',
      'ppkg.token-expired',
    ],
    [
      'a JWT token expiring in 3 days warns: ppkg.token-expiring',
      { bprt: jwt({ exp: Date.parse('2025-03-04') / 1000 }) },
      'warn',
      'ppkg.token-expiring',
    ],
  ])('%s', async (_, variant: Variant, severity, code) => {
    const file = await makePackage({ 'customizations.xml': await customizations(variant) });
    const result = await inspectPackage(file, { now: NOW });
    expect(result.findings).toContainEqual(expect.objectContaining({ severity, code }));
    expect(JSON.stringify(result)).not.toContain('c2lnbmF0dXJl');
  });

  it('a token valid for 20 more days gives no expiry finding', async () => {
    const file = await makePackage({
      'customizations.xml': await customizations({ expiry: '<TokenExpiry>2025-03-21T00:00:00Z</TokenExpiry>' }),
    });
    const codes = (await inspectPackage(file, { now: NOW })).findings.map((f) => f.code);
    expect(codes.filter((c) => c.startsWith('ppkg.token'))).toEqual([]);
  });

  it('HoloLens (1st gen) with MDM planned and no edition upgrade warns: ppkg.hl1-no-edition-upgrade', async () => {
    const file = await makePackage({ 'customizations.xml': await customizations({ edition: false }) });
    const hl1 = await inspectPackage(file, { now: NOW, target: 'hololens1' });
    expect(hl1.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'ppkg.hl1-no-edition-upgrade' }),
    );
    const hl2 = await inspectPackage(file, { now: NOW, target: 'hololens2' });
    expect(hl2.findings.map((f) => f.code)).not.toContain('ppkg.hl1-no-edition-upgrade');
  });

  it('an owner other than IT Admin warns (RunTime.xml in UTF-16): ppkg.owner-not-it-admin', async () => {
    const file = await makePackage({
      'RunTime.xml': runtimeXml('OEM', '2.0'),
      'settings.provxml': '<a><FirstExperience><SkipTraining>True</SkipTraining></FirstExperience></a>',
    });
    const result = await inspectPackage(file, { now: NOW });
    expect(result.package).toMatchObject({ owner: 'OEM', version: '2.0' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'ppkg.owner-not-it-admin' }),
    );
    expect(result.settings.map((s) => s.id)).toContain('skip-training');
  });

  it('an XML member without an .xml name is still read', async () => {
    const file = await makePackage({
      'payload/settings.dat': '<?xml version="1.0"?><x><OOBE><HideOobe>True</HideOobe></OOBE></x>',
    });
    expect((await inspectPackage(file)).settings.map((s) => s.id)).toEqual(['hide-oobe']);
  });

  it('nothing recognised is an info finding: ppkg.nothing-recognised', async () => {
    const file = await makePackage({ 'readme.txt': 'just some text, nothing to provision\n'.repeat(100) });
    const result = await inspectPackage(file);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'info', code: 'ppkg.nothing-recognised' })]);
  });

  it.each(['none', 'LZX'] as const)('reads %s-compressed packages the same way', async (compress) => {
    const file = await makePackage({ 'customizations.xml': await customizations() }, compress);
    const result = await inspectPackage(file, { now: NOW });
    expect(result.compression).toBe(compress.toLowerCase());
    expect(result.settings.find((s) => s.id === 'wifi')?.value).toBe('Warehouse-5G');
  });

  describe('files HoloLens cannot use are blocked', () => {
    const only = async (file: string): Promise<PackageInspection> => inspectPackage(file, { now: NOW });

    it('a text file: ppkg.not-wim, format unknown', async () => {
      const file = join(dir.path, 'notes.ppkg');
      await writeFile(file, 'this is not a package');
      const result = await only(file);
      expect(result.format).toBe('unknown');
      expect(result.findings).toEqual([expect.objectContaining({ severity: 'block', code: 'ppkg.not-wim' })]);
    });

    it('a ZIP file renamed .ppkg: ppkg.not-wim naming the format', async () => {
      const file = join(dir.path, 'zip.ppkg');
      await writeFile(file, Buffer.concat([Buffer.from('PK\x03\x04'), seededBytes(20_000, 3)]));
      const [finding] = (await only(file)).findings;
      expect(finding).toMatchObject({ code: 'ppkg.not-wim', detail: 'the file is a ZIP archive' });
    });

    it('random bytes (an encrypted package): ppkg.encrypted, saying HoloLens cannot apply it', async () => {
      const file = join(dir.path, 'encrypted.ppkg');
      await writeFile(file, seededBytes(50_000, 4));
      const [finding] = (await only(file)).findings;
      expect(finding).toMatchObject({ severity: 'block', code: 'ppkg.encrypted' });
      expect(finding!.message).toMatch(/HoloLens cannot apply/);
    });

    it('a WIM whose own XML says it is encrypted (ESD/ENCRYPTED): ppkg.encrypted', async () => {
      const file = await makePackage({ 'customizations.xml': await customizations() });
      const bytes = await readFile(file);
      const xml = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('<WIM><ESD><ENCRYPTED>1</ENCRYPTED></ESD></WIM>', 'utf16le'),
      ]);
      const patched = Buffer.concat([bytes, xml]);
      writeU64(patched, 72, xml.length);
      patched[79] = 0x02;
      writeU64(patched, 80, bytes.length);
      writeU64(patched, 88, xml.length);
      await writeFile(file, patched);
      expect((await only(file)).findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.encrypted' });
    });

    it('members that are all random bytes and no XML: ppkg.encrypted', async () => {
      const file = await makePackage({ 'payload.bin': seededBytes(100_000, 5) });
      expect((await only(file)).findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.encrypted' });
    });

    it('a truncated package: ppkg.truncated', async () => {
      const file = await makePackage({ 'customizations.xml': await customizations() });
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, bytes.length - 100));
      expect((await only(file)).findings).toEqual([
        expect.objectContaining({ severity: 'block', code: 'ppkg.truncated' }),
      ]);
    });

    it('a damaged member: ppkg.bad-hash naming it, the other members still hashed', async () => {
      const file = await makePackage(
        { 'customizations.xml': await customizations(), 'assets/big.txt': 'MARKER-'.repeat(5000) },
        'none',
      );
      const bytes = await readFile(file);
      bytes[bytes.indexOf('MARKER-') + 3]! ^= 0x20;
      await writeFile(file, bytes);
      const result = await only(file);
      expect(result.findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.bad-hash' });
      expect(result.findings[0]!.detail).toContain('assets/big.txt');
      expect(result.members.find((m) => m.path === 'assets/big.txt')?.sha256).toBeNull();
      expect(result.members.find((m) => m.path === 'customizations.xml')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('LZMS compression: ppkg.compression-unsupported with re-create advice', async () => {
      const file = await makePackage({ 'customizations.xml': await customizations() }, 'LZMS');
      const result = await only(file);
      expect(result.compression).toBe('lzms');
      expect(result.findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.compression-unsupported' });
      expect(result.findings[0]!.message).toMatch(/LZMS.*XPRESS/);
    });

    it('solid resources (WIM version 3584): ppkg.solid', async () => {
      const file = await makePackage({ 'customizations.xml': await customizations() }, 'XPRESS', [
        '--solid',
        '--solid-compress=XPRESS',
      ]);
      expect((await only(file)).findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.solid' });
    });

    it('one part of a split archive: ppkg.split', async () => {
      const file = await makePackage({ 'a.bin': seededBytes(300_000, 6), 'b.bin': seededBytes(300_000, 7) }, 'none');
      execFileSync(WIMLIB, ['split', file, join(dir.path, 'part.swm'), '0.3'], { stdio: 'pipe' });
      expect((await only(join(dir.path, 'part.swm'))).findings[0]).toMatchObject({
        severity: 'block',
        code: 'ppkg.split',
      });
    });
  });

  it.each([
    [
      'a missing file throws ppkg.file-not-found (CLI exit 2)',
      () => join(dir.path, 'nope.ppkg'),
      'ppkg.file-not-found',
    ],
    ['a folder throws ppkg.not-a-file', () => dir.path, 'ppkg.not-a-file'],
  ])('%s', async (_, path, code) => {
    const error = await inspectPackage(path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StationError);
    expect((error as StationError).code).toBe(code);
  });
});
