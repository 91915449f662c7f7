import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../vocabulary/status.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';
import { groupDays } from './group-bars.ts';

const bar = (date: string, status: ComponentStatus, weightedDownMinutes = 0) => ({ date, status, weightedDownMinutes }) as DailyBar;
const union = (lists: string[][]) => [...new Set(lists.flat())];

describe('groupDays', () => {
  const web = { id: 'web', name: 'Website', bars: [bar('d1', 'operational'), bar('d2', 'partial_outage', 12), bar('d3', 'no_data')], events: [[], ['i1'], []] };
  const api = { id: 'api', name: 'API', bars: [bar('d1', 'degraded_performance'), bar('d2', 'partial_outage', 30), bar('d3', 'operational')], events: [['i2'], ['i1', 'i3'], []] };

  it('takes each day from the member that fared worst: by status, then by weighted down minutes', () => {
    const days = groupDays([web, api], union);
    expect(days.map((d) => [d.member.id, d.bar.status])).toEqual([
      ['api', 'degraded_performance'],
      ['api', 'partial_outage'],
      ['api', 'operational'], // observed beats no_data: the row shows what was seen
    ]);
    expect(days[1]!.bar.weightedDownMinutes).toBe(30);
  });
  it('counts the members affected and merges what touched them', () => {
    const days = groupDays([web, api], union);
    expect(days.map((d) => d.affected)).toEqual([1, 2, 0]);
    expect(days[1]!.events).toEqual(['i1', 'i3']);
  });
  it('is the member itself for a group of one, and nothing for none', () => {
    expect(groupDays([web], union).map((d) => d.bar)).toEqual(web.bars);
    expect(groupDays([], union)).toEqual([]);
  });
  it('refuses members whose days differ', () => {
    expect(() => groupDays([web, { ...api, bars: api.bars.slice(1) }], union)).toThrow(/other days/);
  });
});
