import { describe, expect, it } from 'vitest';
import { API_V2_FILES, clientOutputs, incidentPath, maintenancePath, ogImagePath } from './paths.ts';
import { STATUSPAGE_PATHS } from '../statuspage/api.ts';

describe.each([
  ['/clients/acme/status/', '/og/clients/acme/status.png'],
  ['/clients/acme/incidents/2026-10-24-down/', '/og/clients/acme/incidents/2026-10-24-down.png'],
  ['/clients/acme/reports/2026-10/', '/og/clients/acme/reports/2026-10.png'],
  ['/clients/acme/', '/og/agency.png'],
  ['/clients/acme/incidents/', '/og/agency.png'],
  ['/clients/acme/reports/', '/og/agency.png'],
  ['/clients/acme/maintenance/2026-12-08-upgrade/', '/og/agency.png'],
  ['/', '/og/agency.png'],
  ['/standards/how-we-measure/', '/og/agency.png'],
])('ogImagePath(%s)', (page, image) => {
  it(`→ ${image}`, () => expect(ogImagePath(page)).toBe(image));
});

it('anchors of updates and notices', () => {
  expect(incidentPath('acme', 'x', 3)).toBe('/clients/acme/incidents/x/#update-3');
  expect(maintenancePath('acme', 'y', 1)).toBe('/clients/acme/maintenance/y/#notice-1');
  expect(incidentPath('acme', 'x')).toBe('/clients/acme/incidents/x/');
});

it('the API files are the eight the Statuspage mapping writes', () => {
  expect([...API_V2_FILES]).toEqual([...STATUSPAGE_PATHS]);
  expect(clientOutputs().filter((o) => o.path.startsWith('api/v2/'))).toHaveLength(8);
  expect(clientOutputs().map((o) => o.path)).toEqual(expect.arrayContaining(['history.atom', 'history.rss', 'maintenance.ics', 'badge.svg', 'badge.json', 'uptime-30d.svg', 'uptime-90d.json']));
});
