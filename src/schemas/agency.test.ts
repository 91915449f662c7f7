// Table tests for content/agency.yaml: each row changes one field of a valid agency and says what it parses to, or
// which field the one issue it raises names and a fragment of what that issue says was expected.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { agencySchema } from './agency.ts';

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

const level = { name: 'Critical', definition: 'The site is down', responseTarget: '30m', restoreTarget: '4h', clock: '24x7' };
const agency = {
  name: 'Corbel & Finch',
  siteUrl: 'https://status.agency.example',
  tagline: 'We keep sites up.',
  timeZone: 'Europe/London',
  contacts: [{ name: 'Support desk', email: 'desk@example.com' }],
  escalation: [{ level: 1, name: 'Support desk', when: 'Always first' }],
  defaults: {
    supportHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: ['2026-12-25'] },
    priorities: { P1: { ...level }, P2: { ...level }, P3: { ...level }, P4: { ...level } },
    uptimeTarget: 99.9,
    warrantyDays: 30,
  },
  demo: { asOf: '2026-10-20T12:00:00+01:00' },
};

const OFFSET = 'expected an ISO 8601 date and time with an offset';

describe.each<Table>([
  {
    name: 'agencySchema',
    schema: agencySchema,
    valid: agency,
    accepted: [
      ['the demo agency, "now" kept in UTC', [], agency, { demo: { asOf: '2026-10-20T11:00:00.000Z' }, defaults: { priorities: { P1: { responseTarget: 30 } } } }],
      ['real content (no demo)', ['demo'], undefined, { name: 'Corbel & Finch' }],
      ['a UTC home zone', ['timeZone'], 'UTC', { timeZone: 'UTC' }],
      ['branding: a logo and an accent, kept in lower case', ['branding'], { logo: 'brand/logo.svg', accent: '#0B6E4F' }, { branding: { logo: 'brand/logo.svg', accent: '#0b6e4f' } }],
      ['branding: an accent only', ['branding'], { accent: '#0550ae' }, { branding: { accent: '#0550ae' } }],
      ['no branding (Upkeep\'s own look)', ['branding'], undefined, { name: 'Corbel & Finch' }],
      ['a stale-data threshold in hours', ['statusPage'], { staleAfter: '2h' }, { statusPage: { staleAfter: 120 } }],
      ['a stale-data threshold in minutes', ['statusPage'], { staleAfter: 45 }, { statusPage: { staleAfter: 45 } }],
      ['no status-page settings (an hour by default)', ['statusPage'], undefined, { name: 'Corbel & Finch' }],
    ],
    rejected: [
      ['an unknown field in the demo block', ['demo', 'asof'], '2026-10-20T11:00:00Z', ['demo'], 'Unrecognized key: "asof"'],
      ['a misspelt field (unknown keys are errors)', ['tagLine'], 'We keep sites up', [], 'Unrecognized key: "tagLine"'],
      ['an empty name', ['name'], '', ['name'], '>=1 characters'],
      ['a site URL without a scheme', ['siteUrl'], 'status.agency.example', ['siteUrl'], 'expected an http(s) URL'],
      ['a site URL that is not http(s)', ['siteUrl'], 'ftp://status.agency.example', ['siteUrl'], 'expected an http(s) URL'],
      ['an empty tagline', ['tagline'], '', ['tagline'], '>=1 characters'],
      ['a time zone that does not exist', ['timeZone'], 'Europe/Londres', ['timeZone'], 'expected an IANA time zone'],
      ['no contacts', ['contacts'], [], ['contacts'], '>=1 items'],
      ['a contact without a name', ['contacts', 0, 'name'], undefined, ['contacts', 0, 'name'], 'expected string'],
      ['no escalation path', ['escalation'], [], ['escalation'], '>=1 items'],
      ['an escalation level that is not a whole number', ['escalation', 0, 'level'], 1.5, ['escalation', 0, 'level'], 'expected int'],
      ['default support hours ending before they start', ['defaults', 'supportHours', 'end'], '08:30', ['defaults', 'supportHours', 'end'], 'expected end to be after start (09:00)'],
      ['a default restore target of 0', ['defaults', 'priorities', 'P4', 'restoreTarget'], 0, ['defaults', 'priorities', 'P4', 'restoreTarget'], 'expected a positive duration'],
      ['a default target above 100%', ['defaults', 'uptimeTarget'], 101, ['defaults', 'uptimeTarget'], 'expected number to be <=100'],
      ['a negative default warranty', ['defaults', 'warrantyDays'], -1, ['defaults', 'warrantyDays'], 'expected number to be >=0'],
      ['no defaults', ['defaults'], undefined, ['defaults'], 'expected object'],
      ['a demo "now" without an offset', ['demo', 'asOf'], '2026-10-20T12:00:00', ['demo', 'asOf'], OFFSET],
      ['an accent that is not a hex colour', ['branding'], { accent: 'teal' }, ['branding', 'accent'], 'expected a colour as six hex digits'],
      ['an accent too light for links on white', ['branding'], { accent: '#7fdbca' }, ['branding', 'accent'], 'expected at least 4.5:1 contrast on white for links in it; #7fdbca has 1.'],
      ['a logo that is not SVG', ['branding'], { logo: 'brand/logo.png' }, ['branding', 'logo'], 'expected an SVG file inside the content folder'],
      ['a logo outside the content folder', ['branding'], { logo: '../secrets/logo.svg' }, ['branding', 'logo'], 'expected an SVG file inside the content folder'],
      ['an absolute logo path', ['branding'], { logo: '/etc/logo.svg' }, ['branding', 'logo'], 'expected an SVG file inside the content folder'],
      ['a misspelt branding field', ['branding'], { accentColor: '#0550ae' }, ['branding'], 'Unrecognized key: "accentColor"'],
      ['a stale-data threshold in days', ['statusPage'], { staleAfter: '1d' }, ['statusPage', 'staleAfter'], 'expected a positive duration'],
      ['a stale-data threshold of 0', ['statusPage'], { staleAfter: 0 }, ['statusPage', 'staleAfter'], 'expected a positive duration'],
      ['a demo without its "now"', ['demo', 'asOf'], undefined, ['demo', 'asOf'], `is required (${OFFSET}`],
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
