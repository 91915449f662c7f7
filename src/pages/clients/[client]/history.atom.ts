// /clients/<client>/history.atom: one entry per incident update and maintenance notice (src/lib/feeds/feed.ts).
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../lib/clients/resolve.ts';
import { getClientFeed, keyedFeedPaths } from '../../../data/feeds.ts';

export const getStaticPaths = keyedFeedPaths;
export const GET: APIRoute = async ({ props }) =>
  new Response(await getClientFeed((props as { client: ResolvedClient }).client, 'atom'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
