import type { z } from 'astro/zod';

/**
 * How a zod issue reads in a message, in one place: content validation, client.yaml in the pull, history files and
 * vendor responses all say `field.path: what was expected` the same way.
 *
 * zod 4's own `z.prettifyError` is multi-line (`✖ message` / `→ at path`), made for a terminal block; the pull and
 * the history reader need one line per file, so this formats each issue as `path: message`.
 */

/** One zod issue (zod 4 core). */
export type Issue = z.core.$ZodIssue;

/**
 * Fields whose values are never shown, even when the data is given: a token pasted where its variable's name
 * belongs (`tokenEnv: pk_live_…`) must not reach a log line.
 */
const NEVER_SHOWN = /token|secret|password|apikey|api_key|credential/i;

/**
 * The issue's field as a dotted path, such as `updates.2.at`; empty for the value as a whole.
 *
 * @example issueField({ path: ['updates', 2, 'at'], … }) // → 'updates.2.at'
 */
export function issueField(issue: Pick<Issue, 'path'>): string {
  return issue.path.map(String).join('.');
}

/**
 * What is wrong, saying what was expected. Given the data that was parsed, it also says what was found (or that the
 * field is missing), so the reader sees both sides; without it, zod's own message (which names the expected and
 * received types) stands.
 *
 * @example issueMessage(issue, { priority: 'P9' }) // → 'Invalid option: expected one of "P1"|"P2"|"P3"|"P4"; got "P9"'
 */
export function issueMessage(issue: Issue, ...data: [] | [unknown]): string {
  if (data.length === 0) return issue.message;
  const found = valueAt(data[0], issue.path);
  if (issue.code === 'invalid_type' && found === undefined) return `is required (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  const last = issue.path.at(-1);
  const hidden = typeof last === 'string' && NEVER_SHOWN.test(last);
  const shown = found === undefined || typeof found === 'object' || hidden ? '' : `; got ${JSON.stringify(found)}`;
  return issue.message.includes('got') ? issue.message : `${issue.message}${shown}`;
}

/** Options for describeIssues. */
export interface DescribeIssuesOptions {
  /** The value that was parsed, to say what was found (see issueMessage). Leave it out for untrusted bodies. */
  data?: unknown;
  /** At most this many issues are listed, then `(and N more)`. Default: all. */
  max?: number;
}

/**
 * Every issue (or the first `max`) on one line: `path: message; path: message`, `(root)` for the value as a whole.
 *
 * @example
 * describeIssues(z.object({ a: z.number() }).safeParse({}).error!) // → 'a: Invalid input: expected number, received undefined'
 * describeIssues(z.object({ a: z.number() }).safeParse({}).error!, { data: {} }) // → 'a: is required (expected number)'
 */
export function describeIssues(error: z.ZodError, options: DescribeIssuesOptions = {}): string {
  const max = options.max ?? Infinity;
  const withData = 'data' in options;
  const parts = error.issues
    .slice(0, max)
    .map((issue) => `${issueField(issue) || '(root)'}: ${withData ? issueMessage(issue, options.data) : issueMessage(issue)}`);
  const more = error.issues.length - parts.length;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
