/**
 * Synthetic monitor history for the bench, written directly in the layout the pull leaves behind (history format
 * version 2, src/schemas/history.ts), without going through the store: a year of 1-minute checks for 1,000
 * components is 525 million checks, far too many to merge and fold one by one in a bench's time budget.
 *
 * One pass over the checks of a component, in time order, one UTC day at a time (nothing but the current day is
 * held in memory):
 * - every check: when it ran (the interval grid plus a few seconds of jitter), what it saw (operational, unless a
 *   declared impact, a monitor-only blip or a slow spell covers it, or the response was over the monitor's
 *   `degradedAboveMs`) and its response time;
 * - days older than the retention period: only their response-time rollup (`days`) and their status runs, which
 *   become `periods` exactly as foldHistory folds them (the last folded run ends at the first kept check);
 * - days within the retention period: a day file, `<component>/<YYYY-MM-DD>.jsonl`, one check per line, built with
 *   string templates (byte-identical to serializeCheckDay), plus the day's rollup;
 * - the `timeline`: one segment per change of status over the whole history, which is what monitorTimeline derives
 *   from those periods and raw checks.
 * synthetic.test.ts checks all of this against the real store and monitorTimeline on a small size.
 */
import { prng, seedOf } from '../../src/collect/demo.ts';
import { serializeHistory } from '../../src/history/serialize.ts';
import type { History, HistoryAudit, HistoryCheck, HistoryDay, HistoryPeriod, TimelineSegment } from '../../src/schemas/history.ts';
import { STATUS_RANK, type ObservedStatus } from '../../src/vocabulary/status.ts';

export const DAY_MS = 86_400_000;

/** A span in which the monitor sees something other than `operational`. [from, to), epoch ms. */
export interface Spell {
  from: number;
  to: number;
  status: Exclude<ObservedStatus, 'operational'>;
}

export interface ComponentHistorySpec {
  /** `<client>/<component>`: seeds the PRNG. */
  key: string;
  intervalSeconds: number;
  /** As in the monitor: slower responses count as degraded performance. */
  degradedAboveMs?: number;
  /** Declared impacts (from the incidents), blips and slow spells; may overlap (the worse status wins). */
  spells: readonly Spell[];
  /** The audit the probe leaves on file (at = the last check). */
  auditHeaders?: Record<string, boolean>;
}

export interface HistoryWindow {
  /** The last pull: no check after it, and the fold cutoff follows from it. */
  now: number;
  /** Days of history before `now`. */
  days: number;
  /** Raw checks kept, in days (the pull's default is 35). */
  retentionDays: number;
}

export interface GeneratedHistory {
  history: History;
  /** serializeHistory(history): the `<component>.json` file. */
  text: string;
  checks: number;
  /** Checks written to day files. */
  rawChecks: number;
  dayFiles: number;
  dayBytes: number;
  largestDay: { date: string; bytes: number } | null;
}

