import { readContent } from '../validate/read-content.ts';

/**
 * A sitemap filter that keeps unlisted clients out. Anything not explicitly public is left out, so a typo in
 * `visibility` can never list a client (validation fails the build on it anyway).
 */
export function publicPagesOnly(): (page: string) => boolean {
  const hidden = [...readContent().clients]
    .filter(([, files]) => (files.client?.data as { visibility?: string } | undefined)?.visibility !== 'public')
    .map(([id]) => `/clients/${id}/`);
  return (page) => {
    const path = new URL(page).pathname;
    return !hidden.some((prefix) => path.startsWith(prefix)) && path !== '/404/';
  };
}
