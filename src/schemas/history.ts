import { z } from 'astro/zod';
import { COMPONENT_STATUSES, OBSERVED_STATUSES } from '../vocabulary/status.ts';
import { calendarDate } from './common.ts';

/**
 * content/history/<client>/<component>.json, written only by `npm run pull` (format documented in
 * docs/history-format.md). Version 1.
 *
 * A component's monitor timeline is read from it like this:
 * - inside a `periods` entry, that period's status holds;
 * - elsewhere, a check observed at `at` stands until the next check, but for at most 2 × intervalSeconds;
 * - everything else is `no_data`.
 */

export const HISTORY_VERSION = 1;

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

/** Latest TLS certificate and security-header findings from the probe. */
export const historyAudit = z.object({
  /** When the audit ran (UTC). */
  at: utcInstant,
  /** Certificate expiry (UTC), for https URLs. */
  tlsExpiresAt: utcInstant.nullable(),
  /** Whole days left until the certificate expires, at audit time. */
  tlsDaysLeft: z.number().int().nullable(),
  /** Security headers: present or missing, by header name (lower case). */
  headers: z.record(z.string(), z.boolean()),
});
export type HistoryAudit = z.infer<typeof historyAudit>;

export const historySchema = z.object({
  /** Format version; older versions are migrated on read. */
  version: z.literal(HISTORY_VERSION),
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
export type History = z.infer<typeof historySchema>;
