// Table tests for incident frontmatter: each row changes one field of a valid incident (or of one of its parts) and
// says what it parses to, or which field the one issue it raises names and a fragment of what that issue says was
// expected. Timelines (restored before reported, updates out of order) and component references are checked across
// files in src/validate/check-content.ts, not here.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { actionItem, affectedComponent, incidentSchema, incidentUpdate } from './incident.ts';

/** The issues a value raises, as path and message; none when it is accepted. */
function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** A copy of `base` with the field at `path` set to `value`, or removed when `value` is undefined. */
function set<T>(base: T, path: PropertyKey[], value: unknown): T {
  const copy = structuredClone(base);
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

interface Table {
  name: string;
  schema: z.ZodType;
  valid: unknown;
  /** [description, path to change, new value (undefined removes it), part of what it parses to] */
  accepted: Array<[string, PropertyKey[], unknown, unknown]>;
  /** [description, path to change, new value, path of the one issue, fragment of its message] */
  rejected: Array<[string, PropertyKey[], unknown, PropertyKey[], string]>;
}

const affected = { id: 'checkout', impact: 'major_outage' };
const update = { at: '2026-10-03T10:10:00+01:00', status: 'investigating', text: 'We are looking into failed payments.' };
const action = { text: 'Alert on payment errors', owner: 'Ben Corbel', due: '2026-10-31' };
const incident = {
  title: 'Checkout down',
  summary: 'Payments failed for 50 minutes.',
  components: [affected],
  severity: 'critical',
  priority: 'P1',
  startedAt: '2026-10-03T09:55:00+01:00',
  reportedAt: '2026-10-03T10:00:00+01:00',
  respondedAt: '2026-10-03T10:10:00+01:00',
  restoredAt: '2026-10-03T10:50:00+01:00',
  resolvedAt: '2026-10-03T12:00:00+01:00',
  updates: [update, { at: '2026-10-03T12:00:00+01:00', status: 'resolved', text: 'Fixed.' }],
  actionItems: [action],
  lessons: ['Watch the payment provider status page.'],
};

const OFFSET = 'expected an ISO 8601 date and time with an offset';
const NON_EMPTY = '>=1 characters';

describe.each<Table>([
  {
    name: 'affectedComponent',
    schema: affectedComponent,
    valid: affected,
    accepted: [
      ['an impact for the whole incident', [], affected, affected],
      ['a start of impact', ['from'], '2026-10-03T10:05:00+01:00', { from: '2026-10-03T09:05:00.000Z' }],
      ['an end of impact', ['to'], '2026-10-03T10:30:00Z', { to: '2026-10-03T10:30:00.000Z' }],
      ['degraded performance', ['impact'], 'degraded_performance', { impact: 'degraded_performance' }],
    ],
    rejected: [
      ['a misspelt field', ['form'], '2026-10-03T10:05:00+01:00', [], 'Unrecognized key: "form"'],
      ['an id that is not a slug', ['id'], 'Checkout', ['id'], 'expected a lower-case slug'],
      ['an impact outside the vocabulary', ['impact'], 'down', ['impact'], 'expected one of "degraded_performance"|"partial_outage"|"major_outage"'],
      ['"operational" as an impact', ['impact'], 'operational', ['impact'], 'expected one of'],
      ['a from without an offset', ['from'], '2026-10-03T10:05:00', ['from'], OFFSET],
      ['a to on a day that does not exist', ['to'], '2026-09-31T10:00:00Z', ['to'], 'expected a real date and time'],
    ],
  },
  {
    name: 'incidentUpdate',
    schema: incidentUpdate,
    valid: update,
    accepted: [
      ['an update', [], update, { at: '2026-10-03T09:10:00.000Z', status: 'investigating' }],
      ['a monitoring update', ['status'], 'monitoring', { status: 'monitoring' }],
    ],
    rejected: [
      ['a misspelt field', ['txt'], 'x', [], 'Unrecognized key: "txt"'],
      ['a time without an offset', ['at'], '2026-10-03T10:10:00', ['at'], OFFSET],
      ['no time', ['at'], undefined, ['at'], `is required (${OFFSET}`],
      ['an unknown status', ['status'], 'fixed', ['status'], 'expected one of "investigating"|"identified"|"monitoring"|"resolved"'],
      ['empty text', ['text'], '', ['text'], NON_EMPTY],
    ],
  },
  {
    name: 'actionItem',
    schema: actionItem,
    valid: action,
    accepted: [
      ['an open action (done defaults to false)', [], action, { done: false }],
      ['a done action', ['done'], true, { done: true }],
      ['a theme for the lessons log', ['theme'], 'Monitoring', { theme: 'Monitoring' }],
      ['a theme trimmed', ['theme'], ' Third parties ', { theme: 'Third parties' }],
      ['a due date YAML parsed to a Date', ['due'], new Date('2026-10-31T00:00:00Z'), { due: '2026-10-31' }],
    ],
    rejected: [
      ['an empty theme', ['theme'], ' ', ['theme'], '>=1 characters'],
      ['a misspelt field', ['owners'], 'x', [], 'Unrecognized key: "owners"'],
      ['empty text', ['text'], '', ['text'], NON_EMPTY],
      ['no owner', ['owner'], undefined, ['owner'], 'expected string'],
      ['an empty owner', ['owner'], '', ['owner'], NON_EMPTY],
      ['a due date that does not exist', ['due'], '2026-11-31', ['due'], 'expected a date such as 2026-12-25'],
      ['a due date in words', ['due'], 'end of October', ['due'], 'expected a date such as 2026-12-25'],
      ['done as text', ['done'], 'yes', ['done'], 'expected boolean'],
    ],
  },
  {
    name: 'incidentSchema',
    schema: incidentSchema,
    valid: incident,
    accepted: [
      ['a resolved incident, instants kept in UTC', [], incident, { reportedAt: '2026-10-03T09:00:00.000Z', resolvedAt: '2026-10-03T11:00:00.000Z' }],
      ['an active incident', ['resolvedAt'], undefined, { title: 'Checkout down' }],
      ['no start before the report', ['startedAt'], undefined, { reportedAt: '2026-10-03T09:00:00.000Z' }],
      ['no action items or lessons (default to none)', ['actionItems'], undefined, { actionItems: [] }],
      ['a lesson as a sentence, read as { text }', ['lessons', 0], 'Watch the provider.', { lessons: [{ text: 'Watch the provider.' }] }],
      ['a lesson with a theme', ['lessons', 0], { text: 'Watch the provider.', theme: 'Third parties' }, { lessons: [{ text: 'Watch the provider.', theme: 'Third parties' }] }],
      ['a reported time YAML parsed to a Date', ['reportedAt'], new Date('2026-10-03T09:00:00Z'), { reportedAt: '2026-10-03T09:00:00.000Z' }],
      ['an upstream cause', ['upstreamCause'], { provider: 'Stripe', url: 'https://status.stripe.com/incidents/abc' }, { upstreamCause: { provider: 'Stripe', url: 'https://status.stripe.com/incidents/abc' } }],
    ],
    rejected: [
      ['a lesson with an unknown field', ['lessons', 0], { text: 'x', thme: 'Monitoring' }, ['lessons', 0], 'Unrecognized key: "thme"'],
      ['an upstream cause without its provider', ['upstreamCause'], { url: 'https://status.stripe.com/' }, ['upstreamCause', 'provider'], 'expected string'],
      ['a misspelt start (it would change the figures)', ['startedat'], '2026-10-03T09:55:00+01:00', [], 'Unrecognized key: "startedat"'],
      ['an empty title', ['title'], '', ['title'], NON_EMPTY],
      ['no components', ['components'], [], ['components'], '>=1 items'],
      ['a component with an unknown impact', ['components', 0, 'impact'], 'broken', ['components', 0, 'impact'], 'expected one of'],
      ['an unknown severity', ['severity'], 'huge', ['severity'], 'expected one of "critical"|"major"|"minor"'],
      ['an unknown priority', ['priority'], 'P5', ['priority'], 'expected one of "P1"|"P2"|"P3"|"P4"'],
      ['no reported time', ['reportedAt'], undefined, ['reportedAt'], `is required (${OFFSET}`],
      ['a reported time without an offset', ['reportedAt'], '2026-10-03T10:00:00', ['reportedAt'], OFFSET],
      ['a start time with a space for the T', ['startedAt'], '2026-10-03 09:55:00+01:00', ['startedAt'], OFFSET],
      ['a response time on a day that does not exist', ['respondedAt'], '2026-02-29T10:00:00Z', ['respondedAt'], 'expected a real date and time'],
      ['a restore time as a number', ['restoredAt'], 1_790_000_000_000, ['restoredAt'], OFFSET],
      ['a resolved time without an offset', ['resolvedAt'], '2026-10-03T12:00', ['resolvedAt'], OFFSET],
      ['no updates', ['updates'], [], ['updates'], '>=1 items'],
      ['an update at a time without an offset', ['updates', 1, 'at'], '2026-10-03T12:00:00', ['updates', 1, 'at'], OFFSET],
      ['an action item due on a day that does not exist', ['actionItems', 0, 'due'], '2026-06-31', ['actionItems', 0, 'due'], 'expected a date such as 2026-12-25'],
      ['an empty lesson', ['lessons', 0], '', ['lessons', 0, 'text'], NON_EMPTY],
      ['a lesson with an empty theme', ['lessons', 0], { text: 'x', theme: '' }, ['lessons', 0, 'theme'], NON_EMPTY],
    ],
  },
])('$name', ({ schema, valid, accepted, rejected }) => {
  it.each(accepted)('accepts %s', (_, path, value, output) => {
    expect(schema.parse(path.length ? set(valid, path, value) : value)).toMatchObject(output as object);
  });
  it.each(rejected)('rejects %s', (_, path, value, issuePath, fragment) => {
    expect(issues(schema, set(valid, path, value))).toEqual([{ path: issuePath, message: expect.stringContaining(fragment) }]);
  });
});
