import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { historyAudit, historyCheck, historyDayTotal, historyPeriod } from '../schemas/history.ts';
import type { Component } from '../schemas/client.ts';
import type { Monitor, MonitorSource } from '../schemas/monitor.ts';
import { readClientConfigs, type ClientConfig } from './clients.ts';
import { checkWindow, windowIsEmpty } from './clock-check.ts';
import { limiter } from './concurrency.ts';
import { vetObservations } from './observation-bounds.ts';
import { redactor, secretValues, tokenEnvNames } from './redact.ts';
import { loadSource as registryLoadSource } from './registry.ts';
import type { PullContext, Source } from './source.ts';
import {
  acquirePullLock,
  dayFolder,
  DEFAULT_RETENTION_DAYS,
  HistoryFormatError,
  historyPath,
  lastObservation,
  openComponent,
  removeStaleTemporaryFiles,
  updateComponent,
  type OpenedComponent,
  type RenameFn,
  type TickInput,
} from './store/index.ts';

/**
 * One pull: every monitored component of every client (or of one, or of one shard), under the pull lock. For each
 * component: read its component file → check the window (clock-check.ts: an inverted one fails, an empty one is a
 * no-op) → ask its source for [last observation, now) → vet what it returned (observation-bounds.ts: a vendor clock
 * that disagrees refuses the write, implausible timestamps and floods are bad data, everything is cut at the newest
 * instant the vendor reported) → merge into the day files it
 * touches (or, if the source failed, record the gap as no_data) → update the timeline from the earliest instant the
 * tick touched → fold days past retention → write what changed, atomically (store/component.ts). Components are
 * pulled concurrently, a few per vendor at a time; the report and the output keep the clients' and components'
 * order. A failure of one source, or one broken history file, never stops the others and never loses what was on
 * file.
 */

/** How far back a component with no history is read. */
export const DEFAULT_LOOKBACK_DAYS = 90;

export interface PullOptions {
  /** The content folder (content/, or UPKEEP_CONTENT); history lives in its history/ folder. */
  contentRoot: string;
  /** The time of this pull. */
  now: Date;
  /** Environment, where tokens named by `tokenEnv` are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** fetch for the sources. */
  fetch: typeof fetch;
  /** Aborts the pull (SIGINT/SIGTERM): sources stop, nothing more is written. */
  signal?: AbortSignal;
  /** Only this client (folder name under content/clients). */
  clientId?: string;
  /** Raw checks older than this many days fold into periods and daily rollups. Default 35. */
  retentionDays?: number;
  /** How far back to read for a component with no history. Default 90 days. */
  lookbackDays?: number;
  /**
   * `--since`: read from this instant, for every component whose history starts later (or has none), where the source
   * keeps that much. Without it a component is read from its last observation, or, never observed, everything the
   * source holds (firstPull) within the lookback.
   */
  since?: Date;
  /**
   * This machine's wall clock (epoch ms) that each vendor's Date header is compared with. Default: `now`, advancing
   * with the real time elapsed since the pull started, so a pinned `now` (UPKEEP_NOW) plays the machine's clock.
   */
  clock?: () => number;
  /** Receives progress lines, already redacted. */
  log?: (line: string) => void;
  /** The source adapters; the registry by default (tests inject fakes). */
  loadSource?: (kind: MonitorSource) => Promise<Source>;
  /** The rename step of atomic writes (tests simulate a crash). */
  rename?: RenameFn;
  /** File names in messages are relative to this; default process.cwd(). */
  cwd?: string;
  /** Components pulled at once, overall. Default 8. */
  concurrency?: number;
  /** Components pulled at once from one vendor API (source kind and host). Default 3. */
  perVendor?: number;
  /** Only the clients of this shard: those whose index in the sorted client list is `index − 1` modulo `count`. */
  shard?: Shard;
}

/** Shard `index` of `count` (1 ≤ index ≤ count), as `--shard index/count` gives it. */
export interface Shard {
  index: number;
  count: number;
}

/** Default bounds on concurrency: overall, and per vendor API. */
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_PER_VENDOR = 3;

export type ComponentOutcome = 'updated' | 'unchanged' | 'failed';

export interface ComponentResult {
  client: string;
  component: string;
  source: MonitorSource;
  outcome: ComponentOutcome;
  /** The history file, relative to `cwd`. */
  file: string;
  /** Why it failed (redacted), when it did. */
  reason?: string;
  /** Whether a no_data gap was recorded for the failure. */
  gapRecorded?: boolean;
}

