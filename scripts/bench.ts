// npm run bench [-- --quick] [-- --help]
// Speed and memory of Upkeep: the pure domain logic in-process (warm, median of N runs), then full cold builds in
// child processes (wall time, CPU, peak RSS) of the demo content, of a synthetic scaled content set, and of a bare
// Astro + MDX site over the same MDX files, then pagefind. Everything runs in a temp dir that is removed at the end;
// nothing in the working tree is written. Method and one run's figures: docs/benchmarks.md.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { astroBuild, pagefind, routeTimes, type BuildRun } from './bench/builds.ts';
import { runDomainBenchmarks, type DomainRow } from './bench/domain.ts';
import { bytes, int, ms, ops, secs, table } from './bench/format.ts';
import { median, type ChildResult, type TimingOptions } from './bench/measure.ts';
import { BENCH_CONFIG, bareProject, mdxFiles, upkeepProject } from './bench/projects.ts';
import { readAgency, writeSyntheticContent, type SyntheticSpec, type SyntheticStats } from './bench/synthetic.ts';

const HELP = `npm run bench [-- options]

  --quick             about a minute: fewer runs, a 3-client synthetic set, no 35-day-retention build
  --clients N         clients in the synthetic set (default 25; quick 3)
  --long-clients N    clients in the extra build with the pull's 35-day retention (default 5; quick 0 = skip)
  --demo-runs N       cold builds of the demo content, median reported (default 2; quick 1)
  --skip-domain       only the builds
  --skip-builds       only the in-process domain benchmarks
  --markdown          print the tables as Markdown (for docs/benchmarks.md)
  --keep              keep the temp dir (its path is printed)
  --help`;

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    clients: { type: 'string' },
    'long-clients': { type: 'string' },
    'demo-runs': { type: 'string' },
    'skip-domain': { type: 'boolean', default: false },
    'skip-builds': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}
const count = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`bench: --${name} expects a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
};

const quick = opts.quick;
const markdown = opts.markdown;
const repo = resolve(import.meta.dirname, '..');
const demoContent = join(repo, 'content');
const agency = readAgency(demoContent);
if (!agency.demo) {
  console.error('bench: content/agency.yaml has no demo.asOf; the synthetic set borrows the demo agency and its clock.');
  process.exit(2);
}
const asOf = Date.parse(agency.demo.asOf);

/** The demo's retention (scripts/demo-history.ts) and the pull's default (src/collect/store/fold.ts). */
const DEMO_RETENTION_DAYS = 8;
const PULL_RETENTION_DAYS = 35;
const baseSpec: Omit<SyntheticSpec, 'clients' | 'retentionDays'> = { days: 100, incidentsPerClient: 10, pastMaintenancePerClient: 2, asOf };
const clients = Math.max(1, count(opts.clients, quick ? 3 : 25, 'clients'));
const longClients = count(opts['long-clients'], quick ? 0 : 5, 'long-clients');
const demoRuns = Math.max(1, count(opts['demo-runs'], quick ? 1 : 2, 'demo-runs'));
const timing: TimingOptions = quick
  ? { warmup: 1, minRuns: 3, minTimeMs: 200, maxRuns: 100 }
  : { warmup: 3, minRuns: 10, minTimeMs: 1500, maxRuns: 500 };

const started = performance.now();
const progress = (text: string) => console.error(`· ${text}`);
const heading = (text: string) => console.log(markdown ? `\n### ${text}\n` : `\n${text}\n`);
const version = (pkg: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const gitHead = () => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public'], { cwd: repo, encoding: 'utf8' }).trim();
    return `${head}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
};
/** Bytes of the files under `dir`. */
const dirBytes = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const st = statSync(join(dir, name));
    return n + (st.isDirectory() ? dirBytes(join(dir, name)) : st.size);
  }, 0);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const machine = [
  `Node ${process.version}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, pagefind ${version('pagefind')}`,
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average at start ${load()}`,
  `site sources: working tree at ${gitHead()}; ${quick ? 'quick' : 'full'} run`,
];
console.log(machine.map((l) => (markdown ? `- ${l}` : l)).join('\n'));

