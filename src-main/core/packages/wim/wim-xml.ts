import { decodeXmlBytes, scanXml } from '../xml-scan.ts';

export interface WimXmlInfo {
  /**
   * The archive says parts of it are encrypted. The WIM header has no flag for this; encrypted archives (the
   * encrypted .esd downloads) carry <ESD><ENCRYPTED> in their XML data, which wimlib refuses as "WIM is encrypted".
   */
  encrypted: boolean;
  imageNames: string[];
  /** The XML could not be read completely; the archive itself may still be fine. */
  problem: string | null;
}

export function readWimXml(bytes: Uint8Array): WimXmlInfo {
  const info: WimXmlInfo = { encrypted: false, imageNames: [], problem: null };
  if (bytes.length === 0) return info;
  const result = scanXml(decodeXmlBytes(bytes), (el) => {
    const names = el.path.map((n) => n.toUpperCase());
    if (names[0] !== 'WIM') return;
    if (names[1] === 'ESD' && names[2] === 'ENCRYPTED') info.encrypted = true;
    if (names.length === 3 && names[1] === 'IMAGE' && names[2] === 'NAME') info.imageNames.push(el.text);
  });
  info.problem = result.problem;
  return info;
}
