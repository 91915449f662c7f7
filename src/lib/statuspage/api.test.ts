import { describe, expect, it } from 'vitest';
import { iso, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { statuspageExact } from '../../schemas/statuspage.ts';
import { COMPONENT_STATUSES } from '../../vocabulary/status.ts';
import { COMPONENT_STATUS_TO_STATUSPAGE, declaredStatus, ids, incidentStatus, statuspageDocuments, STATUSPAGE_PATHS, type ApiInput } from './api.ts';
import { statuspageId, STATUSPAGE_ID_LENGTH } from './ids.ts';
import { API_V2_SCHEMAS } from '../outputs/check.ts';

const now = new Date('2026-11-22T12:00:00Z');
const created = new Date('2026-08-24T00:00:00Z');
const base = 'https://status.agency.example/clients/acme';

const active = {
  ...makeIncident({
    id: '2026-11-22-checkout',
    title: 'Checkout failing',
    severity: 'major',
    components: [{ id: 'checkout', impact: 'partial_outage' }, { id: 'www', impact: 'degraded_performance', from: iso('2026-11-22T10:00Z') }],
    startedAt: iso('2026-11-22T09:31Z'),
    reportedAt: iso('2026-11-22T09:40Z'),
    updates: [
      { at: iso('2026-11-22T09:49Z'), status: 'investigating', text: 'Looking.' },
      { at: iso('2026-11-22T11:10Z'), status: 'identified', text: 'Found it.' },
    ],
  }),
  url: `${base}/incidents/2026-11-22-checkout/`,
  postmortem: '## This incident is in progress',
};
const resolved = {
  ...makeIncident({
    id: '2026-10-24-down',
    title: 'Website down',
    severity: 'critical',
    reportedAt: iso('2026-10-24T22:20Z'),
    respondedAt: iso('2026-10-24T22:41Z'),
    restoredAt: iso('2026-10-25T02:35Z'),
    resolvedAt: iso('2026-10-25T10:15Z'),
    updates: [
      { at: iso('2026-10-24T22:41Z'), status: 'investigating', text: 'Down.' },
      { at: iso('2026-10-25T02:35Z'), status: 'monitoring', text: 'Back.' },
      { at: iso('2026-10-25T10:15Z'), status: 'resolved', text: 'Closed.' },
    ],
  }),
  url: `${base}/incidents/2026-10-24-down/`,
  postmortem: '\n## Summary\nThe disk filled up.\n',
};
const future = { ...makeIncident({ id: '2026-12-01-later', reportedAt: iso('2026-12-01T10:00Z'), updates: [{ at: iso('2026-12-01T10:00Z'), status: 'investigating', text: 'x' }] }), url: `${base}/incidents/later/` };

const upcoming = { ...makeMaintenance({ id: '2026-12-08-upgrade', title: 'Upgrade', components: ['checkout'], start: iso('2026-12-08T02:00Z'), end: iso('2026-12-08T04:00Z'), announcedAt: iso('2026-11-20T10:00Z') }), url: `${base}/maintenance/2026-12-08-upgrade/` };
const running = { ...makeMaintenance({ id: '2026-11-22-db', title: 'Database', components: ['www'], start: iso('2026-11-22T11:00Z'), end: iso('2026-11-22T13:00Z') }), url: `${base}/maintenance/2026-11-22-db/` };
const done = { ...makeMaintenance({ id: '2026-09-16-runtime', title: 'Runtime', components: ['www'], start: iso('2026-09-16T01:00Z'), end: iso('2026-09-16T02:00Z') }), url: `${base}/maintenance/2026-09-16-runtime/` };

const input: ApiInput = {
  clientId: 'acme',
  name: 'Acme',
  url: `${base}/status/`,
  timeZone: 'Europe/London',
  now,
  status: { indicator: 'major', description: 'Partial System Outage' },
  components: [
    { id: 'www', name: 'Website', group: 'Production', description: 'The shop.', status: 'under_maintenance', createdAt: created, updatedAt: new Date('2026-11-22T11:55Z'), startDate: '2026-08-24' },
    { id: 'checkout', name: 'Checkout', group: 'Production', status: 'partial_outage', createdAt: created, updatedAt: new Date('2026-11-22T11:55Z'), startDate: '2026-08-24' },
    { id: 'staging', name: 'Staging', group: 'Staging', status: 'no_data', createdAt: now, updatedAt: now, startDate: null },
  ],
  incidents: [resolved, active, future],
  maintenance: [done, running, upcoming],
  updatedAt: new Date('2026-11-22T11:55Z'),
};
const docs = statuspageDocuments(input);

describe('every document', () => {
  it.each(STATUSPAGE_PATHS)('%s matches the exact Statuspage schema of its endpoint', (path) => {
    const schema = API_V2_SCHEMAS[path];
    expect(schema.safeParse(JSON.parse(JSON.stringify(docs[path]))).error?.issues ?? []).toEqual([]);
  });
  it('share one page, dated by the latest notice or observation', () => {
    expect(docs['status.json'].page).toEqual({ id: ids.page('acme'), name: 'Acme', url: `${base}/status/`, time_zone: 'Europe/London', updated_at: '2026-11-22T11:55:00.000Z' });
    expect(new Set(STATUSPAGE_PATHS.map((p) => JSON.stringify(docs[p].page))).size).toBe(1);
  });
});

describe('ids', () => {
  it('are 12 lower-case letters and digits, the same for the same parts', () => {
    expect(statuspageId('incident', 'acme', 'x')).toMatch(new RegExp(`^[0-9a-z]{${STATUSPAGE_ID_LENGTH}}$`));
    expect(statuspageId('incident', 'acme', 'x')).toBe(statuspageId('incident', 'acme', 'x'));
  });
  it.each([
    [['incident', 'acme', 'x'], ['incident', 'acme', 'y']],
    [['incident', 'acme', 'x'], ['maintenance', 'acme', 'x']],
    [['component', 'acme', 'www'], ['component', 'beta', 'www']],
    [['a', 'bc'], ['ab', 'c']],
  ])('differ for %j and %j', (a, b) => expect(statuspageId(...a)).not.toBe(statuspageId(...b)));
});

describe('components', () => {
  const list = docs['components.json'].components;
  it('are each group, then its members, positions counted within each level', () => {
    expect(list.map((c) => [c.name, c.group, c.position])).toEqual([
      ['Production', true, 1],
      ['Website', false, 1],
      ['Checkout', false, 2],
      ['Staging', true, 2],
      ['Staging', false, 1],
    ]);
  });
  it('groups list their members, members name their group', () => {
    const production = list[0]!;
    expect(production.components).toEqual([ids.component('acme', 'www'), ids.component('acme', 'checkout')]);
    expect(list[1]).toMatchObject({ group_id: production.id, description: 'The shop.', start_date: '2026-08-24', showcase: true });
    expect(list[1]).not.toHaveProperty('components');
  });
  it('a group takes its worst member’s status (outage over maintenance)', () => expect(list[0]!.status).toBe('partial_outage'));
  it('no data is reported as operational, Statuspage having no unknown', () => expect(list[4]!.status).toBe('operational'));
  it.each(COMPONENT_STATUSES)('%s maps to a Statuspage status', (s) => {
    expect(statuspageExact.component.shape.status.safeParse(COMPONENT_STATUS_TO_STATUSPAGE[s]).success).toBe(true);
  });
});

describe.each([
  ['before any update', '2026-11-22T09:45Z', false, 'investigating'],
  ['investigating', '2026-11-22T10:00Z', false, 'investigating'],
  ['identified', '2026-11-22T11:30Z', false, 'identified'],
])('an active incident, %s', (_n, at, postmortem, expected) => {
  it(`is ${expected}`, () => expect(incidentStatus(active, new Date(at), postmortem)).toBe(expected));
});
describe.each([
  ['resolved without a postmortem', false, 'resolved'],
  ['resolved with its postmortem', true, 'postmortem'],
])('an incident %s', (_n, postmortem, expected) => {
  it(`is ${expected}`, () => expect(incidentStatus(resolved, now, postmortem)).toBe(expected));
});
it('an update saying resolved before resolvedAt has come reads as monitoring', () => {
  expect(incidentStatus({ ...resolved, resolvedAt: iso('2026-10-25T11:00Z') }, new Date('2026-10-25T10:30Z'), false)).toBe('monitoring');
});

describe('incidents', () => {
  const list = docs['incidents.json'].incidents;
  const [open, closed] = list;
  it('are those reported by now, newest first', () => expect(list.map((i) => i.name)).toEqual(['Checkout failing', 'Website down']));
  it('unresolved holds only the open ones, and so does the summary', () => {
    expect(docs['incidents/unresolved.json'].incidents.map((i) => i.name)).toEqual(['Checkout failing']);
    expect(docs['summary.json'].incidents).toEqual(docs['incidents/unresolved.json'].incidents);
  });
  it('carry the times and impact from the content', () => {
    expect(open).toMatchObject({ status: 'identified', impact: 'major', created_at: '2026-11-22T09:40:00.000Z', started_at: '2026-11-22T09:31:00.000Z', updated_at: '2026-11-22T11:10:00.000Z', resolved_at: null, monitoring_at: null, shortlink: active.url });
    expect(closed).toMatchObject({ status: 'postmortem', impact: 'critical', monitoring_at: '2026-10-25T02:35:00.000Z', resolved_at: '2026-10-25T10:15:00.000Z', started_at: '2026-10-24T22:20:00.000Z' });
  });
  it('list updates newest first, with stable ids', () => {
    expect(open!.incident_updates.map((u) => [u.status, u.body, u.display_at])).toEqual([
      ['identified', 'Found it.', '2026-11-22T11:10:00.000Z'],
      ['investigating', 'Looking.', '2026-11-22T09:49:00.000Z'],
    ]);
    expect(open!.incident_updates.map((u) => u.id)).toEqual([ids.update(open!.id, 2), ids.update(open!.id, 1)]);
    expect(open!.incident_updates.every((u) => u.incident_id === open!.id)).toBe(true);
  });
  it('record each component’s declared status at each update against the one before', () => {
    const [second, first] = open!.incident_updates;
    expect(first!.affected_components).toEqual([
      { code: ids.component('acme', 'checkout'), name: 'Checkout', old_status: 'operational', new_status: 'partial_outage' },
      { code: ids.component('acme', 'www'), name: 'Website', old_status: 'operational', new_status: 'operational' },
    ]);
    expect(second!.affected_components![1]).toMatchObject({ old_status: 'operational', new_status: 'degraded_performance' });
  });
  it('carry the components they affect as the components endpoint shows them', () => {
    expect(open!.components.map((c) => c.name)).toEqual(['Checkout', 'Website']);
    expect(open!.components[0]).toEqual(docs['components.json'].components[2]);
  });
  it('carry the postmortem only once resolved', () => {
    expect(closed).toMatchObject({ postmortem_body: '## Summary\nThe disk filled up.', postmortem_published_at: '2026-10-25T10:15:00.000Z' });
    expect(open).not.toHaveProperty('postmortem_body');
    expect(open).not.toHaveProperty('postmortem_published_at');
  });
  it('hold the 50 most recent, newest first', () => {
    // 60 incidents, one a day from 1 August: the list keeps the last 50 reported.
    const day = (i: number) => new Date(Date.UTC(2026, 7, 1 + i, 9)).toISOString();
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...resolved,
      id: `incident-${i}`,
      title: `Incident ${i}`,
      reportedAt: day(i),
      startedAt: day(i),
      respondedAt: day(i),
      restoredAt: day(i),
      resolvedAt: day(i),
      updates: [{ at: day(i), status: 'resolved' as const, text: 'Closed.' }],
    }));
    const list = statuspageDocuments({ ...input, incidents: [...many].reverse() })['incidents.json'].incidents;
    expect(list.map((i) => i.name)).toEqual(Array.from({ length: 50 }, (_, k) => `Incident ${59 - k}`));
  });
  it('keep their ids whatever order content is read in', () => {
    const reordered = statuspageDocuments({ ...input, components: [...input.components].reverse(), incidents: [...input.incidents].reverse(), maintenance: [...input.maintenance].reverse() });
    const idsOf = (d: typeof docs) => ({
      components: Object.fromEntries(d['components.json'].components.map((c) => [c.name, c.id])),
      incidents: Object.fromEntries(d['incidents.json'].incidents.map((i) => [i.name, [i.id, ...i.incident_updates.map((u) => u.id)]])),
      maintenances: Object.fromEntries(d['scheduled-maintenances.json'].scheduled_maintenances.map((m) => [m.name, [m.id, ...m.incident_updates.map((u) => u.id)]])),
    });
    expect(idsOf(reordered)).toEqual(idsOf(docs));
  });
});

