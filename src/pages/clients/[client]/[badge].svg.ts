// /clients/<client>/badge.svg, uptime-30d.svg, uptime-90d.svg (src/lib/badges/badges.ts).
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../lib/clients/resolve.ts';
import { badgeSvg } from '../../../lib/badges/badges.ts';
import type { BadgeName } from '../../../lib/outputs/paths.ts';
import { badgePaths, getBadges } from '../../../data/badges.ts';
import { clientPaths } from '../../../data/clients.ts';

export const getStaticPaths = async () => badgePaths(await clientPaths());
export const GET: APIRoute = async ({ props }) => {
  const { client, badge } = props as { client: ResolvedClient; badge: BadgeName };
  return new Response(badgeSvg((await getBadges(client))[badge]), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
