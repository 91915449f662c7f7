/**
 * What a page weighs over the wire: its HTML gzipped, plus the CSS and JavaScript it loads (stylesheets, module
 * scripts, modulepreloads; inline scripts are part of the HTML and counted as JavaScript too), each gzipped at
 * zlib's default level, as a static host or CDN would serve them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The page's URL path, such as /clients/acme/status/. */
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  cssFiles: number;
  cssGzip: number;
  /** External scripts and modulepreloads. */
  jsFiles: number;
  jsGzip: number;
  /** Inline <script> elements that are code (not JSON data). */
  inlineScripts: number;
  /** HTML + CSS + JS, gzipped. */
  totalGzip: number;
}

const gz = (data: Buffer | string) => gzipSync(data).length;

/** The attributes of each tag named `tag` in `html`. */
function tags(html: string, tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push(attrs);
  }
  return out;
}

/** The file a URL in `page` points at, inside `dist`; undefined for other origins. */
function fileOf(dist: string, pageFile: string, url: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//') || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  const file = path.startsWith('/') ? join(dist, path) : join(dirname(pageFile), path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The weight of `dist/<page>index.html` and what it loads. */
export function pageWeight(dist: string, page: string): PageWeight {
  const file = join(dist, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const l of tags(html, 'link')) {
    const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
    const f = l.href ? fileOf(dist, file, l.href) : undefined;
    if (!f) continue;
    if (rel.includes('stylesheet')) css.add(f);
    if (rel.includes('modulepreload')) js.add(f);
  }
  let inlineScripts = 0;
  for (const s of tags(html, 'script')) {
    if (s.src) {
      const f = fileOf(dist, file, s.src);
      if (f) js.add(f);
    } else if (!/json|template|text\/plain/i.test(s.type ?? '')) inlineScripts++;
  }
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const htmlGzip = gz(html);
  const cssGzip = sum(css);
  const jsGzip = sum(js);
  return { page, htmlBytes: Buffer.byteLength(html), htmlGzip, cssFiles: css.size, cssGzip, jsFiles: js.size, jsGzip, inlineScripts, totalGzip: htmlGzip + cssGzip + jsGzip };
}

const dirs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort() : []);

/** The pages the bench weighs for a client: its status page, its newest postmortem and its newest complete monthly report. */
export function samplePages(dist: string, clientId: string, now: Date): { status?: string; postmortem?: string; report?: string } {
  const base = `/clients/${clientId}/`;
  const has = (page: string) => existsSync(join(dist, page, 'index.html'));
  const incidents = dirs(join(dist, base, 'incidents')).filter((d) => has(`${base}incidents/${d}/`));
  const month = now.toISOString().slice(0, 7);
  const reports = dirs(join(dist, base, 'reports')).filter((d) => /^\d{4}-\d{2}$/.test(d) && d < month && has(`${base}reports/${d}/`));
  return {
    status: has(`${base}status/`) ? `${base}status/` : undefined,
    postmortem: incidents.length ? `${base}incidents/${incidents.at(-1)}/` : undefined,
    report: reports.length ? `${base}reports/${reports.at(-1)}/` : undefined,
  };
}

/** Every client's status page, heaviest first. */
export function statusPageWeights(dist: string): PageWeight[] {
  return dirs(join(dist, 'clients'))
    .filter((c) => existsSync(join(dist, 'clients', c, 'status', 'index.html')))
    .map((c) => pageWeight(dist, `/clients/${c}/status/`))
    .sort((a, b) => b.totalGzip - a.totalGzip);
}

/** OG images in a build: PNG/JPEG/WebP files under dist whose path mentions og, or any image an og:image meta names. */
export function ogImages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(png|jpe?g|webp)$/i.test(name) && /(^|[/._-])og([/._-]|$)/i.test(p.slice(dist.length))) out.push(p);
    }
  };
  if (existsSync(dist)) walk(dist);
  return out;
}
