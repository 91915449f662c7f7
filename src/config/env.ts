import { resolve } from 'node:path';

/**
 * The environment variables that pull and build share, read in one place (README, "Reference"). Domain code never
 * reads them: the content folder and the time are handed to it as parameters.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** The content folder when UPKEEP_CONTENT is not set. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The content folder as given: UPKEEP_CONTENT (tests and fixtures point it elsewhere), else `content`, relative to
 * the working directory unless absolute.
 *
 * @example contentDir({}) // → 'content'
 */
export function contentDir(env: Env = process.env): string {
  return env.UPKEEP_CONTENT ?? DEFAULT_CONTENT_DIR;
}

/**
 * The content folder as an absolute path.
 *
 * @example contentRoot('/srv/upkeep', { UPKEEP_CONTENT: 'fixtures/minimal' }) // → '/srv/upkeep/fixtures/minimal'
 */
export function contentRoot(cwd = process.cwd(), env: Env = process.env): string {
  return resolve(cwd, contentDir(env));
}

/**
 * The pinned clock: UPKEEP_NOW as an instant, or undefined when it is not set (then the caller decides what "now" is).
 * Throws when it is set but is not a time, naming the variable and the value.
 *
 * @example pinnedNow({ UPKEEP_NOW: '2026-03-01T12:00:00Z' }) // → 2026-03-01T12:00:00.000Z
 */
export function pinnedNow(env: Env = process.env): Date | undefined {
  const text = env.UPKEEP_NOW;
  if (!text) return undefined;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`UPKEEP_NOW: expected an ISO 8601 time, got "${text}"`);
  return at;
}

/** Where rendered Open Graph images are cached between builds when UPKEEP_OG_CACHE is not set. */
export const DEFAULT_OG_CACHE_DIR = 'node_modules/.cache/upkeep-og';

/**
 * The Open Graph image cache folder, absolute: UPKEEP_OG_CACHE (a CI cache mount, say), else
 * node_modules/.cache/upkeep-og, relative to the working directory unless absolute. Outside dist/, so a build that
 * empties dist/ keeps it.
 *
 * @example ogCacheDir('/srv/upkeep', {}) // → '/srv/upkeep/node_modules/.cache/upkeep-og'
 */
export function ogCacheDir(cwd = process.cwd(), env: Env = process.env): string {
  return resolve(cwd, env.UPKEEP_OG_CACHE ?? DEFAULT_OG_CACHE_DIR);
}
