import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from './check-content.ts';
import type { RawContent, RawEntry } from './read-content.ts';

const level = { name: 'Critical', definition: 'Site down', responseTarget: '30m', restoreTarget: '4h', clock: '24x7' };
const agency = {
  name: 'Agency',
  siteUrl: 'https://status.agency.example',
  tagline: 'We keep sites up.',
  timeZone: 'Europe/London',
  contacts: [{ name: 'Desk', email: 'desk@example.com' }],
  escalation: [{ level: 1, name: 'Desk', when: 'Always' }],
  defaults: {
    supportHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: ['2026-12-25'] },
    priorities: { P1: level, P2: level, P3: level, P4: level },
    uptimeTarget: 99.9,
    warrantyDays: 30,
  },
};
const client = {
  name: 'Acme',
  visibility: 'public',
  timeZone: 'Europe/London',
  components: [
    { id: 'www', name: 'Website', group: 'Production', monitor: { source: 'probe', url: 'https://acme.example/' } },
    { id: 'checkout', name: 'Checkout', group: 'E-commerce' },
  ],
  slaComponents: ['www', 'checkout'],
  contacts: { accountManager: { name: 'A' }, leadDeveloper: { name: 'B' } },
};
const incident = (overrides: Record<string, unknown> = {}) => ({
  title: 'Checkout down',
  components: [{ id: 'checkout', impact: 'major_outage' }],
  severity: 'critical',
  priority: 'P1',
  reportedAt: '2026-10-03T10:00:00+01:00',
  respondedAt: '2026-10-03T10:10:00+01:00',
  restoredAt: '2026-10-03T11:00:00+01:00',
  resolvedAt: '2026-10-03T12:00:00+01:00',
  updates: [
    { at: '2026-10-03T10:10:00+01:00', status: 'investigating', text: 'Looking' },
    { at: '2026-10-03T12:00:00+01:00', status: 'resolved', text: 'Fixed' },
  ],
  ...overrides,
});
const entry = (file: string, data: unknown): RawEntry => ({ file, data });
const makeContent = (incidents: RawEntry[] = [], extra: Partial<RawContent> = {}): RawContent => ({
  agency: entry('content/agency.yaml', agency),
  standards: [entry('content/standards/support.mdx', { title: 'Support', description: 'How', order: 1 })],
  clients: new Map([['acme', { client: entry('content/clients/acme/client.yaml', client), incidents, maintenance: [] }]]),
  history: [],
  ...extra,
});
const INCIDENT_FILE = 'content/clients/acme/incidents/2026-10-03-checkout-down.mdx';

