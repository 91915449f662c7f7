import { describe, expect, it } from 'vitest';
import { checkClientOutputsPresent, checkJsonOutput, checkNoUnlisted, schemaFor } from './check.ts';
import { clientDirectorySchema, shieldsEndpointSchema, statuspageExact } from '../../schemas/statuspage.ts';

const page = { id: 'phpq75hgriwo', name: 'Acme', url: 'https://s.example/clients/acme/status/', time_zone: 'Europe/London', updated_at: '2026-11-22T12:00:00.000Z' };
const component = (over: Record<string, unknown>) => ({
  id: 'c1',
  name: 'Website',
  status: 'operational',
  created_at: '2026-08-14T12:00:00.000Z',
  updated_at: '2026-11-22T12:00:00.000Z',
  position: 1,
  description: null,
  showcase: true,
  start_date: '2026-08-14',
  group_id: 'g1',
  page_id: page.id,
  group: false,
  only_show_if_degraded: false,
  ...over,
});
const group = component({ id: 'g1', name: 'Production', group: true, group_id: null, showcase: false, start_date: null, components: ['c1'] });
const json = (v: unknown) => JSON.stringify(v);

describe.each([
  ['clients/acme/api/v2/summary.json', statuspageExact.summary],
  ['clients/acme/api/v2/scheduled-maintenances/active.json', statuspageExact.activeMaintenances],
  ['clients/acme/api/v2/incidents/unresolved.json', statuspageExact.unresolvedIncidents],
  ['clients/acme/badge.json', shieldsEndpointSchema],
  ['clients/acme/uptime-90d.json', shieldsEndpointSchema],
  ['api/v2/clients.json', clientDirectorySchema],
])('schemaFor(%s)', (path, schema) => {
  it('is its endpoint’s schema', () => expect(schemaFor(path)).toBe(schema));
});

it('checks nothing that is not an output', () => {
  expect(schemaFor('pagefind/pagefind-entry.json')).toBeUndefined();
  expect(checkJsonOutput('clients/acme/other.json', '{')).toEqual([]);
});

describe('checkJsonOutput', () => {
  it('passes a components list with a group and its member', () => {
    expect(checkJsonOutput('clients/acme/api/v2/components.json', json({ page, components: [group, component({})] }))).toEqual([]);
  });
  it.each([
    ['a field Statuspage does not have', { page, components: [group, component({ uptime: 99.9 })] }, 'components.1: Unrecognized key: "uptime"'],
    ['a member whose group is not on the page', { page, components: [component({ group_id: 'nope' })] }, 'components.0.group_id: expected the id of a group on the page, got "nope"'],
    ['a group listing a component that is not its member', { page, components: [group, component({ group_id: null })] }, 'components.0.components: member "c1" is not on the page with group_id "g1"'],
    ['a status outside Statuspage’s vocabulary', { page, components: [group, component({ status: 'no_data' })] }, 'components.1.status'],
  ])('fails %s, naming the file and the field', (_, doc, message) => {
    const problems = checkJsonOutput('clients/acme/api/v2/components.json', json(doc));
    expect(problems.join('\n')).toContain(`clients/acme/api/v2/components.json: ${message}`);
  });
  it('fails a maintenance that is not scheduled in upcoming.json', () => {
    const m = { id: 'm', name: 'x', status: 'completed', created_at: page.updated_at, updated_at: page.updated_at, monitoring_at: null, resolved_at: page.updated_at, impact: 'maintenance', shortlink: 'https://s.example/m/', started_at: page.updated_at, page_id: page.id, incident_updates: [], components: [], scheduled_for: page.updated_at, scheduled_until: page.updated_at };
    expect(checkJsonOutput('clients/acme/api/v2/scheduled-maintenances/upcoming.json', json({ page, scheduled_maintenances: [m] }))).toEqual([
      'clients/acme/api/v2/scheduled-maintenances/upcoming.json: scheduled_maintenances.0.status: Invalid input: expected "scheduled"',
    ]);
    expect(checkJsonOutput('clients/acme/api/v2/scheduled-maintenances.json', json({ page, scheduled_maintenances: [m] }))).toEqual([]);
  });
  it('fails an api/v2 file Statuspage does not have, and JSON that is not', () => {
    expect(checkJsonOutput('clients/acme/api/v2/uptime.json', '{}')[0]).toMatch(/not a Statuspage API v2 file/);
    expect(checkJsonOutput('clients/acme/api/v2/status.json', '{')[0]).toMatch(/^clients\/acme\/api\/v2\/status.json: not JSON/);
  });
  it('fails a shields endpoint without schemaVersion 1', () => {
    expect(checkJsonOutput('clients/acme/badge.json', json({ schemaVersion: 2, label: 'status', message: 'up', color: 'green' }))).toEqual(['clients/acme/badge.json: schemaVersion: Invalid input: expected 1']);
  });
});

it('names every missing output of a client', () => {
  const present = new Set(['clients/acme/history.atom']);
  const missing = checkClientOutputsPresent('acme', (p) => present.has(p));
  expect(missing).toContain('clients/acme/history.rss: missing (every client has it)');
  expect(missing).toContain('clients/acme/api/v2/scheduled-maintenances/active.json: missing (every client has it)');
  expect(missing).toContain('clients/acme/status/index.html: missing (every client has it)');
  expect(missing.join()).not.toContain('history.atom');
});

it('finds an unlisted client in an aggregate by its path or its name', () => {
  const unlisted = [{ id: 'juniper', name: 'Project Juniper' }];
  expect(checkNoUnlisted('history.atom', '<id>https://s.example/clients/juniper/incidents/x/#update-1</id>', unlisted)).toEqual(['history.atom: names unlisted client "juniper"']);
  expect(checkNoUnlisted('api/v2/clients.json', '{"name":"Project Juniper"}', unlisted)).toHaveLength(1);
  expect(checkNoUnlisted('history.rss', '<item>Marlow</item>', unlisted)).toEqual([]);
});
