import { feedEntries, newestFirst, renderFeed, type FeedEntry } from '../lib/feeds/feed.ts';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { AGENCY_OUTPUTS, CLIENT_FEEDS, clientBase } from '../lib/outputs/paths.ts';
import { getAgency } from './agency.ts';
import { getPublicClients, keyedClientPaths } from './clients.ts';
import { buildNow } from './clock.ts';
import { getIncidents } from './incidents.ts';
import { getMaintenance } from './maintenance.ts';
import { absoluteUrl, siteUrl } from './site.ts';

const cache = new Map<string, Promise<FeedEntry[]>>();

/** A client's feed entries, newest first: the incidents and maintenance of its status page, computed once per build. */
export function getFeedEntries(client: ResolvedClient): Promise<FeedEntry[]> {
  let entries = cache.get(client.id);
  if (!entries) {
    entries = (async () => {
      const [incidents, maintenance, now] = await Promise.all([getIncidents(client.id), getMaintenance(client.id), buildNow()]);
      return feedEntries({ clientId: client.id, clientName: client.name, timeZone: client.timeZone, incidents, maintenance }, { site: siteUrl(), now });
    })();
    cache.set(client.id, entries);
  }
  return entries;
}

/**
 * Paths of a client's feeds, each keyed by its entries (src/data/page-keys.ts): the rest of a feed is the client's and
 * the site's, and only an empty feed is dated by the build's now (src/lib/feeds/feed.ts).
 */
export function keyedFeedPaths() {
  return keyedClientPaths(async (client) => {
    const entries = await getFeedEntries(client);
    return entries.length > 0 ? entries : await buildNow();
  });
}

/** `/clients/<client>/history.atom` or `.rss`. */
export async function getClientFeed(client: ResolvedClient, format: 'atom' | 'rss'): Promise<string> {
  const base = clientBase(client.id);
  return renderFeed(
    format,
    {
      title: `${client.name}: incidents and maintenance`,
      description: `Every status update on ${client.name}'s incidents and maintenance, newest first.`,
      link: absoluteUrl(`${base}status/`),
      atomUrl: absoluteUrl(base + CLIENT_FEEDS.atom.path),
      rssUrl: absoluteUrl(base + CLIENT_FEEDS.rss.path),
      now: await buildNow(),
      favicon: absoluteUrl('/favicon.svg'),
    },
    await getFeedEntries(client),
  );
}

/** `/history.atom` or `.rss`: every public client's entries. Unlisted clients never appear here. */
export async function getAgencyFeed(format: 'atom' | 'rss'): Promise<string> {
  const agency = await getAgency();
  const entries = (await Promise.all((await getPublicClients()).map(getFeedEntries))).flat();
  return renderFeed(
    format,
    {
      title: `${agency.name}: incidents and maintenance, all clients`,
      description: `Every status update on the incidents and maintenance of ${agency.name}'s clients, newest first.`,
      link: absoluteUrl('/'),
      atomUrl: absoluteUrl(AGENCY_OUTPUTS.atom.path),
      rssUrl: absoluteUrl(AGENCY_OUTPUTS.rss.path),
      now: await buildNow(),
      withClient: true,
      favicon: absoluteUrl('/favicon.svg'),
    },
    newestFirst(entries),
  );
}
