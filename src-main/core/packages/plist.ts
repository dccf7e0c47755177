/**
 * Just enough of Apple's XML property list format to read `diskutil -plist` output: dict, array, string,
 * integer, real, true, false, date and data. Malformed input gives null, never a throw.
 */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const TOKEN = /<(\/?)([A-Za-z]+)(?:\s[^>]*?)?\s*(\/?)>|([^<]+)/g;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

interface Token {
  close: boolean;
  selfClose: boolean;
  tag: string | null;
  text: string;
}

function tokens(xml: string): Token[] {
  const body = xml.replace(/<\?[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '');
  const out: Token[] = [];
  for (const m of body.matchAll(TOKEN)) {
    if (m[2]) out.push({ close: m[1] === '/', selfClose: m[3] === '/', tag: m[2], text: '' });
    else if (m[4] && m[4].trim() !== '') out.push({ close: false, selfClose: false, tag: null, text: m[4] });
  }
  return out;
}

const unescape = (s: string): string => s.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);

export function parsePlist(xml: string): PlistValue | null {
  const list = tokens(xml);
  let at = 0;
  const next = (): Token | undefined => list[at++];

  const text = (tag: string): string => {
    let s = '';
    for (let t = next(); t; t = next()) {
      if (t.tag === tag && t.close) return s;
      if (t.tag !== null) throw new Error('nested');
      s += t.text;
    }
    throw new Error('unclosed');
  };

  const value = (t: Token | undefined): PlistValue => {
    if (!t || t.tag === null || t.close) throw new Error('value expected');
    switch (t.tag) {
      case 'true':
      case 'false':
        if (!t.selfClose) text(t.tag);
        return t.tag === 'true';
      case 'string':
      case 'date':
      case 'data':
        return t.selfClose ? '' : unescape(text(t.tag)).trim();
      case 'integer':
      case 'real': {
        const n = Number(text(t.tag).trim());
        if (!Number.isFinite(n)) throw new Error('number');
        return n;
      }
      case 'array': {
        const items: PlistValue[] = [];
        if (t.selfClose) return items;
        for (let u = next(); u && !(u.tag === 'array' && u.close); u = next()) items.push(value(u));
        return items;
      }
      case 'dict': {
        const dict: Record<string, PlistValue> = {};
        if (t.selfClose) return dict;
        for (let u = next(); u && !(u.tag === 'dict' && u.close); u = next()) {
          if (u.tag !== 'key') throw new Error('key expected');
          const key = unescape(text('key')).trim();
          const v = value(next());
          if (key !== '__proto__') dict[key] = v;
        }
        return dict;
      }
      default:
        throw new Error(`unknown tag ${t.tag}`);
    }
  };

  try {
    const first = next();
    if (first?.tag !== 'plist') return null;
    return value(next());
  } catch {
    return null;
  }
}
