import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page the build wrote, as the path a visitor opens (`/clients/acme/status/`), from dist/. */
export function builtPages(dist = 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}

/**
 * A page's type: its path with the client and the entry replaced (`/clients/:client/incidents/:id/`), so one page of
 * each type stands for the rest. A page type added later shows up here by itself.
 */
export function pageType(path: string): string {
  const s = path.split('/').filter(Boolean);
  if (s[0] === 'clients' && s.length >= 2) {
    s[1] = ':client';
    if (s.length >= 4 && ['incidents', 'maintenance', 'reports'].includes(s[2]!)) s[3] = ':id';
  }
  if (s[0] === 'standards' && s.length === 2) s[1] = ':slug';
  return `/${s.join('/')}${s.length ? '/' : ''}`;
}

/**
 * One page of each type, the busiest first: marlow-outdoor has the active incident and the most components, so its
 * pages are the widest and the heaviest.
 */
export function onePagePerType(pages = builtPages()): Array<{ type: string; path: string }> {
  const ordered = [...pages].sort((a, b) => Number(!a.includes('/marlow-outdoor/')) - Number(!b.includes('/marlow-outdoor/')) || a.localeCompare(b));
  const seen = new Map<string, string>();
  for (const p of ordered) if (!seen.has(pageType(p))) seen.set(pageType(p), p);
  return [...seen].map(([type, path]) => ({ type, path })).sort((a, b) => a.type.localeCompare(b.type));
}
