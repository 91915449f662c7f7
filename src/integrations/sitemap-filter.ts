import type { RawContent } from '../validate/read-content.ts';
import { readAuthoredContent } from './validate-content.ts';

/**
 * A sitemap filter that keeps unlisted clients out. Anything not explicitly public is left out, so a typo in
 * `visibility` can never list a client (validation fails the build on it anyway).
 *
 * @param content the read astro.config.mjs shares with validateContent (readAuthoredContent), so content is read once
 * at config time; read here if omitted.
 */
export function publicPagesOnly(content: RawContent = readAuthoredContent()): (page: string) => boolean {
  const hidden = [...content.clients]
    .filter(([, files]) => (files.client?.data as { visibility?: string } | undefined)?.visibility !== 'public')
    .map(([id]) => `/clients/${id}/`);
  return (page) => {
    const path = new URL(page).pathname;
    return !hidden.some((prefix) => path.startsWith(prefix)) && path !== '/404/';
  };
}
