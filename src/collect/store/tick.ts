import type { History, HistoryCheck, HistoryDay, HistoryPeriod } from '../../schemas/history.ts';
import { rollupDay } from '../../lib/uptime/response-rollup.ts';
import { serializeCheckDay, serializeHistory } from '../../history/serialize.ts';
import type { Observations } from '../source.ts';
import { dayOf, groupByDay, mergeChecks, normalizeCheck, utcDay } from './days.ts';
import { foldChecks, foldCutoff } from './fold.ts';
import { emptyHistory, gapAt, mergeDayTotals, mergePeriods, newerAudit, pinOldReading } from './merge.ts';
import { overlayPeriods } from './spans.ts';
import { updateTimeline } from './timeline.ts';

/**
 * One pull tick for one component, as pure steps (docs/history-format.md, "Writing"). The I/O around them is in
 * component.ts: read the component file and list its day files → planTick says which day files to read → applyTick
 * gives the new component file and the day files to write and delete.
 *
 * A tick reads and rewrites only the day files it touches: those its new checks fall on, those covering the part of
 * the timeline it recomputes (from the earliest instant it touches, less twice the interval, so usually today's),
 * and, once a day, the day being folded and the first one kept.
 */

/** A component's files as found on disk. */
export interface ComponentFiles {
  /** The component file, in version 2 (migrated if it was older); undefined if there is none. */
  history: History | undefined;
  /** Raw checks an older version held inline: they move into day files on the first write. */
  migratedChecks: readonly HistoryCheck[];
  /** The dates (YYYY-MM-DD) of the day files in the component's folder. */
  dayFiles: readonly string[];
}

/** What the source said: its observations over [since, now), or that it could not be read. */
export type TickInput = { observations: Observations } | { failed: true };

export interface TickOptions {
  /** The time of the pull. */
  now: Date;
  /** The monitor's interval now (client.yaml). */
  intervalSeconds: number;
  /** Day files of UTC days older than this many days before `now` fold into periods. */
  retentionDays: number;
  /** Recompute the timeline from every retained check (reading every day file), not only from what the tick touched. */
  full?: boolean;
}

/** What planTick worked out; applyTick needs it and the day files it names. */
export interface TickPlan {
  /** The day files (dates) to read and hand to applyTick. */
  readonly read: readonly string[];
  readonly files: ComponentFiles;
  readonly input: TickInput;
  readonly options: TickOptions;
  /** The interval the result is read with: the monitor's, or the file's when the source failed. */
  readonly intervalSeconds: number;
  /** Accepted new checks by day (not on or before foldedThrough), canonical. */
  readonly fresh: Map<string, HistoryCheck[]>;
  readonly migrated: Map<string, HistoryCheck[]>;
  /** The no_data gap to record, when the source failed. */
  readonly gap: HistoryPeriod | undefined;
  /** Where the timeline is recomputed from: undefined to keep it, -Infinity for all of it. */
  readonly from: number | undefined;
  /** The first day whose checks the recomputation needs. */
  readonly fromDay: string | undefined;
  /** Days to fold (older than the retention cut-off), oldest first, and the first day kept raw. */
  readonly foldDays: readonly string[];
  readonly firstKeptDay: string | undefined;
  /** Day files on or before foldedThrough: left by a crash after a fold, deleted. */
  readonly stale: readonly string[];
}

/** The outcome of a tick. */
export interface TickResult {
  /** The component file; undefined when there is still nothing to keep (never observed, and the source failed). */
  history: History | undefined;
  /** Every retained day the tick read or created, with the checks its day file must hold. Unchanged ones included. */
  days: Map<string, HistoryCheck[]>;
  /** Day files to delete after the component file is written: the folded days and stale ones. */
  deletes: string[];
}

const sortDates = (dates: Iterable<string>) => [...new Set(dates)].sort();

