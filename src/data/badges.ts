import { pooledUptime, statusBadge, uptimeBadge, type BadgeSpec } from '../lib/badges/badges.ts';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { BADGES, type BadgeName } from '../lib/outputs/paths.ts';
import { buildNow } from './clock.ts';
import { pageKey } from './page-keys.ts';
import { getStatusView } from './status.ts';

/**
 * A client's badges, from its status view: the overall status as the banner shows it, and the uptime of its SLA
 * components over the last 30 and 90 days of the status page's own daily bars.
 */
export async function getBadges(client: ResolvedClient): Promise<Record<BadgeName, BadgeSpec>> {
  const view = await getStatusView(client, await buildNow());
  const components = view.rollup.groups.flatMap((g) => g.components);
  return {
    badge: statusBadge(view.rollup.status),
    'uptime-30d': uptimeBadge(30, pooledUptime(components, 30), client.uptimeTarget),
    'uptime-90d': uptimeBadge(90, pooledUptime(components, 90), client.uptimeTarget),
  };
}

/**
 * Static paths for every client × badge, for the SVG and the endpoint JSON routes, each keyed by the badge it draws
 * (src/data/page-keys.ts): most ticks change no badge's words or colour, and the build copies it.
 */
export async function badgePaths(clients: Array<{ params: { client: string }; props: { client: ResolvedClient } }>) {
  const paths = [];
  for (const { params, props } of clients) {
    const badges = await getBadges(props.client);
    for (const badge of BADGES) paths.push({ params: { ...params, badge }, props: { ...props, badge }, cacheKey: pageKey(props.client, badge, badges[badge]) });
  }
  return paths;
}