let failed = false;

// 1. Domain logic, in-process.
let domainRows: DomainRow[] = [];
if (!opts['skip-domain']) {
  progress('domain logic: generating one client (8 components × 100 days) through the store…');
  domainRows = runDomainBenchmarks(demoContent, { ...baseSpec, clients: 1, retentionDays: PULL_RETENTION_DAYS }, timing, (r) =>
    progress(`${r.name.trim()}: ${ms(r.medianMs)}`),
  );
  heading(`Domain logic (in-process, warm: median of ≥${timing.minRuns} runs after ${timing.warmup} warm-up; history as the pull stores it, ${PULL_RETENTION_DAYS} days raw)`);
  console.log(
    table(
      [{ title: 'what' }, { title: 'input' }, { title: 'median', right: true }, { title: 'CPU', right: true }, { title: 'min', right: true }, { title: 'ops/s', right: true }, { title: 'runs', right: true }, { title: 'heap kept', right: true }],
      domainRows.map((r) => [r.name, r.input, ms(r.medianMs), ms(r.cpuMedianMs), ms(r.minMs), ops(r.opsPerSec), String(r.runs), bytes(r.retainedBytes)]),
      markdown,
    ),
  );
}

// 2. Builds and pagefind, in child processes, each in a fresh temp project (cold: empty Astro cache).
interface BuildRow {
  name: string;
  runs: BuildRun[];
  /** MDX files in the content. */
  mdx: number;
  synthetic?: SyntheticStats;
}
const builds: BuildRow[] = [];
const indexes: Array<{ name: string; run: ChildResult }> = [];
const commands = new Set<string>();

