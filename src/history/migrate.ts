import { z } from 'astro/zod';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { HISTORY_V1, HISTORY_VERSION, historySchema, historyV1Schema, type History, type HistoryCheck, type HistoryV1 } from '../schemas/history.ts';
import { monitorTimeline } from '../lib/timeline/monitor-timeline.ts';
import { rollupDay } from '../lib/uptime/response-rollup.ts';
import { HistoryFormatError } from './errors.ts';

/**
 * Reading any version of the history format (docs/history-format.md). Each older version has one step to the next;
 * a file is migrated step by step on read and written back in the current version by the next pull that changes it.
 */

export { HistoryFormatError };

/**
 * Version 0, the prototype's shape: a bare JSON array of checks, `{ "at", "up", "ms" }`, taken every 300 seconds.
 * `up: false` meant the site did not answer as expected, which version 1 calls `major_outage`.
 */
const v0Schema = z.array(
  z.object({
    at: z.iso.datetime({ offset: false }),
    up: z.boolean(),
    ms: z.number().nonnegative().nullable().optional(),
  }),
);

/** The interval the prototype probed at. */
const V0_INTERVAL_SECONDS = 300;

function v0ToV1(v0: z.infer<typeof v0Schema>): unknown {
  return {
    version: 1,
    intervalSeconds: V0_INTERVAL_SECONDS,
    checks: v0
      .map((c) => ({ at: new Date(c.at).toISOString(), status: c.up ? 'operational' : 'major_outage', responseMs: c.ms ?? null }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    periods: [],
    days: [],
  };
}

const describe = (error: z.ZodError) => describeIssues(error, { max: 5 });

/** The version a parsed file claims: 0 for a bare array, else its `version` field. */
export function historyVersion(data: unknown): number | undefined {
  if (Array.isArray(data)) return 0;
  if (data && typeof data === 'object' && typeof (data as { version?: unknown }).version === 'number') {
    return (data as { version: number }).version;
  }
  return undefined;
}

/**
 * The first steps of migration: a version 0 or 1 file's JSON (already `JSON.parse`d) as version 1, validated. Only
 * migrateHistory uses it (v1ToV2 takes it from there); the pull and the build read through migrateHistory.
 * Throws HistoryFormatError, naming `file`, when it is neither.
 *
 * @example
 * parseHistoryV1([{ at: '2026-01-01T00:00:00Z', up: true, ms: 120 }], 'acme/www.json')
 * // → { version: 1, intervalSeconds: 300, checks: [{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 120 }], periods: [], days: [] }
 */
export function parseHistoryV1(data: unknown, file: string): HistoryV1 {
  let current = data;
  const version = historyVersion(current);
  if (version === undefined) throw new HistoryFormatError(file, 'expected a history file (an object with "version", or a version 0 array)');
  if (version > HISTORY_V1) {
    throw new HistoryFormatError(file, `version ${version} is not version 1`);
  }
  if (version === 0) {
    const v0 = v0Schema.safeParse(current);
    if (!v0.success) throw new HistoryFormatError(file, `version 0: ${describe(v0.error)}`);
    current = v0ToV1(v0.data);
  }
  const v1 = historyV1Schema.safeParse(current);
  if (!v1.success) throw new HistoryFormatError(file, `version ${HISTORY_V1}: ${describe(v1.error)}`);
  return v1.data;
}

/** A history file in the current version, and the raw checks an older file held inline (the pull files them by day). */
export interface MigratedHistory {
  history: History;
  /** Raw checks that version 1 kept inside the file, oldest first; empty for version 2. */
  checks: HistoryCheck[];
}

/**
 * Version 1 → 2: the checks leave the file (into day files, by the pull); the timeline is derived from them and the
 * periods by the reading rule, so every minute reads the same; retained days get their response-time rollups.
 */
export function v1ToV2(v1: HistoryV1): MigratedHistory {
  const byDay = new Map<string, HistoryCheck[]>();
  for (const c of v1.checks) {
    const date = c.at.slice(0, 10);
    const list = byDay.get(date);
    if (list) list.push(c);
    else byDay.set(date, [c]);
  }
  const days = new Map(v1.days.map((d) => [d.date, d]));
  for (const [date, checks] of byDay) if (!days.has(date)) days.set(date, rollupDay(date, checks));
  const history: History = {
    version: HISTORY_VERSION,
    intervalSeconds: v1.intervalSeconds,
    lastCheckAt: v1.checks.at(-1)?.at ?? null,
    foldedThrough: v1.days.at(-1)?.date ?? null,
    periods: v1.periods,
    timeline: monitorTimeline(v1),
    days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    ...(v1.audit ? { audit: v1.audit } : {}),
  };
  return { history, checks: v1.checks };
}

/**
 * Parses a history file's JSON (already `JSON.parse`d) of any known version into the current version.
 * Throws HistoryFormatError, naming `file`, when it is none of them.
 *
 * @example
 * migrateHistory([{ at: '2026-01-01T00:00:00Z', up: true, ms: 120 }], 'acme/www.json').history.timeline
 * // → [{ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T00:10:00.000Z', status: 'operational' }]
 */
export function migrateHistory(data: unknown, file: string): MigratedHistory {
  const version = historyVersion(data);
  if (version === undefined) throw new HistoryFormatError(file, 'expected a history file (an object with "version", or a version 0 array)');
  if (version > HISTORY_VERSION) {
    throw new HistoryFormatError(file, `version ${version} is newer than this Upkeep reads (${HISTORY_VERSION}); update Upkeep`);
  }
  if (version < HISTORY_VERSION) return v1ToV2(parseHistoryV1(data, file));
  const v2 = historySchema.safeParse(data);
  if (!v2.success) throw new HistoryFormatError(file, `version ${HISTORY_VERSION}: ${describe(v2.error)}`);
  return { history: v2.data, checks: [] };
}