/** Which day files a tick needs, and everything else it can tell before reading them. */
export function planTick(files: ComponentFiles, input: TickInput, options: TickOptions): TickPlan {
  const h = files.history;
  const failed = 'failed' in input;
  const intervalSeconds = failed && h ? h.intervalSeconds : options.intervalSeconds;
  const foldedThrough = h?.foldedThrough ?? null;
  const retained = (date: string) => foldedThrough === null || date > foldedThrough;
  const onDisk = sortDates(files.dayFiles);
  const disk = new Set(onDisk.filter(retained));
  const stale = onDisk.filter((d) => !retained(d));

  // Checks on or before foldedThrough are final: ignored.
  const accept = (checks: readonly HistoryCheck[]) => checks.map(normalizeCheck).filter((c) => retained(dayOf(c)));
  const fresh = groupByDay(failed ? [] : accept(input.observations.checks));
  const migrated = groupByDay(accept(files.migratedChecks));
  const gap = failed && h ? gapAt(h, options.now) : undefined;

  // The earliest instant the tick touches: its checks (duplicates too, so a pull after a crash repairs the timeline),
  // its periods, its gap, and the newest check the component file knows (day files written by a crashed pull after it
  // are unknown to the timeline yet).
  let touched = Infinity;
  for (const list of fresh.values()) for (const c of list) touched = Math.min(touched, Date.parse(c.at));
  if (!failed) {
    for (const p of input.observations.periods) if (Date.parse(p.to) > Date.parse(p.from)) touched = Math.min(touched, Date.parse(p.from));
  }
  if (gap) touched = Math.min(touched, Date.parse(gap.from));
  if (h?.lastCheckAt) touched = Math.min(touched, Date.parse(h.lastCheckAt));
  const full =
    options.full === true ||
    migrated.size > 0 ||
    (h !== undefined && h.intervalSeconds !== intervalSeconds) ||
    (h?.lastCheckAt == null && disk.size > 0);
  const from = full ? -Infinity : touched === Infinity ? undefined : touched - 2 * intervalSeconds * 1000;
  const fromDay = from === undefined || from === -Infinity ? undefined : utcDay(from - 2 * intervalSeconds * 1000);

  const read = new Set<string>();
  for (const d of disk) if (full || (fromDay !== undefined && d >= fromDay)) read.add(d);
  for (const d of [...fresh.keys(), ...migrated.keys()]) if (disk.has(d)) read.add(d);

  // Retention: days before the cut-off fold; the fold clip needs the first check kept raw.
  const cutoffDay = utcDay(foldCutoff(options.now, options.retentionDays));
  const known = sortDates([...disk, ...fresh.keys(), ...migrated.keys()]);
  const foldDays = known.filter((d) => d < cutoffDay);
  const firstKeptDay = foldDays.length > 0 ? known.find((d) => d >= cutoffDay) : undefined;
  for (const d of foldDays) if (disk.has(d)) read.add(d);
  if (firstKeptDay && disk.has(firstKeptDay)) read.add(firstKeptDay);

  return { read: sortDates(read), files, input, options, intervalSeconds, fresh, migrated, gap, from, fromDay, foldDays, firstKeptDay, stale };
}

/**
 * The tick's result from its plan and the day files it asked for (`loaded`, by date, as parseCheckDay read them).
 *
 * @example
 * const plan = planTick(files, { observations }, { now, intervalSeconds: 60, retentionDays: 35 });
 * const result = applyTick(plan, new Map(await Promise.all(plan.read.map(async (d) => [d, await readDay(d)]))));
 */
