/**
 * Real provisioning packages for tests, made by wimlib-imagex (Debian wimtools) from the customizations.xml
 * fixture, and damaged files for the refusals.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WIMLIB = process.env.WIMLIB_IMAGEX ?? 'wimlib-imagex';
const FIXTURE = join(import.meta.dirname, '../fixtures/packages/customizations.xml');

export function wimlibAvailable(): boolean {
  return spawnSync(WIMLIB, ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface PackageSpec {
  /** Expiry written next to the bulk token, e.g. "2020-01-01T00:00:00Z" (expired). */
  tokenExpiry?: string;
  /** Leave the edition upgrade out (HL1 + MDM warns). */
  noEditionUpgrade?: boolean;
  /** Extra bytes so copies take a measurable while. */
  padding?: number;
  /** Makes otherwise equal packages differ. */
  salt?: string;
}

/** Builds `<dir>/<name>` as an XPRESS WIM with a WCD-style customizations.xml inside. */
export function makePackage(dir: string, name: string, spec: PackageSpec = {}): string {
  const src = join(dir, `src-${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(src, { recursive: true });
  const xml = readFileSync(FIXTURE, 'utf8')
    .replace('{{BPRT}}', 'opaque-bulk-token')
    .replace('{{EXPIRY}}', spec.tokenExpiry ? `<TokenExpiry>${spec.tokenExpiry}</TokenExpiry>` : '')
    .replace(
      '{{EDITION}}',
      spec.noEditionUpgrade
        ? ''
        : '<EditionUpgrade><UpgradeEditionWithLicense>C:\\Lic\\Commercial.xml</UpgradeEditionWithLicense></EditionUpgrade>',
    );
  writeFileSync(join(src, 'customizations.xml'), xml);
  writeFileSync(join(src, 'notes.txt'), `package ${name} ${spec.salt ?? ''}\n`);
  if (spec.padding) writeFileSync(join(src, 'padding.bin'), Buffer.alloc(spec.padding, 7));
  const file = join(dir, name);
  execFileSync(WIMLIB, ['capture', src, file, 'pkg', '--compress=XPRESS'], { stdio: 'pipe' });
  return file;
}

/** Not a WIM at all: inspection blocks it. */
export function makeCorruptPackage(dir: string, name = 'corrupt.ppkg'): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from('PK\x03\x04 this is a zip file, not a provisioning package'));
  return file;
}
