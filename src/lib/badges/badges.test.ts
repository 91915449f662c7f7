import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { shieldsEndpointSchema } from '../../schemas/statuspage.ts';
import { COMPONENT_STATUSES } from '../../vocabulary/status.ts';
import { badgeSvg, shieldsEndpoint, statusBadge, uptimeBadge } from './badges.ts';

describe.each([
  ['operational', 'operational', 'brightgreen'],
  ['degraded_performance', 'degraded performance', 'yellow'],
  ['partial_outage', 'partial outage', 'orange'],
  ['major_outage', 'major outage', 'red'],
  ['under_maintenance', 'under maintenance', 'blue'],
  ['no_data', 'no data', 'lightgrey'],
] as const)('the status badge for %s', (status, message, color) => {
  it(`says "${message}" in ${color}`, () => expect(statusBadge(status)).toEqual({ label: 'status', message, color }));
});

describe.each([
  ['met', 30, 99.98765, 99.9, '99.987%', 'brightgreen'],
  ['exactly met', 30, 99.9, 99.9, '99.900%', 'brightgreen'],
  ['missed by a hair (never rounded up)', 90, 99.94999, 99.95, '99.949%', 'red'],
  ['nothing eligible', 90, null, 99.9, 'no data', 'lightgrey'],
] as const)('an uptime badge, %s', (_n, days, availability, target, message, color) => {
  it(`says ${message} in ${color}`, () => expect(uptimeBadge(days, availability, target)).toEqual({ label: `uptime ${days}d`, message, color }));
});

describe('rendered', () => {
  it.each(COMPONENT_STATUSES)('the %s badge is well-formed SVG naming its message', (status) => {
    const svg = badgeSvg(statusBadge(status));
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(root['@_aria-label']).toBe(`status: ${statusBadge(status).message}`);
    expect(root.title).toBe(`status: ${statusBadge(status).message}`);
  });
  it('the endpoint JSON is shields’ schema', () => {
    expect(shieldsEndpointSchema.parse(shieldsEndpoint(uptimeBadge(30, 99.5, 99.9)))).toEqual({ schemaVersion: 1, label: 'uptime 30d', message: '99.500%', color: 'red' });
  });
});
