import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { shieldsEndpointSchema } from '../../schemas/statuspage.ts';
import { COMPONENT_STATUSES } from '../../vocabulary/status.ts';
import { emptyMs, figuresFromMs } from '../uptime/availability.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';
import { badgeSvg, pooledUptime, shieldsEndpoint, statusBadge, uptimeBadge } from './badges.ts';

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

/** A day's bar with the given minutes per status. */
function bar(day: number, minutes: Partial<Record<'operational' | 'major_outage' | 'under_maintenance' | 'no_data', number>>): DailyBar {
  const ms = { ...emptyMs() };
  for (const [s, m] of Object.entries(minutes)) ms[s as keyof typeof ms] = m * 60_000;
  const from = new Date(Date.UTC(2026, 10, day));
  const to = new Date(from.getTime() + 86_400_000);
  return { ...figuresFromMs(ms, { from, to, asOf: to }), date: from.toISOString().slice(0, 10), status: 'operational' };
}

describe.each([
  ['one component, one bad day in the window', [{ covered: true, bars: [bar(1, { major_outage: 1440 }), bar(2, { operational: 1438, major_outage: 2 })] }], 1, 100 * (1 - 2 / 1440)],
  ['the window reaching the bad day', [{ covered: true, bars: [bar(1, { major_outage: 1440 }), bar(2, { operational: 1440 })] }], 2, 50],
  ['pooled minutes, not a mean of percentages', [
    { covered: true, bars: [bar(1, { operational: 1380, major_outage: 60 })] },
    { covered: true, bars: [bar(1, { operational: 60, no_data: 1380 })] },
  ], 1, 100 * (1 - 60 / 1500)],
  ['uncovered components left out', [
    { covered: true, bars: [bar(1, { operational: 1440 })] },
    { covered: false, bars: [bar(1, { major_outage: 1440 })] },
  ], 1, 100],
  ['maintenance excluded from eligible minutes', [{ covered: true, bars: [bar(1, { operational: 1320, major_outage: 60, under_maintenance: 60 })] }], 1, 100 * (1 - 60 / 1380)],
  ['nothing eligible', [{ covered: true, bars: [bar(1, { no_data: 1440 })] }], 1, null],
  ['no SLA component', [{ covered: false, bars: [bar(1, { operational: 1440 })] }], 1, null],
])('pooledUptime: %s', (_n, components, days, expected) => {
  it(`is ${expected}`, () => {
    const got = pooledUptime(components, days);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});
