#!/usr/bin/env node
// Makes resources/samples/HoloBench-Sample.ppkg: a small, harmless provisioning package (no tokens, no passwords, no
// certificates) to try the Packages screen and the `oobe-package` batch profile without a real one.
//
// Why wimlib-imagex, and only here: a .ppkg is a WIM archive. wimtools (Debian package) writes WIMs that Windows
// reads; HoloBench itself only reads them (src-main/core/packages/wim). Users never run this script: the package is
// committed, so nothing needs wimlib at run time. Developers rerun it after changing the sample; its output is
// byte-for-byte the same each time (fixed file times, and the archive's random GUID and capture times replaced by
// fixed ones), so a test can check the committed file is exactly what this script makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WIMLIB = process.env.WIMLIB_IMAGEX ?? 'wimlib-imagex';
const FIXED_TIME = new Date('2026-01-01T00:00:00Z');
const FIXED_GUID = Buffer.from('486f6c6f42656e636853616d706c6521', 'hex'); // "HoloBenchSample!"

const CUSTOMIZATIONS = `<?xml version="1.0" encoding="utf-8"?>
<!-- HoloBench sample package: made up values, safe to apply to a training device. -->
<WindowsCustomizations>
  <PackageConfig xmlns="urn:schemas-Microsoft-com:Windows-ICD-Package-Config.v1.0">
    <ID>{8d2f5b1c-3a4e-4c6f-9b7a-1e2d3c4b5a69}</ID>
    <Name>HoloBench sample</Name>
    <Version>1.0</Version>
    <OwnerType>ITAdmin</OwnerType>
    <Rank>0</Rank>
    <Notes>Skips the setup tutorials; nothing else.</Notes>
  </PackageConfig>
  <Settings xmlns="urn:schemas-microsoft-com:windows-provisioning">
    <Customizations>
      <Common>
        <FirstExperience>
          <SkipCalibration>True</SkipCalibration>
          <SkipTraining>True</SkipTraining>
        </FirstExperience>
      </Common>
    </Customizations>
  </Settings>
</WindowsCustomizations>
`;

/** Replaces the capture times wimlib writes into the WIM's XML (UTF-16LE, fixed-width hex) with zeros. */
function fixXmlTimes(wim) {
  const text = wim.toString('latin1');
  const pattern = /(<\0(?:H\0I\0G\0H\0|L\0O\0W\0)P\0A\0R\0T\0>\0)0\0x\0((?:[0-9A-F]\0){8})/g;
  const fixed = text.replace(pattern, (_, open, hex) => `${open}0\0x\0${'0\0'.repeat(hex.length / 2)}`);
  return Buffer.from(fixed, 'latin1');
}

export function makeSamplePackage(out) {
  const src = mkdtempSync(join(tmpdir(), 'holobench-sample-'));
  try {
    for (const [name, text] of [
      ['customizations.xml', CUSTOMIZATIONS],
      ['README.txt', 'HoloBench sample provisioning package. Made by scripts/make-sample-ppkg.mjs.\r\n'],
    ]) {
      const path = join(src, name);
      writeFileSync(path, text);
      utimesSync(path, FIXED_TIME, FIXED_TIME);
    }
    utimesSync(src, FIXED_TIME, FIXED_TIME);
    execFileSync(WIMLIB, ['capture', src, out, 'HoloBench sample', '--compress=XPRESS', '--no-acls'], {
      stdio: 'pipe',
    });
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
  let wim = readFileSync(out);
  FIXED_GUID.copy(wim, 24); // the header's GUID (bytes 24..39) is random per capture
  wim = fixXmlTimes(wim);
  writeFileSync(out, wim);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? join(import.meta.dirname, '..', 'resources', 'samples', 'HoloBench-Sample.ppkg');
  makeSamplePackage(out);
  process.stdout.write(`${out}\n`);
}
