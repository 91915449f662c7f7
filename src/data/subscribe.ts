import type { ResolvedClient } from '../lib/clients/resolve.ts';
import { subscribeView, type SubscribeView } from '../lib/outputs/subscribe.ts';
import { siteUrl } from './site.ts';

/** A client's "Subscribe and integrate" section: its outputs at this site's address and at its own status domain. */
export function getSubscribeView(client: ResolvedClient): SubscribeView {
  return subscribeView(siteUrl(), client.id, client.statusDomain);
}
