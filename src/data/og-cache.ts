import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OG image cache is keyed by what a card shows, so every change of a card (the current month's figure moves on
 * every tick) adds a file and none would ever go: on a 5-minute schedule at 200 clients, gigabytes a day (issue 12:
 * a scheduled build leaves nothing behind that grows without bound). So the build notes every image it reads or
 * writes, and when it has finished (src/integrations/og-cache.ts) the rest are removed.
 *
 * The set lives on globalThis: the pages are rendered from Vite's bundle, a different copy of this module from the
 * one the integration imports, in the same process.
 */
const USED = Symbol.for('upkeep.og-cache.used');

/** Paths of the cache files this process's build read or wrote. */
export function usedOgImages(): Set<string> {
  const scope = globalThis as { [USED]?: Set<string> };
  return (scope[USED] ??= new Set());
}

/** A partial file older than this belongs to a build that stopped (another build's would be seconds old). */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Removes from `dir` every image not in `used`, and partial files (`*.tmp`) older than an hour.
 *
 * @example sweepOgCache('/srv/upkeep/node_modules/.cache/upkeep-og', usedOgImages(), Date.now()) // → { kept: 2809, removed: 200 }
 */
export function sweepOgCache(dir: string, used: ReadonlySet<string>, now: number): { kept: number; removed: number } {
  let kept = 0;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { kept, removed };
  }
  for (const name of names) {
    const path = join(dir, name);
    const stale = name.endsWith('.tmp') ? now - statSync(path, { throwIfNoEntry: false })!.mtimeMs > STALE_PARTIAL_MS : name.endsWith('.png') && !used.has(path);
    if (!stale) {
      kept++;
      continue;
    }
    try {
      unlinkSync(path);
      removed++;
    } catch {
      // Gone already (another build swept it).
    }
  }
  return { kept, removed };
}
