/**
 * One pull tick at agency size (issue 12, §3): `components` monitored components with `days` of 1-minute history,
 * the last `retentionDays` of it raw in day files, as the pull stores it. The tick pulls one new check per component
 * from an in-process fake source, as a probe would bring; it must take milliseconds per component and write only
 * today's day file and the component file of each.
 *
 * The history is made by the real store: one component's files through openComponent/updateComponent (the observations
 * of scripts/demo-history.ts's generator), then replicated for every component (the component file and today's day
 * file copied, older day files hard-linked: the tick never writes them, and an atomic write replaces a link rather
 * than writing through it). The tick runs in a child process so that its peak memory is its own.
 *
 * @example
 * await benchPullTick({ root: '/tmp/bench', components: 1000 }) // → { seconds: 3.2, filesWritten: 2000, peakRssMb: 180, … }
 *
 * Alone: npx node scripts/bench/pull-tick.ts [--components 1000] [--days 365] [--retention-days 35] [--root <dir>]
 * (`--generate-only --root <dir>` makes the content and stops; `--tick <dir>/content` then runs the tick alone, for a
 * profiler: `npx node --cpu-prof scripts/bench/pull-tick.ts --tick <dir>/content`).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { demoObservations } from '../../src/collect/demo.ts';
import { pull } from '../../src/collect/pull.ts';
import type { Source } from '../../src/collect/source.ts';
import { dayFolder, DEFAULT_RETENTION_DAYS, historyPath, openComponent, updateComponent } from '../../src/collect/store/index.ts';
import { probeMonitor } from '../../src/schemas/monitor.ts';

const MIN_MS = 60_000;
/** Components per synthetic client, as in `npm run bench`'s synthetic agency. */
const PER_CLIENT = 5;
/** The instant of the tick: history ends one interval before it. */
const TICK_AT = Date.parse('2026-03-01T12:00:00.000Z');

export interface PullTickOptions {
  /** An empty folder to generate the content in (content/ under it). */
  root: string;
  /** Monitored components, PER_CLIENT per client. */
  components: number;
  /** Days of history before the tick (default 365); the last `retentionDays` stay raw. */
  days?: number;
  /** Default 35, the pull's. */
  retentionDays?: number;
  /** Components pulled at once (the pull's default, 8, when not given). */
  concurrency?: number;
}

export interface PullTickResult {
  components: number;
  /** Wall time of the tick (the pull, lock to release), seconds. */
  seconds: number;
  msPerComponent: number;
  /** Files the tick wrote: should be 2 per component (today's day file and the component file). */
  filesWritten: number;
  /** Day files written other than today's: should be 0. */
  olderDayFilesWritten: number;
  /** Peak resident memory of the process that ran the tick, MB. */
  peakRssMb: number;
  /** Raw day files on disk, and the size of one component's files (component file, all day files), bytes. */
  dayFiles: number;
  componentFileBytes: number;
  dayFilesBytesPerComponent: number;
  /** Time to generate the content, seconds (not part of the tick). */
  generateSeconds: number;
}

const clientId = (i: number) => `client-${String(i + 1).padStart(4, '0')}`;
const componentId = (j: number) => `component-${j + 1}`;
const url = (client: string, component: string) => `https://www.${client}.example/${component}`;

/** Generates the content folder: client.yaml files and every component's history. */
async function generate(contentRoot: string, o: Required<Omit<PullTickOptions, 'root' | 'concurrency'>>): Promise<{ dayFiles: number; componentFileBytes: number; dayFilesBytesPerComponent: number }> {
  const clients = Math.ceil(o.components / PER_CLIENT);
  const historyRoot = join(contentRoot, 'history');
  // One component's history through the store: `days` of 1-minute checks ending one minute before the tick.
  const template = { file: join(contentRoot, '.template', 'www.json'), folder: join(contentRoot, '.template', 'www'), label: 'template' };
  const monitor = probeMonitor.parse({ source: 'probe', url: url('template', 'www'), intervalSeconds: 60, degradedAboveMs: 2000 });
  const observations = demoObservations({ key: 'bench/pull-tick', monitor, impacts: [], blips: Math.max(1, Math.floor(o.days / 20)) }, { asOf: TICK_AT - MIN_MS, days: o.days });
  const made = await updateComponent(await openComponent(template), { observations }, { now: new Date(TICK_AT - MIN_MS), intervalSeconds: 60, retentionDays: o.retentionDays });
  if (made.status !== 'written') throw new Error(`bench: the template history was not written (${made.status})`);
  const days = readdirSync(template.folder).sort();
  const today = days.at(-1)!;
  const bytes = (path: string) => statSync(path).size;

  let replicated = 0;
  for (let i = 0; i < clients; i++) {
    const id = clientId(i);
    const count = Math.min(PER_CLIENT, o.components - i * PER_CLIENT);
    const components = Array.from({ length: count }, (_, j) => componentId(j));
    mkdirSync(join(contentRoot, 'clients', id), { recursive: true });
    writeFileSync(
      join(contentRoot, 'clients', id, 'client.yaml'),
      stringify({
        name: `Bench client ${i + 1}`,
        visibility: 'public',
        timeZone: 'Europe/London',
        components: components.map((c) => ({ id: c, name: c, group: 'Production', monitor: { source: 'probe', url: url(id, c), intervalSeconds: 60 } })),
        slaComponents: [components[0]],
        contacts: { accountManager: { name: 'Alex Example' }, leadDeveloper: { name: 'Sam Example' } },
      }),
    );
    for (const c of components) {
      const folder = dayFolder(historyRoot, id, c);
      mkdirSync(folder, { recursive: true });
      copyFileSync(template.file, historyPath(historyRoot, id, c));
      for (const d of days) {
        if (d === today) copyFileSync(join(template.folder, d), join(folder, d));
        else linkSync(join(template.folder, d), join(folder, d));
      }
      replicated++;
    }
  }
  rmSync(join(contentRoot, '.template'), { recursive: true, force: true });
  return {
    dayFiles: replicated * days.length,
    componentFileBytes: bytes(historyPath(historyRoot, clientId(0), componentId(0))),
    dayFilesBytesPerComponent: days.reduce((n, d) => n + bytes(join(dayFolder(historyRoot, clientId(0), componentId(0)), d)), 0),
  };
}

