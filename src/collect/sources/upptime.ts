import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { HistoryCheck, HistoryDayTotal } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import { bearer, describeBytes, describeUrl, parseJson, requestText, sourceHttp, validate } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, PullContext, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { DAY_MS, iso, readToken, REREAD_MS, startOfUtcDay, Timeline, utcDay } from '../window.ts';

/**
 * Upptime (https://upptime.js.org): the files its GitHub Actions commit, read from a local checkout (`path`) or from
 * the raw files' base URL (`url`, with an optional token for a private repository). Upkeep reports only what these
 * files say, and only up to when Upptime last wrote them.
 *
 * What Upptime writes (upptime/uptime-monitor, src/update.ts and src/helpers/calculate-uptime.ts):
 * - `history/<slug>.yml`: `status` (up, down, degraded), `code`, `responseTime` (ms), `lastUpdated` (when that check
 *   ran), `startTime` (when monitoring began). Upptime checks every few minutes and rewrites (and commits) the file
 *   when the status changes, and once a day from its response-time workflow whatever the status.
 * - `history/summary.json`: per site, `dailyMinutesDown`: for each UTC day of the last 365, the minutes that day
 *   overlapped an open status issue (Upptime opens one for down and for degraded), computed from its 100 newest
 *   issues. It says how many minutes, never when.
 *
 * What Upkeep makes of them:
 * - Status: up → operational; down and degraded → major_outage. Upptime counts degraded as downtime in its own
 *   uptime and in dailyMinutesDown, and a day's total cannot tell the two apart, so Upkeep counts degraded as Upptime
 *   does, at every age of the data: a day's figure is the same before and after it settles, and matches the
 *   client's own Upptime page.
 * - Each version of the yml is a check at its `lastUpdated` (its response time; none when down). The newest is the
 *   latest check, dated when Upptime made it, never at the pull (`newestReportedAt`: nothing is reported after it).
 * - From a git checkout, the exact intervals: the history of history/<slug>.yml, read with the `git` CLI, holds
 *   every version Upptime committed; the status of one version holds until the next one's `lastUpdated`, but at most
 *   MAX_SILENCE_MS (Upptime rewrites the file at least daily; a longer silence means its workflows did not run, and
 *   that time is no_data). The summary is then needed only for days before a shallow clone's oldest commit.
 * - From the summary alone (a URL, or a folder that is not a git checkout): day totals, at day resolution
 *   (historyDayTotal in src/schemas/history.ts), never painted as minutes: each settled UTC day from `startTime` (and
 *   at most 365 days back) gets its `dailyMinutesDown`, 0 when the day has none. A day is settled once Upptime
 *   wrote its files on a later day (it is before the UTC day of `lastUpdated`) and the day after it has ended; days
 *   after that are not reported (no_data), however long ago the repository stopped updating.
 * - On a first pull (PullContext.firstPull) everything is read: the whole git history, or every day the summary
 *   holds. Later pulls read from `since` (an hour earlier for intervals, a day earlier for day totals, since those
 *   become known late).
 *
 * Bounded: every file is read with a timeout (a stalled mount fails the source instead of hanging the pull and its
 * lock) and a size limit; git runs with a timeout and a cap on its output.
 */

/** A YAML or JSON instant (yaml may hand over a Date), to epoch ms. */
const instantMs = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'expected a date and time such as 2026-03-01T10:00:00.000Z' });
    return z.NEVER;
  }
  return ms;
});

const siteHistory = z.object({
  status: z.enum(['up', 'down', 'degraded']),
  code: z.coerce.number().optional(),
  responseTime: z.coerce.number().nonnegative().optional(),
  lastUpdated: instantMs.optional(),
  startTime: instantMs.optional(),
});
type SiteHistory = z.infer<typeof siteHistory>;

const summary = z.array(
  z.object({
    slug: z.string(),
    dailyMinutesDown: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.number().nonnegative()).default({}),
  }),
);

/** Upptime's statuses, read the way Upptime itself counts them (see the module comment). */
export const STATUS: Record<SiteHistory['status'], ObservedStatus> = {
  up: 'operational',
  degraded: 'major_outage',
  down: 'major_outage',
};

/** Days Upptime keeps in dailyMinutesDown (counted back from when the summary was made). */
export const KEPT_DAYS = 365;

/**
 * Longest a committed status is taken to hold without a newer commit: Upptime's response-time workflow rewrites
 * every history file daily (23:00 UTC by default), so a longer silence means Upptime was not running; 30 hours
 * leaves room for GitHub's late scheduled runs.
 */
