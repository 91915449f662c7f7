import type { AstroIntegration } from 'astro';
import { ogCacheDir } from '../config/env.ts';
import { sweepOgCache, usedOgImages } from '../data/og-cache.ts';

/**
 * After a build that finished, removes the OG images it did not use from the cache (src/data/og-cache.ts), so the
 * cache holds one image per card the site shows now. A failed build never gets here and removes nothing.
 */
export function sweepOgImages(): AstroIntegration {
  return {
    name: 'upkeep:og-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const used = usedOgImages();
        // No image rendered or read (a site without OG routes): nothing says which files are current.
        if (used.size === 0) return;
        const { kept, removed } = sweepOgCache(ogCacheDir(), used, Date.now());
        if (removed > 0) logger.info(`removed ${removed} OG images no page uses any more (${kept} kept)`);
      },
    },
  };
}
