// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
  site: process.env.UPKEEP_SITE_URL ?? 'https://status.example-agency.com',
  trailingSlash: 'always',
  integrations: [validateContent(), mdx(), react()],
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
