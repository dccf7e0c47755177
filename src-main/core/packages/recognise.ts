import { SETTING_RULES, type SettingId, type SettingRule } from './settings-table.ts';
import { scanXml, type XmlElement } from './xml-scan.ts';

/** One thing a package sets (or says about itself), found in an XML member. Secrets never carry a value. */
export interface RecognisedSetting {
  id: SettingId;
  kind: 'setting' | 'package';
  label: string;
  /** The XML member it was found in, relative to the image root. */
  member: string;
  value?: string;
}

export interface PackageIdentity {
  id?: string;
  name?: string;
  version?: string;
  owner?: string;
  rank?: string;
}

export interface Recognition {
  settings: RecognisedSetting[];
  identity: PackageIdentity;
  /** A bulk Entra token is present; its expiry when the package states one (or the token carries one). */
  token: { present: boolean; expiresAt: Date | null };
  /** XML members that could not be read to the end (the part before the problem still counts). */
  xmlProblems: { member: string; problem: string }[];
}

interface CompiledRule {
  rule: SettingRule;
  patterns: RegExp[][];
}

const compiled: CompiledRule[] = SETTING_RULES.map((rule) => ({
  rule,
  patterns: rule.match.map((p) =>
    p
      .split('/')
      .map((segment) => new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i')),
  ),
}));

function matches(pattern: RegExp[], path: readonly string[]): boolean {
  if (!pattern[pattern.length - 1]!.test(path[path.length - 1]!)) return false;
  let want = pattern.length - 2;
  for (let i = path.length - 2; i >= 0 && want >= 0; i--) if (pattern[want]!.test(path[i]!)) want--;
  return want < 0;
}

const MAX_VALUE_CHARS = 120;

function tidy(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  if (!v) return undefined;
  return v.length > MAX_VALUE_CHARS ? `${v.slice(0, MAX_VALUE_CHARS - 1)}…` : v;
}

function attribute(el: XmlElement, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const [key, value] of el.attributes)
      if (key.toLowerCase() === name.toLowerCase() && value.trim()) return value;
  }
  return undefined;
}

function shownValue(rule: SettingRule, el: XmlElement): string | undefined {
  const show = rule.show;
  if (!show) return undefined;
  const fromAttribute = show.attributes ? attribute(el, show.attributes) : undefined;
  if (fromAttribute !== undefined) return tidy(fromAttribute);
  if (show.text && el.text) return tidy(el.text);
  if (show.elementName) return el.path[el.path.length - 1];
  return undefined;
}

/** Reads every XML member for what the package sets. Members are scanned in the order given. */
export function recognise(members: readonly { path: string; text: string }[]): Recognition {
  const settings: RecognisedSetting[] = [];
  const seen = new Set<string>();
  const expiries: Date[] = [];
  const result: Recognition = { settings, identity: {}, token: { present: false, expiresAt: null }, xmlProblems: [] };

  for (const member of members) {
    const scan = scanXml(member.text, (el) => {
      for (const { rule, patterns } of compiled) {
        if (!patterns.some((p) => matches(p, el.path))) continue;
        const value = shownValue(rule, el);
        if (rule.id === 'entra-bulk-token') {
          result.token.present = true;
          const fromToken = jwtExpiry(el.text);
          if (fromToken) expiries.push(fromToken);
          for (const [key, v] of el.attributes) {
            const date = /expir/i.test(key) ? parseExpiry(v) : null;
            if (date) expiries.push(date);
          }
        }
        if (rule.id === 'entra-token-expiry' && el.text) {
          const date = parseExpiry(el.text);
          if (date) expiries.push(date);
        }
        const key = `${rule.id}\0${value ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        settings.push({
          id: rule.id,
          kind: rule.kind,
          label: rule.label,
          member: member.path,
          ...(value ? { value } : {}),
        });
        if (rule.kind === 'package' && value) setIdentity(result.identity, rule.id, value);
      }
    });
    if (scan.problem) result.xmlProblems.push({ member: member.path, problem: scan.problem });
  }
  if (expiries.length > 0) result.token.expiresAt = new Date(Math.min(...expiries.map((d) => d.getTime())));
  return result;
}

const IDENTITY_FIELD: Partial<Record<SettingId, keyof PackageIdentity>> = {
  'package-id': 'id',
  'package-name': 'name',
  'package-version': 'version',
  'package-owner': 'owner',
  'package-rank': 'rank',
};

function setIdentity(identity: PackageIdentity, id: SettingId, value: string): void {
  const field = IDENTITY_FIELD[id];
  if (field && identity[field] === undefined) identity[field] = value;
}

/**
 * Reads an expiry written as ISO 8601 or another Date-parsable form, Unix seconds or milliseconds, or a
 * Windows FILETIME. Anything else is not a date.
 */
export function parseExpiry(text: string): Date | null {
  const t = text.trim();
  let ms: number;
  if (/^\d{9,11}$/.test(t)) ms = Number(t) * 1000;
  else if (/^\d{12,14}$/.test(t)) ms = Number(t);
  else if (/^\d{17,18}$/.test(t)) ms = Number(t) / 10_000 - 11_644_473_600_000;
  else if (/\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(t)) ms = Date.parse(t);
  else return null;
  // Plausible years only: a number that happens to parse is not an expiry.
  return Number.isFinite(ms) && ms > Date.UTC(2000, 0, 1) && ms < Date.UTC(2200, 0, 1) ? new Date(ms) : null;
}

/** When the token is a JWT, its `exp` claim (seconds since 1970). The token itself is never kept. */
export function jwtExpiry(token: string): Date | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[1]!.length > 65_536) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : null;
  } catch {
    return null;
  }
}
