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
import satori from 'satori';

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
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
