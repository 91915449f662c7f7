import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { ogCacheDir } from '../config/env.ts';
import { ogElement, OG_TEMPLATE_VERSION, type OgCard } from '../lib/og/card.ts';
import { OG_SIZE } from '../lib/outputs/paths.ts';

/**
 * Open Graph images (1200 × 630 PNG) rendered with satori and resvg, cached by a hash of everything they show (the
 * card, the template version, the fonts) in a folder outside dist/ (UPKEEP_OG_CACHE, else
 * node_modules/.cache/upkeep-og), so a build renders only the images whose content changed. No astro:* import: the
 * bench (`npm run bench`) calls renderOgCards from plain Node to measure a cold and a cached run.
 */

const require = createRequire(import.meta.url);
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({ name: 'Inter', data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)), weight, style: 'normal' as const })),
  ));

/** What one process did with its images. */
export interface OgStats {
  rendered: number;
  renderMs: number;
  cached: number;
  cachedMs: number;
}

/** The build's own tally, printed once at its end. */
const buildStats: OgStats = { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 };
// On 'exit', not 'beforeExit': astro build ends with process.exit, which skips beforeExit.
process.once('exit', () => {
  if (buildStats.rendered + buildStats.cached === 0) return;
  console.log(`[upkeep:og] ${buildStats.rendered} rendered in ${Math.round(buildStats.renderMs)} ms, ${buildStats.cached} from cache in ${Math.round(buildStats.cachedMs)} ms (${ogCacheDir()})`);
});

/** The cache key: the card, the template's version and the fonts' names. */
export function ogHash(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify({ v: OG_TEMPLATE_VERSION, fonts: FONT_FILES, card })).digest('hex').slice(0, 32);
}

/** Renders a card to PNG, never from the cache. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(ogElement(card) as Parameters<typeof satori>[0], { ...OG_SIZE, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng());
}

/**
 * The PNG of a card: from the cache when an identical card was rendered before, else rendered and cached.
 *
 * @param cacheDir the cache folder (default: ogCacheDir()); @param stats a tally to add to (default: the build's).
 */
export async function ogPng(card: OgCard, cacheDir = ogCacheDir(), stats: OgStats = buildStats): Promise<Uint8Array> {
  const started = performance.now();
  const file = join(cacheDir, `${ogHash(card)}.png`);
  try {
    const png = await readFile(file);
    stats.cached++;
    stats.cachedMs += performance.now() - started;
    return new Uint8Array(png);
  } catch {
    // Not cached yet.
  }
  const png = await renderOgPng(card);
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed: another build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  stats.rendered++;
  stats.renderMs += performance.now() - started;
  return png;
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
