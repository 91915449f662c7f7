// Issue 10 and 12: a status page stays under 15 KB gzip (its HTML with the CSS and JS it loads) whatever the number
// of components (src/lib/status/layout.ts), names every component that is not operational, and links to a page
// listing every component. Synthetic agencies (scripts/bench/synthetic.ts, as `npm run bench` makes them) of one
// client with 12, 40 and 300 components, built for real.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAgency } from '../scripts/bench/synthetic.ts';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { REPO } from './helpers/run.ts';

const BUDGET = 15_000;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const SIZES = [12, 40, 300];
const dir = mkdtempSync(join(tmpdir(), 'upkeep-many-'));
// Removing three built agencies takes a while on a loaded machine.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

const builds = new Map<number, BuildResult>();
beforeAll(async () => {
  await Promise.all(
    SIZES.map(async (components) => {
      const project = join(dir, `c${components}`);
      mkdirSync(project, { recursive: true });
      const content = join(project, 'content');
      await generateAgency(content, join(REPO, 'content'), { clients: 1, components, days: 91, postmortems: 6, maintenance: 2, intervalSeconds: 600, retentionDays: 1, now: NOW, probeBase: 'http://127.0.0.1:9' }, 1);
      const run = await buildSite(content, { UPKEEP_NOW: new Date(NOW).toISOString() }, project);
      if (run.failed) throw new Error(`the build of ${components} components failed:\n${run.output}`);
      builds.set(components, run);
    }),
  );
}, 600_000);

/** The page's gzip weight with every stylesheet and script file it loads (gzip at zlib's default level, as a host serves it). */
function weight(dist: string, html: string): number {
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1]!);
  return gzipSync(html).length + assets.reduce((sum, a) => sum + gzipSync(readFileSync(join(dist, a))).length, 0);
}

/** Component ids and statuses as the full list shows them. */
function listed(html: string): Array<{ id: string; status: string }> {
  return [...html.matchAll(/<li data-component="([^"]+)"><div class="component-head"><span class="component-name">[^<]*<\/span><span class="status s-[a-z_]+" data-status="([a-z_]+)"/g)].map((m) => ({ id: m[1]!, status: m[2]! }));
}

describe.each(SIZES)('a client with %i components', (components) => {
  const page = (path: string) => readFileSync(join(builds.get(components)!.dist, 'clients/client-001', path), 'utf8');

  it('has a status page under 15 KB gzip with its CSS and JS', () => {
    const html = page('status/index.html');
    expect(html).toContain('<ol class="bars"');
    expect(weight(builds.get(components)!.dist, html)).toBeLessThan(BUDGET);
  });

  it('lists every component on the components page, and names on the status page each one not operational', () => {
    const all = listed(page('status/components/index.html'));
    expect(all).toHaveLength(components);
    const status = page('status/index.html');
    const down = all.filter((c) => c.status !== 'operational');
    for (const c of down) expect(status, c.id).toContain(`data-component="${c.id}"`);
    const more = [...status.matchAll(/data-more-operational="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
    const named = [...status.matchAll(/<li class="component-head" data-component="/g)].length;
    // Every component is either named or counted among the operational ones, once.
    expect(named + more).toBe(components);
    if (components > 40) expect(more).toBeGreaterThan(0);
    else expect(more).toBe(0);
    expect(status).toContain('href="components/"');
  });
});
