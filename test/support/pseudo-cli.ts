/**
 * The pseudo-locale check for terminal output. Pseudo text has no plain ASCII letters at all (every letter is
 * accented), so any ASCII word in a command's human output is either data or a text that skipped the catalogs.
 * The check looks at every word, inside the ⟦ ⟧ brackets too: a hard-coded English text handed to a catalog
 * message as a placeholder would hide inside them otherwise.
 *
 * Data (never translated) is, and only is:
 *  - a word with a digit (codes, serials, builds, ports, sizes), a path or file name (/, \ or a dot inside), an id
 *    (kebab-case like entra-oobe, or a SYMBOL_WITH_UNDERSCORES), the input echoed back in straight quotes ("nope"),
 *    the lone X that marks a blocker, a size unit symbol as Intl writes it (kB, MB);
 *  - what a technician types: flags (--json), "holobench", and the `typed` words the caller names (command names,
 *    flag values); words inside <>, [] or with |; a line of a usage synopsis (it starts with "holobench <command> "
 *    with no colon after the command, or continues one with "(--" or "[--", or is a placeholder that starts so);
 *  - a citation of a source document (HLdocs:..., DOMAIN.md, seed S12): the documents are English;
 *  - for commands that print texts another part of the station wrote (planner steps, a device's next action), the
 *    string values of the same command's --json output: those texts are data to the command line, and the pseudo
 *    checks of their own namespaces cover them.
 */
const DATA_WORD = [
  /\d/,
  /^-{1,2}[A-Za-z]/,
  /[/\\]/,
  /^[\w-]+\.[\w.-]+$/,
  /^[a-z0-9]+(?:-[a-z0-9]+)+$/,
  /_/,
  /[|<>[\]]/,
  /^X$/,
  /^[kMGT]?B$/,
];

const SYNOPSIS = /^[^A-Za-z]*holobench [\w-]+(?!:)\s|^\s+[[(]--/;
const CITATION = /HLdocs:|DOMAIN\.md|\bseed S\d/;

function jsonStrings(json: string): string[] {
  if (!json) return [];
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(json));
  return out.filter((s) => s.length > 3).sort((a, b) => b.length - a.length);
}

export function untranslatedCliWords(output: string, typed: readonly string[], json = ''): string[] {
  const isData = (word: string) => {
    if (/^"[^"]*"[).,:;]*$/.test(word)) return true;
    const w = word.replace(/^[("'“„,;:.!?]+|[)"'”“,;:.!?]+$/g, '');
    return !/[A-Za-z]/.test(w) || w === 'holobench' || typed.includes(w) || DATA_WORD.some((re) => re.test(w));
  };
  const foreign = jsonStrings(json);
  const found: string[] = [];
  for (const line of output.split('\n')) {
    if (SYNOPSIS.test(line)) continue;
    // Runs of printable ASCII: pseudo letters, brackets and the ~ padding break them.
    for (const run of line.match(/[\x20-\x7d]+/g) ?? []) {
      // A synopsis handed to a catalog message as a placeholder ("Sign-in: {{flags}}") is a command line too.
      if (/^[\s):]*[[(]--/.test(run)) continue;
      const text = run.replace(/^[\s:;,.(]+|[\s(:;,]+$/g, '');
      if (!/[A-Za-z]/.test(text) || CITATION.test(text)) continue;
      if (foreign.some((s) => s.includes(text))) continue;
      let rest = text;
      for (const s of foreign) if (rest.includes(s)) rest = rest.split(s).join(' ');
      // What is left: every stretch of words that are not data must be part of a text from --json.
      const phrases = rest
        .split(/\s+/)
        .reduce<string[][]>((acc, word) => (isData(word) ? [...acc, []] : (acc.at(-1)!.push(word), acc)), [[]]);
      const wrong = phrases.filter((p) => p.length > 0 && !foreign.some((s) => s.includes(p.join(' '))));
      if (wrong.length > 0) found.push(text);
    }
  }
  return found;
}
