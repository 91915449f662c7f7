/**
 * A worker thread of src/data/og-pool.ts: renders OG cards off the build's main thread, so a build uses more than one
 * core for its images (issue 12: a few thousand images at agency size). A card is drawn line by line: each line of
 * its drawing (src/lib/og/card.ts `ogDrawing`) goes through satori (element → SVG) and resvg (SVG → pixels) on its
 * own and is compressed on its own; the lines are placed as satori lays out the whole card (src/lib/og/layout.ts),
 * and the PNG's compressed rows are joined from the bar's, the lines' and the paper's between (zlib-join.ts). The
 * lines drawn last are kept, so what many cards share (a client's name, a month, a report's verdict, the footer) is
 * drawn and compressed once. A card whose lines run into each other is drawn on a canvas instead (canvas.ts) and
 * compressed whole. The pixels are those of satori and resvg drawing the whole card at once (og-render.test.ts).
 * Fonts are read once per worker. Plain TypeScript that Node runs as it is (type stripping), outside Vite's bundle:
 * it is started from its path by og-pool.ts.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import satori from 'satori';
import { clearCanvas, createCanvas, drawStrip, fillRows, stripFromRgba, type RgbCanvas } from '../lib/og/canvas.ts';
import { OG_BAR_HEIGHT, OG_PADDING, OG_PAPER, OG_STRIP_BLEED, ogStrip, type Element, type OgDrawing } from '../lib/og/card.ts';
import { rowRuns, spreadGroups } from '../lib/og/layout.ts';
import { pngFromScanlines, pngFromZlib } from '../lib/og/png.ts';
import { deflatePart, joinParts, type DeflatedPart } from '../lib/og/zlib-join.ts';

// resvg's render trees and 1200×630 pixmaps live in native memory that V8 does not see, and napi-rs frees them in
// finalizers that V8 runs only after a collection and a turn of the event loop: a worker rendering image after image
// never gives it one, and kept ~3.3 MB per image (a cold build at 200 clients peaked at 4.9 GB). So the worker takes
// one job at a time and, once a quarter of a card's worth of memory (COLLECT_AFTER) has been left to collect since
// the last collection (resvg's pixmaps and the buffers a PNG is assembled in, which V8 counts only loosely), asks
// for a minor one (the objects wrapping them are young and already dead, so a scavenge finds them cheaply) and
// yields; a full collection every FULL_GC_EVERY collections, and once the queue has been empty for a while, catches
// what got promoted. A card whose lines were all kept (drawLine) leaves ~130 KB, so a collection and a turn
// (~2.7 ms) come every ~6 such cards instead of after each. A collection after every image against a full one every 8: 1,600 images through two
// workers peaked at ~335 MB instead of ~540 MB, with ~7 % less CPU (docs/performance.md; the leak as reported:
// https://github.com/thx/resvg-js/issues/216). The flag trick: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
// (a gc exposed to a new context; `{ type: 'minor' }` is V8's option of that function).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const FULL_GC_EVERY = 32;
let collections = 0;
/** Bytes left to collect since the last collection, roughly: what resvg drew and the PNGs' buffers. */
let garbage = 0;

interface Job {
  id: number;
  drawing: OgDrawing;
}
const { fontFiles, width, height } = workerData as {
  fontFiles: Array<{ file: string; weight: 400 | 700 }>;
  width: number;
  height: number;
};
/** A quarter of a card's RGBA: 2,400 cards through two workers peaked at 327 MB, against 361 MB with a whole card's. */
const COLLECT_AFTER = width * height;
const require = createRequire(import.meta.url);
const fonts = Promise.all(fontFiles.map(async ({ file, weight }) => ({ name: 'Inter', data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)), weight, style: 'normal' as const })));

const queue: Job[] = [];
let draining = false;
let idle: NodeJS.Timeout | undefined;
const IDLE_COLLECT_MS = 500;

parentPort!.on('message', (job: Job) => {
  clearTimeout(idle);
  queue.push(job);
  if (!draining) void drain();
});

async function drain() {
  draining = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    await renderJob(job);
    if (garbage < COLLECT_AFTER) continue;
    garbage = 0;
    collectGarbage({ type: ++collections % FULL_GC_EVERY === 0 ? 'major' : 'minor' });
    // The finalizers that free resvg's native memory run on the event loop, before this immediate.
    await new Promise((resolve) => setImmediate(resolve));
  }
  draining = false;
  // Idle for a while: a full collection, so an idle worker holds no garbage (unref'd: it never keeps a build alive).
  clearTimeout(idle);
  idle = setTimeout(() => collectGarbage({ type: 'major' }), IDLE_COLLECT_MS).unref();
}

