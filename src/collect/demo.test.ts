import { describe, expect, it } from 'vitest';
import { probeMonitor } from '../schemas/monitor.ts';
import { demoObservations, prng, seedOf, type DemoSpec } from './demo.ts';
import { applyTick, fileChanges, planTick } from './store/index.ts';

const ASOF = Date.parse('2026-11-22T12:00:00.000Z');
const H = 3_600_000;
const spec = (overrides: Partial<DemoSpec> = {}): DemoSpec => ({
  key: 'acme/www',
  monitor: probeMonitor.parse({ source: 'probe', url: 'https://www.acme.example/', degradedAboveMs: 3000 }),
  impacts: [{ from: ASOF - 10 * 24 * H, to: ASOF - 10 * 24 * H + 2 * H, status: 'major_outage' }],
  blips: 2,
  gap: { from: ASOF - 20 * 24 * H, to: ASOF - 20 * 24 * H + 3 * H },
  ...overrides,
});

describe('demoObservations', () => {
  const obs = demoObservations(spec(), { asOf: ASOF, days: 100 });

  it('is deterministic', () => {
    expect(demoObservations(spec(), { asOf: ASOF, days: 100 })).toEqual(obs);
    expect(prng(seedOf('x'))()).toBe(prng(seedOf('x'))());
  });

  it('checks every interval for 100 days up to asOf, never after', () => {
    expect(obs.checks.length).toBeGreaterThan(100 * 288 - 40);
    expect(Date.parse(obs.checks[0]!.at)).toBeGreaterThanOrEqual(ASOF - 100 * 24 * H);
    expect(Date.parse(obs.checks.at(-1)!.at)).toBeLessThanOrEqual(ASOF);
  });

  it('shows the declared impact inside incidents, so monitor and incidents agree', () => {
    const [impact] = spec().impacts;
    const inside = obs.checks.filter((c) => Date.parse(c.at) >= impact!.from && Date.parse(c.at) < impact!.to);
    expect(inside.length).toBe(24);
    expect(new Set(inside.map((c) => c.status))).toEqual(new Set(['major_outage']));
    expect(inside.every((c) => c.responseMs === null)).toBe(true);
  });

  it('adds short monitor-only blips outside incidents', () => {
    const [impact] = spec().impacts;
    const blips = obs.checks.filter((c) => c.status === 'major_outage' && !(Date.parse(c.at) >= impact!.from && Date.parse(c.at) < impact!.to));
    expect(blips.length).toBeGreaterThanOrEqual(2);
    expect(blips.length).toBeLessThanOrEqual(4);
  });

  it('leaves a monitoring gap with no checks, recorded as no_data', () => {
    const { gap } = spec();
    expect(obs.checks.filter((c) => Date.parse(c.at) >= gap!.from && Date.parse(c.at) < gap!.to)).toEqual([]);
    expect(obs.periods).toEqual([{ from: expect.any(String), to: new Date(gap!.to).toISOString(), status: 'no_data' }]);
  });

  it('has realistic response times and an audit', () => {
    const times = obs.checks.map((c) => c.responseMs).filter((ms): ms is number => ms !== null);
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    expect(median).toBeGreaterThan(80);
    expect(median).toBeLessThan(600);
    expect(obs.audit?.tlsDaysLeft).toBeGreaterThan(0);
  });

  it('goes through the store as one tick: a small component file, one day file per retained day', () => {
    const plan = planTick({ history: undefined, migratedChecks: [], dayFiles: [] }, { observations: obs }, { now: new Date(ASOF), intervalSeconds: 300, retentionDays: 8 });
    expect(plan.read).toEqual([]);
    const changes = fileChanges(applyTick(plan, new Map()), { component: undefined, days: new Map() });
    expect(changes.component!.length).toBeLessThan(20 * 1024);
    expect(changes.days.map((d) => d.date)).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
  });
});
