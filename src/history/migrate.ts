import { z } from 'astro/zod';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { HISTORY_VERSION, historySchema, type History } from '../schemas/history.ts';

/**
 * Reading any version of the history format (docs/history-format.md). Each older version has one step to the next;
 * a file is migrated step by step on read and written back in the current version by the next pull that changes it.
 */

/** A history file that cannot be read: names the file and what was expected. The pull then leaves it alone. */
export class HistoryFormatError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'HistoryFormatError';
    this.file = file;
  }
}

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
 * Parses a history file's JSON (already `JSON.parse`d) of any known version into the current version.
 * Throws HistoryFormatError, naming `file`, when it is neither.
 *
 * @example
 * migrateHistory([{ at: '2026-01-01T00:00:00Z', up: true, ms: 120 }], 'acme/www.json')
 * // → { version: 1, intervalSeconds: 300, checks: [{ at: '2026-01-01T00:00:00.000Z', status: 'operational', responseMs: 120 }], periods: [], days: [] }
 */
export function migrateHistory(data: unknown, file: string): History {
  let current = data;
  const version = historyVersion(current);
  if (version === undefined) throw new HistoryFormatError(file, 'expected a history file (an object with "version", or a version 0 array)');
  if (version > HISTORY_VERSION) {
    throw new HistoryFormatError(file, `version ${version} is newer than this Upkeep reads (${HISTORY_VERSION}); update Upkeep`);
  }
  if (version === 0) {
    const v0 = v0Schema.safeParse(current);
    if (!v0.success) throw new HistoryFormatError(file, `version 0: ${describe(v0.error)}`);
    current = v0ToV1(v0.data);
  }
  const v1 = historySchema.safeParse(current);
  if (!v1.success) throw new HistoryFormatError(file, `version ${HISTORY_VERSION}: ${describe(v1.error)}`);
  return v1.data;
}
