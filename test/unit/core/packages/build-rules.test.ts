import { describe, expect, it } from 'vitest';
import {
  compareBuilds,
  parseBuild,
  usbProvisioningSupport,
  type UsbProvisioningLevel,
} from '../../../../src-main/core/packages/build-rules.ts';

describe('HoloLens 2 builds and USB-drive provisioning', () => {
  it.each([
    ['10.0.19041.1128', { build: 19041, revision: 1128 }],
    ['19041.1128', { build: 19041, revision: 1128 }],
    ['22621.1244', { build: 22621, revision: 1244 }],
    [' 10.0.20348.1432 ', { build: 20348, revision: 1432 }],
    ['19041', null],
    ['10.0.19041', null],
    ['abc', null],
    ['19041.1128.5', null],
  ])('parseBuild(%j)', (text, expected) => {
    expect(parseBuild(text)).toEqual(expected);
  });

  it.each([
    ['19041.1128', '19041.1103', 1],
    ['19041.1103', '19041.1128', -1],
    ['10.0.19041.1361', '19041.1361', 0],
    ['19041.999', '19041.1103', -1], // numeric, not text: 999 < 1103
    ['20348.1', '19041.9999', 1],
  ])('compareBuilds(%s, %s) has sign %i', (a, b, sign) => {
    expect(Math.sign(compareBuilds(parseBuild(a)!, parseBuild(b)!))).toBe(sign);
  });

  it.each<[string, UsbProvisioningLevel, string | undefined]>([
    ['10.0.18362.1039', 'unsupported', '19041.1103'],
    ['19041.1102', 'unsupported', '19041.1103'],
    ['19041.1103', 'manual', '19041.1128'],
    ['10.0.19041.1127', 'manual', '19041.1128'],
    ['19041.1128', 'auto-launch', '19041.1361'],
    ['19041.1360', 'auto-launch', '19041.1361'],
    ['19041.1361', 'hands-off', undefined],
    ['10.0.20348.1432', 'hands-off', undefined],
    ['22621.1244', 'hands-off', undefined],
  ])('build %s: %s', (build, level, next) => {
    const support = usbProvisioningSupport(build)!;
    expect(support.level).toBe(level);
    expect(support.nextLevelFrom).toBe(next);
    expect(support.message.length).toBeGreaterThan(20);
  });

  it('the auto-launch level mentions the 10 second countdown', () => {
    expect(usbProvisioningSupport('19041.1128')!.message).toContain('10 second');
  });

  it('an unreadable build gives no answer rather than a guess', () => {
    expect(usbProvisioningSupport('not a build')).toBeNull();
  });
});
