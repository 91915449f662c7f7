/**
 * A worker thread of src/data/og-pool.ts: renders OG cards (satori's element tree → SVG → PNG with resvg) off the
 * build's main thread, so a build uses more than one core for its images (issue 12: ~30 ms of CPU per image, a few
 * thousand images at agency size). Fonts are read once per worker. Plain TypeScript that Node runs as it is (type
 * stripping), outside Vite's bundle: it is started from its path by og-pool.ts.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import satori from 'satori';
import { encodePng } from '../lib/og/png.ts';

// resvg's render trees and 1200×630 pixmaps live in native memory that V8 does not see, and napi-rs frees them in
// finalizers that V8 runs only after a collection and a turn of the event loop: a worker rendering image after image
// never gives it one, and kept ~3.3 MB per image (a cold build at 200 clients peaked at 4.9 GB). So the worker takes
// one job at a time and, after each image, asks for a minor collection (the objects wrapping the tree and the pixmap
// are young and already dead, so a scavenge finds them cheaply) and yields; a full collection every FULL_GC_EVERY
// images catches what got promoted. Against a full collection every 8 images: 1,600 images through two workers
// peaked at ~335 MB instead of ~540 MB, with ~7 % less CPU (docs/performance.md; the leak as reported:
// https://github.com/thx/resvg-js/issues/216). The flag trick: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
// (a gc exposed to a new context; `{ type: 'minor' }` is V8's option of that function).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const FULL_GC_EVERY = 32;
let rendered = 0;

interface Job {
  id: number;
  element: unknown;
}
const { fontFiles, width, height } = workerData as { fontFiles: Array<{ file: string; weight: 400 | 700 }>; width: number; height: number };
const require = createRequire(import.meta.url);
const fonts = Promise.all(
  fontFiles.map(async ({ file, weight }) => ({ name: 'Inter', data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)), weight, style: 'normal' as const })),
);

const queue: Job[] = [];
let draining = false;

parentPort!.on('message', (job: Job) => {
  queue.push(job);
  if (!draining) void drain();
});

async function drain() {
  draining = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    await renderJob(job);
    collectGarbage({ type: ++rendered % FULL_GC_EVERY === 0 ? 'major' : 'minor' });
    // The finalizers that free resvg's native memory run on the event loop, before this immediate.
    await new Promise((resolve) => setImmediate(resolve));
  }
  draining = false;
}

async function renderJob({ id, element }: Job) {
  try {
    const svg = await satori(element as Parameters<typeof satori>[0], { width, height, fonts: await fonts });
    // satori draws text as paths, so resvg needs no fonts: loading the system's (its default) cost ~12 ms per image
    // and changed no pixel (identical PNG bytes; docs/performance.md).
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
    // Encoded here, not by resvg's asPng(): ~2.7× faster at the same size (src/lib/og/png.ts). The cards are opaque
    // (og-render.test.ts), so resvg's premultiplied pixels are the straight RGBA a PNG holds.
    const bytes = new Uint8Array(encodePng(image.pixels, image.width, image.height)); // a copy with its own buffer, to transfer
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
}
