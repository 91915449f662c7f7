import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentTimeline } from '../lib/timeline/component-timeline.ts';
import { totalDays } from '../lib/timeline/day-totals.ts';
import { monthPeriod } from '../lib/time/month.ts';
import { availability } from '../lib/uptime/availability.ts';
import { downtimeSpans } from '../lib/uptime/spans.ts';
import { readHistoryForBuild } from './read-for-build.ts';
import { serializeHistory } from './serialize.ts';

/**
 * A history file as the pull writes it for an Upptime component read from summary.json alone for 28 Sep – 3 Oct 2026
 * (day totals) and from the git history of its status file from 4 Oct (observed intervals; 4 Oct also has a total,
 * which the observations override). The build reads it and counts the totals at day resolution
 * (docs/history-format.md, "Day totals").
 */
const FILE = 'test/fixtures/upptime-summary/history/harbour/website.json';
const NOW = new Date('2026-10-06T00:00Z');

async function october(timeZone: string, m = '2026-10') {
  const history = await readHistoryForBuild(FILE, FILE);
  const { start, end } = monthPeriod(m, timeZone);
  const input = { componentId: 'website', history, from: start, to: end, now: NOW };
  const segments = componentTimeline(input);
  const totals = totalDays(input);
  return { history, figures: availability(segments, { from: start, to: end, now: NOW }, totals), spans: downtimeSpans(segments, totals) };
}

describe('a history with day totals, read by the build', () => {
  it('is in the layout the writer gives', async () => {
    const { history } = await october('UTC');
    expect(serializeHistory(history!)).toBe(readFileSync(FILE, 'utf8'));
    expect(history!.dayTotals).toHaveLength(7);
  });

  it.each([
    // UTC: 1 Oct 48 down + 1 392 up; 2 and 3 Oct 1 440 up; 4 Oct observed (45 down, the total of 45 not added);
    // 5 Oct observed up. Eligible 5 × 1 440 = 7 200, weighted 93: 100 × 7 107/7 200 = 98.7083…
    ['UTC', 0],
    // UTC+10: local October starts 30 Sep 14:00Z; 30 Sep UTC counts in September (its midday is 22:00 local 30 Sep),
    // so its 600 minutes inside local October count none: the same 7 200 eligible, 93 weighted, no data 0.
    ['Australia/Brisbane', 0],
  ])('October so far for a client in %s', async (timeZone, noData) => {
    const { figures, spans } = await october(timeZone);
    expect(figures).toMatchObject({ eligibleMinutes: 7200, weightedDownMinutes: 93, noDataMinutes: noData, availability: (100 * 7107) / 7200 });
    expect(spans.map((s) => [s.status, s.minutes, s.utcDay ?? null])).toEqual([
      ['major_outage', 48, '2026-10-01'],
      ['major_outage', 45, null],
    ]);
  });

  it('September for the UTC+10 client counts 28, 29 and 30 Sep whole', async () => {
    const { figures } = await october('Australia/Brisbane', '2026-09');
    // local September = 43 200 min; 28 and 29 Sep UTC wholly inside, 30 Sep 00:00–14:00Z (840) inside:
    // no data 43 200 − 3 720 = 39 480; eligible 4 320; weighted 12; 100 × 4 308/4 320
    expect(figures).toMatchObject({ noDataMinutes: 39_480, eligibleMinutes: 4320, weightedDownMinutes: 12, availability: (100 * 4308) / 4320 });
  });
});
