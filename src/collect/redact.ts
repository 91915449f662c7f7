/**
 * Secrets never reach a log line, an error message or a file: every line the pull prints, every message a source
 * builds from what a vendor echoed back, and every history file before it is written, passes through here. This is
 * the one place that knows what a secret looks like.
 *
 * The secrets are the values of the environment variables that client.yaml names as `tokenEnv`. Each is caught in
 * every form it may take on the way back from a vendor: as is, URL-encoded (a request URL or form body echoed back;
 * upper- or lower-case hex, `+` or `%20` for spaces) and JSON-escaped (a body quoting the token, with `/` as `\/`
 * the way PHP's json_encode and others write it). Redaction comes before any text is cut short, and a text that
 * ends in the first characters of a secret (an echo the vendor itself cut, or a cut made here) loses them too.
 */

/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Values shorter than this are not treated as secrets: redacting them would garble every message. */
export const MIN_SECRET_LENGTH = 4;

/** A text ending in at least this many leading characters of a secret had the secret cut off: those go too. */
export const MIN_CUT_PREFIX = 8;

/** Every `tokenEnv` named anywhere in a parsed client.yaml (valid or not), so even a broken file's tokens are known. */
export function tokenEnvNames(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) tokenEnvNames(item, into);
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'tokenEnv' && typeof value === 'string') into.add(value);
      else tokenEnvNames(value, into);
    }
  }
  return into;
}

/** The JSON string body of a value, without the quotes: how a JSON document spells it. */
const jsonEscaped = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * Every form a secret may take in text that comes back: plain, URL-encoded and JSON-escaped.
 *
 * @example encodedForms('a/b c') // → ['a/b c', 'a%2Fb%20c', 'a%2fb%20c', 'a%2Fb+c', 'a%2fb+c', 'a\\/b c']
 */
export function encodedForms(secret: string): string[] {
  const urlEncoded = encodeURIComponent(secret);
  const formEncoded = new URLSearchParams({ s: secret }).toString().slice(2);
  const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const json = jsonEscaped(secret);
  return [
    ...new Set([
      secret,
      urlEncoded,
      lowerHex(urlEncoded),
      formEncoded,
      lowerHex(formEncoded),
      json,
      json.replaceAll('/', '\\/'),
      jsonEscaped(urlEncoded),
    ]),
  ];
}

/**
 * Every form of every secret value, longest first (so a secret that contains another is replaced whole). Empty,
 * missing and too-short values are left out.
 *
 * @example secretForms(['tok/123', undefined, '']) // → ['tok%2F123', 'tok%2f123', 'tok\\/123', 'tok/123']
 */
export function secretForms(values: Iterable<string | undefined>): string[] {
  const forms = new Set<string>();
  for (const raw of values) {
    const value = raw?.trim();
    if (!value || value.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(value)) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** The secret values held by the named environment variables, in every form (see secretForms). */
export function secretValues(names: Iterable<string>, env: Readonly<Record<string, string | undefined>>): string[] {
  return secretForms([...names].map((name) => env[name]));
}

/**
 * Replaces every form of every secret with `[redacted]`, then the first characters (at least MIN_CUT_PREFIX) of a
 * secret where the text ends or is cut (`…`). `forms` is the output of secretForms or secretValues.
 *
 * @example redact('bad key tok_123456789 and tok_1234…', secretForms(['tok_123456789'])) // → 'bad key [redacted] and [redacted]…'
 */
export function redact(text: string, forms: readonly string[]): string {
  if (forms.length === 0) return text;
  const whole = forms.reduce((out, form) => out.split(form).join(REDACTED), text);
  return whole.replace(/[^\s…]+(?=…|$)/gu, (tail) => redactCutPrefix(tail, forms));
}

/** In the last word before a cut, the longest ending that is a secret's beginning (≥ MIN_CUT_PREFIX) is redacted. */
function redactCutPrefix(tail: string, forms: readonly string[]): string {
  for (let start = 0; start <= tail.length - MIN_CUT_PREFIX; start++) {
    const ending = tail.slice(start);
    if (forms.some((form) => form.startsWith(ending))) return `${tail.slice(0, start)}${REDACTED}`;
  }
  return tail;
}

/** A function that redacts every secret in a text (see redact). */
export function redactor(forms: readonly string[]): (text: string) => string {
  return (text) => redact(text, forms);
}

/** Whether a text contains any secret, in any form. */
export const containsSecret = (text: string, forms: readonly string[]) => forms.some((s) => text.includes(s));

/**
 * A short single-line excerpt of a text for a message, never showing a secret or a piece of one: redacted first,
 * then cut to `max` characters (`…` marks the cut), then any secret's beginning left at the cut is redacted too.
 *
 * @example excerpt('{"error":"bad token tok_123456789"}', secretForms(['tok_123456789']), 20) // → '{"error":"bad token …'
 */
export function excerpt(text: string, forms: readonly string[], max = 120): string {
  const oneLine = redact(text, forms).replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return redact(oneLine, forms);
  return redact(`${oneLine.slice(0, max)}…`, forms);
}
