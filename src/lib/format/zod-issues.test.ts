import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssues, issueField, issueMessage } from './zod-issues.ts';

const schema = z.strictObject({
  title: z.string(),
  priority: z.enum(['P1', 'P2']),
  updates: z.array(z.object({ at: z.iso.datetime() })),
  monitor: z.object({ tokenEnv: z.string().regex(/^[A-Z_]+$/, 'expected the NAME of an environment variable') }).optional(),
});

const issuesOf = (data: unknown) => schema.safeParse(data).error!.issues;

describe('issueField', () => {
  it.each([
    [['updates', 2, 'at'], 'updates.2.at'],
    [[], ''],
  ] as const)('%j → %j', (path, expected) => expect(issueField({ path: [...path] })).toBe(expected));
});

describe('issueMessage', () => {
  const data = { title: 'x', priority: 'P9', updates: [{ at: 'yesterday' }], extra: 1, monitor: { tokenEnv: 'pk_live_abc123' } };
  const byField = Object.fromEntries(issuesOf(data).map((i) => [issueField(i), issueMessage(i, data)]));

  it.each([
    ['an invalid option says what was found', 'priority', /expected one of .*P1.*P2.*; got "P9"$/],
    ['a bad format says what was found', 'updates.0.at', /; got "yesterday"$/],
    ['an unknown field is named', '', /^unknown field\(s\): extra$/],
    ['a secret-looking field never shows its value', 'monitor.tokenEnv', /^expected the NAME of an environment variable$/],
  ])('%s', (_, field, expected) => expect(byField[field]).toMatch(expected));

  it('a missing field is required, naming the expected type', () => {
    const [issue] = issuesOf({ priority: 'P1', updates: [] });
    expect(issueMessage(issue!, { priority: 'P1', updates: [] })).toBe('is required (expected string)');
  });

  it('without the data, zod’s own message (expected and received types) stands', () => {
    const [issue] = issuesOf({ priority: 'P1', updates: [] });
    expect(issueMessage(issue!)).toBe(issue!.message);
    expect(issueMessage(issue!)).toMatch(/expected string/);
  });
});

describe('describeIssues', () => {
  const four = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number() }).safeParse({}).error!;

  it('lists every issue as path: message on one line', () => {
    expect(describeIssues(four)).toMatch(/^a: .+; b: .+; c: .+; d: [^;]+$/);
  });
  it('lists the first `max` and counts the rest', () => {
    expect(describeIssues(four, { max: 2 })).toMatch(/^a: .+; b: .+ \(and 2 more\)$/);
  });
  it('says what was found when given the data', () => {
    expect(describeIssues(four, { data: {}, max: 1 })).toBe('a: is required (expected number) (and 3 more)');
  });
  it('names the value as a whole (root)', () => {
    expect(describeIssues(z.array(z.number()).safeParse('x').error!)).toMatch(/^\(root\): .*expected array/);
  });
});
