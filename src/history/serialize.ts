import type { HistoryV1, HistoryAudit, HistoryCheck, HistoryDay, HistoryPeriod } from '../schemas/history.ts';

/**
 * The one way a history file is written, so that the same history always gives the same bytes and a pull's
 * git diff shows only what changed: keys in a fixed order, one array entry per line, two-space indent,
 * a trailing newline.
 */

const line = (value: unknown) => JSON.stringify(value);

const check = (c: HistoryCheck) => line({ at: c.at, status: c.status, responseMs: c.responseMs });
const period = (p: HistoryPeriod) => line({ from: p.from, to: p.to, status: p.status });
const day = (d: HistoryDay) =>
  line({ date: d.date, checks: d.checks, meanResponseMs: d.meanResponseMs, p95ResponseMs: d.p95ResponseMs });
const audit = (a: HistoryAudit) =>
  line({
    at: a.at,
    tlsExpiresAt: a.tlsExpiresAt,
    tlsDaysLeft: a.tlsDaysLeft,
    headers: Object.fromEntries(Object.keys(a.headers).sort().map((k) => [k, a.headers[k]])),
  });

function array<T>(items: readonly T[], entry: (item: T) => string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${entry(item)}`).join(',\n')}\n  ]`;
}

/**
 * Serialises a history in its canonical layout.
 *
 * @example
 * serializeHistory({ version: 1, intervalSeconds: 300, checks: [], periods: [], days: [] })
 * // '{\n  "version": 1,\n  "intervalSeconds": 300,\n  "checks": [],\n  "periods": [],\n  "days": []\n}\n'
 */
export function serializeHistory(h: HistoryV1): string {
  const fields = [
    `  "version": ${line(h.version)}`,
    `  "intervalSeconds": ${line(h.intervalSeconds)}`,
    `  "checks": ${array(h.checks, check)}`,
    `  "periods": ${array(h.periods, period)}`,
    `  "days": ${array(h.days, day)}`,
  ];
  if (h.audit) fields.push(`  "audit": ${audit(h.audit)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}
