import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ogCacheDir } from '../config/env.ts';
import { ogDrawing, OG_TEMPLATE_VERSION, type OgCard } from '../lib/og/card.ts';
import { OG_SIZE } from '../lib/outputs/paths.ts';
import { usedOgImages } from './og-cache.ts';
import { createOgPool } from './og-pool.ts';

/**
 * Open Graph images (1200 × 630 PNG) rendered with satori and resvg, cached by a hash of everything they show (the
 * card, the template version, the fonts) in a folder outside dist/ (UPKEEP_OG_CACHE, else
 * node_modules/.cache/upkeep-og), so a build renders only the images whose content changed. Rendering runs in worker
 * threads (og-pool.ts, og-render-worker.ts), so a build's images use every core (issue 12). No astro:* import: the
 * bench (`npm run bench`) can call renderOgCards from plain Node to measure a cold and a cached run.
 */

/** The fonts of the cards (@fontsource/inter's files). */
export const FONTS = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

/** satori and resvg in worker threads, started on the first image. */
const pool = createOgPool({ fontFiles: FONTS, ...OG_SIZE });

/** What one process did with its images. */
export interface OgStats {
  rendered: number;
  renderMs: number;
  cached: number;
  cachedMs: number;
}

/**
 * Wall time during which at least one image was in flight: a build has several at once (build.concurrency in
 * astro.config.mjs), so this is what its images cost it, not the sum of overlapping waits.
 */
function wallClock() {
  let inFlight = 0;
  let since = 0;
  let ms = 0;
  return {
    start: () => {
      if (inFlight++ === 0) since = performance.now();
    },
    end: () => {
      if (--inFlight === 0) ms += performance.now() - since;
    },
    get ms() {
      return ms;
    },
  };
}

/** The build's own tally, printed once when its process ends (`exit`: Astro's CLI ends with process.exit). */
const buildStats: OgStats = { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 };
const buildWall = { render: wallClock(), cached: wallClock() };
process.once('exit', () => {
  if (buildStats.rendered + buildStats.cached === 0) return;
  console.log(
    `[upkeep:og] ${buildStats.rendered} rendered in ${Math.round(buildWall.render.ms)} ms, ${buildStats.cached} from cache in ${Math.round(buildWall.cached.ms)} ms (wall time with any in flight; ${ogCacheDir()})`,
  );
});

/** The cache key: the card, the template's version and the fonts' names. */
export function ogHash(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify({ v: OG_TEMPLATE_VERSION, fonts: FONTS, card })).digest('hex').slice(0, 32);
}

/** Where the cache keeps the image of a card whose hash (ogHash) is `hash`. */
const cacheFile = (hash: string, cacheDir: string) => join(cacheDir, `${hash}.png`);

/**
 * The incremental build's key of an OG image route (astro.config.mjs): the card's hash, since the image is a pure
 * function of its card. An image Astro copies from its last build is never asked for, so it is marked as used here,
 * and the cache sweep (./og-cache.ts) keeps its file for when Astro's own cache is gone.
 */
export function ogCacheKey(card: OgCard, cacheDir = ogCacheDir()): string {
  const hash = ogHash(card);
  usedOgImages().add(cacheFile(hash, cacheDir));
  return hash;
}

/** Renders a card to PNG, never from the cache. */
export function renderOgPng(card: OgCard): Promise<Uint8Array> {
  return pool.render(ogDrawing(card));
}

/** Cache folders made by this process: once each, not once per image (a mkdir per image showed in CPU profiles). */
const madeDirs = new Map<string, Promise<unknown>>();
/** Temporary file names of this process: several images are in flight at once. */
let written = 0;
/** Images being rendered now, by cache file: whoever asks for one meanwhile waits for it instead of rendering it again. */
const inFlight = new Map<string, Promise<Uint8Array>>();
/** Files prefetched by this process: reading one back is not a cache hit (the tally counts it as rendered). */
const prefetched = new Set<string>();

/**
 * The PNG of a card: from the cache when an identical card was rendered before, else rendered and cached.
 *
 * @param cacheDir the cache folder (default: ogCacheDir()); @param stats a tally to add to (default: the build's).
 */
export async function ogPng(card: OgCard, cacheDir = ogCacheDir(), stats: OgStats = buildStats): Promise<Uint8Array> {
  const started = performance.now();
  const file = cacheFile(ogHash(card), cacheDir);
  usedOgImages().add(file);
  const pending = inFlight.get(file);
  if (pending) return pending;
  const hit = !prefetched.has(file);
  if (hit) buildWall.cached.start();
  try {
    const png = await readFile(file);
    if (hit) {
      stats.cached++;
      stats.cachedMs += performance.now() - started;
    }
    return new Uint8Array(png);
  } catch {
    // Not cached yet.
  } finally {
    if (hit) buildWall.cached.end();
  }
  return renderToCache(card, file, cacheDir, stats);
}

/**
 * Starts rendering a card the build will ask for, unless it is cached, and returns at once: Astro asks for every
 * route's paths before it renders any page, and renders the image routes last, so images started from
 * getStaticPaths (./og.ts `keyedByCard`) render in the worker threads while the main thread renders the HTML pages,
 * instead of after them with the main thread waiting (issue 12). The PNG is kept only in the cache folder; a failure
 * is left for the route that asks for the image to report.
 */
export function prefetchOgPng(card: OgCard, cacheDir = ogCacheDir(), stats: OgStats = buildStats): void {
  const file = cacheFile(ogHash(card), cacheDir);
  if (inFlight.has(file) || existsSync(file)) return;
  prefetched.add(file);
  renderToCache(card, file, cacheDir, stats).catch(() => undefined);
}

/** Renders a card and writes it to the cache, registered in `inFlight` until it is written. */
function renderToCache(card: OgCard, file: string, cacheDir: string, stats: OgStats): Promise<Uint8Array> {
  const started = performance.now();
  buildWall.render.start();
  const job = (async () => {
    try {
      const png = await renderOgPng(card);
      let made = madeDirs.get(cacheDir);
      if (!made) madeDirs.set(cacheDir, (made = mkdir(cacheDir, { recursive: true })));
      await made;
      // Written aside and renamed: another build running at the same time never reads half a file.
      const partial = `${file}.${process.pid}-${++written}.tmp`;
      await writeFile(partial, png);
      await rename(partial, file);
      stats.rendered++;
      stats.renderMs += performance.now() - started;
      return png;
    } finally {
      inFlight.delete(file);
      buildWall.render.end();
    }
  })();
  inFlight.set(file, job);
  return job;
}

/**
 * For the bench: the cards' PNGs through the cache at `cacheDir`, with what was rendered and what was read back and
 * how long each took. Run it on an empty folder for the cold cost, and again for the cached cost.
 *
 * @example
 * await renderOgCards(cards, '/tmp/og-bench') // → { rendered: 100, renderMs: 2100, cached: 0, cachedMs: 0 }
 * await renderOgCards(cards, '/tmp/og-bench') // → { rendered: 0, renderMs: 0, cached: 100, cachedMs: 9 }
 */
export async function renderOgCards(cards: readonly OgCard[], cacheDir: string): Promise<OgStats> {
  const stats: OgStats = { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 };
  for (const card of cards) await ogPng(card, cacheDir, stats);
  return stats;
}

/** A PNG response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
