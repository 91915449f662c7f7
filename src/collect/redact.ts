/**
 * Secrets never reach a log line, an error message or a file: every line the pull prints, every message a source
 * builds from what a vendor echoed back, and every history file before it is written, passes through here. This is
 * the one place that knows what a secret looks like.
 *
 * The secrets are the values of the environment variables that client.yaml names as `tokenEnv`. Each is caught in
 * every form it may take on the way back from a vendor:
 * - as text: as is; URL-encoded (a request URL or form body echoed back; upper- or lower-case hex, `+` or `%20` for
 *   spaces, encoded twice as `%252F`); JSON-escaped (`\/` the way PHP's json_encode writes `/`, `\u002f` the way Go
 *   and others escape any character, `\"`, `\\`); as HTML character references (`&#47;`, `&#x2F;`); and any mix of
 *   these, character by character, since each encoder picks its own set of characters to escape;
 * - as binary-to-text encodings of its bytes (for secrets of at least MIN_ENCODED_LENGTH characters): base64 and
 *   base64url, at any alignment inside a longer encoded string (a Basic authorization header `user:token`, a JWT
 *   or a body that embeds the token), padded or not, and hex in either case.
 * Redaction comes before any text is cut short, and a text that ends in the first characters of a secret (an echo
 * the vendor itself cut, or a cut made here) loses them too.
 */

/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Values shorter than this are not treated as secrets: redacting them would garble every message. */
export const MIN_SECRET_LENGTH = 4;

/** A text ending in at least this many leading characters of a secret had the secret cut off: those go too. */
export const MIN_CUT_PREFIX = 8;

/**
 * Base64 and hex forms are looked for only for secrets at least this long: the encoding of a shorter value is a few
 * characters that ordinary text (a history file's instants and numbers) could contain by chance.
 */
export const MIN_ENCODED_LENGTH = 8;

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

/** The base64 forms encodedForms made: a match of one also takes the base64 characters beside it (see redact). */
const BASE64_FORMS = new Set<string>();

/**
 * The characters of `base64` (of `k` unknown bytes, then the secret's bytes, then unknown bytes) that depend on the
 * secret's bytes alone: character i covers bits [6i, 6i + 6), so it is fixed when those bits lie inside the
 * secret's. An encoder that starts k bytes before the secret (k = 0, 1, 2 covers every alignment) writes exactly
 * these characters, whatever comes before or after.
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
    cores.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  for (const core of cores) BASE64_FORMS.add(core);
  return cores;
}

/**
 * Every form a secret may take in text that comes back, as plain strings: plain, URL-encoded, JSON-escaped, and for
 * secrets of at least MIN_ENCODED_LENGTH characters its base64 (every alignment, standard and URL-safe alphabets)
 * and hex. `redact` also matches each of these with any character encoded in any of the text encodings.
 *
 * @example encodedForms('a/b c') // → ['a/b c', 'a%2Fb%20c', 'a%2fb%20c', 'a%2Fb+c', 'a%2fb+c', 'a\\/b c']
 */
