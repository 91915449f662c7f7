// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { publicPagesOnly } from './src/integrations/sitemap-filter.ts';
import { readContent } from './src/validate/read-content.ts';

// The public URL comes from content/agency.yaml (siteUrl); UPKEEP_SITE_URL overrides it for a deploy preview.
const agencySiteUrl = /** @type {{ siteUrl?: string } | undefined} */ (readContent().agency?.data)?.siteUrl;
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
  site: process.env.UPKEEP_SITE_URL ?? agencySiteUrl,
  trailingSlash: 'always',
  integrations: [validateContent(), mdx(), react(), sitemap({ filter: publicPagesOnly() })],
  vite: {
    build: {
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
