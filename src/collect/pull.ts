import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { historyAudit, historyCheck, historyPeriod, type HistoryV1 } from '../schemas/history.ts';
import type { Component } from '../schemas/client.ts';
import type { Monitor, MonitorSource } from '../schemas/monitor.ts';
import { readClientConfigs } from './clients.ts';
import { containsSecret, redactor, secretValues, tokenEnvNames } from './redact.ts';
import { loadSource as registryLoadSource } from './registry.ts';
import type { Observations, PullContext, Source } from './source.ts';
import {
  acquirePullLock,
  DEFAULT_RETENTION_DAYS,
  foldHistory,
  historyPath,
  lastObservation,
  mergeObservations,
  readHistoryFile,
  recordGap,
  removeStaleTemporaryFiles,
  serializeHistoryV1 as serializeHistory,
  writeFileAtomic,
  type RenameFn,
} from './store/index.ts';

/**
 * One pull: every monitored component of every client (or of one), under the pull lock. For each component:
 * read its history → ask its source for [last observation, now) → merge (or, if the source failed, record the gap
 * as no_data) → fold old checks → write atomically if a byte changed. A failure of one source, or one broken
 * history file, never stops the others and never loses what was on file.
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
  /** Receives progress lines, already redacted. */
  log?: (line: string) => void;
  /** The source adapters; the registry by default (tests inject fakes). */
  loadSource?: (kind: MonitorSource) => Promise<Source>;
  /** The rename step of atomic writes (tests simulate a crash). */
  rename?: RenameFn;
  /** File names in messages are relative to this; default process.cwd(). */
  cwd?: string;
}

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
  /** HistoryV1 files written (relative to `cwd`). */
  changed: string[];
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
});

/** Runs one pull. Throws PullSetupError (or PullLockedError) when it cannot start; otherwise reports. */
export async function pull(options: PullOptions): Promise<PullReport> {
  const cwd = options.cwd ?? process.cwd();
  const configs = await readClientConfigs(options.contentRoot);
  const selected = options.clientId ? configs.filter((c) => c.id === options.clientId) : configs;
  if (options.clientId && selected.length === 0) {
    throw new PullSetupError(
      `no client "${options.clientId}" (expected ${join(options.contentRoot, 'clients', options.clientId, 'client.yaml')}); known: ${configs.map((c) => c.id).join(', ') || 'none'}`,
    );
  }
  if (configs.length === 0) throw new PullSetupError(`no clients found under ${join(options.contentRoot, 'clients')}`);

  // Secrets of every client, not only the selected ones: a message may mention anything.
  const names = new Set<string>();
  for (const c of configs) tokenEnvNames(c.raw, names);
  const secrets = secretValues(names, options.env);
  const redact = redactor(secrets);
  const log = (line: string) => options.log?.(redact(line));

  const historyRoot = join(options.contentRoot, 'history');
  const lock = await acquirePullLock(historyRoot);
  const report: PullReport = { now: options.now.toISOString(), clients: [], failures: [], changed: [] };
  try {
    for (const config of selected) {
      await removeStaleTemporaryFiles(join(historyRoot, config.id));
      if (!config.client) {
        const problem = redact(config.problem ?? 'invalid');
        report.clients.push({ client: config.id, problem, components: [] });
        report.failures.push({ client: config.id, reason: problem });
        log(`${config.id}: not pulled: ${problem}`);
        continue;
      }
      const monitored = config.client.components.filter((c): c is Component & { monitor: Monitor } => Boolean(c.monitor));
      const components = await Promise.all(
        monitored.map((component) =>
          pullComponent(config.id, component, { ...options, cwd, historyRoot, secrets, redact, lockCompromised: () => lock.compromised }),
        ),
      );
      report.clients.push({ client: config.id, components });
      for (const r of components) {
        if (r.outcome === 'updated') report.changed.push(r.file);
        if (r.outcome === 'failed') report.failures.push({ client: r.client, component: r.component, source: r.source, reason: r.reason! });
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

async function pullComponent(clientId: string, component: Component & { monitor: Monitor }, o: ComponentContext): Promise<ComponentResult> {
  const monitor = component.monitor;
  const path = historyPath(o.historyRoot, clientId, component.id);
  const file = relative(o.cwd, path);
  const result = (outcome: ComponentOutcome, extra: Partial<ComponentResult> = {}): ComponentResult => ({
    client: clientId,
    component: component.id,
    source: monitor.source,
    outcome,
    file,
    ...extra,
  });

  // A history file that cannot be read is left exactly as it is.
  let stored;
  try {
    stored = await readHistoryFile(path, file);
  } catch (error) {
    return result('failed', { reason: o.redact(`history file unreadable, left untouched: ${(error as Error).message}`) });
  }
  const history = stored?.history;

  let next: HistoryV1 | undefined;
  let failure: string | undefined;
  try {
    const source = await (o.loadSource ?? registryLoadSource)(monitor.source);
    const ctx: PullContext = {
      now: o.now,
      since: (history && lastObservation(history)) ?? new Date(o.now.getTime() - (o.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * DAY_MS),
      env: o.env,
      fetch: o.fetch,
      signal: o.signal,
    };
    const observations = await source.pull(monitor as never, ctx);
    const parsed = observationsSchema.safeParse(observations);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`returned data that does not fit the history format (${issue.path.join('.')}: ${issue.message})`);
    }
    next = mergeObservations(history, clipToNow(parsed.data, o.now), { intervalSeconds: monitor.intervalSeconds });
  } catch (error) {
    failure = describeError(error);
  }

  if (o.signal?.aborted) return result('failed', { reason: 'interrupted; history left as it was' });
  if (failure !== undefined) {
    // Never up, never down: the gap since the last observation becomes no_data.
    next = history ? recordGap(history, o.now) : undefined;
  }
  let outcome: ComponentOutcome = 'unchanged';
  if (next) {
    const text = serializeHistory(foldHistory(next, { now: o.now, retentionDays: o.retentionDays ?? DEFAULT_RETENTION_DAYS }));
    if (containsSecret(text, o.secrets)) {
      return result('failed', { reason: 'refused to write history that would contain a secret; history left as it was' });
    }
    if (text !== stored?.text) {
      const compromised = o.lockCompromised();
      if (compromised) return result('failed', { reason: `pull lock lost (${compromised.message}); history left as it was` });
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, text, { rename: o.rename });
        outcome = 'updated';
      } catch (error) {
        return result('failed', { reason: o.redact(`could not write history, previous file kept: ${describeError(error)}`) });
      }
    }
  }
  if (failure !== undefined) return result('failed', { reason: o.redact(failure), gapRecorded: outcome === 'updated' });
  return result(outcome);
}

/** Drops checks after `now` and cuts periods at `now`: a vendor's clock may run ahead of ours. */
function clipToNow(o: Observations, now: Date): Observations {
  const t = now.getTime();
  return {
    ...o,
    checks: o.checks.filter((c) => Date.parse(c.at) <= t),
    periods: o.periods
      .filter((p) => Date.parse(p.from) < t)
      .map((p) => (Date.parse(p.to) > t ? { ...p, to: now.toISOString() } : p)),
  };
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
