import type { History, HistoryCheck } from '../schemas/history.ts';

/**
 * What the history schema cannot say about one file (docs/history-format.md): spans in order and not overlapping,
 * rollup days in order, nothing observed after now, and `lastCheckAt` agreeing with the rest. The schema checks each
 * entry on its own; these compare entries with each other and with the clock. The store (src/collect/store) writes
 * files that pass; a hand-edited or corrupted file does not.
 */

/** One thing wrong with a history file: the field (dotted path) and what was expected. */
export interface HistoryProblem {
  field: string;
  message: string;
}

/** The raw checks of one day file, for the checks that compare them with the component file. */
export interface CheckDay {
  file: string;
  /** The UTC day the file's name says. */
  date: string;
  checks: HistoryCheck[];
}

const ms = (iso: string) => Date.parse(iso);

/** Spans must each run forwards, oldest first, and never overlap (touching is fine). */
function checkSpans(name: 'periods' | 'timeline', spans: ReadonlyArray<{ from: string; to: string }>, horizon: number, now: Date): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  spans.forEach((span, i) => {
    if (ms(span.to) <= ms(span.from)) problems.push({ field: `${name}.${i}.to`, message: `expected to (${span.to}) after from (${span.from})` });
    const before = spans[i - 1];
    if (before && ms(span.from) < ms(before.to)) {
      const why = ms(span.from) < ms(before.from) ? 'sorted oldest first' : 'not overlapping';
      problems.push({ field: `${name}.${i}.from`, message: `expected ${name} ${why}: ${span.from} is before the end of the span before (${before.to})` });
    }
    if (ms(span.from) > now.getTime()) {
      problems.push({ field: `${name}.${i}.from`, message: `expected nothing observed after now (${now.toISOString()}), got ${span.from}` });
    } else if (ms(span.to) > horizon) {
      problems.push({ field: `${name}.${i}.to`, message: `expected no span past now (${now.toISOString()}) plus twice the interval, got ${span.to}` });
    }
  });
  return problems;
}

/**
 * Every problem of one migrated history file at `now` (the pinned or real now), and of its raw day files when given.
 *
 * @example
 * checkHistory({ ...history, days: [{ date: '2026-11-02', … }, { date: '2026-11-01', … }] }, { now })
 * // → [{ field: 'days.1.date', message: 'expected days sorted oldest first, one per date: 2026-11-01 is not after 2026-11-02' }]
 */
export function checkHistory(history: History, options: { now: Date; days?: readonly CheckDay[] }): Array<HistoryProblem & { file?: string }> {
  const { now } = options;
  const stand = 2 * history.intervalSeconds * 1000;
  const horizon = now.getTime() + stand;
  const problems: Array<HistoryProblem & { file?: string }> = [...checkSpans('periods', history.periods, horizon, now), ...checkSpans('timeline', history.timeline, horizon, now)];

  const today = now.toISOString().slice(0, 10);
  history.days.forEach((day, i) => {
    const before = history.days[i - 1];
    if (before && day.date <= before.date) {
      problems.push({ field: `days.${i}.date`, message: `expected days sorted oldest first, one per date: ${day.date} is not after ${before.date}` });
    }
    if (day.date > today) problems.push({ field: `days.${i}.date`, message: `expected no day after today (${today}, UTC), got ${day.date}` });
  });

  const last = history.lastCheckAt;
  if (last !== null) {
    if (ms(last) > now.getTime()) problems.push({ field: 'lastCheckAt', message: `expected no check after now (${now.toISOString()}), got ${last}` });
    if (history.foldedThrough !== null && last.slice(0, 10) <= history.foldedThrough) {
      problems.push({ field: 'lastCheckAt', message: `expected the newest raw check after foldedThrough (${history.foldedThrough}): checks up to then are folded, got ${last}` });
    }
  }
  // The timeline is derived from periods and raw checks: it cannot reach past what either covers.
  const periodsEnd = Math.max(-Infinity, ...history.periods.map((p) => ms(p.to)));
  const checksEnd = last === null ? -Infinity : ms(last) + stand;
  const timelineEnd = history.timeline.at(-1)?.to;
  if (timelineEnd && ms(timelineEnd) > Math.max(periodsEnd, checksEnd)) {
    const covered = last === null ? 'lastCheckAt is null and the periods end earlier' : `the newest check (lastCheckAt ${last}) stands until ${new Date(checksEnd).toISOString()}`;
    problems.push({ field: 'lastCheckAt', message: `expected a timeline (ending ${timelineEnd}) that its checks and periods account for: ${covered}` });
  }

  if (options.days) problems.push(...checkDays(history, options.days, now));
  return problems;
}

/** Raw day files: each check inside its file's UTC day and not after now; lastCheckAt must be on file. */
function checkDays(history: History, days: readonly CheckDay[], now: Date): Array<HistoryProblem & { file?: string }> {
  const problems: Array<HistoryProblem & { file?: string }> = [];
  let found = false;
  for (const day of days) {
    day.checks.forEach((c, i) => {
      const where = { file: day.file, field: `line ${i + 1}` };
      if (c.at.slice(0, 10) !== day.date) problems.push({ ...where, message: `expected a check on ${day.date} (UTC), as the file name says, got ${c.at}` });
      if (ms(c.at) > now.getTime()) problems.push({ ...where, message: `expected no check after now (${now.toISOString()}), got ${c.at}` });
      if (history.lastCheckAt !== null && ms(c.at) === ms(history.lastCheckAt)) found = true;
    });
    if (history.foldedThrough !== null && day.date <= history.foldedThrough) {
      problems.push({ file: day.file, field: '', message: `expected no raw checks on or before foldedThrough (${history.foldedThrough}): that day is folded` });
    }
  }
  // Day files newer than lastCheckAt are what a pull that crashed after writing them leaves; the next pull repairs
  // that. A lastCheckAt that no day file holds is not repairable: the file claims a check that is not there.
  if (history.lastCheckAt !== null && days.length > 0 && !found) {
    problems.push({ field: 'lastCheckAt', message: `expected the newest raw check (${history.lastCheckAt}) in its day file, which does not hold it` });
  }
  return problems;
}
