import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jwtExpiry, parseExpiry, recognise } from '../../../../src-main/core/packages/recognise.ts';
import {
  decodeEntities,
  decodeXmlBytes,
  looksLikeXml,
  scanXml,
  type XmlElement,
} from '../../../../src-main/core/packages/xml-scan.ts';

function scan(xml: string, limits = {}): { elements: XmlElement[]; problem: string | null } {
  const elements: XmlElement[] = [];
  const { problem } = scanXml(xml, (e) => elements.push(e), limits);
  return { elements, problem };
}

const paths = (xml: string): string[] => scan(xml).elements.map((e) => e.path.join('/'));

describe('xml-scan', () => {
  it.each([
    ['elements are reported when they close, innermost first', '<a><b/><c>t</c></a>', ['a/b', 'a/c', 'a']],
    ['namespace prefixes are dropped', '<x:a xmlns:x="u"><x:b/></x:a>', ['a/b', 'a']],
    [
      'comments, PIs and CDATA do not create elements',
      '<?xml version="1.0"?><!-- <z/> --><a><![CDATA[<y/>]]></a>',
      ['a'],
    ],
    ['a DOCTYPE with an internal subset is skipped, never expanded', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', ['a']],
    ['a mismatched end tag closes up to the matching element', '<a><b><c></b><d/></a>', ['a/b/c', 'a/b', 'a/d', 'a']],
    ['an end tag with no open element is ignored', '<a></z><b/></a>', ['a/b', 'a']],
    ['unclosed elements are closed at the end', '<a><b>', ['a/b', 'a']],
  ])('%s', (_, xml, expected) => {
    expect(paths(xml)).toEqual(expected);
  });

  it('text is trimmed and decodes the five predefined entities and character references', () => {
    const [el] = scan('<a>  &lt;&gt;&amp;&quot;&apos; &#65;&#x42; &unknown; </a>').elements;
    expect(el!.text).toBe(`<>&"' AB &unknown;`);
  });

  it('attributes: quoted either way, entities decoded, prefixes dropped', () => {
    const [el] = scan(`<a one="1" two='&lt;2&gt;' x:three="3" four=4/>`).elements;
    expect(Object.fromEntries(el!.attributes)).toEqual({ one: '1', two: '<2>', three: '3', four: '4' });
  });

  it('a billion-laughs document stays small: entities are not expanded', () => {
    const lol = `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">`).join('')}]><l>&bbbbbbbbb;</l>`;
    expect(scan(lol).elements[0]!.text).toBe('&bbbbbbbbb;');
  });

  it.each([
    [
      'nesting past the depth limit stops with a problem',
      '<a>'.repeat(200),
      { maxDepth: 128 },
      'elements nest too deep',
    ],
    ['an unterminated comment stops with a problem', '<a><!-- never ends', {}, 'unterminated comment'],
    ['a broken start tag stops with a problem', '<a><b attr="x></a>', {}, 'broken start tag'],
    ['too many elements stop with a problem', '<a/>'.repeat(50), { maxElements: 10 }, 'too many elements'],
  ])('%s', (_, xml, limits, problem) => {
    expect(scan(xml, limits).problem).toBe(problem);
  });

  it('text per element is capped', () => {
    expect(scan(`<a>${'x'.repeat(100_000)}</a>`).elements[0]!.text.length).toBe(16_384);
  });

  it('arbitrary input never throws and never reports deeper than the limit (fast-check)', () => {
    const xmlish = fc.stringMatching(/^[<>/a-c="' !?\-[\]&;#x0-9CDAT]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), xmlish), (s) => {
        const { elements } = scan(s, { maxDepth: 16 });
        for (const e of elements) expect(e.path.length).toBeLessThanOrEqual(16);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.from('\uFEFF<a>é</a>', 'utf8')],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>é</a>', 'utf16le')])],
    ['UTF-16LE without a BOM', Buffer.from('<a>é</a>', 'utf16le')],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<a>é</a>', 'utf16le').swap16()])],
    ['plain UTF-8', Buffer.from('<a>é</a>', 'utf8')],
  ])('decodes %s', (_, bytes) => {
    expect(decodeXmlBytes(bytes)).toBe('<a>é</a>');
    expect(looksLikeXml(bytes)).toBe(true);
  });

  it('binary data does not look like XML', () => {
    expect(looksLikeXml(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0))).toBe(false);
  });

  it('character references outside Unicode become U+FFFD', () => {
    expect(decodeEntities('&#xD800;&#1114112;')).toBe('\uFFFD\uFFFD');
  });
});

describe('recognise', () => {
  it('matches names through wrapper elements and ignores case', () => {
    const r = recognise([
      {
        path: 'c.xml',
        text: '<root><developersetup><Extra><ENABLEDEVELOPERMODE>true</ENABLEDEVELOPERMODE></Extra></developersetup></root>',
      },
    ]);
    expect(r.settings).toEqual([
      { id: 'developer-mode', kind: 'setting', label: 'Developer mode', member: 'c.xml', value: 'true' },
    ]);
  });

  it('recognises kiosk settings: single-app and multi-app Assigned Access', () => {
    const r = recognise([
      {
        path: 'customizations.xml',
        text:
          '<Settings><AssignedAccess><AssignedAccessSettings>{"Account":"Kiosk","AUMID":"App!App"}</AssignedAccessSettings>' +
          '<MultiAppAssignedAccessSettings>kiosk.xml</MultiAppAssignedAccessSettings></AssignedAccess></Settings>',
      },
    ]);
    expect(r.settings.map((s) => [s.id, s.value])).toEqual([
      ['kiosk-single-app', '{"Account":"Kiosk","AUMID":"App!App"}'],
      ['kiosk-multi-app', 'MultiAppAssignedAccessSettings'],
    ]);
  });

  it('an element outside its context is not matched (UserName under Device Portal is no local account)', () => {
    const r = recognise([
      { path: 'c.xml', text: '<DeveloperSetup><Users><UserName>x</UserName></Users></DeveloperSetup>' },
    ]);
    expect(r.settings.map((s) => s.id)).toEqual([]);
  });

  it('the same setting in two members is listed once, from the first', () => {
    const text = '<WLAN><WLANSetting><WLANConfig SSID="A"/></WLANSetting></WLAN>';
    const r = recognise([
      { path: 'one.xml', text },
      { path: 'two.xml', text },
    ]);
    expect(r.settings).toEqual([expect.objectContaining({ id: 'wifi', value: 'A', member: 'one.xml' })]);
  });

  it('a Wi-Fi profile member (WLANProfile schema) counts as a Wi-Fi network', () => {
    const r = recognise([
      {
        path: 'wifi.xml',
        text: '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><name>p</name><SSIDConfig><SSID><name>Dock</name></SSID></SSIDConfig></WLANProfile>',
      },
    ]);
    expect(r.settings).toEqual([expect.objectContaining({ id: 'wifi', value: 'Dock' })]);
  });

  it('the earliest of several stated expiries wins', () => {
    const r = recognise([
      {
        path: 'a.xml',
        text: '<Accounts><Azure><BPRT>t</BPRT><TokenExpiry>2025-05-01T00:00:00Z</TokenExpiry></Azure></Accounts>',
      },
      { path: 'b.xml', text: '<x><EnrollmentToken expires="2025-04-01T00:00:00Z">t</EnrollmentToken></x>' },
    ]);
    expect(r.token).toEqual({ present: true, expiresAt: new Date('2025-04-01T00:00:00Z') });
  });

  it.each([
    ['ISO 8601', '2025-04-01T10:00:00Z', '2025-04-01T10:00:00.000Z'],
    ['Unix seconds', '1743501600', '2025-04-01T10:00:00.000Z'],
    ['Unix milliseconds', '1743501600000', '2025-04-01T10:00:00.000Z'],
    ['a Windows FILETIME', '133879752000000000', '2025-04-01T10:00:00.000Z'],
    ['US date and time', '04/01/2025 10:00:00 UTC', '2025-04-01T10:00:00.000Z'],
  ])('reads an expiry written as %s', (_, text, iso) => {
    expect(parseExpiry(text)?.toISOString()).toBe(iso);
  });

  it.each([['True'], ['42'], ['not a date'], ['1.0'], ['99999999999999999999']])('"%s" is not an expiry', (text) => {
    expect(parseExpiry(text)).toBeNull();
  });

  it('reads a JWT exp claim and ignores tokens that are not JWTs', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1743501600 })).toString('base64url');
    expect(jwtExpiry(`e30.${payload}.sig`)?.toISOString()).toBe('2025-04-01T10:00:00.000Z');
    expect(jwtExpiry('opaque-token')).toBeNull();
    expect(jwtExpiry('a.b!!.c')).toBeNull();
  });
});
