import { scanXml } from './xml-scan.ts';

/**
 * Just enough of Apple's XML property list format to read `diskutil -plist` output: dict, array, string,
 * integer, real, true, false, date and data. Read with the station's one XML reader (xml-scan.ts: bounded, no DTD,
 * the five entities); malformed input gives null, never a throw.
 */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

interface Node {
  tag: string;
  value: PlistValue;
}

function valueOf(tag: string, text: string, children: Node[]): PlistValue {
  switch (tag) {
    case 'true':
    case 'false':
      return tag === 'true';
    case 'string':
    case 'date':
    case 'data':
    case 'key':
      return text;
    case 'integer':
    case 'real': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new Error('number');
      return n;
    }
    case 'array':
      return children.map((c) => c.value);
    case 'dict': {
      const dict: Record<string, PlistValue> = {};
      for (let i = 0; i < children.length; i += 2) {
        const key = children[i];
        const value = children[i + 1];
        if (key?.tag !== 'key' || !value || value.tag === 'key') throw new Error('key and value expected');
        if (key.value !== '__proto__') dict[key.value as string] = value.value;
      }
      return dict;
    }
    case 'plist':
      if (children.length !== 1) throw new Error('one value expected');
      return children[0]!.value;
    default:
      throw new Error(`unknown tag ${tag}`);
  }
}

export function parsePlist(xml: string): PlistValue | null {
  // Children of the element being read, per depth: elements are reported as they close, so a parent's children
  // are complete (in document order) when it closes.
  const levels: Node[][] = [];
  let root: PlistValue | null = null;
  try {
    const result = scanXml(xml, (el) => {
      const depth = el.path.length;
      const tag = el.path[depth - 1] ?? '';
      const children = levels[depth + 1] ?? [];
      levels[depth + 1] = [];
      const value = valueOf(tag, el.text, children);
      if (depth === 1) {
        if (tag !== 'plist') throw new Error('not a plist');
        root = value;
      } else (levels[depth] ??= []).push({ tag, value });
    });
    return result.problem ? null : root;
  } catch {
    return null;
  }
}
