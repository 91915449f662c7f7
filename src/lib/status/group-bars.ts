import { STATUS_RANK } from '../../vocabulary/status.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';

/** A member's bars and what touched it each day, as the status page has them per component. */
export interface MemberBars<E> {
  id: string;
  name: string;
  bars: readonly DailyBar[];
  events: readonly E[];
}

/** One day of a group's row: the bar of the member that fared worst that day, named, and how many fared badly. */
export interface GroupDay<E> {
  bar: DailyBar;
  /** The member whose bar this is. */
  member: { id: string; name: string };
  /** Members whose day was not fully operational (any status but operational and no_data). */
  affected: number;
  /** Everything that touched any member that day (`merge` of the members' events). */
  events: E;
}

/**
 * A group's days (or all components' days): for each day, the bar of the member that fared worst, by its status
 * (STATUS_RANK) and then by its weighted down minutes, so the row shows the worst real figure of a named component
 * and never a blend nobody observed. Members must have bars for the same days (the status page's).
 *
 * @example
 * groupDays([web, api], mergeEvents)[0] // → { bar: api's first bar, member: { id: 'api', … }, affected: 1, events: … }
 */
export function groupDays<E>(members: ReadonlyArray<MemberBars<E>>, merge: (events: E[]) => E): Array<GroupDay<E>> {
  if (members.length === 0) return [];
  const days = members[0]!.bars.length;
  for (const m of members) {
    if (m.bars.length !== days || m.bars.some((b, i) => b.date !== members[0]!.bars[i]!.date)) throw new Error(`component "${m.id}" has bars for other days than "${members[0]!.id}"`);
  }
  return Array.from({ length: days }, (_, i) => {
    let worst = members[0]!;
    let affected = 0;
    for (const m of members) {
      const bar = m.bars[i]!;
      if (bar.status !== 'operational' && bar.status !== 'no_data') affected++;
      if (worse(bar, worst.bars[i]!)) worst = m;
    }
    return {
      bar: worst.bars[i]!,
      member: { id: worst.id, name: worst.name },
      affected,
      events: merge(members.map((m) => m.events[i]).filter((e): e is E => e !== undefined)),
    };
  });
}

function worse(a: DailyBar, b: DailyBar): boolean {
  if (STATUS_RANK[a.status] !== STATUS_RANK[b.status]) return STATUS_RANK[a.status] > STATUS_RANK[b.status];
  return a.weightedDownMinutes > b.weightedDownMinutes;
}
