import type { HistoryCheck, HistoryPeriod, TimelineSegment } from '../../schemas/history.ts';
import { monitorTimeline } from '../../lib/timeline/monitor-timeline.ts';
import { firstEndingFrom, firstWhere, isNormalized } from './spans.ts';

/**
 * The component file's `timeline`, kept up to date incrementally. Pure.
 *
 * A tick changes the reading of the history only from some instant on: a new check at t changes how long the check
 * before it stands, and that one is at most 2 × interval older; a new period or gap changes only its own span. So the
 * timeline before `from` (the earliest instant the tick touches, less 2 × interval) is kept as it was, and [from, ∞)
 * is recomputed with monitorTimeline from the periods and the raw checks from `from − 2 × interval` on (a check older
 * than that stands no further than `from`). The two parts are joined where they meet. The result equals
 * monitorTimeline over every retained check and all periods (tick.test.ts checks this as a property).
 */

/** The segments of a (sorted) timeline before `at`, the one across it cut at `at`. */
function before(timeline: readonly TimelineSegment[], at: number): TimelineSegment[] {
  const out = timeline.slice(0, firstWhere(timeline, (s) => Date.parse(s.from) >= at));
  const last = out.at(-1);
  if (last && Date.parse(last.to) > at) out[out.length - 1] = { ...last, to: new Date(at).toISOString() };
  return out;
}

/** `head` then `tail`, the segments where they meet joined if they touch and share a status. */
function join(head: TimelineSegment[], tail: readonly TimelineSegment[]): TimelineSegment[] {
  const last = head.at(-1);
  const first = tail[0];
  if (last && first && last.to === first.from && last.status === first.status) {
    head[head.length - 1] = { from: last.from, to: first.to, status: last.status };
    return head.concat(tail.slice(1));
  }
  return head.concat(tail);
}

/**
 * The timeline after a tick that touched nothing before `from`: `previous` up to `from`, recomputed from there.
 * `checks` must hold every retained check at or after `from − 2 × interval` (earlier ones may be left out);
 * `from = -Infinity` recomputes everything.
 *
 * @example
 * // a new check at 12:05 on a 5-minute monitor: keep the timeline before 11:55, recompute from there
 * updateTimeline(file.timeline, { periods, checks: todaysChecks, intervalSeconds: 300 }, Date.parse('…T11:55:00.000Z'))
 */
export function updateTimeline(
  previous: readonly TimelineSegment[],
  sources: { periods: readonly HistoryPeriod[]; checks: readonly HistoryCheck[]; intervalSeconds: number },
  from: number,
): TimelineSegment[] {
  if (from === -Infinity) return monitorTimeline(sources);
  const earliest = new Date(from - 2 * sources.intervalSeconds * 1000).toISOString();
  // Canonical instants compare as strings in time order.
  const checks = sources.checks.filter((c) => c.at >= earliest);
  const periods = isNormalized(sources.periods) ? sources.periods.slice(firstEndingFrom(sources.periods, from)) : sources.periods;
  const tail = monitorTimeline({ periods, checks, intervalSeconds: sources.intervalSeconds }, { from });
  return join(before(previous, from), tail);
}
