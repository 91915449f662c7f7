import { z } from 'astro/zod';
import { COMPONENT_STATUSES, OBSERVED_STATUSES } from '../vocabulary/status.ts';
import { calendarDate } from './common.ts';

/**
 * History of a monitored component, written only by `npm run pull` (format documented in docs/history-format.md).
 *
 * Version 2 splits what the build reads from what only the pull needs:
 * - content/history/<client>/<component>.json (`historySchema`): the monitor's status `timeline` (one entry per
 *   change of status), daily response-time rollups, the audit, and the pull's own bookkeeping (`periods`,
 *   `lastCheckAt`, `foldedThrough`). The build reads this file only.
 * - content/history/<client>/<component>/<YYYY-MM-DD>.jsonl: the raw checks of one UTC day within the retention
 *   period, one `historyCheck` per line, oldest first. Only the pull reads them.
 *
 * The timeline is derived from `periods` and the raw checks by the reading rule (src/lib/timeline/monitor-timeline.ts):
 * - inside a `periods` entry, that period's status holds;
 * - elsewhere, a check observed at `at` stands until the next check, but for at most 2 × intervalSeconds;
 * - everything else is `no_data` (and is left out of the timeline).
 */

export const HISTORY_V1 = 1;


/** An instant in UTC, ISO 8601 with Z, as the pull writes it. */
const utcInstant = z.iso.datetime({ offset: false });

/** One check result. */
export const historyCheck = z.object({
  /** When the check ran (UTC). */
  at: utcInstant,
  /** What it saw. */
  status: z.enum(OBSERVED_STATUSES),
  /** Response time in milliseconds, null when there was no response. */
  responseMs: z.number().nonnegative().nullable(),
});
export type HistoryCheck = z.infer<typeof historyCheck>;

/**
 * A span with one status: from a source that reports intervals (outage states, logs), from raw checks folded
 * after the retention period, or a `no_data` gap recorded when a source could not be read. [from, to).
 */
export const historyPeriod = z.object({
  /** Start, inclusive (UTC). */
  from: utcInstant,
  /** End, exclusive (UTC). */
  to: utcInstant,
  /** Status throughout. */
  status: z.enum(COMPONENT_STATUSES).exclude(['under_maintenance']),
});
export type HistoryPeriod = z.infer<typeof historyPeriod>;

/** Response-time rollup for one UTC day, kept after the raw checks of that day are folded. */
export const historyDay = z.object({
  /** The UTC day. */
  date: calendarDate,
  /** How many checks ran that day. */
  checks: z.number().int().nonnegative(),
  /** Mean response time in ms over checks that got a response, null if none did. */
  meanResponseMs: z.number().nonnegative().nullable(),
  /** 95th percentile response time in ms, null if no check got a response. */
  p95ResponseMs: z.number().nonnegative().nullable(),
});
export type HistoryDay = z.infer<typeof historyDay>;

/**
 * One security header as the probe judged it: present or not, whether its value does its job, and if not, why
 * (src/collect/sources/probe.ts, judgeSecurityHeader).
 */
export const headerFinding = z.object({
  /** Whether the response carried the header. */
  present: z.boolean(),
  /** Whether its value passes (HSTS max-age of at least six months, `nosniff`, a CSP with a directive, a known referrer policy). */
  ok: z.boolean(),
  /** The value as sent, cut to 200 characters; absent when the header was missing. */
  value: z.string().optional(),
  /** What is wrong with it, in a few words; absent when it passes. */
  problem: z.string().optional(),
});
export type HeaderFinding = z.infer<typeof headerFinding>;