describe('checkContent', () => {
  it('accepts valid content', () => {
    expect(checkContent(makeContent([entry(INCIDENT_FILE, incident())]))).toEqual([]);
  });

  it.each([
    ['a schema error', { severity: 'huge' }, 'severity', /critical/],
    ['a missing field', { title: undefined }, 'title', /required/],
    ['a time without offset', { reportedAt: '2026-10-03T10:00:00' }, 'reportedAt', /ISO 8601 date and time with an offset/],
    ['an unknown component', { components: [{ id: 'cart', impact: 'major_outage' }] }, 'components.0.id', /"cart" does not exist.*www, checkout/],
    ['restored before reported', { restoredAt: '2026-10-03T09:00:00+01:00' }, 'restoredAt', /not before respondedAt/],
    ['resolved without restoredAt', { restoredAt: undefined }, 'restoredAt', /required once the incident is resolved/],
    [
      'updates out of order',
      { updates: [{ at: '2026-10-03T11:00:00+01:00', status: 'investigating', text: 'a' }, { at: '2026-10-03T10:30:00+01:00', status: 'resolved', text: 'b' }] },
      'updates.1.at',
      /oldest first/,
    ],
  ])('reports %s with file and field', (_, overrides, field, message) => {
    const problems = checkContent(makeContent([entry(INCIDENT_FILE, incident(overrides))]));
    expect(problems).toContainEqual(expect.objectContaining({ file: INCIDENT_FILE, field, message: expect.stringMatching(message) }));
  });

  it('lists every problem at once, across files', () => {
    const other = 'content/clients/acme/incidents/2026-10-04-slow.mdx';
    const problems = checkContent(
      makeContent([entry(INCIDENT_FILE, incident({ severity: 'huge' })), entry(other, incident({ priority: 'P9', components: [{ id: 'nope', impact: 'major_outage' }] }))]),
    );
    expect(problems.map((p) => `${p.file}#${p.field}`)).toEqual(
      expect.arrayContaining([`${INCIDENT_FILE}#severity`, `${other}#priority`]),
    );
    const text = formatProblems(problems);
    expect(text).toContain(INCIDENT_FILE);
    expect(text).toContain(other);
  });

  it('rejects maintenance ending before it starts and unknown components', () => {
    const file = 'content/clients/acme/maintenance/2026-12-01-upgrade.mdx';
    const content = makeContent();
    content.clients.get('acme')!.maintenance.push(
      entry(file, { title: 'Upgrade', components: ['www', 'cdn'], start: '2026-12-01T10:00:00Z', end: '2026-12-01T09:00:00Z', description: 'x' }),
    );
    const problems = checkContent(content);
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'end' }));
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'components.1' }));
  });

  it('rejects history for a client or component that does not exist', () => {
    const history = { version: 1, intervalSeconds: 300, checks: [], periods: [], days: [] };
    const problems = checkContent(
      makeContent([], {
        history: [
          { file: 'content/history/ghost/www.json', data: history, clientId: 'ghost', componentId: 'www' },
          { file: 'content/history/acme/cdn.json', data: history, clientId: 'acme', componentId: 'cdn' },
        ],
      }),
    );
    expect(problems.map((p) => p.file)).toEqual(['content/history/ghost/www.json', 'content/history/acme/cdn.json']);
  });

  it('rejects an SLA covering a component that does not exist, and a token pasted where an env name goes', () => {
    const bad = {
      ...client,
      slaComponents: ['www', 'api'],
      components: [{ id: 'www', name: 'W', group: 'P', monitor: { source: 'pingdom', checkId: 1, tokenEnv: 'abc123secret' } }],
    };
    const content = makeContent();
    content.clients.get('acme')!.client = entry('content/clients/acme/client.yaml', bad);
    const fields = checkContent(content).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['components.0.monitor.tokenEnv']));
    // references are checked only once the file parses; fix the token to see the SLA problem
    bad.components[0]!.monitor.tokenEnv = 'PINGDOM_TOKEN';
    expect(checkContent(content)).toContainEqual(expect.objectContaining({ field: 'slaComponents.1' }));
  });

  it('reads an older history format as the pull does, and names a bad one', () => {
    const v0 = [{ at: '2026-10-01T00:00:00Z', up: true, ms: 120 }];
    const file = 'content/history/acme/www.json';
    expect(checkContent(makeContent([], { history: [{ file, data: v0, clientId: 'acme', componentId: 'www' }] }))).toEqual([]);
    const bad = [{ at: 'yesterday', up: 'maybe' }];
    expect(checkContent(makeContent([], { history: [{ file, data: bad, clientId: 'acme', componentId: 'www' }] }))).toEqual([
      expect.objectContaining({ file, message: expect.stringMatching(/version 0/) }),
    ]);
  });

  it('reports every parse problem with its field and line, and still checks the schema of a file with duplicate keys', () => {
    const data = { ...incident(), severity: 'huge' };
    const problems = checkContent(
      makeContent([{ file: INCIDENT_FILE, data, parseProblems: [{ field: 'priority', line: 6, message: 'duplicate key "priority" (first set on line 5): keep one' }] }]),
    );
    expect(problems).toContainEqual({ file: INCIDENT_FILE, field: 'priority', line: 6, message: expect.stringContaining('duplicate key') });
    expect(problems).toContainEqual(expect.objectContaining({ file: INCIDENT_FILE, field: 'severity' }));
  });

  it('formats the line beside the field', () => {
    expect(formatProblems([{ file: 'a.yaml', field: 'name', line: 3, message: 'bad' }])).toBe('Content has 1 problem:\n  a.yaml\n    - name (line 3): bad');
  });

  it('reports a file that cannot be parsed', () => {
    const problems = checkContent(makeContent([{ file: INCIDENT_FILE, data: undefined, parseError: 'could not be parsed: bad indentation' }]));
    expect(problems).toEqual([{ file: INCIDENT_FILE, field: '', message: 'could not be parsed: bad indentation' }]);
  });
});
