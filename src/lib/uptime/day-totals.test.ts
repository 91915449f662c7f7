import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acmeClient } from '../../../test/helpers/acme.ts';
import { iso, makeHistory, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import type { History, HistoryDayTotal, HistoryPeriod } from '../../schemas/history.ts';
import { monthlyReport, reportMonths } from '../sla/monthly-report.ts';
import { componentTimeline, type ComponentTimelineInput } from '../timeline/component-timeline.ts';
import { totalDays } from '../timeline/day-totals.ts';
import { daysBetween } from '../time/day.ts';
import { monthPeriod } from '../time/month.ts';
import { availability } from './availability.ts';
import { dailyBarsBetween } from './daily-bars.ts';
import { downtimeSpans } from './spans.ts';

/**
 * Days known only by a source's total of down minutes (docs/history-format.md, "Day totals"): every figure below is
 * worked out by hand beside it. A UTC day counts whole in the period holding its midday (12:00 UTC).
 */

const totalsOnly = (dayTotals: HistoryDayTotal[], periods: HistoryPeriod[] = []): History => makeHistory({ periods, dayTotals });
const AFTER = new Date('2026-12-10T00:00Z');

/** Timeline, totals and figures over one period, as the site computes them. */
function figures(input: ComponentTimelineInput) {
  const segments = componentTimeline(input);
  const totals = totalDays(input);
  return { segments, totals, figures: availability(segments, { from: input.from, to: input.to, now: input.now }, totals) };
}

function month(history: History, m: string, timeZone: string, extra: Partial<ComponentTimelineInput> = {}) {
  const { start, end } = monthPeriod(m, timeZone);
  const input = { componentId: 'www', history, from: start, to: end, now: AFTER, ...extra };
  const f = figures(input);
  return { ...f, bars: dailyBarsBetween(f.segments, { from: start, to: end, now: AFTER, timeZone, totals: f.totals }), spans: downtimeSpans(f.segments, f.totals) };
}

describe('a UTC client: a day total counts on its own day', () => {
  // October 2026 in UTC: 31 × 1440 = 44 640 min. Nothing observed; 24 Oct known as 30 min down.
  const oct = month(totalsOnly([{ date: '2026-10-24', downMinutes: 30 }]), '2026-10', 'UTC');

  it('counts 30 min down and 1 410 up in 1 440 eligible; the other 30 days stay no data', () => {
    // weighted 30; eligible 1 440; 100 × (1 − 30/1 440) = 100 × 47/48 = 97.9166…
    expect(oct.figures).toMatchObject({ weightedDownMinutes: 30, eligibleMinutes: 1440, noDataMinutes: 43_200, elapsedMinutes: 44_640, availability: 4700 / 48 });
    expect(oct.figures.minutes.major_outage).toBe(30);
    expect(oct.figures.minutes.operational).toBe(1410);
    // coverage 1 440 / 44 640 = 3.2258…%
    expect(oct.figures.coverage).toBeCloseTo((100 * 1440) / 44_640, 12);
  });

  it('shows the total on the day’s bar and nowhere else', () => {
    const day24 = oct.bars.find((b) => b.date === '2026-10-24')!;
    expect(day24).toMatchObject({ status: 'major_outage', availability: 4700 / 48, eligibleMinutes: 1440, weightedDownMinutes: 30, totalDays: ['2026-10-24'] });
    const day23 = oct.bars.find((b) => b.date === '2026-10-23')!;
    expect(day23).toMatchObject({ status: 'no_data', availability: null, noDataMinutes: 1440 });
    expect(day23.totalDays).toBeUndefined();
  });

  it('lists the day as one day-resolution entry, not as a placed span, and not as no data', () => {
    expect(oct.spans.map((s) => [s.from.toISOString(), s.to.toISOString(), s.status, s.minutes, s.utcDay])).toEqual([
      ['2026-10-01T00:00:00.000Z', '2026-10-24T00:00:00.000Z', 'no_data', 23 * 1440, undefined],
      ['2026-10-24T00:00:00.000Z', '2026-10-25T00:00:00.000Z', 'major_outage', 30, '2026-10-24'],
      ['2026-10-25T00:00:00.000Z', '2026-11-01T00:00:00.000Z', 'no_data', 7 * 1440, undefined],
    ]);
    // The weighted minutes of the list add up to the table's.
    expect(oct.spans.reduce((sum, s) => sum + s.weightedMinutes, 0)).toBe(oct.figures.weightedDownMinutes);
  });

  it('a day total of 0 counts the whole day as up, and has no line in the span list', () => {
    const zero = month(totalsOnly([{ date: '2026-10-24', downMinutes: 0 }]), '2026-10', 'UTC');
    expect(zero.figures).toMatchObject({ availability: 100, eligibleMinutes: 1440, weightedDownMinutes: 0 });
    expect(zero.bars.find((b) => b.date === '2026-10-24')!.status).toBe('operational');
    expect(zero.spans.some((s) => s.utcDay)).toBe(false);
  });
});

describe('a client at UTC+10 (Australia/Brisbane, no DST): a month boundary', () => {
  // Local October = [30 Sep 14:00Z, 31 Oct 14:00Z), 44 640 min.
  // 30 Sep UTC (60 min down): midday 12:00Z = 22:00 local 30 Sep → September; its 14:00–24:00Z (600 min) lie in
  //   local October and leave it.
  // 24 Oct UTC (30 min): wholly in local 24 Oct 10:00 → 25 Oct 10:00; midday = 22:00 local 24 Oct → 24 Oct.
  // 31 Oct UTC (20 min): midday = 22:00 local 31 Oct → October, whole, though 14:00–24:00Z is local November.
  const history = totalsOnly([
    { date: '2026-09-30', downMinutes: 60 },
    { date: '2026-10-24', downMinutes: 30 },
    { date: '2026-10-31', downMinutes: 20 },
  ]);
  const oct = month(history, '2026-10', 'Australia/Brisbane');

  it('counts 24 and 31 Oct whole in October and none of 30 Sep', () => {
    // no data = 44 640 − 600 (30 Sep) − 1 440 (24 Oct) − 840 (31 Oct 00:00–14:00Z) = 41 760
    // eligible = 1 440 + 1 440 = 2 880; weighted = 30 + 20 = 50; 100 × (1 − 50/2 880) = 100 × 2 830/2 880
    expect(oct.figures).toMatchObject({ noDataMinutes: 41_760, eligibleMinutes: 2880, weightedDownMinutes: 50, availability: (100 * 2830) / 2880 });
    // Every minute is counted once: 600 left for September, 600 came from November's side.
    expect(oct.figures.elapsedMinutes).toBe(41_760 + 2880);
  });

  it('counts 30 Sep whole in September', () => {
    const sep = month(history, '2026-09', 'Australia/Brisbane');
    // local September = 30 × 1 440 = 43 200; 30 Sep UTC is 00:00–14:00Z inside (840 min) + 600 min outside
    // no data = 43 200 − 840 = 42 360; eligible 1 440; 100 × (1 − 60/1 440) = 100 × 23/24
    expect(sep.figures).toMatchObject({ noDataMinutes: 42_360, eligibleMinutes: 1440, weightedDownMinutes: 60, availability: 2300 / 24 });
  });

  it('puts each UTC day on the local day holding most of it, never split across local midnight', () => {
    const bar = (d: string) => oct.bars.find((b) => b.date === d)!;
    // local 31 Oct = [30 Oct 14:00Z, 31 Oct 14:00Z): 30 Oct 14:00–24:00Z no data (600) + the whole of 31 Oct UTC
    expect(bar('2026-10-31')).toMatchObject({ noDataMinutes: 600, eligibleMinutes: 1440, elapsedMinutes: 2040, weightedDownMinutes: 20, totalDays: ['2026-10-31'], availability: (100 * 1420) / 1440 });
    // local 25 Oct = [24 Oct 14:00Z, 25 Oct 14:00Z): 24 Oct's part left for the 24th, 25 Oct 00:00–14:00Z no data
    expect(bar('2026-10-25')).toMatchObject({ noDataMinutes: 840, eligibleMinutes: 0, elapsedMinutes: 840, availability: null, status: 'no_data' });
    expect(bar('2026-10-24')).toMatchObject({ eligibleMinutes: 1440, noDataMinutes: 600, weightedDownMinutes: 30, status: 'major_outage' });
    // local 1 Oct: 30 Sep's part left for September; 1 Oct 00:00–14:00Z no data
    expect(bar('2026-10-01')).toMatchObject({ noDataMinutes: 840, elapsedMinutes: 840, availability: null });
    // the bars add up to the month, minute for minute
    const sum = (k: 'eligibleMinutes' | 'noDataMinutes' | 'weightedDownMinutes') => oct.bars.reduce((s, b) => s + b[k], 0);
    expect([sum('eligibleMinutes'), sum('noDataMinutes'), sum('weightedDownMinutes')]).toEqual([2880, 41_760, 50]);
  });

  it('lists 24 and 31 Oct as UTC days in October’s span list', () => {
    expect(oct.spans.filter((s) => s.utcDay).map((s) => [s.utcDay, s.minutes])).toEqual([['2026-10-24', 30], ['2026-10-31', 20]]);
    expect(oct.spans.filter((s) => s.status === 'no_data').reduce((sum, s) => sum + s.minutes, 0)).toBe(41_760);
  });
});

describe('a client at UTC−5 (America/Bogota): the first UTC day of a month', () => {
  // Local November = [1 Nov 05:00Z, 1 Dec 05:00Z), 43 200 min. 1 Nov UTC (90 min down): midday 12:00Z = 07:00 local
  // 1 Nov → November; its 00:00–05:00Z (300 min) are local 31 Oct.
  const history = totalsOnly([{ date: '2026-11-01', downMinutes: 90 }]);

  it('counts the whole UTC day in November', () => {
    const nov = month(history, '2026-11', 'America/Bogota');
    // no data = 43 200 − 1 140 (05:00–24:00Z) = 42 060; eligible 1 440; 100 × (1 − 90/1 440) = 93.75
    expect(nov.figures).toMatchObject({ noDataMinutes: 42_060, eligibleMinutes: 1440, weightedDownMinutes: 90, availability: 93.75 });
    // local 1 Nov = [1 Nov 05:00Z, 2 Nov 05:00Z): the whole UTC day (1 440) + 2 Nov 00:00–05:00Z, no data (300)
    expect(nov.bars[0]).toMatchObject({ date: '2026-11-01', eligibleMinutes: 1440, noDataMinutes: 300, elapsedMinutes: 1740, availability: 93.75, totalDays: ['2026-11-01'] });
  });

  it('counts none of it in October, not even as no data', () => {
    const oct = month(history, '2026-10', 'America/Bogota');
    // 44 640 − 300 = 44 340 no data, nothing eligible
    expect(oct.figures).toMatchObject({ noDataMinutes: 44_340, eligibleMinutes: 0, availability: null });
    expect(oct.bars.at(-1)).toMatchObject({ date: '2026-10-31', noDataMinutes: 1140 });
    expect(oct.spans.some((s) => s.utcDay)).toBe(false);
  });
});

describe('observations are not replaced by coarser data', () => {
  it('a day with observations keeps them and its total is not counted', () => {
    // 24 Oct: observed 10:00–10:30Z down, 10:30–11:00Z up; the summary says 300 min down that day.
    const history = totalsOnly([{ date: '2026-10-24', downMinutes: 300 }], [
      { from: iso('2026-10-24T10:00Z'), to: iso('2026-10-24T10:30Z'), status: 'major_outage' },
      { from: iso('2026-10-24T10:30Z'), to: iso('2026-10-24T11:00Z'), status: 'operational' },
    ]);
    const oct = month(history, '2026-10', 'UTC');
    expect(oct.totals).toEqual([]);
    // 30 down in 60 eligible: 50 %; the rest of the day stays no data
    expect(oct.figures).toMatchObject({ weightedDownMinutes: 30, eligibleMinutes: 60, availability: 50, noDataMinutes: 44_640 - 60 });
    expect(oct.spans.some((s) => s.utcDay)).toBe(false);
    expect(oct.bars.find((b) => b.date === '2026-10-24')!.totalDays).toBeUndefined();
  });

  it('an incident with its times on the day is an observation too', () => {
    const incident = makeIncident({ reportedAt: iso('2026-10-24T09:00Z'), restoredAt: iso('2026-10-24T09:20Z'), updates: [{ at: iso('2026-10-24T09:00Z'), status: 'investigating', text: 'Looking.' }] });
    const oct = month(totalsOnly([{ date: '2026-10-24', downMinutes: 300 }]), '2026-10', 'UTC', { incidents: [incident] });
    expect(oct.totals).toEqual([]);
    expect(oct.figures).toMatchObject({ weightedDownMinutes: 20, eligibleMinutes: 20, availability: 0 });
  });

  it('maintenance stays where it is placed; the total fills the rest of the day, at most all of it', () => {
    const maintenance = [makeMaintenance({ start: iso('2026-10-25T02:00Z'), end: iso('2026-10-25T04:00Z') })];
    const oct = month(totalsOnly([{ date: '2026-10-25', downMinutes: 30 }, { date: '2026-10-26', downMinutes: 1440 }]), '2026-10', 'UTC', {
      maintenance: [...maintenance, makeMaintenance({ id: 'b', start: iso('2026-10-26T00:00Z'), end: iso('2026-10-26T01:00Z') })],
    });
    // 25 Oct: 1 440 − 120 maintenance = 1 320 eligible, 30 down. 26 Oct: 1 380 eligible, all down (1 440 capped).
    expect(oct.totals.map((t) => [t.date, t.eligibleMs / 60_000, t.downMs / 60_000, t.upMs / 60_000])).toEqual([
      ['2026-10-25', 1320, 30, 1290],
      ['2026-10-26', 1380, 1380, 0],
    ]);
    expect(oct.figures).toMatchObject({ maintenanceMinutes: 180, eligibleMinutes: 2700, weightedDownMinutes: 1410, noDataMinutes: 44_640 - 2880 });
    expect(oct.bars.find((b) => b.date === '2026-10-25')).toMatchObject({ maintenanceMinutes: 120, eligibleMinutes: 1320, availability: 100 * (1 - 30 / 1320) });
  });

  it('a day that has not ended, or lies outside the period, is not counted', () => {
    const history = totalsOnly([{ date: '2026-10-24', downMinutes: 30 }, { date: '2026-12-09', downMinutes: 5 }]);
    const now = new Date('2026-10-24T18:00Z');
    expect(totalDays({ componentId: 'www', history, from: new Date('2026-10-01T00:00Z'), to: new Date('2026-11-01T00:00Z'), now })).toEqual([]);
    expect(totalDays({ componentId: 'www', history, from: new Date('2026-11-01T00:00Z'), to: new Date('2026-12-01T00:00Z'), now: AFTER })).toEqual([]);
  });
});

describe('the monthly report counts day totals', () => {
  const client = { ...acmeClient, timeZone: 'Australia/Brisbane', slaComponents: ['www'] };
  const histories = { www: totalsOnly([{ date: '2026-10-24', downMinutes: 30 }, { date: '2026-10-31', downMinutes: 20 }]) };

  it('in availability and the error budget, with the hand-worked figures above', () => {
    const report = monthlyReport({ clientId: 'acme', client, histories, incidents: [], maintenance: [], month: '2026-10', now: AFTER });
    // eligible 2 880, weighted 50: budget 0.1 % × 2 880 = 2.88 allowed, 50 used, −47.12 left
    expect(report.uptime.components[0]).toMatchObject({ eligibleMinutes: 2880, weightedDownMinutes: 50, availability: (100 * 2830) / 2880, met: false });
    expect(report.uptime.components[0]!.errorBudget).toMatchObject({ allowedMinutes: 2.88, usedMinutes: 50, leftMinutes: -47.12 });
  });

  it('from the month of the first day total, for a component known only by totals', () => {
    expect(reportMonths({ client, histories, incidents: [], now: AFTER })).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});

describe('properties', () => {
  const ZONES = ['UTC', 'Australia/Brisbane', 'America/Bogota', 'Europe/London', 'Pacific/Tongatapu', 'America/New_York'];
  const START = Date.parse('2026-10-01T00:00Z');
  // Observed spans in the first 40 days, day totals for days 5 to 35 (well inside the 45 days the bars cover).
  const periodsArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 * 1440 }), fc.integer({ min: 1, max: 600 }), fc.constantFrom('operational', 'major_outage', 'partial_outage', 'degraded_performance') ), { maxLength: 12 })
    .map((raw) => {
      const periods: HistoryPeriod[] = [];
      let end = 0;
      for (const [startMin, len, status] of [...raw].sort((a, b) => a[0] - b[0])) {
        const s = Math.max(startMin, end);
        periods.push({ from: new Date(START + s * 60_000).toISOString(), to: new Date(START + (s + len) * 60_000).toISOString(), status });
        end = s + len + 1;
      }
      return periods;
    });
  const totalsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 5, max: 35 }), fc.integer({ min: 0, max: 1440 })), { selector: (t) => t[0], maxLength: 20 }).map((ts) =>
    ts.sort((a, b) => a[0] - b[0]).map(([d, downMinutes]) => ({ date: new Date(START + d * 86_400_000).toISOString().slice(0, 10), downMinutes })),
  );

  it('every minute is counted once; a counted day never counts more than its own minutes; observed days keep their observations', () => {
    fc.assert(
      fc.property(periodsArb, totalsArb, fc.constantFrom(...ZONES), (periods, dayTotals, timeZone) => {
        const withTotals = makeHistory({ periods, dayTotals });
        const without = makeHistory({ periods });
        const from = new Date(START);
        const to = new Date(START + 45 * 86_400_000);
        const days = daysBetween(from, to, timeZone);
        const span = { from: days[0]!.start, to: days.at(-1)!.end, now: AFTER };
        const input = { componentId: 'www', history: withTotals, ...span };
        const segments = componentTimeline(input);
        const totals = totalDays(input);
        const bars = dailyBarsBetween(segments, { ...span, timeZone, totals });
        const plain = dailyBarsBetween(componentTimeline({ ...input, history: without }), { ...span, timeZone });
        const sum = (bs: typeof bars, f: (b: (typeof bars)[number]) => number) => bs.reduce((s, b) => s + f(b), 0);

        for (const t of totals) {
          // nothing observed on a counted day, its counted minutes fit in it, and down never exceeds eligible
          expect(segments.filter((s) => s.status !== 'no_data' && s.status !== 'under_maintenance' && s.to > t.start && s.from < t.end)).toEqual([]);
          expect(t.downMs + t.upMs).toBe(t.eligibleMs);
          expect(t.eligibleMs).toBeLessThanOrEqual(86_400_000);
          expect(t.downMs).toBeLessThanOrEqual(Math.round(t.downMinutes * 60_000));
          // counted whole in exactly one local day
          expect(bars.filter((b) => b.totalDays?.includes(t.date))).toHaveLength(1);
        }
        // a total only replaces no data: the same elapsed minutes, the observed ones untouched
        expect(sum(bars, (b) => b.ms.no_data + b.ms.operational + b.ms.major_outage + b.ms.partial_outage + b.ms.degraded_performance + b.ms.under_maintenance)).toBe(
          sum(plain, (b) => b.ms.no_data + b.ms.operational + b.ms.major_outage + b.ms.partial_outage + b.ms.degraded_performance + b.ms.under_maintenance),
        );
        const down = totals.reduce((s, t) => s + t.downMs, 0);
        const eligible = totals.reduce((s, t) => s + t.eligibleMs, 0);
        expect(sum(bars, (b) => b.ms.major_outage)).toBe(sum(plain, (b) => b.ms.major_outage) + down);
        expect(sum(bars, (b) => b.ms.partial_outage)).toBe(sum(plain, (b) => b.ms.partial_outage));
        expect(sum(bars, (b) => b.eligibleMinutes * 60_000)).toBeCloseTo(sum(plain, (b) => b.eligibleMinutes * 60_000) + eligible, 3);

        // over the whole span: with nothing observed down, a total with down minutes lowers availability below 100
        const all = availability(segments, span, totals);
        const none = availability(componentTimeline({ ...input, history: without }), span);
        if (down > 0 && none.weightedDownMinutes === 0) expect(all.availability!).toBeLessThan(100);
        if (all.availability !== null) expect(all.availability).toBeLessThanOrEqual(100);
        expect(all.noDataMinutes).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
