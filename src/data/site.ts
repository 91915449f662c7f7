/**
 * The site's public address, as astro.config.mjs sets it (`siteUrl` in content/agency.yaml, or UPKEEP_SITE_URL): the
 * base of every absolute URL in the machine-readable outputs (API, feeds, calendar, Open Graph meta).
 */
export function siteUrl(): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs has no `site`: set siteUrl in content/agency.yaml');
  return site;
}

/** An absolute URL on the site for a path. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