export interface ClientResult {
  client: string;
  /** Why the client could not be pulled at all (invalid client.yaml). */
  problem?: string;
  components: ComponentResult[];
}

export interface PullReport {
  now: string;
  clients: ClientResult[];
  /** Every failure: components whose source or history failed, and clients whose client.yaml is invalid. */
  failures: Array<{ client: string; component?: string; source?: MonitorSource; reason: string }>;
  /** Component files written (relative to `cwd`): one per component whose history changed. */
  changed: string[];
  /** Every file written, day files included, and every day file deleted by folding (relative to `cwd`). */
  written: string[];
  deleted: string[];
}

/** The pull cannot start: unknown client, no clients, or another pull holds the lock (PullLockedError). */
export class PullSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PullSetupError';
  }
}

const DAY_MS = 86_400_000;

/** Observations as a source must return them: validated before they reach the store. */
const observationsSchema = z.object({
  checks: z.array(historyCheck),
  periods: z.array(historyPeriod.refine((p) => Date.parse(p.from) <= Date.parse(p.to), { message: 'expected from ≤ to' })),
  audit: historyAudit.optional(),
  dayTotals: z.array(historyDayTotal).optional(),
  vendorTime: z.object({ date: z.string(), receivedAt: z.string() }).optional(),
  newestReportedAt: z.iso.datetime({ offset: false }).optional(),
});

/**
 * Reads `--shard i/n`: shard i of n, 1 ≤ i ≤ n. Throws PullSetupError saying what was expected otherwise.
 *
 * @example parseShard('2/4') // → { index: 2, count: 4 }
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !(count >= 1) || !(index >= 1 && index <= count)) {
    throw new PullSetupError(`--shard: expected i/n with whole numbers 1 ≤ i ≤ n (for example 2/4: the second of four shards), got "${text}"`);
  }
  return { index, count };
}

/** The clients of a shard: every `count`-th of the sorted list, starting at the `index`-th. */
export function inShard<T>(sorted: readonly T[], shard: Shard | undefined): T[] {
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : [...sorted];
}

/** The vendor API a monitor reads, so the pull asks each one only a few things at once. */
export function vendorKey(monitor: Monitor): string {
  const host = (url: string) => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };
  switch (monitor.source) {
    case 'probe':
      return `probe ${host(monitor.url)}`;
    case 'upptime':
      return monitor.url ? `upptime ${host(monitor.url)}` : `upptime ${monitor.path}`;
    default:
      return `${monitor.source} ${host(monitor.baseUrl)}`;
  }
}

/**
 * The clients a pull with these options works through (sorted by id, then `shard`, then `clientId`), and every client
 * there is. Throws PullSetupError for an unknown client, no clients at all, or a client outside the shard.
 */
export async function selectClients(options: Pick<PullOptions, 'contentRoot' | 'clientId' | 'shard'>): Promise<{ all: ClientConfig[]; selected: ClientConfig[] }> {
  const configs = await readClientConfigs(options.contentRoot);
  if (options.clientId && !configs.some((c) => c.id === options.clientId)) {
    throw new PullSetupError(
      `no client "${options.clientId}" (expected ${join(options.contentRoot, 'clients', options.clientId, 'client.yaml')}); known: ${configs.map((c) => c.id).join(', ') || 'none'}`,
    );
  }
  if (configs.length === 0) throw new PullSetupError(`no clients found under ${join(options.contentRoot, 'clients')}`);
  const sharded = inShard(configs, options.shard);
  const selected = options.clientId ? sharded.filter((c) => c.id === options.clientId) : sharded;
  if (options.clientId && selected.length === 0) {
    throw new PullSetupError(`client "${options.clientId}" is not in shard ${options.shard!.index}/${options.shard!.count}`);
  }
  return { all: configs, selected };
}

