import type { Weekday } from '../../schemas/support.ts';
import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import { messages } from '../i18n/index.ts';

const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Working days in words: consecutive runs become ranges.
 * @example describeDays(['mon','tue','wed','thu','fri']) // 'Monday to Friday'
 * @example describeDays(['mon','tue','wed','thu','fri'], 'de') // 'Montag bis Freitag'
 */
export function describeDays(days: readonly Weekday[], locale: Locale = DEFAULT_LOCALE): string {
  const t = messages(locale).days;
  const NAMES = t.names;
  const idx = [...new Set(days)].map((d) => ORDER.indexOf(d)).sort((a, b) => a - b);
  if (idx.length === 7) return t.every;
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((r) => (r.length >= 3 ? t.range(NAMES[ORDER[r[0]!]!], NAMES[ORDER[r.at(-1)!]!]) : r.map((i) => NAMES[ORDER[i]!]).join(', ')))
    .join(', ');
}
