// The Statuspage schemas against a real export (GitHub's status page, test/fixtures/statuspage/) and against
// rows that change one field: the loose schemas read what Statuspage serves, the exact ones what Upkeep publishes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientDirectorySchema, shieldsEndpointSchema, statuspage, statuspageExact } from './statuspage.ts';

const SAMPLE = new URL('../../test/fixtures/statuspage/00km0kwpz23b.json', import.meta.url);
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { page: unknown; incident: Record<string, any> };

/** The sample with the fields Statuspage sends beyond the documented ones removed from every update. */
function documentedOnly() {
  const copy = structuredClone(sample);
  for (const u of copy.incident.incident_updates) {
    delete u.deliver_notifications;
    delete u.custom_tweet;
    delete u.tweet_id;
  }
  return copy;
}

describe('a real Statuspage export', () => {
  it('is read by the loose schemas, extra fields kept', () => {
    const parsed = statuspage.incidentExport.parse(sample);
    expect(parsed.incident.incident_updates).toHaveLength(4);
    expect(parsed.incident.incident_updates[0]).toHaveProperty('tweet_id', null);
    expect(parsed.incident.components.map((c) => c.name)).toEqual(['Git Operations', 'Actions']);
  });

  it('is refused by the exact schemas only for the undocumented fields', () => {
    const result = statuspageExact.incidentExport.safeParse(sample);
    expect(result.success).toBe(false);
    const keys = new Set(result.error!.issues.flatMap((i) => ('keys' in i ? (i.keys as string[]) : [])));
    expect([...keys].sort()).toEqual(['custom_tweet', 'deliver_notifications', 'tweet_id']);
    expect(statuspageExact.incidentExport.safeParse(documentedOnly()).success).toBe(true);
  });
});

const group = {
  id: 'grp',
  name: 'Production',
  status: 'partial_outage',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-11-22T09:31:00.000Z',
  position: 1,
  description: null,
  showcase: false,
  start_date: null,
  group_id: null,
  page_id: 'page',
  group: true,
  only_show_if_degraded: false,
  components: ['www'],
};

describe.each([
  ['a group with its members', group, true],
  ['a member with a start date', { ...group, group: false, group_id: 'grp', components: undefined, start_date: '2026-08-24' }, true],
  ['an unknown status', { ...group, status: 'no_data' }, false],
  ['a start date with a time', { ...group, start_date: '2026-08-24T00:00:00Z' }, false],
  ['a missing only_show_if_degraded', { ...group, only_show_if_degraded: undefined }, false],
  ['a local time without offset', { ...group, updated_at: '2026-11-22T09:31:00' }, false],
])('component: %s', (_name, value, valid) => {
  it(valid ? 'is accepted' : 'is refused', () => {
    expect(statuspageExact.component.safeParse(JSON.parse(JSON.stringify(value))).success).toBe(valid);
  });
});

describe.each([
  ['upcoming', 'scheduled', 'maintenance', true],
  ['in progress', 'in_progress', 'maintenance', true],
  ['verifying', 'verifying', 'maintenance', true],
  ['an incident status', 'investigating', 'maintenance', false],
  ['an incident impact', 'scheduled', 'major', false],
])('scheduled maintenance %s', (_name, status, impact, valid) => {
  it(valid ? 'is accepted' : 'is refused', () => {
    const maintenance = {
      ...documentedOnly().incident,
      status,
      impact,
      scheduled_for: '2026-12-08T02:00:00.000Z',
      scheduled_until: '2026-12-08T04:00:00.000Z',
    };
    expect(statuspageExact.scheduledMaintenance.safeParse(maintenance).success).toBe(valid);
  });
});

describe('lists', () => {
  it('hold at most the 50 most recent', () => {
    const incident = documentedOnly().incident;
    const page = sample.page;
    expect(statuspageExact.incidents.safeParse({ page, incidents: Array(50).fill(incident) }).success).toBe(true);
    expect(statuspageExact.incidents.safeParse({ page, incidents: Array(51).fill(incident) }).success).toBe(false);
  });
});

describe.each([
  [{ schemaVersion: 1, label: 'status', message: 'operational', color: 'brightgreen' }, true],
  [{ schemaVersion: 2, label: 'status', message: 'operational', color: 'brightgreen' }, false],
  [{ schemaVersion: 1, label: 'status', message: '', color: 'brightgreen' }, false],
])('shields endpoint %j', (value, valid) => {
  it(valid ? 'is accepted' : 'is refused', () => expect(shieldsEndpointSchema.safeParse(value).success).toBe(valid));
});

it('the client directory refuses a client without its API base', () => {
  const page = sample.page;
  const status = { indicator: 'none', description: 'All Systems Operational' };
  const client = { id: 'p', slug: 'acme', name: 'Acme', url: 'https://s.example/clients/acme/status/', api: 'https://s.example/clients/acme', status_domain_url: null, status };
  expect(clientDirectorySchema.safeParse({ page, clients: [client] }).success).toBe(true);
  expect(clientDirectorySchema.safeParse({ page, clients: [{ ...client, api: undefined }] }).success).toBe(false);
});
