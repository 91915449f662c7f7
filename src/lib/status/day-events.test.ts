import { describe, expect, it } from 'vitest';
import { lastDays } from '../time/day.ts';
import { eventsByDay } from './day-events.ts';

const now = new Date('2026-10-26T12:00:00Z');
// 23–26 October in London: the 25th is 25 hours long (the clocks go back).
const days = lastDays(4, now, 'Europe/London');
type I = { id: string; reportedAt: string; startedAt?: string; restoredAt?: string; components: Array<{ id: string; impact: 'major_outage' | 'partial_outage' | 'degraded_performance'; from?: string; to?: string }> };
type M = { id: string; components: string[]; start: string; end: string };
const incident = (id: string, reportedAt: string, restoredAt: string | undefined, component = 'www', extra: Partial<I> = {}): I => ({ id, reportedAt, restoredAt, components: [{ id: component, impact: 'major_outage' }], ...extra });

function ids(incidents: I[], maintenance: M[] = []) {
  return eventsByDay(days, { componentId: 'www', incidents, maintenance, now }).map((d, i) => `${days[i]!.date}: ${[...d.incidents, ...d.maintenance].map((x) => x.id).join(' ')}`.trim());
}

describe('eventsByDay', () => {
  it('one entry per day, oldest first', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26']);
    expect(ids([])).toEqual(['2026-10-23:', '2026-10-24:', '2026-10-25:', '2026-10-26:']);
  });

  it.each<[string, I[], string[]]>([
    // 23:20 BST on the 24th to 02:35 GMT on the 25th: both local days.
    ['an overnight outage touches both days', [incident('overnight', '2026-10-24T22:20:00Z', '2026-10-25T02:35:00Z')], ['2026-10-23:', '2026-10-24: overnight', '2026-10-25: overnight', '2026-10-26:']],
    // 23:10–23:50 UTC on the 24th is 00:10–00:50 BST on the 25th, which began at 23:00 UTC.
    ['the local day decides, not the UTC one', [incident('late', '2026-10-24T23:10:00Z', '2026-10-24T23:50:00Z')], ['2026-10-23:', '2026-10-24:', '2026-10-25: late', '2026-10-26:']],
    ['an open incident runs to now', [incident('open', '2026-10-25T10:00:00Z', undefined)], ['2026-10-23:', '2026-10-24:', '2026-10-25: open', '2026-10-26: open']],
    ['it ends at midnight exactly: not the next day', [incident('to-midnight', '2026-10-23T20:00:00Z', '2026-10-23T23:00:00Z')], ['2026-10-23: to-midnight', '2026-10-24:', '2026-10-25:', '2026-10-26:']],
    ['another component: not this one', [incident('elsewhere', '2026-10-24T10:00:00Z', '2026-10-24T11:00:00Z', 'shop')], ['2026-10-23:', '2026-10-24:', '2026-10-25:', '2026-10-26:']],
    ['started before it was reported: from the start', [incident('earlier', '2026-10-24T01:00:00Z', '2026-10-24T02:00:00Z', 'www', { startedAt: '2026-10-23T21:00:00Z' })], ['2026-10-23: earlier', '2026-10-24: earlier', '2026-10-25:', '2026-10-26:']],
    ['reported after now: not known yet', [incident('future', '2026-10-26T13:00:00Z', undefined)], ['2026-10-23:', '2026-10-24:', '2026-10-25:', '2026-10-26:']],
    ['a zero-length impact counts on its day', [incident('blip', '2026-10-24T10:00:00Z', '2026-10-24T10:00:00Z')], ['2026-10-23:', '2026-10-24: blip', '2026-10-25:', '2026-10-26:']],
  ])('%s', (_, incidents, expected) => expect(ids(incidents)).toEqual(expected));

  it('maintenance windows that list the component', () => {
    const maintenance: M[] = [
      { id: 'upgrade', components: ['www', 'shop'], start: '2026-10-23T22:30:00Z', end: '2026-10-23T23:30:00Z' },
      { id: 'shop-only', components: ['shop'], start: '2026-10-24T06:00:00Z', end: '2026-10-24T07:00:00Z' },
    ];
    expect(ids([], maintenance)).toEqual(['2026-10-23: upgrade', '2026-10-24: upgrade', '2026-10-25:', '2026-10-26:']);
  });
});