/** Runs one pull. Throws PullSetupError (or PullLockedError) when it cannot start; otherwise reports. */
export async function pull(options: PullOptions): Promise<PullReport> {
  const cwd = options.cwd ?? process.cwd();
  const { all: configs, selected } = await selectClients(options);

  // Secrets of every client, not only the selected ones: a message may mention anything.
  const names = new Set<string>();
  for (const c of configs) tokenEnvNames(c.raw, names);
  const secrets = secretValues(names, options.env);
  const redact = redactor(secrets);
  const log = (line: string) => options.log?.(redact(line));

  const historyRoot = join(options.contentRoot, 'history');
  const lock = await acquirePullLock(historyRoot);
  const report: PullReport = { now: options.now.toISOString(), clients: [], failures: [], changed: [], written: [], deleted: [] };
  try {
    for (const config of selected) await removeStaleTemporaryFiles(join(historyRoot, config.id));
    // Every component is queued at once; the limiter bounds how many run, overall and per vendor. The report is
    // assembled in the clients' order, each client as soon as its components are done.
    const limit = limiter({ total: options.concurrency ?? DEFAULT_CONCURRENCY, perKey: options.perVendor ?? DEFAULT_PER_VENDOR });
    // The clock vendors' Date headers are compared with: `now`, running on (see PullOptions.clock).
    const started = performance.now();
    const clock = options.clock ?? (() => options.now.getTime() + Math.round(performance.now() - started));
    const context: ComponentContext = { ...options, clock, cwd, historyRoot, secrets, redact, lockCompromised: () => lock.compromised };
    const pending = selected.map((config) => {
      const monitored = config.client?.components.filter((c): c is Component & { monitor: Monitor } => Boolean(c.monitor)) ?? [];
      return monitored.map((component) => limit(vendorKey(component.monitor), () => pullComponent(config.id, component, context)));
    });
    for (const [i, config] of selected.entries()) {
      if (!config.client) {
        const problem = redact(config.problem ?? 'invalid');
        report.clients.push({ client: config.id, problem, components: [] });
        report.failures.push({ client: config.id, reason: problem });
        log(`${config.id}: not pulled: ${problem}`);
        continue;
      }
      const outcomes = await Promise.all(pending[i]!);
      const components = outcomes.map((o) => o.result);
      report.clients.push({ client: config.id, components });
      for (const { result: r, written, deleted } of outcomes) {
        if (r.outcome === 'updated') report.changed.push(r.file);
        if (r.outcome === 'failed') report.failures.push({ client: r.client, component: r.component, source: r.source, reason: r.reason! });
        report.written.push(...written);
        report.deleted.push(...deleted);
      }
      log(clientLine(config.id, components));
      for (const r of components.filter((r) => r.outcome === 'failed')) log(`  ✗ ${failureLine(r)}`);
    }
  } finally {
    await lock.release();
  }
  for (const line of summaryLines(report)) log(line);
  return report;
}

interface ComponentContext extends PullOptions {
  cwd: string;
  historyRoot: string;
  secrets: string[];
  redact: (text: string) => string;
  lockCompromised: () => Error | undefined;
}

/** One component's result, and the files its tick wrote and deleted. */
interface ComponentOutcomeFiles {
  result: ComponentResult;
  written: string[];
  deleted: string[];
}