export const MAX_SILENCE_MS = 30 * 3_600_000;

/** One version of history/<slug>.yml: when its check ran, what it saw. */
export interface UpptimeVersion {
  /** Epoch ms: `lastUpdated`, or the commit time when a version lacks it. */
  at: number;
  status: SiteHistory['status'];
  responseTime?: number;
  startTime?: number;
}

/** Runs git with arguments in a folder; resolves with stdout. Injectable for tests. */
export type GitRunner = (args: string[], options: { cwd: string; timeoutMs: number; maxBytes: number }) => Promise<string>;

/** Reads a file as text, honouring the signal. Injectable for tests (a stalled mount). */
export type FileReader = (path: string, options: { signal: AbortSignal }) => Promise<string>;

export interface UpptimeOptions extends HttpSettings {
  /** Milliseconds a file read or a git command may take (default 10 s). */
  fsTimeoutMs?: number;
  /** git, real by default (child_process.execFile). */
  git?: GitRunner;
  /** readFile, real by default. */
  readFile?: FileReader;
}

/** The real git CLI, without a pager, prompts or the user's diff settings getting in the way. */
export const realGit: GitRunner = (args, { cwd, timeoutMs, maxBytes }) =>
  new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', '-c', 'color.ui=never', ...args],
      { cwd, timeout: timeoutMs, maxBuffer: maxBytes, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          const why =
            e.code === 'ENOENT'
              ? 'git is not installed'
              : e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
                ? `its output was larger than ${describeBytes(maxBytes)}`
                : e.killed
                  ? `it took longer than ${timeoutMs} ms`
                  : String(stderr || e.message).trim().split('\n')[0];
          reject(Object.assign(new Error(why), { stderr: String(stderr ?? '') }));
          return;
        }
        resolve(stdout);
      },
    );
  });

const defaultReadFile: FileReader = (path, { signal }) => readFile(path, { encoding: 'utf8', signal });

/** Upptime's own reader strips a leading "- " from lines, which some versions wrote (helpers/calculate-uptime.ts). */
function parseSiteYaml(text: string): unknown {
  return parseYaml(
    text
      .split('\n')
      .map((line) => (line.startsWith('- ') ? line.slice(2) : line))
      .join('\n'),
  );
}

/**
 * The versions of history/<slug>.yml in the output of
 * `git log --format=%x1e%H%x1f%cI -p -U100 -- history/<slug>.yml`: for each commit, the file as it stood after the
 * commit (the context and added lines of its patch). A commit that deleted the file ends monitoring there (status
 * undefined). Oldest first. Pure.
 */
export function parseGitLog(output: string): { at: number; text: string | undefined }[] {
  const out: { at: number; text: string | undefined }[] = [];
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const newline = record.indexOf('\n');
    const header = newline < 0 ? record : record.slice(0, newline);
    const [, committed] = header.split('\x1f');
    const at = Date.parse(committed ?? '');
    if (Number.isNaN(at)) continue;
    const lines = (newline < 0 ? '' : record.slice(newline + 1)).split('\n');
    const start = lines.findIndex((l) => l.startsWith('@@'));
    if (start < 0) continue;
    const kept = lines.slice(start + 1).filter((l) => !l.startsWith('@@') && !l.startsWith('\\') && (l.startsWith(' ') || l.startsWith('+')));
    const deleted = lines.some((l) => l.startsWith('+++ /dev/null'));
    out.push({ at, text: deleted ? undefined : kept.map((l) => l.slice(1)).join('\n') });
  }
  return out.reverse();
}

/**
 * Status periods from consecutive versions (oldest first): each version's status from its `at` until the next
 * version's, for at most MAX_SILENCE_MS; nothing after the last version (its check stands by the reading rule). A
 * deleted file (`ended`) ends the last interval at the deletion. Pure.
 */
export function intervalsOf(versions: readonly UpptimeVersion[], timeline: Timeline, ended?: number): void {
  versions.forEach((v, i) => {
    const next = versions[i + 1]?.at ?? ended;
    if (next === undefined) return;
    timeline.paint(v.at, Math.min(next, v.at + MAX_SILENCE_MS), STATUS[v.status]);
  });
}

/**
 * Day totals from dailyMinutesDown for the UTC days in [from, settledEnd) (day starts, epoch ms): every day, 0 when
 * the summary lists none, capped at a whole day. Pure.
 */
