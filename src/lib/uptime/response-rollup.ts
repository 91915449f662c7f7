import type { HistoryCheck, HistoryDay } from '../../schemas/history.ts';

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Rolls one UTC day's checks up into response-time figures: how many checks ran, their mean response time
 * (0.1 ms) and 95th percentile (nearest rank); null figures when no check got a response.
 *
 * @example
 * rollupDay('2026-01-01', [{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 100 }])
 * // → { date: '2026-01-01', checks: 1, meanResponseMs: 100, p95ResponseMs: 100 }
 */
export function rollupDay(date: string, checks: readonly HistoryCheck[]): HistoryDay {
  const times = checks.map((c) => c.responseMs).filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  const mean = times.length ? times.reduce((s, ms) => s + ms, 0) / times.length : null;
  return {
    date,
    checks: checks.length,
    // Rounded to 0.1 ms to keep files short; response times are shown, never compared with a target.
    meanResponseMs: mean === null ? null : Math.round(mean * 10) / 10,
    p95ResponseMs: times.length ? percentile(times, 95) : null,
  };
}

