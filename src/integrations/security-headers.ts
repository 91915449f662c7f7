import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/hosting/rules.ts';

/**
 * Writes `dist/_headers` (Netlify and Cloudflare Pages read it): every page's security headers and the API's CORS,
 * from src/lib/hosting (one source; docs/deployment.md gives the same set for nginx).
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'upkeep:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
