/**
 * A small, tolerant XML tokenizer for reading what a package sets. It reports each element when it closes, with
 * its path of local names (namespace prefixes dropped), attributes and direct text. No DTD processing and no
 * entities beyond the five predefined ones and numeric references, so a hostile file cannot expand; depth, text
 * and attribute counts are bounded. Broken markup ends the scan with a problem instead of an exception.
 */
export interface XmlElement {
  /** Local names from the document root to this element. */
  path: readonly string[];
  /** Attributes by local name, as written. */
  attributes: ReadonlyMap<string, string>;
  /** Text directly inside the element (entities decoded, trimmed, capped). */
  text: string;
}

export interface XmlScanLimits {
  maxDepth: number;
  maxTextChars: number;
  maxAttributes: number;
  maxElements: number;
}

export interface XmlScanResult {
  elements: number;
  problem: string | null;
}

const DEFAULT_LIMITS: XmlScanLimits = { maxDepth: 128, maxTextChars: 16_384, maxAttributes: 64, maxElements: 200_000 };

interface Frame {
  name: string;
  attributes: Map<string, string>;
  text: string;
}

export function scanXml(
  xml: string,
  onElement: (element: XmlElement) => void,
  limits: Partial<XmlScanLimits> = {},
): XmlScanResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const stack: Frame[] = [];
  const path: string[] = [];
  let elements = 0;
  let i = 0;

  const close = (): void => {
    const frame = stack.pop()!;
    elements++;
    onElement({ path: [...path], attributes: frame.attributes, text: frame.text.trim() });
    path.pop();
  };
  const finish = (problem: string | null): XmlScanResult => {
    while (stack.length > 0) close();
    return { elements, problem: problem ?? null };
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    const top = stack[stack.length - 1];
    if (top && textEnd > i && top.text.length < lim.maxTextChars) {
      top.text += decodeEntities(xml.slice(i, Math.min(textEnd, i + lim.maxTextChars - top.text.length)));
    }
    if (lt === -1) break;
    if (elements >= lim.maxElements) return finish('too many elements');

    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return finish('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return finish('unterminated CDATA');
      if (top && top.text.length < lim.maxTextChars) top.text += xml.slice(lt + 9, end).slice(0, lim.maxTextChars);
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return finish('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      i = skipDeclaration(xml, lt);
      if (i === -1) return finish('unterminated declaration');
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) return finish('unterminated end tag');
      const name = localName(xml.slice(lt + 2, end).trim());
      // Tolerate mismatched end tags: close up to the nearest open element of that name, else ignore the tag.
      const depth = path.lastIndexOf(name);
      if (depth !== -1) while (stack.length > depth) close();
      i = end + 1;
    } else {
      const tag = readStartTag(xml, lt, lim.maxAttributes);
      if (!tag) return finish('broken start tag');
      if (stack.length >= lim.maxDepth) return finish('elements nest too deep');
      stack.push({ name: tag.name, attributes: tag.attributes, text: '' });
      path.push(tag.name);
      if (tag.selfClosing) close();
      i = tag.end;
    }
  }
  return finish(stack.length > 0 ? 'unclosed elements' : null);
}

function skipDeclaration(xml: string, from: number): number {
  // <!DOCTYPE …> may carry an internal subset in brackets; it is skipped, never interpreted.
  let depth = 0;
  for (let i = from + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

const NAME_END = /[\s/>]/;

function readStartTag(
  xml: string,
  lt: number,
  maxAttributes: number,
): { name: string; attributes: Map<string, string>; selfClosing: boolean; end: number } | null {
  let i = lt + 1;
  while (i < xml.length && !NAME_END.test(xml[i]!)) i++;
  const name = localName(xml.slice(lt + 1, i));
  if (name === '') return null;
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (i >= xml.length) return null;
    if (xml[i] === '>') return { name, attributes, selfClosing: false, end: i + 1 };
    if (xml.startsWith('/>', i)) return { name, attributes, selfClosing: true, end: i + 2 };
    const nameStart = i;
    while (i < xml.length && !/[\s=/>]/.test(xml[i]!)) i++;
    const attrName = localName(xml.slice(nameStart, i));
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    let value = '';
    if (xml[i] === '=') {
      i++;
      while (i < xml.length && /\s/.test(xml[i]!)) i++;
      const quote = xml[i];
      if (quote === '"' || quote === "'") {
        const close = xml.indexOf(quote, i + 1);
        if (close === -1) return null;
        value = decodeEntities(xml.slice(i + 1, close));
        i = close + 1;
      } else {
        const start = i;
        while (i < xml.length && !/[\s>]/.test(xml[i]!) && !xml.startsWith('/>', i)) i++;
        value = decodeEntities(xml.slice(start, i));
      }
    }
    if (attrName === '') i++;
    else if (attributes.size < maxAttributes) attributes.set(attrName, value);
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Turns member bytes into text: BOM first, then a UTF-16 guess from the first '<', else UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** True when the bytes plausibly start an XML document (used for members without a .xml name). */
export function looksLikeXml(bytes: Uint8Array): boolean {
  const head = decodeXmlBytes(bytes.subarray(0, 256)).trimStart();
  return /^<(\?xml|[A-Za-z_])/.test(head);
}