export function dayTotalsOf(dailyMinutesDown: Readonly<Record<string, number>>, from: number, settledEnd: number): HistoryDayTotal[] {
  const out: HistoryDayTotal[] = [];
  for (let day = startOfUtcDay(from); day < settledEnd; day += DAY_MS) {
    if (day < from) continue;
    const date = utcDay(day);
    out.push({ date, downMinutes: Math.min(dailyMinutesDown[date] ?? 0, 1440) });
  }
  return out;
}

/** The check a version stands for. */
function checkOf(v: UpptimeVersion): HistoryCheck {
  const status = STATUS[v.status];
  return { at: iso(v.at), status, responseMs: v.status === 'down' || v.responseTime === undefined ? null : v.responseTime };
}

export function createUpptimeSource(options: UpptimeOptions = {}): Source<'upptime'> {
  const fsTimeoutMs = options.fsTimeoutMs ?? 10_000;
  const git = options.git ?? realGit;
  const read = options.readFile ?? defaultReadFile;
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;

  /** Runs `work` with a deadline: a read that stalls (a hung network mount) fails the source, naming the file. */
  const withDeadline = async <T>(what: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new SourceError('upptime', `${what} took longer than ${fsTimeoutMs} ms (a stalled mount?); gave up`));
      }, fsTimeoutMs);
    });
    try {
      return await Promise.race([work(controller.signal), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    kind: 'upptime',
    async pull(monitor, ctx): Promise<Observations> {
      const token = monitor.url && monitor.tokenEnv ? readToken('upptime', monitor.tokenEnv, ctx.env) : undefined;
      const http = sourceHttp('upptime', options, ctx, [token]);
      const ymlFile = `history/${monitor.slug}.yml`;

      const readText = async (file: string, optional = false): Promise<{ text: string; where: string } | undefined> => {
        if (monitor.path) {
          const full = join(monitor.path, file);
          try {
            return await withDeadline(`reading ${full}`, async (signal) => {
              const size = (await stat(full)).size;
              if (size > maxBytes) throw new SourceError('upptime', `${full} is ${describeBytes(size)}, over the limit of ${describeBytes(maxBytes)}; not read`);
              return { text: await read(full, { signal }), where: full };
            });
          } catch (error) {
            if (error instanceof SourceError) throw error;
            const code = (error as NodeJS.ErrnoException).code ?? String(error);
            if (optional && code === 'ENOENT') return undefined;
            throw new SourceError('upptime', `cannot read ${full} (${code})`, { cause: error });
          }
        }
        const url = `${monitor.url!.replace(/\/+$/, '')}/${file}`;
        const text = await requestText(http, { url, headers: token ? bearer(token) : {} });
        return { text, where: `GET ${describeUrl(url)}` };
      };

      const parseVersion = (text: string, where: string, fallbackAt?: number): UpptimeVersion => {
        let parsed: unknown;
        try {
          parsed = parseSiteYaml(text);
        } catch {
          throw new SourceError('upptime', `${where} is not valid YAML`);
        }
        const site = validate(http, where, parsed, siteHistory);
        const at = site.lastUpdated ?? fallbackAt;
        if (at === undefined) throw new SourceError('upptime', `${where} has no lastUpdated: when its check ran is not known`);
        return { at, status: site.status, responseTime: site.responseTime, startTime: site.startTime };
      };

      const now = ctx.now.getTime();
      const yml = (await readText(ymlFile))!;
      const current = parseVersion(yml.text, yml.where);
      const history = monitor.path ? await gitVersions(monitor.path, ymlFile, ctx, current, parseVersion) : undefined;
      const versions = history?.versions ?? [current];
      const latest = versions[versions.length - 1]!;
      const startTime = versions.find((v) => v.startTime !== undefined)?.startTime ?? versions[0]!.at;
      const earliest = ctx.firstPull ? startTime : Math.max(startTime, ctx.since.getTime() - REREAD_MS);

      const checks = versions.filter((v) => v.at >= earliest && v.at <= now).map(checkOf);
      const timeline = new Timeline({ from: earliest, to: Math.min(now, latest.at) });
      if (history) intervalsOf(versions, timeline, history.ended);

      // Day totals where no git history speaks: all of it without git, before a shallow clone's oldest commit with it.
      const summaryUntil = history ? (history.complete ? -Infinity : startOfUtcDay(versions[0]!.at)) : Infinity;
      let dayTotals: HistoryDayTotal[] = [];
      if (summaryUntil > startTime) {
        const sum = await readText('history/summary.json', Boolean(history));
        const entry = sum && parseJson(http, sum.where, sum.text, summary).find((s) => s.slug === monitor.slug);
        if (sum && !entry) throw new SourceError('upptime', `site "${monitor.slug}" is not in ${sum.where}`);
        if (entry) {
          const today = startOfUtcDay(now);
          // Settled: before the UTC day Upptime last wrote the yml, and the day after it is over.
          const settledEnd = Math.min(today - DAY_MS, startOfUtcDay(latest.at), summaryUntil);
          const sinceDay = ctx.firstPull ? -Infinity : startOfUtcDay(ctx.since.getTime()) - DAY_MS;
          // The summary keeps 365 days back from when it was made (about when the yml was last written); the day
          // monitoring began is only partly monitored, so day totals start the day after.
          const kept = startOfUtcDay(latest.at) - (KEPT_DAYS - 1) * DAY_MS;
          const firstFullDay = startOfUtcDay(startTime) + (startTime > startOfUtcDay(startTime) ? DAY_MS : 0);
          const from = Math.max(sinceDay, kept, firstFullDay);
          dayTotals = dayTotalsOf(entry.dailyMinutesDown, from, settledEnd);
        }
      }

      const periods = timeline.periods();
      if (checks.length === 0 && periods.length === 0 && dayTotals.length === 0 && now - latest.at > MAX_SILENCE_MS) {
        throw new SourceError(
          'upptime',
          `${yml.where} was last updated ${iso(latest.at)}, ${Math.floor((now - latest.at) / DAY_MS)} days ago: Upptime has not run since, and nothing after it is reported`,
        );
      }
      return {
        checks,
        periods,
        ...(dayTotals.length > 0 ? { dayTotals } : {}),
        newestReportedAt: iso(latest.at),
        vendorTime: http.vendorClock.reading(),
      };
    },
  };

  /**
   * The versions of the yml from the checkout's git history, with the working tree's file last if it is newer; or
   * undefined when `path` is not a git checkout holding that file (then the summary is read instead). Any other git
   * failure fails the source: a checkout that git cannot read is worth fixing, not silently reading coarser data.
   */
  async function gitVersions(
    path: string,
    file: string,
    ctx: PullContext,
    current: UpptimeVersion,
    parse: (text: string, where: string, fallbackAt: number) => UpptimeVersion,
  ): Promise<{ versions: UpptimeVersion[]; complete: boolean; ended?: number } | undefined> {
    const run = (args: string[]) => git(args, { cwd: path, timeoutMs: fsTimeoutMs, maxBytes: 32 * 1024 * 1024 });
    const where = `git history of ${join(path, file)}`;
    let shallow: string;
    try {
      shallow = (await run(['rev-parse', '--is-shallow-repository'])).trim();
    } catch (error) {
      const message = (error as Error).message;
      if (/not a git repository/i.test(message)) return undefined;
      throw new SourceError('upptime', `cannot read the ${where}: ${message}`, { cause: error });
    }
    const args = ['log', '--no-color', '--no-ext-diff', '--no-renames', '--format=%x1e%H%x1f%cI', '-p', '-U100'];
    // Versions older than the window and its longest silence cannot change what the window holds.
    if (!ctx.firstPull) args.push(`--since=${iso(ctx.since.getTime() - REREAD_MS - MAX_SILENCE_MS - DAY_MS)}`);
    let log: string;
    try {
      log = await run([...args, '--', file]);
    } catch (error) {
      throw new SourceError('upptime', `cannot read the ${where}: ${(error as Error).message}`, { cause: error });
    }
    const commits = parseGitLog(log);
    // Not tracked, or nothing committed lately (Upptime stopped): the files are all there is.
    if (commits.length === 0) return undefined;
    const versions: UpptimeVersion[] = [];
    let ended: number | undefined;
    for (const [i, c] of commits.entries()) {
      if (c.text === undefined) {
        if (i === commits.length - 1) ended = c.at;
        continue;
      }
      versions.push(parse(c.text, `${where} (commit of ${iso(c.at)})`, c.at));
    }
    if (versions.length === 0 || current.at > versions[versions.length - 1]!.at) versions.push(current);
    versions.sort((a, b) => a.at - b.at);
    const unique = versions.filter((v, i) => i === 0 || v.at !== versions[i - 1]!.at);
    // Complete: git holds every version from the first (not a shallow clone), and was read from the start.
    return { versions: unique, complete: shallow === 'false', ended };
  }
}

export const source = createUpptimeSource();
