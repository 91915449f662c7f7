/**
 * Temporary projects the builds run in, so a bench never touches the working tree's dist/, .astro/ or
 * node_modules/.astro/ (other people build in /work/main at the same time, and a shared content cache would make
 * the builds warm and let synthetic content leak into someone else's build):
 *
 * - upkeepProject: a copy of the working tree's site sources (src/, public/, configs, scripts/pull.ts) with its own
 *   node_modules of symlinks, its own content/ and an astro.bench.config.mjs that only moves Astro's and Vite's caches
 *   into the temp project;
 * - bareProject: the smallest Astro + MDX site that renders the same MDX files as pages (the floor Upkeep's build
 *   is held against: issue 12's budget, docs/performance.md).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Files of the working tree an Upkeep build (and the pull) reads besides content/. */
export const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts/pull.ts'];

/** What the synthetic agency takes from the demo content. */
const DEMO_FILES = ['content/agency.yaml', 'content/standards', 'content/brand'];

export const BENCH_CONFIG = 'astro.bench.config.mjs';

/**
 * node_modules for a temp project: a real folder with one symlink per installed package of the working tree. So
 * packages resolve exactly as in the working tree, but anything a build writes into node_modules (Astro's and Vite's
 * default caches, node_modules/.cache) lands in the temp project, never in the shared working tree.
 */
export function linkNodeModules(repo: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(repo, 'node_modules', name), join(target, name), 'dir');
  }
}

/** What a cold build must not find: the output, Astro's and Vite's caches, and anything else a build left in the project. */
export function resetProject(dir: string, keep: readonly string[]): void {
  const kept = new Set(['content', 'node_modules', 'scripts', BENCH_CONFIG, ...SITE_FILES.map((f) => f.split('/')[0]!), ...keep]);
  for (const name of readdirSync(dir)) if (!kept.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  for (const name of readdirSync(join(dir, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') rmSync(join(dir, 'node_modules', name), { recursive: true, force: true });
  }
}

/**
 * The site's sources, once per bench run, into `dir`: from a commit (`git archive`, so other people's unfinished edits
 * in a shared working tree never reach a build) or, with `rev` undefined, from the working tree as it is now. Every
 * project of the run is then copied from this snapshot, so all its builds build the same code.
 */
export function snapshotSite(repo: string, dir: string, rev: string | undefined): void {
  mkdirSync(dir, { recursive: true });
  // The synthetic agency borrows the demo's agency.yaml and standards pages: from the same commit as the code.
  const files = [...SITE_FILES, ...DEMO_FILES];
  if (rev === undefined) {
    for (const f of files) {
      if (!existsSync(join(repo, f))) continue;
      // Unit tests and their snapshots are not read by the build: leave them out.
      cpSync(join(repo, f), join(dir, f), { recursive: true, filter: (src) => !/\.test\.tsx?$/.test(src) });
    }
    return;
  }
  const git = (args: string[], input?: Buffer) => execFileSync('git', args, { cwd: repo, maxBuffer: 1 << 30, ...(input ? { input } : {}) });
  const present = git(['ls-tree', '--name-only', rev, '--', ...files]).toString().split('\n').filter(Boolean);
  const tar = git(['archive', '--format=tar', rev, '--', ...present]);
  execFileSync('tar', ['-x', '-C', dir], { input: tar, maxBuffer: 1 << 30 });
  for (const f of unitTests(dir)) rmSync(f);
}

/** Unit test files under `dir` (not read by the build). */
function unitTests(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.test\.tsx?$/.test(f)).map((f) => join(dir, f));
}

/** Copies the site from `site` (a snapshotSite folder) into `dir` (content comes separately), with its own cache. */
export function upkeepProject(repo: string, dir: string, site: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of SITE_FILES) if (existsSync(join(site, f))) cpSync(join(site, f), join(dir, f), { recursive: true });
  linkNodeModules(repo, dir);
  writeFileSync(
    join(dir, BENCH_CONFIG),
    `// Written by npm run bench: the project's config, with Astro's and Vite's caches kept inside this temp project\n` +
      `// (node_modules is a symlink to the working tree's, where Vite would otherwise write node_modules/.vite).\n` +
      `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: './.bench-cache/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };\n`,
  );
}

/** Every .mdx file under `dir`, relative to it. */
export function mdxFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return mdxFiles(p, base);
    return name.endsWith('.mdx') ? [relative(base, p)] : [];
  });
}

