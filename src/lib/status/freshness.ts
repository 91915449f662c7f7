/**
 * How fresh a client's monitor data is (issue 10, §3). A static page cannot know that the schedule has stopped; it can
 * say when its data was last observed, and a small script can compare that with the visitor's clock.
 */

/** The parts of a history file (src/schemas/history.ts) this reads. */
export interface FreshnessHistory {
  /** The newest raw check on file, null when there is none. */
  lastCheckAt: string | null;
  /** The monitor's timeline, oldest first. */
  timeline: ReadonlyArray<{ to: string }>;
}

/**
 * When the client's monitor data was last updated: the newest observation across its components. For a component
 * with raw checks that is its newest check (`lastCheckAt`; the timeline runs on past it, since a check stands until
 * the next one); for one whose source reports periods only, the end of its timeline. Never after `now`. Null when
 * no component has any data.
 *
 * @example
 * lastUpdated([{ lastCheckAt: '2026-11-22T11:55:00.000Z', timeline: [{ to: '2026-11-22T12:05:00.000Z' }] }], now)
 * // → 2026-11-22T11:55:00.000Z
 */
export function lastUpdated(histories: ReadonlyArray<FreshnessHistory | undefined>, now: Date): Date | null {
  let newest: number | null = null;
  for (const h of histories) {
    if (!h) continue;
    const end = h.lastCheckAt ?? h.timeline.at(-1)?.to;
    if (end === undefined) continue;
    const ms = Math.min(Date.parse(end), now.getTime());
    if (newest === null || ms > newest) newest = ms;
  }
  return newest === null ? null : new Date(newest);
}

/**
 * Whether data last updated at `updated` is stale at `now`: older than `staleAfterMinutes`. A clock behind the data
 * (a visitor's clock set wrong) is not stale: only a clock past the threshold is.
 *
 * @example isStale(new Date('2026-11-22T12:00Z'), new Date('2026-11-22T13:01Z'), 60) // → true
 */
export function isStale(updated: Date, now: Date, staleAfterMinutes: number): boolean {
  return now.getTime() - updated.getTime() > staleAfterMinutes * 60_000;
}

/**
 * How long ago, in rough words for a warning ("3 hours", "2 days"), rounded down. Shown beside the exact time, never
 * instead of it.
 *
 * @example ageInWords(new Date('2026-11-22T12:00Z'), new Date('2026-11-24T13:00Z')) // → '2 days'
 */
export function ageInWords(updated: Date, now: Date, words: AgeWords = ENGLISH_AGE): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - updated.getTime()) / 60_000));
  const [n, unit] = minutes < 60 ? [minutes, 'minute' as const] : minutes < 48 * 60 ? [Math.floor(minutes / 60), 'hour' as const] : [Math.floor(minutes / 1440), 'day' as const];
  const [one, other] = words[unit];
  return n === 1 ? one : other.replace('{n}', String(n));
}

/** The words of an age, one and other forms with `{n}` for the number (a catalogue's `freshness.age`). */
export type AgeWords = Record<'minute' | 'hour' | 'day', readonly [string, string]>;

const ENGLISH_AGE: AgeWords = { minute: ['1 minute', '{n} minutes'], hour: ['1 hour', '{n} hours'], day: ['1 day', '{n} days'] };
