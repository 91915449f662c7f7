// Table tests for client.yaml: each row changes one field of a valid client (or component) and says what it parses
// to, or which field the one issue it raises names and a fragment of what that issue says was expected.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { clientSchema, componentSchema } from './client.ts';

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

const component = { id: 'www', name: 'Website', group: 'Production', monitor: { source: 'probe', url: 'https://www.acme.example/' } };
const level = { name: 'Critical', definition: 'The site is down', responseTarget: '30m', restoreTarget: '4h', clock: '24x7' };
const client = {
  name: 'Acme Outdoor',
  visibility: 'public',
  timeZone: 'Europe/London',
  summary: 'Outdoor gear, online.',
  website: 'https://www.acme.example',
  supportHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30' },
  priorities: { P1: { ...level }, P2: { ...level }, P3: { ...level }, P4: { ...level } },
  uptimeTarget: 99.95,
  warrantyDays: 30,
  components: [component, { id: 'checkout', name: 'Checkout', group: 'E-commerce' }],
  slaComponents: ['www', 'checkout'],
  contacts: { accountManager: { name: 'Ada Finch', email: 'ada@example.com' }, leadDeveloper: { name: 'Ben Corbel' } },
  escalation: [{ level: 1, name: 'Support desk', when: 'Always first' }],
};

const SLUG = 'expected a lower-case slug';
const NON_EMPTY = '>=1 characters';

