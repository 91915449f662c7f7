// /clients/<client>/badge.json, uptime-30d.json, uptime-90d.json: shields.io endpoint badges, the same as the SVGs.
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../lib/clients/resolve.ts';
import { shieldsEndpoint } from '../../../lib/badges/badges.ts';
import type { BadgeName } from '../../../lib/outputs/paths.ts';
import { badgePaths, getBadges } from '../../../data/badges.ts';
import { clientPaths } from '../../../data/clients.ts';
import { jsonResponse } from '../../../data/statuspage.ts';

export const getStaticPaths = async () => badgePaths(await clientPaths());
export const GET: APIRoute = async ({ props }) => {
  const { client, badge } = props as { client: ResolvedClient; badge: BadgeName };
  return jsonResponse(shieldsEndpoint((await getBadges(client))[badge]));
};