/** foldHistory's cutoff: the start of the UTC day `retentionDays` before `now` (src/collect/store/fold.ts). */
export function foldCutoff(now: number, retentionDays: number): number {
  const t = now - retentionDays * DAY_MS;
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/** Overlapping spells resolved into sorted, disjoint, coalesced ones: at each moment the worst status. */
export function resolveSpells(spells: readonly Spell[]): Spell[] {
  const cuts = [...new Set(spells.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  const out: Spell[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    let worst: Spell['status'] | undefined;
    for (const s of spells) {
      if (s.from <= from && s.to >= to && s.to > s.from && (!worst || STATUS_RANK[s.status] > STATUS_RANK[worst])) worst = s.status;
    }
    if (!worst) continue;
    const last = out.at(-1);
    if (last && last.status === worst && last.to === from) last.to = to;
    else out.push({ from, to, status: worst });
  }
  return out;
}

let clock: string[] | undefined;
/** "HH:MM:SS" for every second of a day, built once. */
function timesOfDay(): string[] {
  if (!clock) {
    clock = new Array<string>(86_400);
    const two = (n: number) => (n < 10 ? `0${n}` : String(n));
    for (let s = 0; s < 86_400; s++) clock[s] = `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  }
  return clock;
}
const millis = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

const iso = (t: number) => new Date(t).toISOString();

/** A response-time rhythm over the UTC day, per minute: slower in the afternoon. */
const RHYTHM = Float64Array.from({ length: 1440 }, (_, m) => 1 + 0.25 * Math.sin(((m / 60 - 9) / 24) * 2 * Math.PI));

/** The k-th smallest (0-based) of values[0..n), by quickselect; reorders values. Nearest-rank percentiles need no full sort. */
export function kth(values: Int32Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

function pushSegment(timeline: TimelineSegment[], from: number, to: number, status: ObservedStatus | undefined) {
  if (status !== undefined && to > from) timeline.push({ from: iso(from), to: iso(to), status });
}

interface DayAccumulator {
  days: HistoryDay[];
  foldedThrough: string | null;
  rawChecks: number;
  dayFiles: number;
  dayBytes: number;
  largestDay: GeneratedHistory['largestDay'];
  writeDay: (date: string, text: string) => void;
}

/** A finished UTC day: its rollup (as rollupDay computes it), and its day file if it is within the retention period. */
function finishDay(acc: DayAccumulator, date: string, raw: boolean, checks: number, responded: number, sum: number, responses: Int32Array, lines: string[]) {
  if (checks === 0) return;
  let mean: number | null = null;
  let p95: number | null = null;
  if (responded > 0) {
    mean = Math.round((sum / responded) * 10) / 10;
    p95 = kth(responses, responded, Math.max(0, Math.ceil(0.95 * responded) - 1));
  }
  acc.days.push({ date, checks, meanResponseMs: mean, p95ResponseMs: p95 });
  if (raw) {
    const text = lines.join('');
    acc.writeDay(date, text);
    acc.dayFiles++;
    acc.dayBytes += text.length;
    if (!acc.largestDay || text.length > acc.largestDay.bytes) acc.largestDay = { date, bytes: text.length };
    acc.rawChecks += checks;
  } else {
    acc.foldedThrough = date;
  }
}

/**
 * Generates one component's history over [now − days, now] and hands each retained day's file to `writeDay`
 * (date, text) as soon as the day is complete. Deterministic for a given spec and window.
 */
export function generateHistory(
  spec: ComponentHistorySpec,
  window: HistoryWindow,
  writeDay: (date: string, text: string) => void = () => {},
  /** Tests only: every check generated, folded or not, in order. */
  collect?: HistoryCheck[],
): GeneratedHistory {
  const rand = prng(seedOf(spec.key));
  const interval = spec.intervalSeconds * 1000;
  const maxStand = 2 * interval;
  // Whole seconds of jitter, always well under the interval, so checks stay in order and never leave a gap.
  const jitterSteps = Math.max(1, Math.min(12, Math.floor(spec.intervalSeconds / 5)));
  const base = 60 + 300 * rand();
  const threshold = spec.degradedAboveMs ?? Infinity;
  const degradedFloor = spec.degradedAboveMs ?? 2500;
  const spells = resolveSpells(spec.spells);
  const cutoff = foldCutoff(window.now, window.retentionDays);
  const hms = timesOfDay();

  const timeline: TimelineSegment[] = [];
  let periods: HistoryPeriod[] = [];
  let periodsTaken = false;
  const acc: DayAccumulator = { days: [], foldedThrough: null, rawChecks: 0, dayFiles: 0, dayBytes: 0, largestDay: null, writeDay };

  // Locals of the hot loop are never captured by a closure, so V8 keeps them in registers (a captured number is
  // boxed on every store). The run of equal status being built is [runFrom, …) with runStatus.
  let runStatus: ObservedStatus | undefined;
  let runFrom = 0;
  let prevAt = -Infinity;
  let spell = 0;
  let checks = 0;

  // The UTC day being filled.
  const responses = new Int32Array(Math.ceil(DAY_MS / interval) + 2);
  let dayStart = NaN;
  let dayEnd = -Infinity;
  let date = '';
  let raw = false;
  let dayChecks = 0;
  let responded = 0;
  let sum = 0;
  let lines: string[] = [];

  const first = Math.ceil((window.now - window.days * DAY_MS) / interval) * interval;
  // One 32-bit draw per check (mulberry32, as prng() in src/collect/demo.ts, inlined): 8 bits of jitter, 16 of noise,
  // 8 for the odd slow response. A year of 1-minute checks for 1,000 components is 525 million draws.
  let a = seedOf(`${spec.key}/checks`) >>> 0;
  const now = window.now;
  const spellCount = spells.length;
  for (let slot = first; slot <= now; slot += interval) {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = a;
    r = Math.imul(r ^ (r >>> 15), r | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    r = (r ^ (r >>> 14)) >>> 0;
    const at = slot + (((r & 0xff) * jitterSteps) >>> 8) * 1000;
    const noise = ((r >>> 8) & 0xffff) / 65536;
    const spike = r >>> 24;
    if (at > now) break;
    if (at >= dayEnd) {
      finishDay(acc, date, raw, dayChecks, responded, sum, responses, lines);
      dayStart = at - (at % DAY_MS);
      dayEnd = dayStart + DAY_MS;
      date = iso(dayStart).slice(0, 10);
      raw = dayStart >= cutoff;
      dayChecks = responded = sum = 0;
      lines = [];
    }
    // Milliseconds into the UTC day: small enough for integer arithmetic.
    const tod = at - dayStart;

    // What the check saw.
    while (spell < spellCount && spells[spell]!.to <= at) spell++;
    let status: ObservedStatus = 'operational';
    if (spell < spellCount) {
      const s = spells[spell]!;
      if (s.from <= at) status = s.status;
    }
    let ms = Math.round(base * RHYTHM[(tod / 60_000) | 0]! * (0.75 + 0.5 * noise) * (spike < 3 ? 3 + 1.5 * spike : 1));
    if (status === 'operational' && ms > threshold) status = 'degraded_performance';
    if (status === 'degraded_performance') ms = Math.max(ms, Math.round(degradedFloor * (1.2 + noise)));
    else if (status === 'partial_outage') ms = Math.round(ms * (1.5 + noise));
    // No response on a major outage (kept as a flag, not `number | null`, which would box every number).
    const down = status === 'major_outage';

    // A gap longer than a check can stand ends the run (never happens with this jitter, kept for the rule's sake).
    const gap = prevAt > -Infinity && at - prevAt > maxStand;
    // The fold: at the first kept check, the runs so far are the folded periods, the open one ending here.
    if (!periodsTaken && at >= cutoff) {
      periodsTaken = true;
      if (gap) {
        pushSegment(timeline, runFrom, prevAt + maxStand, runStatus);
        runStatus = undefined;
      }
      periods = timeline.map((p) => ({ ...p }));
      if (runStatus !== undefined && at > runFrom) periods.push({ from: iso(runFrom), to: iso(at), status: runStatus });
    }
    // The timeline: a check stands until the next one, for at most 2 × interval.
    if (gap && runStatus !== undefined) {
      pushSegment(timeline, runFrom, prevAt + maxStand, runStatus);
      runStatus = undefined;
    }
    if (status !== runStatus) {
      pushSegment(timeline, runFrom, at, runStatus);
      runStatus = status;
      runFrom = at;
    }
    prevAt = at;

    checks++;
    dayChecks++;
    if (!down) {
      responses[responded++] = ms;
      sum += ms;
    }
    if (collect) collect.push({ at: iso(at), status, responseMs: down ? null : ms });
    if (raw) {
      const second = (tod / 1000) | 0;
      lines.push(`{"at":"${date}T${hms[second]}.${millis[tod - second * 1000]}Z","status":"${status}","responseMs":${down ? 'null' : ms}}\n`);
    }
  }
  finishDay(acc, date, raw, dayChecks, responded, sum, responses, lines);
  pushSegment(timeline, runFrom, prevAt + maxStand, runStatus);
  // Nothing kept (retention longer than the history): nothing was folded.
  if (!periodsTaken) periods = [];
  const { days, foldedThrough, rawChecks, dayFiles, dayBytes, largestDay } = acc;

  const audit: HistoryAudit | undefined =
    spec.auditHeaders && checks > 0 ? { at: iso(prevAt), tlsExpiresAt: null, tlsDaysLeft: null, headers: { ...spec.auditHeaders } } : undefined;
  const history: History = {
    version: 2,
    intervalSeconds: spec.intervalSeconds,
    lastCheckAt: checks > 0 ? iso(prevAt) : null,
    foldedThrough,
    periods,
    timeline,
    days,
    ...(audit ? { audit } : {}),
  };
  return { history, text: serializeHistory(history), checks, rawChecks, dayFiles, dayBytes, largestDay };
}
