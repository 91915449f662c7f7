import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import type { OgCard } from '../lib/og/card.ts';
import { OG_SIZE } from '../lib/outputs/paths.ts';
import { ogHash, ogPng, prefetchOgPng, renderOgCards, type OgStats } from './og-render.ts';

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

it('draws opaque cards, so the PNG holds the pixels as drawn (src/lib/og/png.ts takes resvg’s premultiplied RGBA)', async () => {
  const png = Buffer.from(await ogPng(card('Opaque?', { status: 'major_outage', detail: 'Major Service Outage' }), dir));
  const { width, height } = pngSize(png);
  // The single IDAT chunk after the 33 bytes of signature and IHDR (the encoder writes one).
  expect(png.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)));
  let translucent = 0;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (raw[y * (width * 4 + 1) + 1 + x * 4 + 3] !== 255) translucent++;
  expect(translucent).toBe(0);
});
