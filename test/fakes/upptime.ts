import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * Upptime's committed files, as its uptime-monitor writes them (src/update.ts for history/<slug>.yml, src/summary.ts
 * for history/summary.json), served like raw.githubusercontent.com does (text/plain, optional token), or written to
 * a temporary checkout for the `path` mode.
 */

export interface UpptimeHistory {
  url: string;
  status: 'up' | 'down' | 'degraded';
  code: number;
  responseTime: number;
  lastUpdated: string;
  startTime: string;
}
export interface UpptimeSummaryEntry {
  name: string;
  url: string;
  icon: string;
  slug: string;
  status: 'up' | 'down' | 'degraded';
  uptime: string;
  uptimeDay: string;
  uptimeWeek: string;
  uptimeMonth: string;
  uptimeYear: string;
  time: number;
  timeDay: number;
  timeWeek: number;
  timeMonth: number;
  timeYear: number;
  dailyMinutesDown: Record<string, number>;
}

export const makeUpptimeHistory = (overrides: Partial<UpptimeHistory> = {}): UpptimeHistory => ({
  url: 'https://www.acme.test',
  status: 'up',
  code: 200,
  responseTime: 312,
  lastUpdated: '2026-03-09T08:15:00.000Z',
  startTime: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

/** The YAML exactly as Upptime's update.ts writes it. */
export const upptimeYaml = (h: UpptimeHistory) =>
  `url: ${h.url}
status: ${h.status}
code: ${h.code}
responseTime: ${h.responseTime}
lastUpdated: ${h.lastUpdated}
startTime: ${h.startTime}
generator: Upptime <https://github.com/upptime/upptime>
`;

export const makeUpptimeSummaryEntry = (overrides: Partial<UpptimeSummaryEntry> = {}): UpptimeSummaryEntry => ({
  name: 'Acme www',
  url: 'https://www.acme.test',
  icon: 'https://favicons.githubusercontent.com/www.acme.test',
  slug: 'acme-www',
  status: 'up',
  uptime: '99.95%',
  uptimeDay: '100.00%',
  uptimeWeek: '99.80%',
  uptimeMonth: '99.95%',
  uptimeYear: '99.95%',
  time: 300,
  timeDay: 290,
  timeWeek: 310,
  timeMonth: 305,
  timeYear: 300,
  dailyMinutesDown: {},
  ...overrides,
});

export interface UpptimeRepo {
  /** File contents by path relative to the repository root, such as history/acme-www.yml. */
  files: Record<string, string>;
}

export const makeUpptimeRepo = (history: UpptimeHistory, entries: UpptimeSummaryEntry[], slug = 'acme-www'): UpptimeRepo => ({
  files: {
    [`history/${slug}.yml`]: upptimeYaml(history),
    'history/summary.json': JSON.stringify(entries, null, 2),
  },
});

/** Serves the repository's files under /<owner>/<repo>/HEAD/, as raw.githubusercontent.com would. */
export function startUpptimeFake(repo: UpptimeRepo, token?: string): Promise<FakeServer> {
  return startFakeServer(
    (req) => {
      const prefix = '/acme/status/HEAD/';
      const file = req.path.startsWith(prefix) ? repo.files[req.path.slice(prefix.length)] : undefined;
      return file === undefined ? { status: 404, raw: '404: Not Found' } : { raw: file };
    },
    token
      ? { authorise: (req) => req.headers.authorization === `Bearer ${token}`, unauthorised: () => ({ status: 404, raw: '404: Not Found' }) }
      : {},
  );
}

/** Writes the repository's files to a fresh temporary checkout and returns its path. */
export async function writeUpptimeCheckout(repo: UpptimeRepo): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'upkeep-upptime-'));
  for (const [path, content] of Object.entries(repo.files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/**
 * A real git repository as Upptime's workflows leave it: each version of history/<slug>.yml committed in turn, with
 * the committer date at its `lastUpdated` (as Upptime commits right after its check), then summary.json. Returns the
 * repository's path. `git` must be installed.
 */
export async function writeUpptimeGitRepo(
  versions: UpptimeHistory[],
  entries: UpptimeSummaryEntry[] = [],
  slug = 'acme-www',
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'upkeep-upptime-git-'));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Upptime Bot',
        GIT_AUTHOR_EMAIL: 'bot@upptime.test',
        GIT_COMMITTER_NAME: 'Upptime Bot',
        GIT_COMMITTER_EMAIL: 'bot@upptime.test',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });
  git(['init', '-q', '-b', 'master']);
  git(['config', 'commit.gpgsign', 'false']);
  await mkdir(join(dir, 'history'), { recursive: true });
  for (const v of versions) {
    await writeFile(join(dir, 'history', `${slug}.yml`), upptimeYaml(v));
    git(['add', '-A']);
    const prefix = v.status === 'up' ? '🟩' : v.status === 'degraded' ? '🟨' : '🟥';
    git(['commit', '-q', '-m', `${prefix} ${slug} is ${v.status} (${v.code} in ${v.responseTime} ms) [skip ci] [upptime]`], v.lastUpdated);
  }
  if (entries.length > 0) {
    await writeFile(join(dir, 'history', 'summary.json'), JSON.stringify(entries, null, 2));
    git(['add', '-A']);
    git(['commit', '-q', '-m', ':card_file_box: Update status summary [skip ci] [upptime]'], versions[versions.length - 1]?.lastUpdated);
  }
  return dir;
}

/** A shallow clone (`--depth`) of a repository, as CI checkouts often are. */
export async function shallowClone(repo: string, depth: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'upkeep-upptime-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${repo}`, dir], { stdio: 'pipe' });
  return dir;
}