async function pullComponent(clientId: string, component: Component & { monitor: Monitor }, o: ComponentContext): Promise<ComponentOutcomeFiles> {
  const monitor = component.monitor;
  const path = historyPath(o.historyRoot, clientId, component.id);
  const file = relative(o.cwd, path);
  const result = (outcome: ComponentOutcome, extra: Partial<ComponentResult> = {}, files: Partial<ComponentOutcomeFiles> = {}): ComponentOutcomeFiles => ({
    result: { client: clientId, component: component.id, source: monitor.source, outcome, file, ...extra },
    written: files.written ?? [],
    deleted: files.deleted ?? [],
  });
  const unreadable = (error: unknown) => result('failed', { reason: o.redact(`history file unreadable, left untouched: ${(error as Error).message}`) });

  // A history file that cannot be read is left exactly as it is.
  let opened: OpenedComponent;
  try {
    opened = await openComponent({ file: path, folder: dayFolder(o.historyRoot, clientId, component.id), label: file });
  } catch (error) {
    return unreadable(error);
  }
  const history = opened.history;

  // The window [since, now): from the last observation (or --since, if earlier), or the default lookback for a
  // component never observed. An inverted window is a failure that writes nothing (the history reaches past this
  // machine's clock); an empty one (a second pull at this instant) asks nothing and changes nothing.
  const last = history ? lastObservation(history) : undefined;
  if (last) {
    const inverted = checkWindow(last, o.now);
    if (inverted) return result('failed', { reason: inverted });
  }
  const lookback = new Date(o.now.getTime() - (o.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * DAY_MS);
  const since = last ? (o.since && o.since < last ? o.since : last) : (o.since ?? lookback);
  if (windowIsEmpty(since, o.now)) return result('unchanged');

  let input: TickInput;
  let failure: string | undefined;
  try {
    const source = await (o.loadSource ?? registryLoadSource)(monitor.source);
    const ctx: PullContext = {
      now: o.now,
      since,
      env: o.env,
      fetch: o.fetch,
      signal: o.signal,
      clock: o.clock,
      // Read everything the source holds on a component's first pull, unless --since says how far back.
      ...(last === undefined && o.since === undefined ? { firstPull: true } : {}),
    };
    const observations = await source.pull(monitor as never, ctx);
    const parsed = observationsSchema.safeParse(observations);
    if (!parsed.success) {
      throw new Error(`returned data that does not fit the history format (${describeIssues(parsed.error, { max: 1 })})`);
    }
    // The vendor's clock against this one, then every timestamp, the volume, and the bounds (observation-bounds.ts).
    const verdict = vetObservations(parsed.data, { source: monitor.source, now: o.now, since, intervalSeconds: monitor.intervalSeconds });
    if (verdict.kind === 'refuse') return result('failed', { reason: o.redact(verdict.reason) });
    if (verdict.kind === 'bad-data') throw new Error(verdict.reason);
    input = { observations: verdict.observations };
  } catch (error) {
    failure = describeError(error);
    // Never up, never down: the gap since the last observation becomes no_data.
    input = { failed: true };
  }
  if (o.signal?.aborted) return result('failed', { reason: 'interrupted; history left as it was' });

  let outcome: ComponentOutcome = 'unchanged';
  let files: Partial<ComponentOutcomeFiles> = {};
  try {
    const update = await updateComponent(opened, input, {
      now: o.now,
      intervalSeconds: monitor.intervalSeconds,
      retentionDays: o.retentionDays ?? DEFAULT_RETENTION_DAYS,
      secrets: o.secrets,
      rename: o.rename,
      guard: () => {
        const compromised = o.lockCompromised();
        return compromised ? `pull lock lost (${compromised.message}); history left as it was` : undefined;
      },
    });
    if (update.status === 'refused') return result('failed', { reason: o.redact(update.reason) });
    if (update.status === 'written') {
      outcome = 'updated';
      files = { written: update.written, deleted: update.deleted };
    }
  } catch (error) {
    if (error instanceof HistoryFormatError) return unreadable(error);
    return result('failed', { reason: o.redact(`could not write history, previous file kept: ${describeError(error)}`) });
  }
  if (failure !== undefined) return result('failed', { reason: o.redact(failure), gapRecorded: outcome === 'updated' }, files);
  return result(outcome, {}, files);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

function clientLine(client: string, components: ComponentResult[]): string {
  const count = (o: ComponentOutcome) => components.filter((c) => c.outcome === o).length;
  if (components.length === 0) return `${client}: no monitored components`;
  return `${client}: ${components.length} monitored component${components.length === 1 ? '' : 's'}: ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`;
}

/** A SourceError's message starts with the source's name, which the line already gives. */
const withoutSourcePrefix = (reason: string, source: string) => (reason.startsWith(`${source}: `) ? reason.slice(source.length + 2) : reason);

function failureLine(r: ComponentResult): string {
  return `${r.client}/${r.component} (${r.source}): ${withoutSourcePrefix(r.reason!, r.source)}${r.gapRecorded ? ' [gap recorded as no_data]' : ''}`;
}

/** The closing lines: totals, then every failure with client, component, source and reason. */
export function summaryLines(report: PullReport): string[] {
  const components = report.clients.flatMap((c) => c.components);
  const count = (o: ComponentOutcome) => components.filter((c) => c.outcome === o).length;
  const lines = [
    `Pull at ${report.now}: ${report.clients.length} client${report.clients.length === 1 ? '' : 's'}, ${components.length} monitored components: ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed.`,
  ];
  if (report.failures.length > 0) {
    lines.push(`${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}:`);
    for (const f of report.failures) {
      lines.push(f.component ? `  ${f.client}/${f.component} (${f.source}): ${withoutSourcePrefix(f.reason, f.source!)}` : `  ${f.client}: ${f.reason}`);
    }
  }
  return lines;
}
