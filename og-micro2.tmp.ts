import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { deflateSync, constants } from 'node:zlib';
import satori from 'satori';
import { ogElement } from './src/lib/og/card.ts';
const fonts = [400, 700].map((w) => ({ name: 'Inter', data: readFileSync(`node_modules/@fontsource/inter/files/inter-latin-${w}-normal.woff`), weight: w as 400 | 700, style: 'normal' as const }));
const el = ogElement({ eyebrow: `Client 7`, title: `Incident number 7: checkout slow for some customers`, detail: `Resolved · P2 · 7 min`, status: 'partial_outage', footer: 'status.example.com' });
const svg = await satori(el as never, { width: 1200, height: 630, fonts });
const img = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
const W = img.width, H = img.height, px = img.pixels;
function raw(channels: 3 | 4) {
  const row = W * channels + 1; const out = Buffer.alloc(row * H);
  for (let y = 0; y < H; y++) { out[y * row] = 0; let o = y * row + 1, i = y * W * 4;
    if (channels === 4) { px.copy(out, o, i, i + W * 4); } else for (let x = 0; x < W; x++, i += 4) { out[o++] = px[i]!; out[o++] = px[i + 1]!; out[o++] = px[i + 2]!; } }
  return out;
}
for (const ch of [4, 3] as const) for (const level of [1, 3, 6] as const) for (const strategy of [constants.Z_DEFAULT_STRATEGY, constants.Z_RLE]) {
  const N = 30; let t = performance.now(); let len = 0;
  for (let k = 0; k < N; k++) len = deflateSync(raw(ch), { level, strategy }).length;
  console.log(`ch ${ch} level ${level} strat ${strategy}: ${((performance.now() - t) / N).toFixed(1)} ms, ${(len / 1024).toFixed(1)} KB`);
}
let t = performance.now(); for (let k = 0; k < 30; k++) img.asPng(); console.log(`asPng ${((performance.now() - t) / 30).toFixed(1)} ms, ${(img.asPng().length / 1024).toFixed(1)} KB`);
