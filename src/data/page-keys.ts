import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../config/env.ts';

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page whose key and
 * code are unchanged since the last build is copied from it instead of rendered again. A key must change whenever
 * anything the page shows could: every key here covers all authored content (any commit of a postmortem, a client
 * or the agency re-renders every keyed page) plus the page's own view at the build's now, so only what a scheduled
 * tick cannot change is skipped. Astro adds the hash of the page's code, the config and the lock file.
 * https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */

let authored: string | undefined;

/** A hash of every file under content/ except history/ (the pull's), read once per build. */
export function authoredDigest(root = contentRoot()): string {
  if (authored === undefined) {
    const hash = createHash('sha256');
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(dir, entry.name);
        const name = relative(root, path);
        if (entry.isDirectory()) {
          if (name !== 'history') walk(path);
        } else {
          hash.update(`${name}\u0000`).update(readFileSync(path)).update('\u0000');
        }
      }
    };
    walk(root);
    authored = hash.digest('hex');
  }
  return authored;
}

/** Each client's part of its pages' keys, hashed once: thousands of pages share one client object. */
const clientParts = new WeakMap<object, string>();

/**
 * The key of a page of `client` showing `view` (any JSON). Collection entries are not in it (incidents and maintenance
 * windows carry theirs unenumerable: ./entry-ref.ts); their files are in the digest.
 */
export function pageKey(client: object, ...view: unknown[]): string {
  let part = clientParts.get(client);
  if (part === undefined) clientParts.set(client, (part = createHash('sha256').update(JSON.stringify(client)).digest('hex')));
  return createHash('sha256').update(authoredDigest()).update(part).update(JSON.stringify(view)).digest('hex').slice(0, 32);
}
