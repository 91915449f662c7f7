// Issue 12: a scheduled build copies the pages a tick cannot change from the last build (Astro's incremental build,
// src/data/page-keys.ts). What it publishes must be exactly what a full build publishes: the demo agency built at one
// instant, then again 13 days later in the same project (its cache kept), is byte for byte the fresh build of the
// later instant; built at the earlier instant again, it publishes what the first build did (the pages no route makes any
// more deleted); and an edited postmortem is rendered again, with its preview image.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { REPO } from './helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'upkeep-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

// While an incident is active (calloway-press, 8–9 Nov) and before another is reported (project-juniper, 10 Nov).
const EARLIER = { UPKEEP_NOW: '2026-11-09T12:00:00Z' };
const LATER = { UPKEEP_NOW: '2026-11-22T12:00:00Z' };
const INCIDENT = 'clients/marlow-outdoor/incidents/2026-09-30-card-payments-failing.mdx';
// Reported on 10 Nov: published at the later instant, not at the earlier one.
const LATER_ONLY = 'clients/project-juniper/incidents/2026-11-10-beta-api-errors-after-migration/index.html';

/** Every file under `root` with its bytes, by path. */
function files(root: string, at = root): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(at)) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) for (const [k, v] of files(root, path)) out.set(k, v);
    else out.set(relative(root, path), readFileSync(path));
  }
  return out;
}

const built = (run: BuildResult) => {
  if (run.failed) throw new Error(`the build failed:\n${run.output}`);
  return run;
};

let incremental: BuildResult;
let fresh: BuildResult;
let firstOutput: Map<string, Buffer>;
let laterOutput: Map<string, Buffer>;

beforeAll(async () => {
  // Each project holds its content (the demo's standards pages import ../../src/…).
  cpSync(join(REPO, 'content'), join(dir, 'site', 'content'), { recursive: true });
  cpSync(join(REPO, 'content'), join(dir, 'fresh', 'content'), { recursive: true });
  firstOutput = files(built(await buildSite(join(dir, 'site', 'content'), EARLIER, join(dir, 'site'))).dist);
  [incremental, fresh] = await Promise.all([
    buildSite(join(dir, 'site', 'content'), LATER, join(dir, 'site')).then(built),
    buildSite(join(dir, 'fresh', 'content'), LATER, join(dir, 'fresh')).then(built),
  ]);
  laterOutput = files(incremental.dist);
}, 600_000);

describe('an incremental build after a tick', () => {
  it('kept pages of the last build in place (so this test exercises the cache), and rendered the others', () => {
    // "cached": left in dist/ as the last build wrote it (src/integrations/out-dir.ts), not even copied.
    const kept = incremental.log.match(/\(cached\)/g) ?? [];
    expect(kept.length).toBeGreaterThan(20);
    // Postmortems and their previews are copied; status pages are rendered again.
    expect(incremental.log).toMatch(/incidents\/2026-09-30-card-payments-failing\/index\.html.*\((cached|restored)\)/);
    expect(incremental.log).not.toMatch(/marlow-outdoor\/status\/index\.html.*\((cached|restored)\)/);
    expect(fresh.log).not.toMatch(/\((cached|restored)\)/);
  });

  it('left nothing of the last build beside its output (src/integrations/out-dir.ts)', () => {
    expect(readdirSync(join(dir, 'site')).filter((name) => name.includes('previous'))).toEqual([]);
  });

  it('publishes exactly what a full build of the same instant publishes', () => {
    const full = files(fresh.dist);
    expect([...laterOutput.keys()].sort()).toEqual([...full.keys()].sort());
    const differing = [...full].filter(([path, bytes]) => !laterOutput.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    // And the two instants did publish different pages (status, reports), so the comparison means something.
    expect([...full].filter(([path, bytes]) => firstOutput.has(path) && !firstOutput.get(path)!.equals(bytes)).length).toBeGreaterThan(10);
  });
});

describe('an incremental build back at the earlier instant', () => {
  it('publishes exactly what the first (full) build of that instant did: what no route makes any more is deleted', async () => {
    expect(laterOutput.has(LATER_ONLY)).toBe(true);
    const again = built(await buildSite(join(dir, 'site', 'content'), EARLIER, join(dir, 'site')));
    expect(again.log).toMatch(/\(cached\)/);
    const output = files(again.dist);
    expect([...output.keys()].sort()).toEqual([...firstOutput.keys()].sort());
    expect([...firstOutput].filter(([path, bytes]) => !output.get(path)!.equals(bytes)).map(([path]) => path)).toEqual([]);
  }, 300_000);
});

describe('an incremental build after a postmortem is edited', () => {
  it('renders the postmortem and its preview again', async () => {
    const content = join(dir, 'site', 'content');
    const file = join(content, INCIDENT);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Card payments failed at checkout (edited)'));
    const edited = built(await buildSite(content, LATER, join(dir, 'site')));
    const page = readFileSync(join(edited.dist, 'clients/marlow-outdoor/incidents/2026-09-30-card-payments-failing/index.html'), 'utf8');
    expect(page).toContain('Card payments failed at checkout (edited)');
    const image = 'og/clients/marlow-outdoor/incidents/2026-09-30-card-payments-failing.png';
    expect(readFileSync(join(edited.dist, image)).equals(laterOutput.get(image)!)).toBe(false);
  }, 300_000);
});
