import { describe, expect, it } from 'vitest';
import {
  StorageUnreachableError,
  explainUnreachable,
  fallbackFor,
  ownedReasonFor,
  platformOf,
  type UnreachableReason,
} from '../../../../src-main/core/storage-access/unreachable.ts';

describe('an unreachable storage is explained per platform, never a dead end', () => {
  it.each([
    ['win32', 'windows-driver'],
    ['linux', 'other-program'],
    ['darwin', 'ptpcamerad'],
    ['freebsd', 'other-program'],
  ] as const)('an owned device on %s is %s', (platform, reason) => {
    expect(ownedReasonFor(platformOf(platform))).toBe(reason);
  });

  const reasons: [UnreachableReason, RegExp, RegExp][] = [
    ['windows-driver', /Windows' own portable-device/, /File Explorer/],
    ['other-program', /Another program holds/, /--take-over/],
    ['ptpcamerad', /ptpcamerad/, /Image Capture/],
    ['no-permission', /does not let this user/, /udev rule/],
  ];
  it.each(reasons)('%s: one sentence why, one fix, and the way around', (reason, why, fix) => {
    const e = explainUnreachable(reason, 'hololens2');
    expect(e.why).toMatch(why);
    expect(e.fix).toMatch(fix);
    expect(e.fallback.routes).toEqual(['usb-drive-kit', 'copy-by-hand']);
    const error = new StorageUnreachableError(e);
    expect(error.code).toBe('storage-unreachable');
    expect(error.message).not.toMatch(/\n/);
    expect(error.message).toContain(e.fallback.text);
  });

  it('names the programs it saw holding the device', () => {
    expect(explainUnreachable('other-program', 'hololens2', ['gvfsd-mtp', 'mtp-detect']).why).toContain(
      '(gvfsd-mtp, mtp-detect)',
    );
  });

  it('offers the USB drive kit only where the model takes one (HoloLens 2)', () => {
    expect(fallbackFor('hololens1').routes).toEqual(['copy-by-hand']);
    expect(fallbackFor('hololens1').text).not.toMatch(/USB drive/);
    expect(fallbackFor('hololens2').routes).toContain('usb-drive-kit');
    // Unknown model: offer both rather than hide one.
    expect(fallbackFor('unknown').routes).toHaveLength(2);
  });
});