export function encodedForms(secret: string): string[] {
  const urlEncoded = encodeURIComponent(secret);
  const formEncoded = new URLSearchParams({ s: secret }).toString().slice(2);
  const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const json = jsonEscaped(secret);
  const forms = [
    secret,
    urlEncoded,
    lowerHex(urlEncoded),
    formEncoded,
    lowerHex(formEncoded),
    json,
    json.replaceAll('/', '\\/'),
    jsonEscaped(urlEncoded),
  ];
  if (secret.length >= MIN_ENCODED_LENGTH) {
    const hex = Buffer.from(secret, 'utf8').toString('hex');
    forms.push(hex, hex.toUpperCase());
    // Base64 of the secret, and of the secret as a JSON body or a URL spells it before the whole is encoded.
    for (const text of new Set([secret, json, json.replaceAll('/', '\\/'), urlEncoded])) forms.push(...base64Cores(Buffer.from(text, 'utf8')));
  }
  return [...new Set(forms)];
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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hex2 = (n: number) => n.toString(16).padStart(2, '0');
/** A hex number matched in either case. */
const anyCaseHex = (hex: string) => [...hex].map((h) => (/[a-f]/i.test(h) ? `[${h.toLowerCase()}${h.toUpperCase()}]` : h)).join('');

/**
 * A pattern for one character in any text encoding: itself; percent-encoded once or twice (each UTF-8 byte), in
 * either case; `+` for a space; a JSON `\uXXXX` escape in either case, or `\/`, `\"`, `\\`; an HTML decimal or hex
 * character reference.
 */
function characterPattern(c: string): string {
  const code = c.codePointAt(0)!;
  const bytes = [...Buffer.from(c, 'utf8')].map(hex2);
  const alternatives = [
    escapeRegExp(c),
    bytes.map((b) => `%${anyCaseHex(b)}`).join(''),
    bytes.map((b) => `%25${anyCaseHex(b)}`).join(''),
    `&#0*${code};`,
    `&#[xX]0*${anyCaseHex(code.toString(16))};`,
  ];
  // JSON spells a character outside the BMP as two \\u escapes, one per UTF-16 code unit.
  const units = [...Array(c.length).keys()].map((i) => c.charCodeAt(i).toString(16).padStart(4, '0'));
  alternatives.push(units.map((u) => `\\\\[uU]${anyCaseHex(u)}`).join(''));
  if (c === ' ') alternatives.push('\\+');
  if (c === '/' || c === '"' || c === '\\') alternatives.push(`\\\\${escapeRegExp(c)}`);
  return `(?:${alternatives.join('|')})`;
}

/** A character of either base64 alphabet. */
const BASE64_CHAR = '[A-Za-z0-9+/_-]';

/**
 * One regular expression for every form, each character in any encoding; the last PATTERNS_KEPT lists of forms keep
 * theirs. Few: V8 compiles such a pattern to 0.65–2.4 MB of machine code once it has run twice, in a code space
 * of its own that fills long before the heap does, and an agency's pull redacts with one list per source (keeping
 * 256 crashed Node after ~210 lists: "JavaScript heap out of memory"). Building one again costs
 * milliseconds, and redaction runs only on messages, not on every check.
 */
const PATTERNS_KEPT = 16;
const compiled = new Map<string, RegExp>();
function formsPattern(forms: readonly string[]): RegExp {
  const key = forms.join('\u0000');
  let pattern = compiled.get(key);
  if (pattern) {
    // Most recently used last: Map keeps insertion order, so the first key is the one used longest ago.
    compiled.delete(key);
    compiled.set(key, pattern);
  } else {
    const sources = [...new Set(forms)]
      .sort((a, b) => b.length - a.length)
      .map((form) => {
        const chars = [...form].map(characterPattern).join('');
        // Base64 characters beside a base64 core hold the secret's first or last bits mixed with its neighbours'.
        return BASE64_FORMS.has(form) ? `${BASE64_CHAR}{0,3}${chars}${BASE64_CHAR}{0,3}={0,2}` : chars;
      });
    pattern = new RegExp(sources.join('|'), 'gu');
    if (compiled.size >= PATTERNS_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}


/**
 * Replaces every form of every secret with `[redacted]`, then the first characters (at least MIN_CUT_PREFIX) of a
 * secret where the text ends or is cut (`…`). `forms` is the output of secretForms or secretValues.
 *
 * @example redact('bad key tok_123456789 and tok_1234…', secretForms(['tok_123456789'])) // → 'bad key [redacted] and [redacted]…'
 */
export function redact(text: string, forms: readonly string[]): string {
  if (forms.length === 0) return text;
  const whole = text.replace(formsPattern(forms), REDACTED);
  return whole.replace(/[^\s…]+(?=…|$)/gu, (tail) => redactCutPrefix(tail, forms));
}

/** The most characters one character of a secret takes in any text encoding (a 4-byte UTF-8 character, `%25XX` each). */
const MAX_ESCAPED_LENGTH = 20;

/**
 * In the last word before a cut, the longest ending that is a secret's beginning is redacted: at least MIN_CUT_PREFIX
 * characters of one of its forms as they stand, or, spelled with escapes (`%2F`, `\u002f`, `&#47;`), at least
 * MIN_SECRET_LENGTH characters once decoded. Only the last characters that could hold a secret's beginning are
 * tried, so a long word costs no more than a short one.
 */
function redactCutPrefix(tail: string, forms: readonly string[]): string {
  const longest = forms.reduce((n, f) => Math.max(n, f.length), 0);
  const first = Math.max(0, tail.length - longest * MAX_ESCAPED_LENGTH);
  for (let start = first; start <= tail.length - Math.min(MIN_CUT_PREFIX, MIN_SECRET_LENGTH + 1); start++) {
    const ending = tail.slice(start);
    if (ending.includes(REDACTED)) continue;
    if (ending.length >= MIN_CUT_PREFIX && forms.some((form) => form.startsWith(ending))) return `${tail.slice(0, start)}${REDACTED}`;
    const decoded = looselyDecoded(ending);
    if (decoded !== ending && decoded.length >= MIN_SECRET_LENGTH && forms.some((form) => form.startsWith(decoded))) {
      return `${tail.slice(0, start)}${REDACTED}`;
    }
  }
  return tail;
}

/** An escape cut short at the end of a text: `%`, `%2`, `%252`, `\`, `\u00`, `&#`, `&#x2`, `&#4`. */
const PARTIAL_ESCAPE = /(?:%(?:25)?[0-9a-f]?|\\(?:u[0-9a-f]{0,3})?|&(?:#(?:x[0-9a-f]*|\d*))?)$/i;

/** A text with its escapes decoded (percent once or twice, JSON, HTML), dropping an escape cut short at its end. */
function looselyDecoded(text: string): string {
  const percent = (s: string) =>
    s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  return percent(percent(text.replace(PARTIAL_ESCAPE, '')))
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\([/"\\])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

/** A function that redacts every secret in a text (see redact). */
export function redactor(forms: readonly string[]): (text: string) => string {
  return (text) => redact(text, forms);
}

/** Whether a text contains any secret, in any form (any encoding, as redact finds them). */
export const containsSecret = (text: string, forms: readonly string[]) => forms.length > 0 && formsPattern(forms).test(text);

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
