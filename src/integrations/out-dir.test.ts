import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { deleteInWorker, leftovers, moveAside, outDirBetweenBuilds } from './out-dir.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder with a dist/ of `files` pages, each in its own folder as Astro writes them. */
function project(files = 3): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-out-dir-'));
  roots.push(root);
  const dist = join(root, 'dist');
  for (let i = 0; i < files; i++) page(dist, `page-${i}`, 'old');
  return { root, dist };
}

/** Writes dist/<name>/index.html and returns its path. */
function page(dist: string, name: string, text: string): string {
  mkdirSync(join(dist, name), { recursive: true });
  writeFileSync(join(dist, name, 'index.html'), text);
  return join(dist, name, 'index.html');
}

const messages: string[] = [];
const logger = { warn: (m: string) => messages.push(`warn ${m}`), info: (m: string) => messages.push(`info ${m}`) };

interface BuildOptions {
  /** The files Astro reports as the routes' outputs (astro:build:done `assets`). */
  outputs?: () => string[];
  incremental?: boolean;
  vite?: object;
  command?: string;
  /** Stop before the build is done, as a crash or a kill would. */
  crash?: boolean;
}

/** Runs the two integrations' hooks around `during` as an Astro build would; returns the config updates and the tracker. */
async function build(root: string, during: () => void, o: BuildOptions = {}) {
  const outDir = outDirBetweenBuilds();
  const hooks = (i: 'first' | 'last') => outDir[i].hooks as Record<string, (options: unknown) => unknown>;
  const updates: unknown[] = [];
  const config = {
    outDir: pathToFileURL(`${join(root, 'dist')}/`),
    cacheDir: pathToFileURL(`${join(root, 'node_modules', '.astro')}/`),
    experimental: { incrementalBuild: o.incremental ?? true },
    vite: o.vite ?? {},
  };
  await hooks('first')['astro:config:setup']!({ command: o.command ?? 'build', config, updateConfig: (u: unknown) => updates.push(u) });
  if (o.command && o.command !== 'build') return { updates, outDir };
  await hooks('first')['astro:build:start']!({ logger });
  during();
  if (o.crash) return { updates, outDir };
  const assets = new Map([['/[page]', (o.outputs?.() ?? []).map((f) => pathToFileURL(f))]]);
  await hooks('first')['astro:build:done']!({ assets, logger });
  await hooks('last')['astro:build:done']!({ assets, logger });
  return { updates, outDir };
}

const keptConfig = { vite: { build: { emptyOutDir: false } } };

it('clears the first build’s folder in the background, and marks the build finished', async () => {
  const { root, dist } = project(50);
  let seen: string[] = [];
  const { updates } = await build(root, () => {
    // Astro's own emptying now finds no folder, and the new build writes into an empty one.
    expect(existsSync(dist)).toBe(false);
    page(dist, 'new', 'new');
    seen = readdirSync(root);
  });
  expect(updates).toEqual([]);
  expect(seen.some((name) => name.startsWith('.dist-previous-'))).toBe(true);
  expect(readdirSync(root).sort()).toEqual(['dist', 'node_modules']);
  expect(readdirSync(dist)).toEqual(['new']);
  expect(JSON.parse(readFileSync(join(root, 'node_modules/.astro/upkeep-out-dir.json'), 'utf8')).outDir).toBe(`${dist}/`);
  expect(messages.filter((m) => m.startsWith('warn'))).toEqual([]);
});

it('keeps the folder of a finished build for the next one, and deletes what the next one did not make', async () => {
  const { root, dist } = project(0);
  await build(root, () => {
    for (const name of ['skipped', 'rendered', 'gone', 'old-bundle']) page(dist, name, `first ${name}`);
  });
  let during: string[] = [];
  const skipped = join(dist, 'skipped/index.html');
  const { updates, outDir } = await build(
    root,
    () => {
      during = readdirSync(dist).sort();
      page(dist, 'rendered', 'second rendered'); // a page Astro rendered again
      page(dist, 'new-bundle', 'second'); // a file no route lists (a bundle, a copy of public/)
    },
    { outputs: () => [skipped, join(dist, 'rendered/index.html')] },
  );
  // Astro is told not to empty it, and every file is there while the build runs.
  expect(updates).toEqual([keptConfig]);
  expect(during).toEqual(['gone', 'old-bundle', 'rendered', 'skipped']);
  // Skipped (listed, untouched), rendered and new files stay; untouched files no route lists go, with their folders.
  expect(readdirSync(dist).sort()).toEqual(['new-bundle', 'rendered', 'skipped']);
  expect(readFileSync(skipped, 'utf8')).toBe('first skipped');
  expect(outDir.untouched(skipped)).toBe(true);
  expect(outDir.untouched(join(dist, 'rendered/index.html'))).toBe(false);
  expect(outDir.untouched(join(dist, 'new-bundle/index.html'))).toBe(false);
  expect(messages.at(-1)).toBe('info removed 2 file(s) of the last build that no route of this one made');
  expect(readdirSync(root).sort()).toEqual(['dist', 'node_modules']);
});

