import { historyCheck, type History, type HistoryAudit, type HistoryCheck, type HistoryDay, type HistoryDayTotal, type HistoryPeriod, type TimelineSegment } from '../schemas/history.ts';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { OBSERVED_STATUSES, type ObservedStatus } from '../vocabulary/status.ts';
import { HistoryFormatError } from './errors.ts';

/**
 * The one way history files are written, so that the same history always gives the same bytes and a pull's git diff
 * shows only what changed (docs/history-format.md, "Deterministic layout"):
 * - content/history/<client>/<component>.json: keys in a fixed order, one array entry per line, two-space indent,
 *   a trailing newline (serializeHistory);
 * - content/history/<client>/<component>/<YYYY-MM-DD>.jsonl: one check per line, `{"at","status","responseMs"}`,
 *   sorted by `at`, a trailing newline (serializeCheckDay, read back by parseCheckDay).
 */

const line = (value: unknown) => JSON.stringify(value);

const check = (c: HistoryCheck) => line({ at: c.at, status: c.status, responseMs: c.responseMs });
const period = (p: HistoryPeriod | TimelineSegment) => line({ from: p.from, to: p.to, status: p.status });
const day = (d: HistoryDay) =>
  line({ date: d.date, checks: d.checks, meanResponseMs: d.meanResponseMs, p95ResponseMs: d.p95ResponseMs });
const finding = (f: HistoryAudit['headers'][string]) =>
  typeof f === 'boolean' ? f : { present: f.present, ok: f.ok, value: f.value, problem: f.problem };
/** Fields an older audit lacks are left out (JSON drops undefined), so an older file reads back byte for byte. */
const audit = (a: HistoryAudit) =>
  line({
    at: a.at,
    url: a.url,
    tlsExpiresAt: a.tlsExpiresAt,
    tlsDaysLeft: a.tlsDaysLeft,
    tlsTrusted: a.tlsTrusted,
    tlsError: a.tlsError,
    headers: Object.fromEntries(Object.keys(a.headers).sort().map((k) => [k, finding(a.headers[k]!)])),
  });
const dayTotal = (d: HistoryDayTotal) => line({ date: d.date, downMinutes: d.downMinutes });

function array<T>(items: readonly T[], entry: (item: T) => string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${entry(item)}`).join(',\n')}\n  ]`;
}

/**
 * Serialises a history (version 2) in its canonical layout.
 *
 * @example
 * serializeHistory({ version: 2, intervalSeconds: 300, lastCheckAt: null, foldedThrough: null, periods: [], timeline: [], days: [] })
 * // '{\n  "version": 2,\n  "intervalSeconds": 300,\n  "lastCheckAt": null,\n  "foldedThrough": null,\n  "periods": [],\n  "timeline": [],\n  "days": []\n}\n'
 */
export function serializeHistory(history: History): string {
  const fields = [
    `  "version": ${line(history.version)}`,
    `  "intervalSeconds": ${line(history.intervalSeconds)}`,
    `  "lastCheckAt": ${line(history.lastCheckAt)}`,
    `  "foldedThrough": ${line(history.foldedThrough)}`,
    `  "periods": ${array(history.periods, period)}`,
    `  "timeline": ${array(history.timeline, period)}`,
    `  "days": ${array(history.days, day)}`,
  ];
  if (history.audit) fields.push(`  "audit": ${audit(history.audit)}`);
  if (history.dayTotals && history.dayTotals.length > 0) fields.push(`  "dayTotals": ${array(history.dayTotals, dayTotal)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}

/**
 * Serialises one UTC day's raw checks as a day file: one check per line in the order given (the store sorts them
 * and keeps one per instant), a trailing newline; the empty string for no checks (the store writes no such file).
 *
 * @example
 * serializeCheckDay([{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 120 }])
 * // '{"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":120}\n'
 */
export function serializeCheckDay(checks: readonly HistoryCheck[]): string {
  let text = '';
  for (const c of checks) text += `${check(c)}\n`;
  return text;
}

/**
 * Reads a day file written by serializeCheckDay: every line a valid check (historyCheck), sorted by `at`, one per
 * instant. Throws HistoryFormatError naming `file` and the line otherwise, so the pull leaves the component alone.
 *
 * @example
 * parseCheckDay('{"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":120}\n', 'acme/www/2026-01-01.jsonl')
 * // → [{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 120 }]
 */
export function parseCheckDay(text: string, file: string): HistoryCheck[] {
  const lines = text.split('\n');
  // A trailing newline leaves one empty last element; a final line without it is read all the same.
  if (lines.at(-1) === '') lines.pop();
  const out: HistoryCheck[] = [];
  const realDates = new Set<string>();
  let previous: { at: string; canonical: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const fast = canonicalLine(lines[i]!, realDates);
    const check = fast ?? parseLine(lines[i]!, file, i + 1);
    if (previous) {
      // Canonical instants compare as strings in time order; others are parsed.
      const later = fast && previous.canonical ? check.at > previous.at : Date.parse(check.at) > Date.parse(previous.at);
      if (!later) {
        throw new HistoryFormatError(file, `line ${i + 1}: expected checks sorted by "at", one per instant (${check.at} is not after the line before)`);
      }
    }
    previous = { at: check.at, canonical: fast !== undefined };
    out.push(check);
  }
  return out;
}

/**
 * A line exactly as serializeCheckDay writes it, read without the general parser: a day file has a line per check,
 * and a pull reads today's file on every tick. Accepts only what historyCheck accepts (a real instant, as toISOString
 * writes it; a known status; a non-negative number or null); anything else goes to parseLine.
 */
const CANONICAL_LINE = new RegExp(
  `^\\{"at":"((\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)","status":"(${OBSERVED_STATUSES.join('|')})","responseMs":(null|(?:0|[1-9]\\d*)(?:\\.\\d+)?)\\}$`,
);
function canonicalLine(line: string, realDates: Set<string>): HistoryCheck | undefined {
  const m = CANONICAL_LINE.exec(line);
  if (!m) return undefined;
  // A real calendar day (no 30 February), checked once per day: a day file holds one.
  const date = m[2]!;
  if (!realDates.has(date)) {
    const t = Date.parse(`${date}T00:00:00.000Z`);
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return undefined;
    realDates.add(date);
  }
  return { at: m[1]!, status: m[4] as ObservedStatus, responseMs: m[5] === 'null' ? null : Number(m[5]) };
}

/** Any other line: JSON, validated with historyCheck; errors name the file and the line. */
function parseLine(line: string, file: string, number: number): HistoryCheck {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new HistoryFormatError(file, `line ${number}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = historyCheck.safeParse(data);
  if (!parsed.success) throw new HistoryFormatError(file, `line ${number}: ${describeIssues(parsed.error, { max: 3 })}`);
  return parsed.data;
}
