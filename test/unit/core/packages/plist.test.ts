import { describe, expect, it } from 'vitest';
import { parsePlist } from '../../../../src-main/core/packages/plist.ts';

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x">\n<plist version="1.0">${body}</plist>`;

describe('plist: diskutil output read with the one XML reader', () => {
  it.each([
    ['<dict><key>A</key><string>x &amp; y</string><key>N</key><integer>42</integer></dict>', { A: 'x & y', N: 42 }],
    ['<array><true/><false/><real>1.5</real><string/></array>', [true, false, 1.5, '']],
    ['<dict><key>D</key><dict/><key>L</key><array/></dict>', { D: {}, L: [] }],
  ])('%s', (body, expected) => {
    expect(parsePlist(wrap(body))).toEqual(expected);
  });

  it.each([
    ['not a plist', '<dict><key>A</key><string>x</string></dict>'],
    ['a key without a value', wrap('<dict><key>A</key></dict>')],
    ['an unknown tag', wrap('<dict><key>A</key><blob>x</blob></dict>')],
    ['a number that is not one', wrap('<integer>twelve</integer>')],
    ['cut short', wrap('<dict><key>A</key><string>x').replace('</plist>', '')],
  ])('%s gives null, not a throw', (_what, xml) => {
    expect(parsePlist(xml)).toBeNull();
  });

  it('a "__proto__" key is dropped, not assigned', () => {
    const v = parsePlist(wrap('<dict><key>__proto__</key><dict><key>x</key><true/></dict></dict>')) as object;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual([]);
  });
});
