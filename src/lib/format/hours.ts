import type { Weekday } from '../../schemas/support.ts';

const NAMES: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Working days in words: consecutive runs become ranges.
 * @example describeDays(['mon','tue','wed','thu','fri']) // 'Monday to Friday'
 */
export function describeDays(days: readonly Weekday[]): string {
  const idx = [...new Set(days)].map((d) => ORDER.indexOf(d)).sort((a, b) => a - b);
  if (idx.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((r) => (r.length >= 3 ? `${NAMES[ORDER[r[0]!]!]} to ${NAMES[ORDER[r.at(-1)!]!]}` : r.map((i) => NAMES[ORDER[i]!]).join(', ')))
    .join(', ');
}
