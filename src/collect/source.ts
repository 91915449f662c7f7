import type { HistoryAudit, HistoryCheck, HistoryPeriod } from '../schemas/history.ts';
import type { Monitor, MonitorSource } from '../schemas/monitor.ts';

/**
 * The one interface every monitor source implements (one file per source in ./sources, listed in ./registry.ts).
 * A source reads the vendor's API, validates the response with zod at the boundary, and maps it to Observations.
 * It never writes files and never decides what to do about a failure: it throws a SourceError, and the pull
 * records the gap as `no_data`.
 */

/** What a source saw over [since, now): raw checks and/or status spans, in the history file's own shapes. */
export interface Observations {
  /** Point-in-time check results. */
  checks: HistoryCheck[];
  /** Spans with one status each, for sources that report intervals (outage states, logs, incidents). */
  periods: HistoryPeriod[];
  /** TLS and security-header audit (probe only). */
  audit?: HistoryAudit;
}

/** Everything a source may use from the outside world, passed in so tests control it. */
export interface PullContext {
  /** The current time. Sources never call `new Date()` themselves. */
  now: Date;
  /** Start of the window to read; sources may return less if the vendor keeps less. */
  since: Date;
  /** Environment variables, where tokens named by `tokenEnv` are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** fetch, injectable for tests (they point sources at 127.0.0.1 fake servers through baseUrl instead). */
  fetch: typeof fetch;
  /** Aborts the pull (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export interface Source<S extends MonitorSource = MonitorSource> {
  /** The `source` value in client.yaml that selects this adapter. */
  readonly kind: S;
  /** Reads observations for one monitor. Throws SourceError on any failure. */
  pull(monitor: Extract<Monitor, { source: S }>, ctx: PullContext): Promise<Observations>;
}

/** A failure to read a source, with a message fit for the pull's output. Never contains a token. */
export class SourceError extends Error {
  readonly source: MonitorSource;
  constructor(source: MonitorSource, message: string, options?: { cause?: unknown }) {
    super(`${source}: ${message}`, options);
    this.name = 'SourceError';
    this.source = source;
  }
}