/** Latest TLS certificate and security-header findings from the probe. */
export const historyAudit = z.object({
  /** When the audit ran (UTC). */
  at: utcInstant,
  /** The URL audited: an audit of another URL than the monitor's current one is not shown. Absent in older audits. */
  url: z.string().optional(),
  /** Certificate expiry (UTC), for https URLs. Days left are computed from it when the site is built. */
  tlsExpiresAt: utcInstant.nullable(),
  /** Whole days left until the certificate expires, at audit time. Written by older probes only: stale once written. */
  tlsDaysLeft: z.number().int().nullable().optional(),
  /** Whether the certificate chain was trusted for the host (valid, in date, from a trusted authority); null for plain HTTP. */
  tlsTrusted: z.boolean().nullable().optional(),
  /** Why the chain was not trusted (Node's verification error, such as CERT_HAS_EXPIRED). */
  tlsError: z.string().optional(),
  /** Security headers by name (lower case): judged (headerFinding), or present / missing in older audits. */
  headers: z.record(z.string(), z.union([z.boolean(), headerFinding])),
});
export type HistoryAudit = z.infer<typeof historyAudit>;

/**
 * A UTC day for which a source gave only a total: how many minutes it counted as down that day, not when (Upptime's
 * summary.json when no git history says more). Its minutes are never painted on the timeline as if their time were
 * known. The pull keeps them beside the timeline (src/collect/store/merge.ts, mergeDayTotals); the build counts them
 * at day resolution, on days nobody observed finer, whole in the local day holding their midday
 * (src/lib/timeline/day-totals.ts, docs/history-format.md "Day totals").
 */
export const historyDayTotal = z.object({
  /** The UTC day, [00:00Z, 24:00Z). */
  date: calendarDate,
  /** Minutes the source counted as down (major outage) that day, at unknown times. */
  downMinutes: z.number().nonnegative().max(1440),
});
export type HistoryDayTotal = z.infer<typeof historyDayTotal>;

/** Version 1: one file per component with every retained raw check inline. Read only to migrate it. */
export const historyV1Schema = z.object({
  /** Format version; older versions are migrated on read. */
  version: z.literal(HISTORY_V1),
  /** Monitor interval in seconds at the time of the checks. */
  intervalSeconds: z.number().int().positive(),
  /** Raw checks within the retention period, oldest first. */
  checks: z.array(historyCheck),
  /** Status spans, oldest first, not overlapping. */
  periods: z.array(historyPeriod),
  /** Daily response-time rollups, oldest first. */
  days: z.array(historyDay),
  /** Latest probe audit, when the source is the probe. */
  audit: historyAudit.optional(),
});
export type HistoryV1 = z.infer<typeof historyV1Schema>;

/** The current format version of content/history/<client>/<component>.json. */
export const HISTORY_VERSION = 2;

/** A span of the monitor's timeline: never `no_data` (time not covered is no data) and never maintenance. */
export const timelineSegment = historyPeriod.extend({ status: z.enum(OBSERVED_STATUSES) });
export type TimelineSegment = z.infer<typeof timelineSegment>;

export const historySchema = z.object({
  /** Format version; older versions are migrated on read. */
  version: z.literal(HISTORY_VERSION),
  /** Monitor interval in seconds at the time of the raw checks on file. */
  intervalSeconds: z.number().int().positive(),
  /** The newest raw check on file (UTC), null if there is none: where the next pull reads from. */
  lastCheckAt: utcInstant.nullable(),
  /** The last UTC day whose raw checks were folded into `periods`; checks on or before it are final. */
  foldedThrough: calendarDate.nullable(),
  /**
   * Spans that take precedence over raw checks, oldest first, not overlapping: intervals a source reported,
   * `no_data` gaps recorded when a source could not be read, and raw checks folded after the retention period.
   */
  periods: z.array(historyPeriod),
  /** The monitor's status over time, derived from `periods` and the raw checks; what the site reads. */
  timeline: z.array(timelineSegment),
  /** Daily response-time rollups (UTC days), oldest first; the current day's is partial. */
  days: z.array(historyDay),
  /** Latest probe audit, when the source is the probe. */
  audit: historyAudit.optional(),
  /** Days known only by a total of down minutes (historyDayTotal), oldest first, one per date. Absent when none. */
  dayTotals: z.array(historyDayTotal).optional(),
});
export type History = z.infer<typeof historySchema>;