export function applyTick(plan: TickPlan, loaded: ReadonlyMap<string, readonly HistoryCheck[]>): TickResult {
  for (const d of plan.read) if (!loaded.has(d)) throw new Error(`applyTick: day ${d} was planned but not read`);
  const { files, input, options, intervalSeconds } = plan;
  const failed = 'failed' in input;
  const base = files.history ?? (failed ? undefined : emptyHistory(intervalSeconds));
  if (!base) return { history: undefined, days: new Map(), deletes: [] };

  // Day by day: what is on file first (it wins), then what an older version held inline, then the new checks.
  const days = new Map<string, HistoryCheck[]>();
  for (const d of sortDates([...plan.read, ...plan.fresh.keys(), ...plan.migrated.keys()])) {
    days.set(d, mergeChecks(loaded.get(d) ?? [], plan.migrated.get(d) ?? [], plan.fresh.get(d) ?? []));
  }

  let periods = base.periods;
  if (base.intervalSeconds !== intervalSeconds) {
    periods = pinOldReading(periods, [...days.values()].flat(), { old: base.intervalSeconds, new: intervalSeconds });
  }
  if (!failed) periods = mergePeriods(periods, { checks: [...plan.fresh.values()].flat(), periods: input.observations.periods }, intervalSeconds);
  if (plan.gap) periods = overlayPeriods(periods, [plan.gap]);

  let lastCheckAt = base.lastCheckAt;
  for (const list of days.values()) {
    const last = list.at(-1);
    if (last && (lastCheckAt === null || last.at > lastCheckAt)) lastCheckAt = last.at;
  }

  const timeline =
    plan.from === undefined
      ? base.timeline
      : updateTimeline(
          base.timeline,
          { periods, checks: [...days].filter(([d]) => plan.fromDay === undefined || d >= plan.fromDay).flatMap(([, c]) => c), intervalSeconds },
          plan.from,
        );

  // Response-time rollups of every day read or touched, from its whole day file (the current day's is partial).
  const rollups = new Map<string, HistoryDay>(base.days.map((r) => [r.date, r]));
  for (const [d, checks] of days) if (checks.length > 0) rollups.set(d, rollupDay(d, checks));

  // Fold: the timeline stays as it is (folding changes no instant's reading).
  let foldedThrough = base.foldedThrough;
  if (plan.foldDays.length > 0) {
    const folded = plan.foldDays.flatMap((d) => days.get(d) ?? []);
    const firstKept = plan.firstKeptDay ? days.get(plan.firstKeptDay)?.[0] : undefined;
    periods = foldChecks(periods, folded, firstKept ? Date.parse(firstKept.at) : undefined, intervalSeconds);
    foldedThrough = plan.foldDays.at(-1)!;
    for (const d of plan.foldDays) days.delete(d);
  }
  if (lastCheckAt !== null && foldedThrough !== null && lastCheckAt.slice(0, 10) <= foldedThrough) lastCheckAt = null;

  const audit = newerAudit(base.audit, failed ? undefined : input.observations.audit);
  const dayTotals = mergeDayTotals(base.dayTotals, failed ? undefined : input.observations.dayTotals);
  const history: History = {
    version: base.version,
    intervalSeconds,
    lastCheckAt,
    foldedThrough,
    periods,
    timeline,
    days: [...rollups.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    ...(audit ? { audit } : {}),
    ...(dayTotals.length > 0 ? { dayTotals } : {}),
  };
  const onDisk = new Set(files.dayFiles);
  const deletes = [...plan.stale, ...plan.foldDays.filter((d) => onDisk.has(d))];
  return { history, days, deletes };
}

/** What a tick changes on disk, in the order it must be done (component.ts). */
export interface FileChanges {
  /** Day files to write first, with their new text. */
  days: Array<{ date: string; text: string }>;
  /** The component file's new text, when it changed. */
  component: string | undefined;
  /** Day files to delete last. */
  deletes: string[];
}

/**
 * The files a tick's result changes, given the texts on disk (the component file's, and those of the day files it
 * read): only what differs byte for byte is written.
 */
export function fileChanges(result: TickResult, previous: { component: string | undefined; days: ReadonlyMap<string, string> }): FileChanges {
  if (!result.history) return { days: [], component: undefined, deletes: [] };
  const days: FileChanges['days'] = [];
  for (const [date, checks] of result.days) {
    const text = serializeCheckDay(checks);
    if (text !== '' && text !== previous.days.get(date)) days.push({ date, text });
  }
  const text = serializeHistory(result.history);
  return { days, component: text === previous.component ? undefined : text, deletes: result.deletes };
}
