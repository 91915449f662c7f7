// Table tests for maintenance frontmatter: each row changes one field of a valid window and says what it parses to,
// or which field the one issue it raises names and a fragment of what that issue says was expected. That the end
// comes after the start, and that the components exist, is checked in src/validate/check-content.ts.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { maintenanceSchema } from './maintenance.ts';

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

const window = {
  title: 'Database upgrade',
  components: ['www', 'checkout'],
  start: '2026-12-01T22:00:00Z',
  end: '2026-12-01T23:30:00Z',
  description: 'The shop is read-only for up to 90 minutes.',
};

const OFFSET = 'expected an ISO 8601 date and time with an offset';

describe.each<Table>([
  {
    name: 'maintenanceSchema',
    schema: maintenanceSchema,
    valid: window,
    accepted: [
      ['a window, kept in UTC', [], window, { start: '2026-12-01T22:00:00.000Z', end: '2026-12-01T23:30:00.000Z' }],
      ['a start with an offset', ['start'], '2026-07-01T22:00:00+01:00', { start: '2026-07-01T21:00:00.000Z' }],
      ['an end YAML parsed to a Date', ['end'], new Date('2026-12-01T23:30:00Z'), { end: '2026-12-01T23:30:00.000Z' }],
      ['one component', ['components'], ['www'], { components: ['www'] }],
      ['when it was announced', ['announcedAt'], '2026-11-20T10:00:00+00:00', { announcedAt: '2026-11-20T10:00:00.000Z' }],
      ['an earlier window it was moved from', ['rescheduled'], [{ at: '2026-11-25T09:00:00Z', start: '2026-11-28T22:00:00Z', end: '2026-11-28T23:30:00Z' }], { rescheduled: [{ start: '2026-11-28T22:00:00.000Z' }] }],
    ],
    rejected: [
      ['a misspelt field', ['descripton'], 'x', [], 'Unrecognized key: "descripton"'],
      ['an empty title', ['title'], '', ['title'], '>=1 characters'],
      ['no components', ['components'], [], ['components'], '>=1 items'],
      ['a component that is not a slug', ['components', 1], 'Check out', ['components', 1], 'expected a lower-case slug'],
      ['a start without an offset', ['start'], '2026-12-01T22:00:00', ['start'], OFFSET],
      ['no start', ['start'], undefined, ['start'], `is required (${OFFSET}`],
      ['an end without a time', ['end'], '2026-12-01', ['end'], OFFSET],
      ['an end on a day that does not exist', ['end'], '2026-11-31T23:30:00Z', ['end'], 'expected a real date and time'],
      ['no description', ['description'], undefined, ['description'], 'expected string'],
      ['an empty description', ['description'], '', ['description'], '>=1 characters'],
      ['an announcement without an offset', ['announcedAt'], '2026-11-20T10:00:00', ['announcedAt'], OFFSET],
      ['an earlier window without its end', ['rescheduled'], [{ at: '2026-11-25T09:00:00Z', start: '2026-11-28T22:00:00Z' }], ['rescheduled', 0, 'end'], 'is required'],
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
