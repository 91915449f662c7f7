// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { checkOutputs } from './src/integrations/outputs.ts';
import { searchText } from './src/integrations/search-text.ts';
import { publicPagesOnly } from './src/integrations/sitemap-filter.ts';
import { readAuthoredContent, validateContent } from './src/integrations/validate-content.ts';
import { siteUrlOf } from './src/validate/read-content.ts';

// Authored content is read once here, without history (issue 12: nothing reads all history at config time); the
// same read is validated by the integration and keeps unlisted clients out of the sitemap. The public URL comes from
// content/agency.yaml (siteUrl); UPKEEP_SITE_URL overrides it for a deploy preview.
const content = readAuthoredContent();
// Only a valid URL: an invalid one would stop Astro with "[config] Invalid URL" before validation lists every problem.
const agencySiteUrl = siteUrlOf(content);

// React renders islands only, from src/islands/ (DESIGN.md). While there is none, the integration stays out: Astro
// bundles a renderer's client runtime (~220 kB of react-dom) whenever the renderer is registered, island or not, and
// ships it in dist/_astro/ for nobody to load (withastro/astro#4919, #13378). The first island brings it back.
const hasIslands = existsSync(new URL('./src/islands/', import.meta.url));

export default defineConfig({
  site: process.env.UPKEEP_SITE_URL ?? agencySiteUrl,
  trailingSlash: 'always',
  integrations: [validateContent(content), mdx(), ...(hasIslands ? [react()] : []), sitemap({ filter: publicPagesOnly(content) }), checkOutputs(content), searchText()],
  // No inline style: the Content-Security-Policy allows styles from files only (src/lib/hosting/security-headers.ts).
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      // No inline script either: Astro inlines small scripts (plugin-scripts, below assetsInlineLimit); as files they
      // need no hash in the policy. Other assets keep Vite's default (undefined falls back to 4 kB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro 7 emits one MODULE_LEVEL_DIRECTIVE warning per MDX file; it is noise (see ../shared/STACK.md).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
