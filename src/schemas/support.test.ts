// Table tests for support packages: each row changes one field of a valid value and says what it parses to, or
// which field the one issue it raises names and a fragment of what that issue says was expected.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { escalationStep, priorities, priorityLevel, supportHours, supportModel } from './support.ts';

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
  /** [description, input, part of what it parses to] */
  accepted: Array<[string, unknown, unknown]>;
  /** [description, input, path of the one issue, fragment of its message] */
  rejected: Array<[string, unknown, PropertyKey[], string]>;
}

const hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: ['2026-12-25'] };
const level = { name: 'Critical', definition: 'The site is down', responseTarget: '30m', restoreTarget: '4h', clock: '24x7' };
// Four distinct objects: structuredClone keeps shared references, so one level changed would change all four.
const levels = { P1: { ...level }, P2: { ...level }, P3: { ...level }, P4: { ...level } };
const step = { level: 1, name: 'Support desk', when: 'Always first' };
const model = { supportHours: hours, priorities: levels, uptimeTarget: 99.9, warrantyDays: 30 };

const AFTER_START = 'expected end to be after start (09:00)';
const ONE_OF = 'expected one of';

describe.each<Table>([
  {
    name: 'supportHours',
    schema: supportHours,
    accepted: [
      ['office hours', hours, hours],
      ['the whole day, ending at 24:00', { ...hours, start: '00:00', end: '24:00' }, { start: '00:00', end: '24:00' }],
      ['one minute', { ...hours, start: '09:00', end: '09:01' }, { end: '09:01' }],
      ['no holidays (defaults to none)', set(hours, ['holidays'], undefined), { holidays: [] }],
      ['a holiday YAML parsed to a Date', { ...hours, holidays: [new Date('2026-12-25T00:00:00Z')] }, { holidays: ['2026-12-25'] }],
      ['every day of the week', { ...hours, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, {}],
    ],
    rejected: [
      ['a misspelt field', { ...hours, holiday: [] }, [], 'Unrecognized key: "holiday"'],
      ['an end before the start', { ...hours, end: '08:00' }, ['end'], AFTER_START],
      ['an end equal to the start', { ...hours, end: '09:00' }, ['end'], AFTER_START],
      ['a start of 24:00', { ...hours, start: '24:00', end: '24:00' }, ['end'], 'expected end to be after start (24:00)'],
      // A start written badly is reported once, as a bad start, not also as an end before it ("9:00" > "17:30").
      ['a start without its leading zero', { ...hours, start: '9:00' }, ['start'], 'expected a time of day such as 09:00'],
      ['an end that is not a time', { ...hours, end: '5pm' }, ['end'], 'expected a time of day'],
      ['no working days', { ...hours, days: [] }, ['days'], 'expected array to have >=1 items'],
      ['a day spelled out', { ...hours, days: ['monday'] }, ['days', 0], ONE_OF],
      ['a holiday that does not exist', { ...hours, holidays: ['2026-09-31'] }, ['holidays', 0], 'expected a date such as 2026-12-25'],
      ['no start', set(hours, ['start'], undefined), ['start'], 'expected string'],
    ],
  },
  {
    name: 'priorityLevel',
    schema: priorityLevel,
    accepted: [
      ['targets as text', level, { responseTarget: 30, restoreTarget: 240 }],
      ['targets in minutes on the business clock', { ...level, responseTarget: 60, restoreTarget: 480, clock: 'business' }, { responseTarget: 60, clock: 'business' }],
    ],
    rejected: [
      ['a response target of 0', { ...level, responseTarget: 0 }, ['responseTarget'], 'expected a positive duration'],
      ['a negative response target', { ...level, responseTarget: -30 }, ['responseTarget'], 'expected a positive duration'],
      ['a restore target of 0m', { ...level, restoreTarget: '0m' }, ['restoreTarget'], 'expected a positive duration'],
      ['a restore target in days', { ...level, restoreTarget: '1d' }, ['restoreTarget'], 'expected a positive duration'],
      ['no restore target', set(level, ['restoreTarget'], undefined), ['restoreTarget'], 'is required (expected a positive duration'],
      ['an unknown clock', { ...level, clock: 'office' }, ['clock'], `${ONE_OF} "24x7"|"business"`],
      ['an empty name', { ...level, name: '' }, ['name'], '>=1 characters'],
      ['an empty definition', { ...level, definition: '' }, ['definition'], '>=1 characters'],
    ],
  },
  {
    name: 'priorities',
    schema: priorities,
    accepted: [['all four levels', levels, { P1: { responseTarget: 30 }, P4: { restoreTarget: 240 } }]],
    rejected: [
      ['a fifth level', { ...levels, P5: levels.P1 }, [], 'Unrecognized key: "P5"'],
      ['no P4', set(levels, ['P4'], undefined), ['P4'], 'expected object'],
      ['a bad target in P2', set(levels, ['P2', 'responseTarget'], 0), ['P2', 'responseTarget'], 'expected a positive duration'],
    ],
  },
  {
    name: 'escalationStep',
    schema: escalationStep,
    accepted: [
      ['a first step', step, step],
      ['a later step with contact details', { ...step, level: 3, role: 'Director', phone: '+44 20 7946 0000' }, { level: 3 }],
    ],
    rejected: [
      ['level 0', { ...step, level: 0 }, ['level'], 'expected number to be >0'],
      ['a fractional level', { ...step, level: 1.5 }, ['level'], 'expected int'],
      ['no when', set(step, ['when'], undefined), ['when'], 'expected string'],
      ['an empty when', { ...step, when: '' }, ['when'], '>=1 characters'],
      ['an empty name', { ...step, name: '' }, ['name'], '>=1 characters'],
      ['a bad e-mail address', { ...step, email: 'desk' }, ['email'], 'Invalid email'],
    ],
  },
  {
    name: 'supportModel',
    schema: supportModel,
    accepted: [
      ['the agency default', model, { uptimeTarget: 99.9, warrantyDays: 30 }],
      ['a 100% target and no warranty', { ...model, uptimeTarget: 100, warrantyDays: 0 }, { uptimeTarget: 100, warrantyDays: 0 }],
      ['a small target', { ...model, uptimeTarget: 0.5 }, { uptimeTarget: 0.5 }],
    ],
    rejected: [
      ['support hours ending before they start', set(model, ['supportHours', 'end'], '08:00'), ['supportHours', 'end'], AFTER_START],
      ['a target of 0%', { ...model, uptimeTarget: 0 }, ['uptimeTarget'], 'expected number to be >0'],
      ['a target above 100%', { ...model, uptimeTarget: 100.01 }, ['uptimeTarget'], 'expected number to be <=100'],
      ['a target as text', { ...model, uptimeTarget: '99.9%' }, ['uptimeTarget'], 'expected number'],
      ['a negative warranty', { ...model, warrantyDays: -1 }, ['warrantyDays'], 'expected number to be >=0'],
      ['a fractional warranty', { ...model, warrantyDays: 7.5 }, ['warrantyDays'], 'expected int'],
      ['no priorities', set(model, ['priorities'], undefined), ['priorities'], 'expected object'],
      ['a bad P1 clock', set(model, ['priorities', 'P1', 'clock'], '9to5'), ['priorities', 'P1', 'clock'], ONE_OF],
    ],
  },
])('$name', ({ schema, accepted, rejected }) => {
  it.each(accepted)('accepts %s', (_, input, output) => {
    expect(schema.parse(input)).toMatchObject(output as object);
  });
  it.each(rejected)('rejects %s', (_, input, path, fragment) => {
    expect(issues(schema, input)).toEqual([{ path, message: expect.stringContaining(fragment) }]);
  });
});
