/**
 * Tokens and client secrets must never reach the ledger, a log file or a message shown to a technician. Everything
 * this module family logs or throws goes through `redact`, which removes the secrets it is told about plus anything
 * shaped like a bearer token, a JWT or an OAuth secret field.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, detail?: Record<string, unknown>) => void;

export const REDACTED = '[redacted]';

const PATTERNS: [RegExp, string][] = [
  [/\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${REDACTED}`],
  // JWTs (access and ID tokens): three Base64url segments, the first always starting with eyJ ('{"').
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [
    /("(?:access_token|refresh_token|id_token|client_secret|client_assertion|device_code|secret|password|accessToken|refreshToken|idToken|clientSecret|privateKey)"\s*:\s*)"(?:[^"\\]|\\.)*"/g,
    `$1"${REDACTED}"`,
  ],
  [
    /\b(access_token|refresh_token|id_token|client_secret|client_assertion|device_code|code|password)=[^&\s"']+/g,
    `$1=${REDACTED}`,
  ],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, REDACTED],
];

/** Removes the given secrets (exact strings) and anything token-shaped from a text. */
export function redact(text: string, secrets: Iterable<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would blank out ordinary words; real tokens and secrets are long.
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A logger that redacts the message and the detail (as JSON) before passing them on. */
export function redactingLogger(log: Logger | undefined, secrets: () => Iterable<string | undefined>): Logger {
  return (level, message, detail) => {
    if (!log) return;
    const known = [...secrets()];
    const safeMessage = redact(message, known);
    if (detail === undefined) {
      log(level, safeMessage);
      return;
    }
    let safeDetail: Record<string, unknown>;
    try {
      safeDetail = JSON.parse(redact(JSON.stringify(detail), known)) as Record<string, unknown>;
    } catch {
      safeDetail = { note: 'detail could not be logged safely' };
    }
    log(level, safeMessage, safeDetail);
  };
}

export const silentLogger: Logger = () => {};