/** The fake source: the check a probe would bring at the tick, a response time varying by component. */
const fakeProbe: Source = {
  kind: 'probe',
  pull: async (monitor, ctx) => {
    const m = monitor as { url: string };
    return { checks: [{ at: ctx.now.toISOString(), status: 'operational', responseMs: 100 + (m.url.length % 50) }], periods: [] };
  },
};

/** Runs the tick in this process and prints its figures as JSON (the child's side). */
async function tick(contentRoot: string, retentionDays: number, concurrency: number | undefined): Promise<void> {
  const start = performance.now();
  const report = await pull({ contentRoot, now: new Date(TICK_AT), env: {}, fetch, loadSource: async () => fakeProbe, retentionDays, concurrency, cwd: contentRoot });
  const seconds = (performance.now() - start) / 1000;
  const todayFile = `${new Date(TICK_AT).toISOString().slice(0, 10)}.jsonl`;
  const dayFiles = report.written.filter((f) => f.endsWith('.jsonl'));
  process.stdout.write(
    `${JSON.stringify({
      seconds,
      filesWritten: report.written.length,
      olderDayFilesWritten: dayFiles.filter((f) => !f.endsWith(todayFile)).length,
      failures: report.failures.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

/** Generates the content under `root` and measures one tick over it in a child process. */
export async function benchPullTick(options: PullTickOptions): Promise<PullTickResult> {
  const o = { days: 365, retentionDays: DEFAULT_RETENTION_DAYS, ...options };
  if (o.days < o.retentionDays + 1) throw new Error(`bench: days (${o.days}) must exceed retentionDays (${o.retentionDays})`);
  const contentRoot = join(o.root, 'content');
  const t0 = performance.now();
  const sizes = await generate(contentRoot, { components: o.components, days: o.days, retentionDays: o.retentionDays });
  const generateSeconds = (performance.now() - t0) / 1000;
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--tick', contentRoot, '--retention-days', String(o.retentionDays), ...(o.concurrency ? ['--concurrency', String(o.concurrency)] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench: the pull tick exited ${code}`);
  const figures = JSON.parse(out.trim().split('\n').at(-1)!) as { seconds: number; filesWritten: number; olderDayFilesWritten: number; failures: number; peakRssMb: number };
  if (figures.failures > 0) throw new Error(`bench: the pull tick had ${figures.failures} failures`);
  return {
    components: o.components,
    seconds: figures.seconds,
    msPerComponent: (figures.seconds * 1000) / o.components,
    filesWritten: figures.filesWritten,
    olderDayFilesWritten: figures.olderDayFilesWritten,
    peakRssMb: figures.peakRssMb,
    ...sizes,
    generateSeconds,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      tick: { type: 'string' },
      root: { type: 'string' },
      components: { type: 'string', default: '1000' },
      days: { type: 'string', default: '365' },
      'retention-days': { type: 'string', default: String(DEFAULT_RETENTION_DAYS) },
      concurrency: { type: 'string' },
      'generate-only': { type: 'boolean' },
    },
  });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (values.tick) {
    await tick(values.tick, Number(values['retention-days']), concurrency);
  } else if (values['generate-only']) {
    if (!values.root) throw new Error('--generate-only needs --root');
    console.log(JSON.stringify(await generate(join(values.root, 'content'), { components: Number(values.components), days: Number(values.days), retentionDays: Number(values['retention-days']) })));
  } else {
    const root = values.root ?? mkdtempSync(join(tmpdir(), 'upkeep-pull-tick-'));
    const result = await benchPullTick({ root, components: Number(values.components), days: Number(values.days), retentionDays: Number(values['retention-days']), concurrency });
    console.log(JSON.stringify(result, null, 2));
    if (!values.root) rmSync(root, { recursive: true, force: true });
  }
}