/** A line as drawn: its height in the card, its rows of ink (canvas.ts `stripFromRgba`) and those rows compressed. */
interface Line {
  height: number;
  skipped: number;
  rows: number;
  scanlines: Uint8Array;
  part: DeflatedPart;
}
/** The lines drawn last, by their element, least recently used first: a few cards' worth (~15 MB at most). */
const lines = new Map<string, Line>();
const LINES_KEPT = 64;

async function drawLine(element: Element): Promise<Line> {
  const key = JSON.stringify(element);
  const kept = lines.get(key);
  if (kept) {
    lines.delete(key);
    lines.set(key, kept);
    return kept;
  }
  const svg = await satori(ogStrip(element) as Parameters<typeof satori>[0], { width, fonts: await fonts });
  // satori draws text as paths, so resvg needs no fonts: loading the system's (its default) cost ~12 ms per image
  // and changed no pixel (identical PNG bytes; docs/performance.md).
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  garbage += image.width * image.height * 4;
  // The lines are opaque (ogStrip paints the card's background), so resvg's premultiplied pixels are the straight ones.
  const strip = stripFromRgba(image.pixels, image.width, image.height, OG_PAPER);
  const line = { height: image.height - 2 * OG_STRIP_BLEED, ...strip, part: deflatePart(strip.scanlines) };
  lines.set(key, line);
  if (lines.size > LINES_KEPT) lines.delete(lines.keys().next().value!);
  return line;
}

/** The compressed rows of the bar, by colour, and of paper, by number of rows: a few dozen of each. */
const barParts = new Map<string, DeflatedPart>();
const paperParts = new Map<number, DeflatedPart>();
function rowsPart(rows: number, colour: string): DeflatedPart {
  const { scanlines } = createCanvas(width, rows, colour);
  garbage += scanlines.length;
  return deflatePart(scanlines);
}
const barPart = (accent: string) => barParts.get(accent) ?? barParts.set(accent, rowsPart(OG_BAR_HEIGHT, accent)).get(accent)!;
const paperPart = (rows: number) => paperParts.get(rows) ?? paperParts.set(rows, rowsPart(rows, OG_PAPER)).get(rows)!;

/** The canvas of the cards whose lines run into each other, one at a time (drain): allocated once. */
let canvas: RgbCanvas | undefined;

async function renderCard({ accent, groups }: OgDrawing): Promise<Uint8Array> {
  const drawn: Line[][] = [];
  for (const group of groups) {
    const lines: Line[] = [];
    for (const element of group) lines.push(await drawLine(element));
    drawn.push(lines);
  }
  const tops = spreadGroups(
    drawn.map((group) => group.map((line) => line.height)),
    { top: OG_BAR_HEIGHT + OG_PADDING.top, bottom: height - OG_PADDING.bottom },
  );
  const placed = drawn.flatMap((group, g) => group.map((line, l) => ({ top: tops[g]![l]! - OG_STRIP_BLEED + line.skipped, rows: line.rows, scanlines: line.scanlines, line })));
  // Encoded here, not by resvg's asPng(): ~2.7× faster at the same size (src/lib/og/png.ts), and from parts.
  const runs = rowRuns(height, OG_BAR_HEIGHT, placed);
  if (runs) {
    const parts = runs.map((run) => (run.kind === 'bar' ? barPart(accent) : run.kind === 'paper' ? paperPart(run.rows) : placed[run.index]!.line.part));
    return pngFromZlib(joinParts(parts), width, height, 3);
  }
  canvas ??= createCanvas(width, height, OG_PAPER);
  clearCanvas(canvas, OG_PAPER);
  fillRows(canvas, 0, OG_BAR_HEIGHT, accent);
  for (const strip of placed) drawStrip(canvas, strip);
  return pngFromScanlines(canvas.scanlines, width, height, 3);
}

async function renderJob({ id, drawing }: Job) {
  try {
    const png = await renderCard(drawing);
    // Transferred, not copied, when it has a buffer of its own (Buffer.concat's, at this size); the buffers it was
    // assembled from (the joined stream, the chunk) are left behind: about three times its size.
    const bytes = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength && png.buffer instanceof ArrayBuffer ? (png as Uint8Array<ArrayBuffer>) : new Uint8Array(png);
    garbage += 3 * png.byteLength;
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
}
