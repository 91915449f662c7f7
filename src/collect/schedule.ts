import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The schedule loop behind `npm run schedule`: pull, then rebuild only when content/ (history included) changed
 * since the last successful build, then deploy if a command is configured; sleep; again. Everything it touches is
 * injected, so the loop is tested without processes, clocks or waiting (schedule.test.ts); scripts/schedule.ts wires
 * the real pull, `npm run build`, the deploy command and signals.
 *
 * - A failing pass (pull cannot start, build or deploy fails) is logged and the loop goes on.
 * - Stopping (the signal aborts) ends the loop after the current step: the pull stops reading sources and writes
 *   nothing more (its writes are atomic anyway), a running build or deploy is told to stop, and no new step starts.
 */

export interface ScheduleDeps {
  /** Time from the start of one pass to the start of the next. */
  everyMs: number;
  /** One pull; resolves with how many sources failed, throws if it could not run (e.g. another pull holds the lock). */
  pull(signal: AbortSignal): Promise<{ failures: number }>;
  /** A fingerprint of everything a build reads from content/ (see hashTree). */
  fingerprint(): Promise<string>;
  /** Whether a built site exists (a missing dist/ is rebuilt even if content did not change). */
  outputExists(): Promise<boolean>;
  /** Builds the site; throws on failure. */
  build(signal: AbortSignal): Promise<void>;
  /** Deploys the built site; throws on failure. Absent: no deploy. */
  deploy?: (signal: AbortSignal) => Promise<void>;
  /** Where the fingerprint of the last successful build (and deploy) is kept, so a restart does not rebuild. */
  state: { read(): Promise<string | undefined>; write(fingerprint: string): Promise<void> };
  /** Waits; resolves early when the signal aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** A monotonic clock in ms, to keep passes `everyMs` apart. */
  monotonic(): number;
  /** Progress lines. */
  log(line: string): void;
  /** Aborts the loop (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** Stop after this many passes (tests); forever by default. */
  maxPasses?: number;
}

export type PassOutcome = 'built' | 'unchanged' | 'build-failed' | 'deploy-failed' | 'stopped';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One pass: pull, then build and deploy if content changed. Never throws. */
export async function runPass(deps: ScheduleDeps): Promise<PassOutcome> {
  const { signal, log } = deps;
  try {
    const { failures } = await deps.pull(signal);
    log(failures ? `pull finished with ${failures} failure${failures === 1 ? '' : 's'} (see above); going on` : 'pull finished');
  } catch (error) {
    log(`pull could not run: ${message(error)}; going on`);
  }
  if (signal.aborted) return 'stopped';

  const fingerprint = await deps.fingerprint();
  if (fingerprint === (await deps.state.read()) && (await deps.outputExists())) {
    log('content and history unchanged; no rebuild');
    return 'unchanged';
  }
  try {
    log('content or history changed; building');
    await deps.build(signal);
  } catch (error) {
    log(signal.aborted ? 'build stopped' : `build failed: ${message(error)}; will try again next pass`);
    return signal.aborted ? 'stopped' : 'build-failed';
  }
  if (signal.aborted) return 'stopped';
  if (deps.deploy) {
    try {
      log('deploying');
      await deps.deploy(signal);
    } catch (error) {
      log(signal.aborted ? 'deploy stopped' : `deploy failed: ${message(error)}; will build and deploy again next pass`);
      return signal.aborted ? 'stopped' : 'deploy-failed';
    }
  }
  // Recorded only once built and deployed, so a failed deploy is retried.
  await deps.state.write(fingerprint);
  log(deps.deploy ? 'built and deployed' : 'built');
  return 'built';
}

/** Runs passes every `everyMs` until the signal aborts (or maxPasses). Resolves with the outcomes. */
export async function runSchedule(deps: ScheduleDeps): Promise<PassOutcome[]> {
  const outcomes: PassOutcome[] = [];
  while (!deps.signal.aborted && (deps.maxPasses === undefined || outcomes.length < deps.maxPasses)) {
    const started = deps.monotonic();
    let outcome: PassOutcome;
    try {
      outcome = await runPass(deps);
    } catch (error) {
      // runPass does not throw, but a broken fingerprint or state file must not end the schedule either.
      deps.log(`pass failed: ${message(error)}; going on`);
      outcome = 'build-failed';
    }
    outcomes.push(outcome);
    if (deps.signal.aborted || (deps.maxPasses !== undefined && outcomes.length >= deps.maxPasses)) break;
    const wait = Math.max(0, deps.everyMs - (deps.monotonic() - started));
    deps.log(`next pass in ${formatDuration(wait)}`);
    await deps.sleep(wait, deps.signal);
  }
  deps.log('schedule stopped');
  return outcomes;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses an interval such as `30s`, `5m`, `1h` or `1h30m` (a bare number is minutes). At least 10 seconds.
 *
 * @example
 * parseEvery('5m') // → 300000
 */
export function parseEvery(text: string): number {
  const trimmed = text.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * UNITS.m!;
  else {
    const parts = [...trimmed.matchAll(/(\d+)([smh])/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
      throw new Error(`--every: expected a duration such as 30s, 5m, 1h or 1h30m, got "${text}"`);
    }
    ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0);
  }
  if (ms < 10_000) throw new Error(`--every: expected at least 10s, got "${text}"`);
  return ms;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60 ? ` ${s % 60}s` : ''}` : `${s}s`;
}

/**
 * A fingerprint of a folder: SHA-256 over every file's relative path and bytes, in sorted order. The pull's lock
 * and temporary files are left out (they are not content).
 */
export async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name === '.pull.lock' || entry.name.endsWith('.tmp')) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        hash.update(relative(root, path)).update('\0').update(await readFile(path)).update('\0');
      }
    }
  };
  await walk(root);
  return hash.digest('hex');
}