describe.each([
  ['inside the span', '2026-11-22T10:30Z', 'degraded_performance'],
  ['before its own from', '2026-11-22T09:45Z', 'operational'],
])('declaredStatus %s', (_n, at, expected) => {
  it(`is ${expected}`, () => expect(declaredStatus(active, 'www', Date.parse(at))).toBe(expected));
});

describe('scheduled maintenances', () => {
  const all = docs['scheduled-maintenances.json'].scheduled_maintenances;
  it('are every window, latest first, each with its state at now', () => {
    expect(all.map((m) => [m.name, m.status])).toEqual([['Upgrade', 'scheduled'], ['Database', 'in_progress'], ['Runtime', 'completed']]);
  });
  it('upcoming holds only scheduled ones, active only in-progress ones; the summary both', () => {
    expect(docs['scheduled-maintenances/upcoming.json'].scheduled_maintenances.map((m) => m.name)).toEqual(['Upgrade']);
    expect(docs['scheduled-maintenances/active.json'].scheduled_maintenances.map((m) => m.name)).toEqual(['Database']);
    expect(docs['summary.json'].scheduled_maintenances.map((m) => m.name)).toEqual(['Database', 'Upgrade']);
  });
  it('carry the window, impact maintenance and the notices posted so far', () => {
    expect(all[0]).toMatchObject({ impact: 'maintenance', scheduled_for: '2026-12-08T02:00:00.000Z', scheduled_until: '2026-12-08T04:00:00.000Z', created_at: '2026-11-20T10:00:00.000Z', resolved_at: null });
    expect(all[0]!.incident_updates.map((u) => u.status)).toEqual(['scheduled']);
    expect(all[2]!.incident_updates.map((u) => u.status)).toEqual(['completed', 'in_progress', 'scheduled']);
    expect(all[2]).toMatchObject({ resolved_at: '2026-09-16T02:00:00.000Z' });
  });
  it('put components under maintenance at the start and back at the end', () => {
    const [end, start, scheduled] = all[2]!.incident_updates;
    expect(scheduled!.affected_components).toBeNull();
    expect(start!.affected_components).toEqual([{ code: ids.component('acme', 'www'), name: 'Website', old_status: 'operational', new_status: 'under_maintenance' }]);
    expect(end!.affected_components![0]).toMatchObject({ old_status: 'under_maintenance', new_status: 'operational' });
  });
});