describe.each<Table>([
  {
    name: 'componentSchema',
    schema: componentSchema,
    valid: component,
    accepted: [
      ['a monitored component', [], component, { id: 'www', monitor: { intervalSeconds: 300 } }],
      ['no monitor (status from incidents only)', ['monitor'], undefined, { id: 'www' }],
      ['a description', ['description'], 'The public shop', { description: 'The public shop' }],
    ],
    rejected: [
      ['a misspelt monitor (it would silently unmonitor the component)', ['monitr'], { source: 'probe', url: 'https://www.acme.example/' }, [], 'Unrecognized key: "monitr"'],
      ['an id that is not a slug', ['id'], 'Web Site', ['id'], SLUG],
      ['no id', ['id'], undefined, ['id'], 'expected string'],
      ['an empty name', ['name'], '', ['name'], NON_EMPTY],
      ['an empty group', ['group'], '', ['group'], NON_EMPTY],
      ['a monitor with a bad URL', ['monitor', 'url'], 'www.acme.example', ['monitor', 'url'], 'expected an http(s) URL'],
      ['an Upptime monitor with both path and url', ['monitor'], { source: 'upptime', slug: 'www', path: '.', url: 'https://raw.example.com' }, ['monitor', 'path'], 'expected exactly one of path or url'],
    ],
  },
  {
    name: 'clientSchema',
    schema: clientSchema,
    valid: client,
    accepted: [
      ['a full client', [], client, { uptimeTarget: 99.95, priorities: { P1: { responseTarget: 30 } } }],
      ['an unlisted client', ['visibility'], 'unlisted', { visibility: 'unlisted' }],
      ['no overrides (the agency defaults apply)', ['supportHours'], undefined, { name: 'Acme Outdoor' }],
      ['no priorities', ['priorities'], undefined, { name: 'Acme Outdoor' }],
      ['no uptime target', ['uptimeTarget'], undefined, { name: 'Acme Outdoor' }],
      ['a 100% target', ['uptimeTarget'], 100, { uptimeTarget: 100 }],
      ['no warranty', ['warrantyDays'], 0, { warrantyDays: 0 }],
      ['no website', ['website'], undefined, { name: 'Acme Outdoor' }],
      ['no escalation (the agency default applies)', ['escalation'], undefined, { name: 'Acme Outdoor' }],
      ['a lead designer', ['contacts', 'leadDesigner'], { name: 'Cleo Wren' }, { contacts: { leadDesigner: { name: 'Cleo Wren' } } }],
      ['support hours with holidays', ['supportHours', 'holidays'], ['2026-12-25', '2026-12-28'], { supportHours: { holidays: ['2026-12-25', '2026-12-28'] } }],
      ['the security audit published on the status page (opt-in)', ['publishSecurityAudit'], true, { publishSecurityAudit: true }],
      ['the security audit kept private (the default)', ['publishSecurityAudit'], undefined, { name: 'Acme Outdoor' }],
      ['its own status domain', ['statusDomain'], 'status.acme.example', { statusDomain: 'status.acme.example' }],
      ['pages in German', ['locale'], 'de', { locale: 'de' }],
      ['no locale (English, the default)', ['locale'], undefined, { name: 'Acme Outdoor' }],
    ],
    rejected: [
      ['an unknown contact role', ['contacts', 'designer'], { name: 'Cleo' }, ['contacts'], 'Unrecognized key: "designer"'],
      ['a misspelt field', ['uptimeTarge'], 99.9, [], 'Unrecognized key: "uptimeTarge"'],
      ['an empty name', ['name'], '', ['name'], NON_EMPTY],
      ['a locale without a catalogue', ['locale'], 'fr', ['locale'], 'expected one of "en"|"de"'],
      ['a language tag instead of a locale', ['locale'], 'de-DE', ['locale'], 'expected one of "en"|"de"'],
      ['a misspelt locale key', ['locael'], 'de', [], 'Unrecognized key: "locael"'],
      ['an unknown visibility', ['visibility'], 'hidden', ['visibility'], 'expected one of "public"|"unlisted"'],
      ['a time zone that does not exist', ['timeZone'], 'Europe/Atlantis', ['timeZone'], 'expected an IANA time zone'],
      ['a time-zone abbreviation', ['timeZone'], 'BST', ['timeZone'], 'expected an IANA time zone'],
      ['a website without a scheme', ['website'], 'www.acme.example', ['website'], 'expected an http(s) URL'],
      ['a status domain given as a URL', ['statusDomain'], 'https://status.acme.example/', ['statusDomain'], 'expected a lower-case host name'],
      ['a status domain with a path', ['statusDomain'], 'acme.example/status', ['statusDomain'], 'expected a lower-case host name'],
      ['a status domain in capitals', ['statusDomain'], 'Status.Acme.example', ['statusDomain'], 'expected a lower-case host name'],
      ['a status domain of one label', ['statusDomain'], 'localhost', ['statusDomain'], 'expected a lower-case host name'],
      ['support hours ending before they start', ['supportHours', 'end'], '08:00', ['supportHours', 'end'], 'expected end to be after start (09:00)'],
      ['support hours on no day', ['supportHours', 'days'], [], ['supportHours', 'days'], '>=1 items'],
      ['an impossible holiday', ['supportHours', 'holidays'], ['2026-02-29'], ['supportHours', 'holidays', 0], 'expected a date such as 2026-12-25'],
      ['a priority without P3', ['priorities', 'P3'], undefined, ['priorities', 'P3'], 'expected object'],
      ['a response target of 0', ['priorities', 'P1', 'responseTarget'], 0, ['priorities', 'P1', 'responseTarget'], 'expected a positive duration'],
      ['a target of 0%', ['uptimeTarget'], 0, ['uptimeTarget'], 'expected number to be >0'],
      ['a target above 100%', ['uptimeTarget'], 100.5, ['uptimeTarget'], 'expected number to be <=100'],
      ['a negative warranty', ['warrantyDays'], -30, ['warrantyDays'], 'expected number to be >=0'],
      ['a fractional warranty', ['warrantyDays'], 0.5, ['warrantyDays'], 'expected int'],
      ['no components', ['components'], [], ['components'], '>=1 items'],
      ['a component id that is not a slug', ['components', 1, 'id'], 'Check_out', ['components', 1, 'id'], SLUG],
      ['a monitor token pasted as tokenEnv', ['components', 0, 'monitor'], { source: 'pingdom', checkId: 1, tokenEnv: 'secret123' }, ['components', 0, 'monitor', 'tokenEnv'], 'expected the NAME of an environment variable'],
      ['no SLA components', ['slaComponents'], [], ['slaComponents'], '>=1 items'],
      ['an SLA component that is not a slug', ['slaComponents', 1], 'Checkout', ['slaComponents', 1], SLUG],
      ['no account manager', ['contacts', 'accountManager'], undefined, ['contacts', 'accountManager'], 'expected object'],
      ['no lead developer', ['contacts', 'leadDeveloper'], undefined, ['contacts', 'leadDeveloper'], 'expected object'],
      ['a contact with a bad e-mail address', ['contacts', 'accountManager', 'email'], 'ada@', ['contacts', 'accountManager', 'email'], 'Invalid email'],
      ['an escalation level of 0', ['escalation', 0, 'level'], 0, ['escalation', 0, 'level'], 'expected number to be >0'],
      ['a security-audit opt-in that is not true or false', ['publishSecurityAudit'], 'yes', ['publishSecurityAudit'], 'expected boolean'],
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

describe('client.yaml: upstream dependencies (issue 8, §6)', () => {
  const provider = { id: 'payments', name: 'Payments (Stripe)', group: 'E-commerce', dependency: true, monitor: { source: 'statuspage', baseUrl: 'https://status.stripe.com', component: 'API' } };
  it('accepts a dependency read from a provider’s status page', () => {
    expect(issues(clientSchema, { ...client, components: [...client.components, provider] })).toEqual([]);
  });
  it('a statuspage monitor on a component not marked as a dependency names the field and what is expected', () => {
    const { dependency: _, ...unmarked } = provider;
    expect(issues(clientSchema, { ...client, components: [...client.components, unmarked] })).toEqual([
      { path: ['components', client.components.length, 'dependency'], message: "expected true: a component read from a provider's status page (source: statuspage) is an upstream dependency" },
    ]);
  });
  it('a dependency in slaComponents is refused: the agency’s SLA cannot cover it', () => {
    expect(issues(clientSchema, { ...client, components: [...client.components, provider], slaComponents: [...client.slaComponents, 'payments'] })).toEqual([
      { path: ['slaComponents', client.slaComponents.length], message: `expected a component the agency runs; "payments" is an upstream dependency, which the agency's SLA cannot cover` },
    ]);
  });
});
