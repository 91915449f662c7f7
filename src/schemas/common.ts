import { z } from 'astro/zod';

/**
 * The error of a union of accepted input types (a Date or a string, a number or a string): what was expected, rather
 * than zod's bare "Invalid input" when the value is of neither type or missing.
 */
function expecting(what: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? `is required (expected ${what})` : `expected ${what}`) };
}

/** Whether `YYYY-MM-DD` names a day that exists: not 2026-09-31, not 2026-02-29. */
function isRealDate(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/** An id used in URLs and file names: lower-case letters, digits and dashes. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as "acme-shop" (letters, digits, dashes)');

/**
 * An instant written in ISO 8601 with an explicit offset (`2026-10-03T14:05:00+01:00` or `…Z`), kept as an
 * ISO string in UTC. YAML parsers may hand us a Date already; both are accepted.
 */
export const instant = z
  .union([z.date(), z.string()], expecting('an ISO 8601 date and time with an offset, such as 2026-10-03T14:05:00+01:00'))
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'expected a valid date and time' });
        return z.NEVER;
      }
      return value.toISOString();
    }
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an ISO 8601 date and time with an offset, such as 2026-10-03T14:05:00+01:00, got "${value}"`,
      });
      return z.NEVER;
    }
    const ms = Date.parse(value);
    // Date.parse rolls an impossible day over (2026-09-31 → 1 October): the written date must exist.
    if (Number.isNaN(ms) || !isRealDate(value.slice(0, 10))) {
      ctx.addIssue({ code: 'custom', message: `expected a real date and time, got "${value}"` });
      return z.NEVER;
    }
    return new Date(ms).toISOString();
  });

/** A calendar date, `YYYY-MM-DD`. YAML may parse it to a Date at midnight UTC; both are accepted. */
export const calendarDate = z.union([z.date(), z.string()], expecting('a date such as 2026-12-25')).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isRealDate(text)) {
    ctx.addIssue({ code: 'custom', message: `expected a date such as 2026-12-25, got "${String(value)}"` });
    return z.NEVER;
  }
  return text;
});

/** A wall-clock time of day, `HH:MM` (24-hour). `24:00` is allowed as an end of day. */
export const timeOfDay = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time of day such as 09:00 or 17:30');

/**
 * An http: or https: URL, such as https://www.example.com. zod's own z.url() takes any scheme, so a typo such as
 * `htps://…`, a `mailto:` or a `javascript:` would pass.
 */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://www.example.com' });

/** An IANA time zone name such as `Europe/London`. */
export const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz.includes('/') || tz === 'UTC';
    } catch {
      return false;
    }
  },
  { message: 'expected an IANA time zone such as Europe/London' },
);

const DURATION = 'a positive duration such as 30 (minutes), "30m", "4h" or "1h30m"';

/**
 * A duration in minutes: a whole number of minutes, or a string such as `30m`, `4h` or `1h30m`.
 * Days are deliberately not accepted: on a business-hours clock "a day" is ambiguous.
 */
export const durationMinutes = z.union([z.number(), z.string()], expecting(DURATION)).transform((value, ctx) => {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0) return value;
  } else {
    const m = /^(?:(\d+)h)?\s*(?:(\d+)m)?$/.exec(value.trim());
    if (m && (m[1] || m[2])) {
      const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
      if (minutes > 0) return minutes;
    }
  }
  ctx.addIssue({
    code: 'custom',
    message: `expected ${DURATION}, got ${JSON.stringify(value)}`,
  });
  return z.NEVER;
});

/** A person to contact. */
export const contact = z.strictObject({
  /** Full name. */
  name: z.string().min(1),
  /** Role shown beside the name, such as "Account manager". */
  role: z.string().optional(),
  /** E-mail address. */
  email: z.email().optional(),
  /** Phone number, as it should be dialled. */
  phone: z.string().optional(),
});
export type Contact = z.infer<typeof contact>;