if (!opts['skip-builds']) {
  const tmp = mkdtempSync(join(tmpdir(), 'upkeep-bench-'));
  const timeFile = join(tmp, 'time.txt');
  const cleanup = () => {
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const check = (name: string, run: ChildResult) => {
    commands.add(run.command.replace(process.execPath, 'node').replaceAll(tmp, '$TMP').replaceAll(repo, '.'));
    if (run.exitCode === 0) return;
    failed = true;
    console.error(`\nbench: ${name} failed (exit ${run.exitCode}); last lines:\n${run.output.split('\n').slice(-25).join('\n')}`);
  };
  const build = async (name: string, project: string, config: string | undefined) => {
    progress(`${name}: building…`);
    const run = await astroBuild(repo, project, { config, outDir: 'dist', timeFile });
    check(name, run);
    progress(`${name}: ${secs(run.wallMs)}, peak ${bytes(run.peakTreeRssBytes)}`);
    return run;
  };
  const synthetic = async (name: string, dir: string, spec: SyntheticSpec) => {
    progress(`${name}: generating ${spec.clients} clients × 8 components × ${spec.days} days through the store…`);
    upkeepProject(repo, dir);
    const stats = await writeSyntheticContent(join(dir, 'content'), demoContent, spec);
    progress(`${name}: ${int(stats.historyFiles)} history files, ${bytes(stats.historyBytes)}, ${int(stats.mdxFiles)} MDX files; history made through the store in ${secs(stats.historyMs)}`);
    return stats;
  };

  try {
    // (a) Demo content.
    const demo: BuildRow = { name: 'demo content', runs: [], mdx: 0 };
    for (let r = 0; r < demoRuns; r++) {
      const dir = join(tmp, `demo-${r}`);
      upkeepProject(repo, dir);
      cpSync(demoContent, join(dir, 'content'), { recursive: true });
      demo.runs.push(await build(`demo build ${r + 1}/${demoRuns}`, dir, BENCH_CONFIG));
      if (r === demoRuns - 1 && demo.runs.at(-1)!.exitCode === 0) {
        progress('pagefind over the demo build…');
        const run = await pagefind(repo, join(dir, 'dist'), timeFile);
        check('pagefind (demo)', run);
        indexes.push({ name: `demo (${demo.runs.at(-1)!.htmlPages} HTML pages)`, run });
      }
      if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    }
    demo.mdx = mdxFiles(demoContent).length;
    builds.push(demo);

    // (b) Synthetic scaled set, the demo's retention, and (c) bare Astro over the same MDX.
    const synDir = join(tmp, 'synthetic');
    const spec: SyntheticSpec = { ...baseSpec, clients, retentionDays: DEMO_RETENTION_DAYS };
    const stats = await synthetic('synthetic', synDir, spec);
    const syn: BuildRow = { name: `synthetic: ${clients} client${clients === 1 ? "" : "s"} × 8 comps, ${DEMO_RETENTION_DAYS} d raw`, runs: [], mdx: stats.mdxFiles, synthetic: stats };
    syn.runs.push(await build('synthetic build', synDir, BENCH_CONFIG));
    builds.push(syn);
    if (syn.runs[0]!.exitCode === 0) {
      progress('pagefind over the synthetic build…');
      const run = await pagefind(repo, join(synDir, 'dist'), timeFile);
      check('pagefind (synthetic)', run);
      indexes.push({ name: `synthetic (${syn.runs[0]!.htmlPages} HTML pages)`, run });
    }
    const bareDir = join(tmp, 'bare');
    const bareMdx = bareProject(repo, bareDir, join(synDir, 'content'));
    if (!opts.keep) rmSync(synDir, { recursive: true, force: true });
    builds.push({ name: `bare Astro + MDX, same ${bareMdx} MDX files`, runs: [await build('bare Astro build', bareDir, undefined)], mdx: bareMdx });
    if (!opts.keep) rmSync(bareDir, { recursive: true, force: true });

    // (d) The pull's default retention: 35 days of raw checks per component.
    if (longClients > 0) {
      const longDir = join(tmp, 'synthetic-35');
      const longSpec: SyntheticSpec = { ...baseSpec, clients: longClients, retentionDays: PULL_RETENTION_DAYS };
      const longStats = await synthetic('synthetic, 35-day retention', longDir, longSpec);
      builds.push({
        name: `synthetic: ${longClients} client${longClients === 1 ? "" : "s"} × 8 comps, ${PULL_RETENTION_DAYS} d raw`,
        runs: [await build('synthetic 35-day build', longDir, BENCH_CONFIG)],
        mdx: longStats.mdxFiles,
        synthetic: longStats,
      });
      if (!opts.keep) rmSync(longDir, { recursive: true, force: true });
    }
  } finally {
    cleanup();
    if (opts.keep) progress(`kept ${tmp}`);
  }

  const wall = (b: BuildRow) => median(b.runs.map((r) => r.wallMs));
  const peak = (b: BuildRow, key: 'peakTreeRssBytes' | 'maxRssBytes') => Math.max(...b.runs.map((r) => r[key] ?? 0)) || null;

  heading('Full builds (child process, cold: fresh temp project and Astro cache; wall time is the median when runs > 1)');
  console.log(
    table(
      [
        { title: 'content' },
        { title: 'history' },
        { title: 'pages', right: true },
        { title: 'MDX', right: true },
        { title: 'runs', right: true },
        { title: 'wall', right: true },
        { title: 'CPU', right: true },
        { title: 'sync', right: true },
        { title: 'render', right: true },
        { title: 'peak RSS', right: true },
        { title: 'max RSS 1 proc', right: true },
        { title: 'ms/page', right: true },
      ],
      builds.map((b) => {
        const last = b.runs.at(-1)!;
        return [
          b.name,
          b.synthetic ? bytes(b.synthetic.historyBytes) : b.name.startsWith('demo') ? bytes(dirBytes(join(demoContent, 'history'))) : '–',
          int(last.log.pages),
          int(b.mdx),
          String(b.runs.length),
          secs(wall(b)),
          last.cpuSeconds === null ? '–' : `${last.cpuSeconds.toFixed(1)} s`,
          last.log.syncS === null ? '–' : `${last.log.syncS.toFixed(1)} s`,
          last.log.routesS === null ? '–' : `${last.log.routesS.toFixed(1)} s`,
          bytes(peak(b, 'peakTreeRssBytes')),
          bytes(peak(b, 'maxRssBytes')),
          last.log.pages ? (wall(b) / last.log.pages).toFixed(0) : '–',
        ];
      }),
      markdown,
    ),
  );
  console.log(
    `${markdown ? '\n' : ''}pages: what Astro built (HTML pages and JSON endpoints); sync: content sync + types; render: "generating static routes"; ` +
      'peak RSS: the whole process tree, sampled every 100 ms; max RSS 1 proc: the largest single process, exact, from /usr/bin/time -v.',
  );

  const upkeep = builds.find((b) => b.name.startsWith('synthetic:') && b.synthetic?.clients === clients);
  const bare = builds.find((b) => b.name.startsWith('bare'));
  if (upkeep && bare && upkeep.runs[0]!.exitCode === 0 && bare.runs[0]!.exitCode === 0) {
    const [u, b] = [wall(upkeep), wall(bare)];
    const [ur, br] = [peak(upkeep, 'peakTreeRssBytes') ?? 0, peak(bare, 'peakTreeRssBytes') ?? 0];
    heading('Upkeep over bare Astro (same MDX files)');
    console.log(
      `${markdown ? '- ' : ''}wall: ${secs(u)} vs ${secs(b)}: +${secs(u - b)} (${(u / b).toFixed(1)}×) for ${int(upkeep.runs[0]!.log.pages)} vs ${int(bare.runs[0]!.log.pages)} pages\n` +
        `${markdown ? '- ' : ''}peak RSS: ${bytes(ur)} vs ${bytes(br)}: +${bytes(Math.max(0, ur - br))}`,
    );
  }

  if (indexes.length) {
    heading('pagefind (child process)');
    console.log(
      table(
        [{ title: 'site' }, { title: 'wall', right: true }, { title: 'CPU', right: true }, { title: 'peak RSS', right: true }],
        indexes.map((i) => [i.name, secs(i.run.wallMs), i.run.cpuSeconds === null ? '–' : `${i.run.cpuSeconds.toFixed(1)} s`, bytes(i.run.peakTreeRssBytes ?? i.run.maxRssBytes)]),
        markdown,
      ),
    );
  }

  const slow = builds.filter((b) => b.synthetic && b.runs[0]!.exitCode === 0);
  if (slow.length) {
    const perBuild = slow.map((b) => new Map(routeTimes(b.runs[0]!.log.pageTimes).map((r) => [r.route, r])));
    // The routes costing most in any of these builds.
    const worst = new Map<string, number>();
    for (const m of perBuild) for (const r of m.values()) worst.set(r.route, Math.max(worst.get(r.route) ?? 0, r.totalMs));
    const routes = [...worst].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([route]) => ({ route }));
    heading('Where render time goes (Astro\'s per-page times, summed by route; first page of a client also loads its data)');
    console.log(
      table(
        [
          { title: 'route' },
          ...slow.flatMap((b) => [
            { title: `pages (${b.synthetic!.retentionDays} d)`, right: true },
            { title: 'total', right: true },
            { title: 'mean', right: true },
            { title: 'max', right: true },
          ]),
        ],
        routes.map((r) => [
          r.route,
          ...perBuild.flatMap((m) => {
            const x = m.get(r.route);
            return x ? [String(x.pages), secs(x.totalMs), ms(x.totalMs / x.pages), ms(x.maxMs)] : ['–', '–', '–', '–'];
          }),
        ]),
        markdown,
      ),
    );
  }
}

if (commands.size) {
  heading('Commands run (cwd: the temp project; $TMP is removed at the end)');
  console.log([...commands].map((c) => (markdown ? `    ${c}` : `  ${c}`)).join('\n'));
}
console.log(`\n${markdown ? '' : ''}Total bench time ${secs(performance.now() - started)}; load average at end ${load()}.`);
process.exit(failed ? 1 : 0);
