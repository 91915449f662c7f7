import type { ComponentStatus } from '../../vocabulary/status.ts';

/** A span [from, to) during which a component had one status. */
export interface StatusSegment {
  /** Start, inclusive. */
  from: Date;
  /** End, exclusive. */
  to: Date;
  /** The component's status throughout. */
  status: ComponentStatus;
}

/**
 * The status a timeline gives to the instant `at`: the segment with from ≤ at < to; `no_data` outside the timeline.
 *
 * @example
 * statusAt([{ from: new Date('2026-01-01T00:00Z'), to: new Date('2026-01-01T01:00Z'), status: 'operational' }],
 *   new Date('2026-01-01T00:30Z')) // → 'operational'
 */
export function statusAt(segments: readonly StatusSegment[], at: Date): ComponentStatus {
  const t = at.getTime();
  // Segments are sorted: binary search for the last one starting at or before t.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.from.getTime() <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = found >= 0 ? segments[found]! : undefined;
  return s && t < s.to.getTime() ? s.status : 'no_data';
}
