import { say } from './language.ts';
/**
 * The station's one CSV reader and writer: batch manifests and Autopilot files (read), reports and exports
 * (write). Reading keeps the line each record starts on, so every problem can be reported as "line N", and refuses
 * a stray quote rather than guess what was meant. Writing follows RFC 4180 and defuses spreadsheet formulas.
 * (csv-parse, the maintained library, was weighed: it would need the same wrapping for line-numbered messages in
 * the technician's words and for the stray-quote rule, which is most of this file.)
 */

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * RFC 4180 records; tolerates a UTF-8 BOM and CRLF, LF or lone CR line ends. Quoted fields may hold commas,
 * doubled quotes and line breaks.
 */
export function readCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endField = (): void => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      field = '';
    } else if (c === '"') {
      throw new CsvSyntaxError(line, say('workflow:csv.quoteInside'));
    } else if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (wasQuoted) {
      if (c !== ' ' && c !== '\t') throw new CsvSyntaxError(line, say('workflow:csv.afterQuote'));
    } else field += c;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, say('workflow:csv.unclosed'));
  if (field !== '' || wasQuoted || fields.length > 0) endRecord();
  return records;
}

// A cell starting with one of these is run as a formula by Excel and LibreOffice when the report is opened
// ("CSV injection"): a serial or device name typed by someone else could then run commands or leak data. A leading
// apostrophe makes the spreadsheet show the text as text. Tab and CR are included for the same reason (OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : (JSON.stringify(value) ?? '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV document: header then rows, CRLF line ends (RFC 4180). */
export function writeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]): string => cells.map(csvCell).join(',');
  return [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}
