// Table tests for the building blocks every content schema uses: each row is a value and either what it parses to
// or the fragment of the message that says why it is refused. A rejected value must raise exactly that one issue, so
// a value refused for some other reason (a time without a `T`, say, when the row is about the offset) fails the row.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { calendarDate, contact, durationMinutes, httpUrl, instant, slug, timeOfDay, timeZone } from './common.ts';

/** The issues a value raises, as path and message; none when it is accepted. */
function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

interface Table {
  name: string;
  schema: z.ZodType;
  /** [input, what it parses to] */
  accepted: Array<[unknown, unknown]>;
  /** [input, a fragment of the one message it raises] */
  rejected: Array<[unknown, string]>;
}

const OFFSET = 'expected an ISO 8601 date and time with an offset';
const REAL = 'expected a real date and time';
const DATE = 'expected a date such as 2026-12-25';
const DURATION = 'expected a positive duration';

describe.each<Table>([
  {
    name: 'slug',
    schema: slug,
    accepted: [
      ['acme-shop', 'acme-shop'],
      ['www', 'www'],
      ['p1', 'p1'],
      ['a1-b2-c3', 'a1-b2-c3'],
    ],
    rejected: [
      ['Acme', 'expected a lower-case slug'],
      ['acme_shop', 'expected a lower-case slug'],
      ['acme shop', 'expected a lower-case slug'],
      ['-acme', 'expected a lower-case slug'],
      ['acme-', 'expected a lower-case slug'],
      ['acme--shop', 'expected a lower-case slug'],
      ['', 'expected a lower-case slug'],
    ],
  },
  {
    name: 'instant',
    schema: instant,
    accepted: [
      ['2026-10-03T14:05:00+01:00', '2026-10-03T13:05:00.000Z'],
      ['2026-10-03T08:05:00-05:00', '2026-10-03T13:05:00.000Z'],
      ['2026-10-03T13:05Z', '2026-10-03T13:05:00.000Z'],
      ['2026-10-03T13:05:00.250Z', '2026-10-03T13:05:00.250Z'],
      ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
      [new Date('2026-10-03T13:05:00Z'), '2026-10-03T13:05:00.000Z'],
    ],
    rejected: [
      // The offset is what makes a time an instant: the same text without it must fail for that reason alone.
      ['2026-10-03T10:00:00', OFFSET],
      ['2026-10-03T10:00', OFFSET],
      ['2026-10-03 10:00:00+01:00', OFFSET],
      ['2026-10-03', OFFSET],
      ['2026-10-03T10:00:00+0100', OFFSET],
      ['2026-10-03T10:00:00 BST', OFFSET],
      ['2026-09-31T10:00:00Z', REAL],
      ['2026-02-29T10:00:00Z', REAL],
      ['2026-13-01T10:00:00Z', REAL],
      ['2026-10-03T25:00:00Z', REAL],
      ['2026-10-03T10:00:00+25:00', REAL],
      [1_790_000_000_000, OFFSET],
      [new Date('not a date'), OFFSET],
      [undefined, `is required (${OFFSET}`],
    ],
  },
  {
    name: 'calendarDate',
    schema: calendarDate,
    accepted: [
      ['2026-12-25', '2026-12-25'],
      ['2028-02-29', '2028-02-29'],
      [new Date('2026-12-25T00:00:00Z'), '2026-12-25'],
    ],
    rejected: [
      ['2026-09-31', DATE],
      ['2026-02-29', DATE],
      ['2026-02-30', DATE],
      ['2026-13-01', DATE],
      ['2026-12-00', DATE],
      ['2026-12-5', DATE],
      ['25/12/2026', DATE],
      ['2026-12-25T00:00:00Z', DATE],
      [20261225, DATE],
      [undefined, `is required (${DATE}`],
    ],
  },
  {
    name: 'timeOfDay',
    schema: timeOfDay,
    accepted: [
      ['00:00', '00:00'],
      ['09:00', '09:00'],
      ['17:30', '17:30'],
      ['23:59', '23:59'],
      ['24:00', '24:00'],
    ],
    rejected: [
      ['9:00', 'expected a time of day such as 09:00'],
      ['24:30', 'expected a time of day'],
      ['25:00', 'expected a time of day'],
      ['12:60', 'expected a time of day'],
      ['0900', 'expected a time of day'],
      ['09:00:00', 'expected a time of day'],
    ],
  },
  {
    name: 'timeZone',
    schema: timeZone,
    accepted: [
      ['Europe/London', 'Europe/London'],
      ['America/New_York', 'America/New_York'],
      ['UTC', 'UTC'],
      ['Etc/UTC', 'Etc/UTC'],
    ],
    rejected: [
      ['Europe/Nowhere', 'expected an IANA time zone'],
      ['London', 'expected an IANA time zone'],
      // Abbreviations that Intl knows are refused all the same: only region names and UTC.
      ['EST', 'expected an IANA time zone'],
      ['+01:00', 'expected an IANA time zone'],
      ['', 'expected an IANA time zone'],
    ],
  },
  {
    name: 'durationMinutes',
    schema: durationMinutes,
    accepted: [
      [30, 30],
      [1, 1],
      ['30m', 30],
      ['4h', 240],
      ['1h30m', 90],
      ['1h 30m', 90],
      [' 45m ', 45],
      ['0h15m', 15],
    ],
    rejected: [
      [0, DURATION],
      [-30, DURATION],
      [1.5, DURATION],
      ['0m', DURATION],
      ['0h', DURATION],
      ['0h0m', DURATION],
      ['-30m', DURATION],
      ['30', DURATION],
      ['1h30', DURATION],
      ['1d', DURATION],
      ['h', DURATION],
      ['', DURATION],
      [true, DURATION],
      [undefined, `is required (${DURATION}`],
    ],
  },
  {
    name: 'httpUrl',
    schema: httpUrl,
    accepted: [
      ['https://www.example.com', 'https://www.example.com'],
      ['http://127.0.0.1:9090/api/v1', 'http://127.0.0.1:9090/api/v1'],
    ],
    rejected: [
      ['htps://www.example.com', 'expected an http(s) URL'],
      ['ftp://files.example.com', 'expected an http(s) URL'],
      ['mailto:desk@example.com', 'expected an http(s) URL'],
      ['javascript:alert(1)', 'expected an http(s) URL'],
      ['www.example.com', 'expected an http(s) URL'],
    ],
  },
])('$name', ({ schema, accepted, rejected }) => {
  it.each(accepted)('accepts %j as %j', (input, output) => {
    expect(schema.parse(input)).toEqual(output);
  });
  it.each(rejected)('rejects %j: %s', (input, fragment) => {
    expect(issues(schema, input)).toEqual([{ path: [], message: expect.stringContaining(fragment) }]);
  });
});

describe('contact', () => {
  it.each([
    ['a name alone', { name: 'Support desk' }],
    ['every field', { name: 'Ada Finch', role: 'Account manager', email: 'ada@example.com', phone: '+44 20 7946 0000' }],
  ])('accepts %s', (_, value) => {
    expect(contact.parse(value)).toEqual(value);
  });

  it.each<[string, Record<string, unknown>, PropertyKey[], string]>([
    ['an empty name', { name: '' }, ['name'], 'expected string to have >=1 characters'],
    ['no name', { role: 'Lead developer' }, ['name'], 'expected string'],
    ['an e-mail address that is not one', { name: 'Ada', email: 'ada at example.com' }, ['email'], 'Invalid email'],
  ])('rejects %s', (_, value, path, fragment) => {
    expect(issues(contact, value)).toEqual([{ path, message: expect.stringContaining(fragment) }]);
  });
});
