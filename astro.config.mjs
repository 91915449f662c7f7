// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { sweepOgImages } from './src/integrations/og-cache.ts';
import { checkOutputs } from './src/integrations/outputs.ts';
import { outDirBetweenBuilds } from './src/integrations/out-dir.ts';
import { searchText } from './src/integrations/search-text.ts';
import { publicPagesOnly } from './src/integrations/sitemap-filter.ts';
import { readAuthoredContent, validateContent } from './src/integrations/validate-content.ts';
import { siteUrlOf } from './src/validate/read-content.ts';

// The build's heap grows by half of what is live after each full collection, not by V8's own factor (up to 4×): a
// build makes garbage fast and keeps little, so V8 let its heap reach ~1 GB around ~0.5 GB live. At 200 clients the
// cold build's peak fell from 2.22–2.39 GB to 1.87–1.94 GB for ~3 % more time (docs/performance.md, issue 12). Not a
// NODE_OPTIONS flag (Node allows only a few V8 flags there), so it is set here, before the build allocates much:
// https://nodejs.org/api/v8.html#v8setflagsfromstringflags
setFlagsFromString('--heap-growing-percent=50');

// Authored content is read once here, without history (issue 12: nothing reads all history at config time); the
// same read is validated by the integration and keeps unlisted clients out of the sitemap. The public URL comes from
// content/agency.yaml (siteUrl); UPKEEP_SITE_URL overrides it for a deploy preview.
const content = readAuthoredContent();
// Only a valid URL: an invalid one would stop Astro with "[config] Invalid URL" before validation lists every problem.
const agencySiteUrl = siteUrlOf(content);

// React renders islands only, from src/islands/ (DESIGN.md). While there is none, the integration stays out: Astro
// bundles a renderer's client runtime (~220 kB of react-dom) whenever the renderer is registered, island or not, and
// ships it in dist/_astro/ for nobody to load (withastro/astro#4919, #13378). The first island brings it back.
// The zone switch (src/islands/ZoneSwitch.tsx) mounts itself from its own bundle, loaded on the visitor's request
// (src/components/ZoneSwitchButton.astro), so it needs no renderer: the integration comes in only once a component
// hydrates an island with a client: directive.
/** @type {(dir: string) => string[]} */
const astroFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? astroFiles(`${dir}/${e.name}`) : e.name.endsWith('.astro') ? [`${dir}/${e.name}`] : []));
const hasIslands =
  existsSync(new URL('./src/islands/', import.meta.url)) &&
  astroFiles('src').some((f) => /\sclient:(load|idle|visible|media|only)\b/.test(readFileSync(f, 'utf8')));

// The last build's output is kept for the next (incremental) one and pruned, or cleared in the background: the first
// integration decides and prunes, the last marks the build finished (src/integrations/out-dir.ts).
const outDir = outDirBetweenBuilds();

export default defineConfig({
  site: process.env.UPKEEP_SITE_URL ?? agencySiteUrl,
  trailingSlash: 'always',
  // Several pages in flight at once: they wait on file writes and on OG images still rendering in the worker threads
  // (src/data/og-render.ts starts those from getStaticPaths). One at a time was slower: 90 s against 81 s cold at 200
  // clients, with no less memory (docs/performance.md, issue 12).
  // No inline style: the Content-Security-Policy allows styles from files only (src/lib/hosting/security-headers.ts).
  build: { concurrency: 4, inlineStylesheets: 'never' },
  // A scheduled build copies the pages a tick cannot change (postmortems, OG images) from the last build instead of
  // rendering them again; each such route returns a cacheKey (src/data/page-keys.ts, issue 12).
  // https://docs.astro.build/en/reference/experimental-flags/incremental-build/
  experimental: { incrementalBuild: true },
  integrations: [validateContent(content), outDir.first, mdx(), ...(hasIslands ? [react()] : []), sitemap({ filter: publicPagesOnly(content) }), checkOutputs(content), searchText(outDir.untouched), sweepOgImages(), outDir.last],
  vite: {
    build: {
      // No inline script either: Astro inlines small scripts (plugin-scripts, below assetsInlineLimit); as files they
      // need no hash in the policy. Other assets keep Vite's default (undefined falls back to 4 kB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro 7 emits one MODULE_LEVEL_DIRECTIVE warning per MDX file; it says nothing about the site.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
