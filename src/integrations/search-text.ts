import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaceTableCells } from '../lib/search/table-text.ts';

/**
 * After `astro build`, before pagefind indexes dist/ (package.json `build`): a space between adjacent table cells in
 * every page this build wrote, so search results do not glue a table's cells into one word
 * (src/lib/search/table-text.ts). A page the build left `untouched` is the last build's, already spaced (kept in
 * place by an incremental build: ./out-dir.ts).
 */
export function searchText(untouched: (file: string) => boolean = () => false): AstroIntegration {
  return {
    name: 'upkeep:search-text',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const walk = (folder: string) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html') && !untouched(path)) {
              const html = readFileSync(path, 'utf8');
              const spaced = spaceTableCells(html);
              if (spaced !== html) writeFileSync(path, spaced);
            }
          }
        };
        walk(fileURLToPath(dir));
      },
    },
  };
}