it('clears the folder after a build that did not finish', async () => {
  const { root, dist } = project(0);
  await build(root, () => page(dist, 'a', 'first'));
  await build(root, () => page(dist, 'half', 'crashed'), { crash: true });
  const { updates } = await build(root, () => expect(existsSync(dist)).toBe(false));
  expect(updates).toEqual([]);
});

it('clears a folder that is not as the finished build left it (restored from another cache, edited by hand)', async () => {
  const { root, dist } = project(0);
  await build(root, () => page(dist, 'a', 'first'));
  writeFileSync(join(dist, 'a/index.html'), 'edited');
  const { updates } = await build(root, () => {
    expect(existsSync(dist)).toBe(false);
    page(dist, 'b', 'second');
  });
  expect(updates).toEqual([]);
  // The search index is not part of it: pagefind writes it after the build, and the next build deletes it.
  page(dist, 'pagefind', 'index');
  const again = await build(root, () => expect(readdirSync(dist).sort()).toEqual(['b', 'pagefind']), { outputs: () => [join(dist, 'b/index.html')] });
  expect(again.updates).toEqual([keptConfig]);
  expect(readdirSync(dist)).toEqual(['b']);
});

it('clears the folder when the build is not incremental', async () => {
  const { root, dist } = project(0);
  await build(root, () => page(dist, 'a', 'first'));
  const { updates } = await build(root, () => expect(existsSync(dist)).toBe(false), { incremental: false });
  expect(updates).toEqual([]);
});

it('does nothing outside `astro build` (dev, preview, sync): the marker stays', async () => {
  const { root, dist } = project(0);
  await build(root, () => page(dist, 'a', 'first'));
  await build(root, () => undefined, { command: 'preview' });
  const { updates } = await build(root, () => expect(readdirSync(dist)).toEqual(['a']), { outputs: () => [join(dist, 'a/index.html')] });
  expect(updates).toEqual([keptConfig]);
});

it('leaves a dist/ that holds .git to Astro, which keeps .git', async () => {
  const { root, dist } = project();
  mkdirSync(join(dist, '.git'));
  expect(moveAside(dist, 1, 2)).toBeUndefined();
  await build(root, () => expect(existsSync(join(dist, '.git'))).toBe(true));
  expect(readdirSync(root)).toEqual(['dist']);
});

it('leaves the output alone when vite.build.emptyOutDir is false', async () => {
  const { root, dist } = project();
  await build(root, () => expect(readdirSync(dist)).toHaveLength(3), { vite: { build: { emptyOutDir: false } } });
  expect(readdirSync(dist)).toHaveLength(3);
  expect(readdirSync(root)).toEqual(['dist']);
});

it('deletes folders left aside by a build that did not finish', async () => {
  const { root, dist } = project();
  const crashed = moveAside(dist, 41, 1000)!;
  expect(crashed).toBe(join(root, '.dist-previous-41-1000'));
  expect(leftovers(dist)).toEqual([crashed]);
  await build(root, () => undefined);
  expect(readdirSync(root)).toEqual(['node_modules']);
});

it('does nothing on a first build, with no output folder yet', async () => {
  const { root, dist } = project(0);
  expect(moveAside(dist, 1, 2)).toBeUndefined();
  await build(root, () => mkdirSync(dist));
  expect(readdirSync(root).sort()).toEqual(['dist', 'node_modules']);
});

it('deletes whole trees in a worker thread', async () => {
  const { root, dist } = project(20);
  mkdirSync(join(dist, 'a', 'b', 'c'), { recursive: true });
  writeFileSync(join(dist, 'a', 'b', 'c', 'deep.json'), '{}');
  await expect(deleteInWorker([dist])).resolves.toEqual([dist]);
  expect(readdirSync(root)).toEqual([]);
});
