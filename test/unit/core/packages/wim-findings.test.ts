/**
 * Damage wimlib refuses outright must not pass silently: each gets its own finding. Archives are built with
 * wimlib and then damaged in one place.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../../../src-main/core/packages/inspect.ts';
import { parseWimHeader } from '../../../../src-main/core/packages/wim/header.ts';
import { dentryOffset, patchMetadata } from './support/patch.ts';
import { capture, tempDir, wimlibAvailable, writeTree } from './support/wimlib.ts';

const skip = !wimlibAvailable();

describe.skipIf(skip)('damage wimlib refuses gets a finding', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let src: string;
  let plain: Buffer;
  let n = 0;

  const write = async (bytes: Uint8Array): Promise<string> => {
    const file = join(dir.path, `case-${++n}.ppkg`);
    await writeFile(file, bytes);
    return file;
  };
  const codes = async (file: string): Promise<{ severity: string; code: string; message: string }[]> =>
    (await inspectPackage(file, { decodeThreads: 0 })).findings;

  beforeAll(async () => {
    dir = await tempDir('wim-findings');
    src = join(dir.path, 'src');
    await writeTree(src, { 'customizations.xml': '<WindowsCustomizations/>', ab: 'two-letter name' });
    capture(src, join(dir.path, 'plain.wim'), 'none');
    plain = await readFile(join(dir.path, 'plain.wim'));
  });
  afterAll(() => dir?.remove());

  it('the untouched archive has no warning', async () => {
    expect((await codes(await write(plain))).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('damaged XML data: warn ppkg.wim-xml-damaged', async () => {
    const out = Buffer.from(plain);
    const { offset, originalSize } = parseWimHeader(out.subarray(0, 208), out.length).xmlData;
    out.fill(0x3c, offset + originalSize - 40, offset + originalSize); // "<<<<" over the closing tags
    expect(await codes(await write(out))).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'ppkg.wim-xml-damaged' }),
    );
  });

  it('a header that says 0 images: warn ppkg.image-count', async () => {
    const out = Buffer.from(plain);
    out.writeUInt32LE(0, 44);
    expect(await codes(await write(out))).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'ppkg.image-count' }),
    );
  });

  it('a file whose stream is missing from the lookup table: warn ppkg.missing-stream, naming the file', async () => {
    const out = patchMetadata(plain, (m) => m.fill(0xab, dentryOffset(m, 'ab') + 64, dentryOffset(m, 'ab') + 84));
    const findings = await inspectPackage(await write(out), { decodeThreads: 0 });
    expect(findings.findings).toContainEqual(
      expect.objectContaining({ severity: 'warn', code: 'ppkg.missing-stream' }),
    );
    expect(findings.findings.find((f) => f.code === 'ppkg.missing-stream')?.detail).toContain('ab');
  });

  it.each(['XPRESS', 'LZX'])('a solid %s archive is named for its compression, not LZMS', async (c) => {
    const file = join(dir.path, `solid-${c}.wim`);
    capture(src, file, c as 'XPRESS', ['--solid', `--solid-compress=${c}`]);
    const solid = (await codes(file)).find((f) => f.code === 'ppkg.solid');
    expect(solid?.message).toContain(`solid ${c}`);
    expect(solid?.message).not.toContain('LZMS');
  });

  it('a pipable WIM is named pipable, not "may be encrypted"', async () => {
    const file = join(dir.path, 'pipable.wim');
    capture(src, file, 'XPRESS', ['--pipable']);
    const finding = (await codes(file))[0];
    expect(finding).toMatchObject({ severity: 'block', code: 'ppkg.not-wim' });
    expect(finding?.message).toMatch(/pipable/i);
    expect(finding?.message).not.toMatch(/encrypted/);
  });
});
