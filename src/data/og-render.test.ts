import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { afterAll, describe, expect, it } from 'vitest';
import { rgb } from '../lib/og/canvas.ts';
import { ogElement, OG_STATUS_COLOR, type OgCard } from '../lib/og/card.ts';
import { OG_SIZE } from '../lib/outputs/paths.ts';
import { FONTS, ogHash, ogPng, prefetchOgPng, renderOgCards, renderOgPng, type OgStats } from './og-render.ts';

const dir = mkdtempSync(join(tmpdir(), 'upkeep-og-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (title: string, over: Partial<OgCard> = {}): OgCard => ({ eyebrow: 'Corbel & Finch', title, detail: 'All Systems Operational', status: 'operational', footer: 'status.example', ...over });

/** Width and height from a PNG's IHDR chunk (https://www.w3.org/TR/png/#11IHDR), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png);
  expect(view.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(view.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

it('renders a 1200 × 630 PNG', async () => {
  expect(pngSize(await ogPng(card('Acme: status'), dir, { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 }))).toEqual(OG_SIZE);
});

it('renders an unchanged card once, and again when what it shows changes', async () => {
  const cards = [card('One'), card('Two')];
  expect(await renderOgCards(cards, dir)).toMatchObject({ rendered: 2, cached: 0 });
  expect(await renderOgCards(cards, dir)).toMatchObject({ rendered: 0, cached: 2 });
  expect(await renderOgCards([card('One', { status: 'major_outage', detail: 'Major Service Outage' })], dir)).toMatchObject({ rendered: 1, cached: 0 });
  expect(readdirSync(dir)).toContain(`${ogHash(card('One'))}.png`);
});

it('renders a prefetched card once: a request meanwhile waits for it, and a cached card is not prefetched again', async () => {
  const tally = (): OgStats => ({ rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 });
  const prefetched = tally();
  prefetchOgPng(card('Early'), dir, prefetched);
  prefetchOgPng(card('Early'), dir, prefetched);
  const asked = tally();
  expect(pngSize(await ogPng(card('Early'), dir, asked))).toEqual(OG_SIZE);
  expect(prefetched).toMatchObject({ rendered: 1, cached: 0 });
  expect(asked).toMatchObject({ rendered: 0, cached: 0 });
  expect(readdirSync(dir)).toContain(`${ogHash(card('Early'))}.png`);
  prefetchOgPng(card('Early'), dir, prefetched);
  expect(await ogPng(card('Early'), dir, asked)).toBeInstanceOf(Uint8Array);
  expect(prefetched.rendered).toBe(1);
  // Read back from the file, but not counted as a hit of the cache: this process rendered it.
  expect(asked).toMatchObject({ rendered: 0, cached: 0 });
});

it('keys the cache by everything the card shows', () => {
  expect(ogHash(card('One'))).toBe(ogHash(card('One')));
  expect(ogHash(card('One'))).not.toBe(ogHash(card('One', { footer: 'other.example' })));
});

/** The RGB pixels of a PNG this encoder wrote (one IDAT, colour type 2, filter type 0 on every row). */
function rgbPixels(png: Uint8Array): Uint8Array {
  const view = Buffer.from(png);
  const { width, height } = pngSize(png);
  expect(view[25], 'colour type').toBe(2);
  expect(view.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(view.subarray(41, 41 + view.readUInt32BE(33)));
  const stride = width * 3;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)], 'filter type').toBe(0);
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return pixels;
}

const require = createRequire(import.meta.url);
const fonts = FONTS.map(({ file, weight }) => ({ name: 'Inter', data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)), weight, style: 'normal' as const }));

/** The card as satori lays out and resvg draws the whole of it at once: what the line-by-line drawing must look like. */
async function reference(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(ogElement(card) as Parameters<typeof satori>[0], { ...OG_SIZE, fonts });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

/** How many pixels of a card drawn line by line differ from the whole card drawn at once, and by how much at worst. */
async function difference(shown: OgCard): Promise<{ pixels: number; worst: number }> {
  const [drawn, expected] = [rgbPixels(await renderOgPng(shown)), await reference(shown)];
  let pixels = 0;
  let worst = 0;
  for (let p = 0, q = 0; p < drawn.length; p += 3, q += 4) {
    const d = Math.max(Math.abs(drawn[p]! - expected[q]!), Math.abs(drawn[p + 1]! - expected[q + 1]!), Math.abs(drawn[p + 2]! - expected[q + 2]!));
    if (d > 0) pixels++;
    worst = Math.max(worst, d);
  }
  return { pixels, worst };
}

describe('a card drawn line by line is the whole card drawn at once, pixel for pixel', () => {
  it.each([
    ['a status page', card('Marlow Outdoor: status', { status: 'partial_outage', detail: 'Partial System Outage' })],
    [
      'a two-line title with descenders',
      card('Payments gateway rejected typing, shopping and everything in July', { eyebrow: 'Brightwater Veterinary Group · incident', detail: 'Resolved · P1 · 4 h 27 min' }),
    ],
    ['no status: no dot, the brand colour', card('Service standards', { status: undefined, detail: 'Standards, status pages, postmortems and reports' })],
    [
      'lines that are cut short',
      card(`${'x'.repeat(40)} Überprüfung der Zahlungsdienste schlug fehl, während die Suche neu aufgebaut wurde`, {
        detail: 'Uptime target missed (99.95%) · 12 incidents '.repeat(3),
        status: 'major_outage',
      }),
    ],
  ])('%s', async (_name, shown) => {
    expect(await difference(shown)).toEqual({ pixels: 0, worst: 0 });
  });
  it('for any words that fit on the card', async () => {
    const words = fc.array(fc.constantFrom('Checkout', 'gjpqy', 'Überprüfung', '502', 'DNS', 'ÇĞŞ', 'a', 'misconfiguration', '·', 'WWWW'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const status = fc.constantFrom(undefined, 'operational', 'major_outage', 'under_maintenance', 'no_data' as const);
    await fc.assert(
      fc.asyncProperty(words, words, words, status, async (eyebrow, title, detail, status) => {
        expect(await difference(card(title, { eyebrow, detail, status }))).toEqual({ pixels: 0, worst: 0 });
      }),
      { numRuns: 12 },
    );
  });
  it('lines too tall for the card run past its bottom, each keeping its ink where they meet', async () => {
    // Five lines of title: the detail line's Ü reaches into the title's last descenders.
    const tall = card('WWWWWWWWWWWW Checkout WWWWWWWWWWWW Checkout Checkout Überprüfung', { eyebrow: 'Checkout', detail: 'Überprüfung', status: undefined });
    expect(await difference(tall)).toEqual({ pixels: 0, worst: 0 });
  });
});

it('draws opaque cards as RGB, so the PNG holds the pixels as drawn', async () => {
  const png = await ogPng(card('Opaque?', { status: 'major_outage', detail: 'Major Service Outage' }), dir);
  const pixels = rgbPixels(png);
  expect(pixels.length).toBe(OG_SIZE.width * OG_SIZE.height * 3);
  // The accent bar on top is the status colour; the rest of the top-left corner is the paper.
  expect([...pixels.subarray(0, 3)]).toEqual(rgb(OG_STATUS_COLOR.major_outage));
  expect([...pixels.subarray(30 * OG_SIZE.width * 3, 30 * OG_SIZE.width * 3 + 3)]).toEqual([255, 255, 255]);
});
