// Table tests for the standards pages' frontmatter: each row changes one field of a valid page and says what it parses
// to, or which field the one issue it raises names and a fragment of what that issue says was expected.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { standardSchema } from './standard.ts';

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

const page = { title: 'Support model', description: 'How we support the sites we look after.', order: 1 };

describe.each<Table>([
  {
    name: 'standardSchema',
    schema: standardSchema,
    valid: page,
    accepted: [
      ['a page', [], page, page],
      ['order 0', ['order'], 0, { order: 0 }],
      ['a negative order (listed before the rest)', ['order'], -1, { order: -1 }],
    ],
    rejected: [
      ['a misspelt field', ['ordre'], 2, [], 'Unrecognized key: "ordre"'],
      ['an empty title', ['title'], '', ['title'], '>=1 characters'],
      ['no title', ['title'], undefined, ['title'], 'expected string'],
      ['an empty description', ['description'], '', ['description'], '>=1 characters'],
      ['no order', ['order'], undefined, ['order'], 'expected number'],
      ['a fractional order', ['order'], 1.5, ['order'], 'expected int'],
      ['an order as text', ['order'], '1', ['order'], 'expected number'],
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
