import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { clearOutDirInBackground, deleteInWorker, leftovers, moveAside } from './clear-out-dir.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder with a dist/ of `files` pages, each in its own folder as Astro writes them. */
function project(files = 3): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-clear-'));
  roots.push(root);
  const dist = join(root, 'dist');
  for (let i = 0; i < files; i++) {
    mkdirSync(join(dist, `page-${i}`), { recursive: true });
    writeFileSync(join(dist, `page-${i}`, 'index.html'), '<html></html>');
  }
  return { root, dist };
}

const warnings: string[] = [];
const logger = { warn: (message: string) => warnings.push(message) };

/** Runs the integration's hooks around `during` as an Astro build would. */
async function build(dist: string, during: () => void, vite: object = {}) {
  const hooks = clearOutDirInBackground().hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${dist}/`), vite } });
  await hooks['astro:build:start']!({ logger });
  during();
  await hooks['astro:build:done']!({ logger });
}

it('moves the old output aside at build start and has deleted it when the build is done', async () => {
  const { root, dist } = project(50);
  let seen: string[] = [];
  await build(dist, () => {
    // Astro's own emptying now finds no folder, and the new build writes into an empty one.
    expect(existsSync(dist)).toBe(false);
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'new');
    seen = readdirSync(root);
  });
  expect(seen.some((name) => name.startsWith('.dist-previous-'))).toBe(true);
  expect(readdirSync(root)).toEqual(['dist']);
  expect(readdirSync(dist)).toEqual(['index.html']);
  expect(warnings).toEqual([]);
});

it('leaves a dist/ that holds .git to Astro, which keeps .git', async () => {
  const { root, dist } = project();
  mkdirSync(join(dist, '.git'));
  expect(moveAside(dist, 1, 2)).toBeUndefined();
  await build(dist, () => expect(existsSync(join(dist, '.git'))).toBe(true));
  expect(readdirSync(root)).toEqual(['dist']);
});

it('leaves the output alone when vite.build.emptyOutDir is false', async () => {
  const { dist } = project();
  await build(dist, () => expect(readdirSync(dist)).toHaveLength(3), { build: { emptyOutDir: false } });
  expect(readdirSync(dist)).toHaveLength(3);
});

it('deletes folders left aside by a build that did not finish', async () => {
  const { root, dist } = project();
  const crashed = moveAside(dist, 41, 1000)!;
  expect(crashed).toBe(join(root, '.dist-previous-41-1000'));
  expect(leftovers(dist)).toEqual([crashed]);
  await build(dist, () => undefined);
  expect(readdirSync(root)).toEqual([]);
});

it('does nothing on a first build, with no output folder yet', async () => {
  const { root, dist } = project(0);
  expect(moveAside(dist, 1, 2)).toBeUndefined();
  await build(dist, () => mkdirSync(dist));
  expect(readdirSync(root)).toEqual(['dist']);
});

it('deletes whole trees in a worker thread', async () => {
  const { root, dist } = project(20);
  mkdirSync(join(dist, 'a', 'b', 'c'), { recursive: true });
  writeFileSync(join(dist, 'a', 'b', 'c', 'deep.json'), '{}');
  await expect(deleteInWorker([dist])).resolves.toEqual([dist]);
  expect(readdirSync(root)).toEqual([]);
});
