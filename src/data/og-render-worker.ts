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

// resvg's render trees and 1200×630 pixmaps live in native memory that V8 does not see, so a worker's tiny JS heap
// never triggers the GC that would free them: a cold build at 60 clients peaked at 3.6 GB. A full collection every
// few images holds it at ~1.75 GB and costs less CPU than the swelling heap (docs/performance.md). The flag trick:
// https://nodejs.org/api/v8.html#v8setflagsfromstringflags (a gc exposed to a new context).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const GC_EVERY = 8;
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

parentPort!.on('message', async ({ id, element }: Job) => {
  try {
    const svg = await satori(element as Parameters<typeof satori>[0], { width, height, fonts: await fonts });
    // satori draws text as paths, so resvg needs no fonts: loading the system's (its default) cost ~12 ms per image
    // and changed no pixel (identical PNG bytes; docs/performance.md).
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
    if (++rendered % GC_EVERY === 0) collectGarbage();
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
