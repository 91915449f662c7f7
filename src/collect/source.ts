import type { HistoryAudit, HistoryCheck, HistoryDayTotal, HistoryPeriod } from '../schemas/history.ts';
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
  /**
   * Days for which the vendor gave only a total of down minutes, not when they were (Upptime's summary.json). They
   * are not painted as minutes; see historyDayTotal in src/schemas/history.ts.
   */
  dayTotals?: HistoryDayTotal[];
  /**
   * The vendor's clock: the `Date` header of its latest response and this machine's clock when it arrived. The pull
   * refuses to write when the two disagree by more than a few minutes (src/collect/clock-check.ts).
   */
  vendorTime?: VendorTime;
  /**
   * The newest instant the vendor's data speaks for (its last check, its own "last updated"). Nothing is recorded
   * after it: the time between it and `now` is no_data until a later pull reads it (src/collect/observation-bounds.ts).
   */
  newestReportedAt?: string;
}

/** A reading of a vendor's clock (see Observations.vendorTime), UTC instants. */
export interface VendorTime {
  /** The vendor's `Date` header. */
  date: string;
  /** This machine's clock (PullContext.clock) when that response arrived. */
  receivedAt: string;
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
  /**
   * This machine's wall clock in epoch ms (Date.now by default), to date the arrival of each vendor `Date` header.
   * Not `now`: `now` is the pull's present, which tests and reproducible runs pin; this is the clock the vendor's is
   * compared with.
   */
  clock?: () => number;
  /**
   * The component has no history yet: read everything the source holds, not only from `since` (a source that keeps
   * more than the default lookback, such as Upptime's year of summary or its git history, imports all of it).
   */
  firstPull?: boolean;
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
