// /history.rss: every public client's incident updates and maintenance notices. Unlisted clients never.
import type { APIRoute } from 'astro';
import { getAgencyFeed } from '../data/feeds.ts';

export const GET: APIRoute = async () => new Response(await getAgencyFeed('rss'), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
