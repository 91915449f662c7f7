import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgDrawing } from '../lib/og/card.ts';

/**
 * A small pool of worker threads rendering OG images (og-render-worker.ts), so the images of a build render on every
 * core while the main thread renders pages (astro.config.mjs sets build.concurrency so that several image routes
 * are in flight). Workers start on the first image and are unreferenced while idle, so they never keep a build's
 * process alive.
 */

export interface OgPoolOptions {
  fontFiles: ReadonlyArray<{ file: string; weight: 400 | 700 }>;
  width: number;
  height: number;
}

interface Pending {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** Threads: one per core, at most 4 (each holds satori, resvg and the fonts: ~60 MB). */
export const OG_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/** The worker's source, beside this file in the project (this module is bundled into dist/.prerender by Vite). */
const WORKER_FILE = join(process.cwd(), 'src', 'data', 'og-render-worker.ts');

export function createOgPool(options: OgPoolOptions) {
  const workers: Array<{ worker: Worker; busy: number }> = [];
  const pending = new Map<number, Pending>();
  let next = 0;

  const start = () => {
    const worker = new Worker(WORKER_FILE, { workerData: { ...options, fontFiles: [...options.fontFiles] } });
    const slot = { worker, busy: 0 };
    worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(m.id);
      pending.delete(m.id);
      if (--slot.busy === 0) worker.unref();
      if (!job) return;
      if (m.png) job.resolve(m.png);
      else job.reject(new Error(`OG image: ${m.error}`));
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    worker.unref();
    workers.push(slot);
    return slot;
  };

  return {
    /** The PNG of a card's drawing (src/lib/og/card.ts `ogDrawing`), rendered on the least busy worker. */
    render(drawing: OgDrawing): Promise<Uint8Array> {
      let slot = workers.reduce<(typeof workers)[number] | undefined>((best, w) => (!best || w.busy < best.busy ? w : best), undefined);
      if (!slot || (slot.busy > 0 && workers.length < OG_WORKERS)) slot = start();
      const id = next++;
      if (slot.busy++ === 0) slot.worker.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, drawing });
      });
    },
  };
}
