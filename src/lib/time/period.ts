/**
 * A half-open span of time [start, end): `start` is included, `end` is not. Every period in src/lib is one of these.
 */
export interface Period {
  /** First instant inside the period. */
  start: Date;
  /** First instant after the period (exclusive). */
  end: Date;
}

/** Milliseconds in one minute. */
export const MS_PER_MINUTE = 60_000;

/**
 * Length of [start, end) in minutes, as an unrounded fraction; 0 when end is not after start.
 *
 * @example
 * periodMinutes({ start: new Date('2026-01-01T00:00Z'), end: new Date('2026-01-01T01:30Z') }) // → 90
 */
export function periodMinutes(period: Period): number {
  return Math.max(0, period.end.getTime() - period.start.getTime()) / MS_PER_MINUTE;
}

/**
 * The part of `period` before `now`: [start, min(end, now)). Its end never falls before its start.
 *
 * @example
 * elapsedPart({ start: new Date('2026-03-01T00:00Z'), end: new Date('2026-04-01T00:00Z') }, new Date('2026-03-02T00:00Z'))
 * // → { start: 2026-03-01T00:00Z, end: 2026-03-02T00:00Z }
 */
export function elapsedPart(period: Period, now: Date): Period {
  const end = Math.max(period.start.getTime(), Math.min(period.end.getTime(), now.getTime()));
  return { start: period.start, end: new Date(end) };
}

/**
 * Milliseconds two half-open spans, given in epoch milliseconds, have in common.
 * @example overlapMs(0, 10, 5, 15) // → 5
 */
export function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}
