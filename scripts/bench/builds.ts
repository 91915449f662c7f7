/**
 * Full builds and the search index, each in a child process on the project's Node (process.execPath, the Node 24
 * that `npm run` / `npx node` put first on PATH), measured by runMeasured.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type ChildResult } from './measure.ts';

/** One page line of Astro's build output: `├─ /clients/acme/status/index.html (+361ms)`. */
export interface PageTime {
  path: string;
  ms: number;
}

/** What Astro's build output says about a build. */
export interface AstroLog {
  /** "[build] N page(s) built in …": pages and endpoints. */
  pages: number | null;
  /** Astro's own total, seconds. */
  builtInS: number | null;
  /** "[types] Generated …": content sync and type generation, seconds. */
  syncS: number | null;
  /** "generating static routes … ✓ Completed in …", seconds. */
  routesS: number | null;
  pageTimes: PageTime[];
  /** src/data/og.ts's line at the end of a build: images rendered and read from its cache, and their wall time. */
  og: { rendered: number; renderMs: number; cached: number; cachedMs: number } | null;
}

/** Astro's getTimeStat formats: `683ms`, `3.57s`, `2m 14s`. */
const DURATION = String.raw`((?:\d+m )?[\d.]+m?s)`;
const toSeconds = (text: string) => {
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1);
};
const seconds = (m: RegExpExecArray | null) => (m ? toSeconds(m[m.length - 1]!) : null);

export function parseAstroLog(output: string): AstroLog {
  const pageTimes: PageTime[] = [];
  for (const m of output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    pageTimes.push({ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  const ogLine = /\[upkeep:og\] (\d+) rendered in (\d+) ms, (\d+) from cache in (\d+) ms/.exec(output);
  const built = new RegExp(String.raw`\[build\] (\d+) page\(s\) built in ${DURATION}`).exec(output);
  return {
    pages: built ? Number(built[1]) : null,
    builtInS: seconds(built),
    syncS: seconds(new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(output)),
    routesS: seconds(new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(output)),
    pageTimes,
    og: ogLine ? { rendered: Number(ogLine[1]), renderMs: Number(ogLine[2]), cached: Number(ogLine[3]), cachedMs: Number(ogLine[4]) } : null,
  };
}

/** `/clients/acme/reports/2026-10/index.html` → `/clients/[client]/reports/[month]/`. */
export function routeOf(path: string): string {
  const parts = path.replace(/index\.html$/, '').split('/');
  return parts
    .map((p, i) => {
      const before = parts[i - 1];
      if (before === 'clients') return '[client]';
      if (before === 'incidents' && p && p !== 'unresolved.json') return '[id]';
      if (before === 'standards' && p) return '[slug]';
      return p.replace(/^\d{4}-\d{2}(\.json)?$/, (_, ext: string | undefined) => `[month]${ext ?? ''}`);
    })
    .join('/');
}

/** Per route: pages, summed and largest page time, slowest first. */
export function routeTimes(pageTimes: readonly PageTime[]): Array<{ route: string; pages: number; totalMs: number; maxMs: number }> {
  const byRoute = new Map<string, { route: string; pages: number; totalMs: number; maxMs: number }>();
  for (const p of pageTimes) {
    const route = routeOf(p.path);
    const r = byRoute.get(route) ?? { route, pages: 0, totalMs: 0, maxMs: 0 };
    r.pages++;
    r.totalMs += p.ms;
    r.maxMs = Math.max(r.maxMs, p.ms);
    byRoute.set(route, r);
  }
  return [...byRoute.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/** Files under `dir` with a name ending in `suffix`. */
export function countFiles(dir: string, suffix: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) n += countFiles(p, suffix);
    else if (name.endsWith(suffix)) n++;
  }
  return n;
}

export interface BuildRun extends ChildResult {
  log: AstroLog;
  htmlPages: number;
  /** Files the build wrote besides HTML pages and bundled assets (_astro/): JSON, feeds, calendars, badges, images. */
  endpointFiles: number;
}

/**
 * What a build wrote into `dist`: HTML pages, and endpoint files (every other file outside `_astro/`, Vite's bundled
 * CSS and JS). Astro's "N page(s) built" counts only the HTML pages; the endpoints are routes it renders too.
 */
export function countOutputs(dist: string): { htmlPages: number; endpointFiles: number } {
  const all = countFiles(dist, '');
  const assets = existsSync(join(dist, '_astro')) ? countFiles(join(dist, '_astro'), '') : 0;
  const htmlPages = countFiles(dist, '.html');
  return { htmlPages, endpointFiles: all - assets - htmlPages };
}

export interface BuildOptions {
  config?: string;
  outDir: string;
  timeFile: string;
  /** Added to the environment; an undefined value removes the variable. */
  env?: Record<string, string | undefined>;
  /** Node options before the script, such as --cpu-prof. */
  nodeArgs?: readonly string[];
}

/**
 * `astro build` in `project` as `npx astro build` runs it (the project's Node, Astro's own CLI entry, which turns
 * Node's compile cache on unless CI is set), minus npx's start-up. The caller decides what is cold: a fresh cacheDir
 * and outDir, and NODE_COMPILE_CACHE / NODE_DISABLE_COMPILE_CACHE in `env`.
 */
export async function astroBuild(repo: string, project: string, options: BuildOptions): Promise<BuildRun> {
  const args = [...(options.nodeArgs ?? []), join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.config ? ['--config', options.config] : []), '--outDir', options.outDir];
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UPKEEP_CONTENT: 'content' };
  // Astro's CLI skips the compile cache when CI is set; the bench sets it on or off explicitly.
  delete env.CI;
  delete env.UPKEEP_NOW;
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const result = await runMeasured(process.execPath, args, { cwd: project, env, timeFile: options.timeFile });
  const ok = result.exitCode === 0;
  return { ...result, log: parseAstroLog(result.output), ...(ok ? countOutputs(join(project, options.outDir)) : { htmlPages: 0, endpointFiles: 0 }) };
}

/** `pagefind --site <site>` through the installed package's runner (which starts its platform binary). */
export function pagefind(repo: string, site: string, timeFile: string): Promise<ChildResult> {
  return runMeasured(process.execPath, [join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site], {
    cwd: repo,
    timeFile,
  });
}
