import type { HeaderFinding } from '../../schemas/history.ts';

/**
 * The probe's judgement of each audited security header's value (issue 8, §5): a header that is present but does
 * not do its job (`strict-transport-security: max-age=0`, `x-content-type-options: sniff`) fails, with the reason.
 * Pure; the one place these rules are written. The thresholds follow the Mozilla HTTP Observatory's tests
 * (https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring) and the specifications cited per header.
 */

/** HSTS max-age of at least six months, in seconds (Mozilla Observatory: 15768000). */
export const HSTS_MIN_MAX_AGE = 15_768_000;

/** Referrer-Policy tokens (https://www.w3.org/TR/referrer-policy/#referrer-policies). */
export const REFERRER_POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'same-origin',
  'origin',
  'strict-origin',
  'origin-when-cross-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
] as const;

/** Values are stored cut to this many characters (a CSP can run to kilobytes). */
export const MAX_VALUE_CHARS = 200;

const fail = (value: string, problem: string): HeaderFinding => ({ present: true, ok: false, value: value.slice(0, MAX_VALUE_CHARS), problem });
const pass = (value: string): HeaderFinding => ({ present: true, ok: true, value: value.slice(0, MAX_VALUE_CHARS) });

/** RFC 6797 §6.1: directives separated by `;`, `max-age` required, a delta-seconds value, optionally quoted. */
function judgeHsts(value: string): HeaderFinding {
  const directives = value.split(';').map((d) => d.trim()).filter(Boolean);
  const maxAge = directives.map((d) => /^max-age\s*=\s*"?([^"]*)"?$/i.exec(d)).filter((m) => m !== null);
  if (maxAge.length === 0) return fail(value, 'no max-age directive');
  if (maxAge.length > 1) return fail(value, 'more than one max-age directive (browsers ignore the header)');
  const text = maxAge[0]![1]!.trim();
  if (!/^\d+$/.test(text)) return fail(value, `max-age "${text}" is not a number of seconds`);
  const seconds = Number(text);
  if (seconds < HSTS_MIN_MAX_AGE) {
    const days = Math.floor(seconds / 86_400);
    return fail(value, `max-age ${seconds} s (${days} day${days === 1 ? '' : 's'}) is under six months (${HSTS_MIN_MAX_AGE} s)`);
  }
  return pass(value);
}

/** https://fetch.spec.whatwg.org/#x-content-type-options-header: only `nosniff` means anything. */
function judgeNosniff(value: string): HeaderFinding {
  const first = value.split(',')[0]!.trim().toLowerCase();
  return first === 'nosniff' ? pass(value) : fail(value, `"${value.trim()}" is not nosniff`);
}

/** A CSP with at least one directive (https://www.w3.org/TR/CSP3/#parse-serialized-policy). */
function judgeCsp(value: string): HeaderFinding {
  const directives = value.split(';').map((d) => d.trim()).filter((d) => /^[a-z0-9-]+(\s|$)/i.test(d));
  return directives.length > 0 ? pass(value) : fail(value, value.trim() === '' ? 'empty policy' : 'no directive in the policy');
}

/** The last recognised token of a comma-separated list is the policy (W3C Referrer Policy §4.1). */
function judgeReferrer(value: string): HeaderFinding {
  const tokens = value.split(',').map((t) => t.trim().toLowerCase());
  const known = tokens.filter((t): t is (typeof REFERRER_POLICIES)[number] => (REFERRER_POLICIES as readonly string[]).includes(t));
  const policy = known.at(-1);
  if (!policy) return fail(value, value.trim() === '' ? 'empty value (no policy)' : `"${value.trim()}" is not a known referrer policy`);
  if (policy === 'unsafe-url') return fail(value, 'unsafe-url sends the full URL, path and query included, to every site');
  return pass(value);
}

const JUDGES: Record<string, (value: string) => HeaderFinding> = {
  'strict-transport-security': judgeHsts,
  'x-content-type-options': judgeNosniff,
  'content-security-policy': judgeCsp,
  'referrer-policy': judgeReferrer,
};

/**
 * One security header as the probe judges it: missing, or present with a value that passes, or with what is wrong.
 * Several values of one header (a repeated header) are judged as the browser would see them, joined by commas.
 *
 * @example judgeSecurityHeader('strict-transport-security', 'max-age=0')
 * // → { present: true, ok: false, value: 'max-age=0', problem: 'max-age 0 s (0 days) is under six months (15768000 s)' }
 * @example judgeSecurityHeader('x-content-type-options', undefined) // → { present: false, ok: false, problem: 'missing' }
 */
export function judgeSecurityHeader(name: string, value: string | readonly string[] | undefined): HeaderFinding {
  if (value === undefined) return { present: false, ok: false, problem: 'missing' };
  const text = typeof value === 'string' ? value : value.join(', ');
  const judge = JUDGES[name.toLowerCase()];
  if (!judge) throw new Error(`judgeSecurityHeader: no rule for the header "${name}"`);
  return judge(text);
}