/**
 * An MDX file as the bare site can render it. Two of the agency's standards pages import Upkeep's components and
 * functions (a worked example computed from the data layer, formatted figures): without Upkeep they cannot resolve,
 * so their imports, component tags and `{expressions}` are dropped; every other file is copied unchanged.
 */
export function withoutSiteImports(text: string): string {
  if (!/^import .*$/m.test(text)) return text;
  return text
    .replace(/^import .*\n/gm, '')
    .replace(/^<[A-Z][\w.]*\b[^>]*\/>[ \t]*$/gm, '')
    .replace(/\{[^{}\n]*\}/g, '…');
}

/** Names of the JSX components an MDX body uses (`<Targets />`, `<SupportHours part="day" />`), code spans aside. */
export function mdxComponentNames(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!);
}

/**
 * A bare Astro 7 + MDX project in `dir` rendering every .mdx under `contentDir` (same paths, same frontmatter, same
 * bodies) as one page each through a content collection, in a minimal layout, plus an index linking them all.
 */
export function bareProject(repo: string, dir: string, contentDir: string): number {
  mkdirSync(join(dir, 'src', 'pages', 'more'), { recursive: true });
  linkNodeModules(repo, dir);
  const files = mdxFiles(contentDir);
  for (const f of files) {
    mkdirSync(dirname(join(dir, 'content', f)), { recursive: true });
    writeFileSync(join(dir, 'content', f), withoutSiteImports(readFileSync(join(contentDir, f), 'utf8')));
  }
  // Standards pages use MDX components Upkeep provides (targets, hours, contacts from agency.yaml): the bare site
  // passes a one-line stand-in for each, so it renders the same MDX without Upkeep's data layer.
  const componentNames = [...new Set(files.flatMap((f) => mdxComponentNames(readFileSync(join(dir, 'content', f), 'utf8'))))].sort();
  writeFileSync(join(dir, 'src', 'components.json'), JSON.stringify(componentNames));
  writeFileSync(join(dir, 'src', 'Stub.astro'), '<span class="stub"><slot /></span>\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  root: ${JSON.stringify(dir)},
  cacheDir: './.bench-cache/',
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: { cacheDir: './.bench-cache/vite/', build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: 'content' }), schema: z.looseObject({ title: z.string() }) }),
};
`,
  );
  const layout = (title: string, body: string) =>
    `<html lang="en"><head><meta charset="utf-8" /><title>{${title}}</title></head><body><main>${body}</main></body></html>`;
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Stub from '../Stub.astro';
import names from '../components.json';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const components = Object.fromEntries(names.map((name) => [name, Stub]));
---
${layout('entry.data.title', '<h1>{entry.data.title}</h1><Content components={components} />')}
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    `---
import { getCollection } from 'astro:content';
const entries = await getCollection('pages');
---
${layout("'Index'", '<ul>{entries.map((e) => <li><a href={`/${e.id}/`}>{e.data.title}</a></li>)}</ul>')}
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'more', '[n].astro'),
    `---
import fill from '../../fill.json';
// Pages beyond the MDX ones, so the bare site builds as many pages as Upkeep does (setBarePages).
export function getStaticPaths() {
  return Array.from({ length: fill.pages }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
${layout("'Page ' + n", '<h1>Page {n}</h1><p>One of the pages that make the bare site as many pages as Upkeep\'s.</p>')}
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'more', '[n].json.ts'),
    `import fill from '../../fill.json';
// Endpoint files beside the pages, so the bare site writes as many JSON, feed, badge and image files as Upkeep does.
export function getStaticPaths() {
  return Array.from({ length: fill.endpoints }, (_, i) => ({ params: { n: String(i + 1) } }));
}
export function GET({ params }: { params: { n: string } }) {
  return new Response(JSON.stringify({ n: Number(params.n), text: 'One of the files that make the bare site write as many as Upkeep.' }));
}
`,
  );
  setBarePages(dir, files.length + 1, 0);
  return files.length;
}

/**
 * Makes the bare project build `pages` HTML pages in all (its MDX pages and index, plus plain pages up to `pages`)
 * and `endpoints` endpoint files, so it is the floor for the same outputs as Upkeep's build: its HTML pages, and its
 * JSON, feeds, calendars, badges and images (countOutputs).
 */
export function setBarePages(dir: string, pages: number, endpoints: number): void {
  const mdxPages = mdxFiles(join(dir, 'content')).length + 1;
  writeFileSync(join(dir, 'src', 'fill.json'), JSON.stringify({ pages: Math.max(0, pages - mdxPages), endpoints }));
}
