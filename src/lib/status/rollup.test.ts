import { describe, expect, it } from 'vitest';
import { check, iso, makeHistory, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { componentStatusNow, OVERALL_STATUS, rollup, STATUSPAGE_INDICATORS } from './rollup.ts';
import { COMPONENT_STATUSES, type ComponentStatus } from '../../vocabulary/status.ts';

const c = (id: string, group: string, status: ComponentStatus) => ({ id, group, status });

describe('rollup: component → group → overall by STATUS_RANK', () => {
  it.each<[string, ReturnType<typeof c>[], ComponentStatus, string, string]>([
    ['all operational', [c('www', 'Production', 'operational'), c('uat', 'UAT', 'operational')], 'operational', 'none', 'All Systems Operational'],
    ['one degraded', [c('www', 'Production', 'operational'), c('uat', 'UAT', 'degraded_performance')], 'degraded_performance', 'minor', 'Minor Service Outage'],
    ['one partial outage', [c('www', 'Production', 'partial_outage'), c('uat', 'UAT', 'degraded_performance')], 'partial_outage', 'major', 'Partial System Outage'],
    ['one major outage', [c('www', 'Production', 'major_outage'), c('shop', 'Production', 'operational')], 'major_outage', 'critical', 'Major Service Outage'],
    ['maintenance only', [c('www', 'Production', 'under_maintenance'), c('uat', 'UAT', 'operational')], 'under_maintenance', 'maintenance', 'Service Under Maintenance'],
    ['maintenance yields to a real problem', [c('www', 'Production', 'under_maintenance'), c('uat', 'UAT', 'degraded_performance')], 'degraded_performance', 'minor', 'Minor Service Outage'],
    ['no_data yields to anything observed', [c('www', 'Production', 'no_data'), c('uat', 'UAT', 'operational')], 'operational', 'none', 'All Systems Operational'],
    ['nothing observed anywhere', [c('www', 'Production', 'no_data')], 'no_data', 'none', 'Status Unknown'],
    ['no components', [], 'no_data', 'none', 'Status Unknown'],
  ])('%s', (_, components, status, indicator, description) => {
    expect(rollup(components)).toMatchObject({ status, indicator, description });
  });

  it('groups keep their first-seen order and roll up their worst', () => {
    const r = rollup([c('www', 'Production', 'operational'), c('uat', 'UAT', 'no_data'), c('shop', 'Production', 'partial_outage')]);
    expect(r.groups.map((g) => [g.name, g.status, g.components.map((m) => m.id)])).toEqual([
      ['Production', 'partial_outage', ['www', 'shop']],
      ['UAT', 'no_data', ['uat']],
    ]);
  });

  it('every status has an indicator in the lookup table', () => {
    for (const s of COMPONENT_STATUSES) expect(STATUSPAGE_INDICATORS).toContain(OVERALL_STATUS[s].indicator);
  });
});

describe('componentStatusNow', () => {
  const now = new Date('2026-01-05T12:00Z');
  const history = makeHistory({ intervalSeconds: 300, checks: [check('2026-01-05T11:55Z')] });
  it.each<[string, Parameters<typeof componentStatusNow>[0], ComponentStatus]>([
    ['a check 5 min ago still stands', { componentId: 'www', history, now }, 'operational'],
    ['a check 10 min ago has lapsed (2 × 5 min)', { componentId: 'www', history: makeHistory({ checks: [check('2026-01-05T11:50Z')] }), now }, 'no_data'],
    ['an open incident shows', { componentId: 'www', history, incidents: [makeIncident({ reportedAt: iso('2026-01-05T11:00Z') })], now }, 'major_outage'],
    ['a restored incident does not', { componentId: 'www', history, incidents: [makeIncident({ reportedAt: iso('2026-01-05T11:00Z'), restoredAt: iso('2026-01-05T11:30Z') })], now }, 'operational'],
    ['maintenance in progress overrides', { componentId: 'www', history, incidents: [makeIncident({ reportedAt: iso('2026-01-05T11:00Z') })], maintenance: [makeMaintenance({ start: iso('2026-01-05T11:00Z'), end: iso('2026-01-05T13:00Z') })], now }, 'under_maintenance'],
    ['maintenance that has ended does not', { componentId: 'www', history, maintenance: [makeMaintenance({ start: iso('2026-01-05T10:00Z'), end: iso('2026-01-05T12:00Z') })], now }, 'operational'],
    ['no monitor and no incident', { componentId: 'www', now }, 'no_data'],
  ])('%s', (_, input, status) => expect(componentStatusNow(input)).toBe(status));
});

describe('componentStatusNow at the edges', () => {
  const now = new Date('2026-01-05T12:00Z');
  it.each<[string, Parameters<typeof componentStatusNow>[0], ComponentStatus]>([
    ['maintenance starting now is in progress', { componentId: 'www', maintenance: [makeMaintenance({ start: iso('2026-01-05T12:00Z'), end: iso('2026-01-05T13:00Z') })], now }, 'under_maintenance'],
    ['an incident reported after now is not known yet', { componentId: 'www', incidents: [makeIncident({ reportedAt: iso('2026-01-05T12:01Z') })], now }, 'no_data'],
    ['an incident restored exactly now is over', { componentId: 'www', incidents: [makeIncident({ reportedAt: iso('2026-01-05T11:00Z'), restoredAt: iso('2026-01-05T12:00Z') })], now }, 'no_data'],
  ])('%s', (_, input, status) => expect(componentStatusNow(input)).toBe(status));
});
