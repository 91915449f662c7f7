import { makeBadge } from 'badge-maker';
import type { ShieldsEndpoint } from '../../schemas/statuspage.ts';
import { STATUS_LABEL, type ComponentStatus } from '../../vocabulary/status.ts';
import { formatPercent } from '../format/number.ts';
import { addMs, emptyMs, figuresFromMs } from '../uptime/availability.ts';
import type { DailyBar } from '../uptime/daily-bars.ts';

/**
 * Badges: the current status and the uptime over 30 and 90 days, each as an SVG (made with badge-maker, shields.io's
 * own renderer) and as a shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) for those who restyle it.
 * Both are made from one BadgeSpec, so the SVG and the JSON say the same thing.
 */

/** Colour per status, in shields' palette; never the only signal (the message says the status in words). */
export const STATUS_COLOR: Record<ComponentStatus, string> = {
  operational: 'brightgreen',
  degraded_performance: 'yellow',
  partial_outage: 'orange',
  major_outage: 'red',
  under_maintenance: 'blue',
  no_data: 'lightgrey',
};

export type BadgeSpec = Omit<ShieldsEndpoint, 'schemaVersion'>;

/**
 * The current-status badge: the page's overall status in words.
 * @example statusBadge('partial_outage') // → { label: 'status', message: 'partial outage', color: 'orange' }
 */
export function statusBadge(status: ComponentStatus): BadgeSpec {
  return { label: 'status', message: STATUS_LABEL[status].toLowerCase(), color: STATUS_COLOR[status] };
}

/**
 * An uptime badge: availability over the last `days` days across the SLA components, shown to three decimals
 * rounded down (as the pages show it, never in our favour); green when it meets the client's target, red when not,
 * grey when nothing was eligible.
 *
 * @example uptimeBadge(30, 99.98765, 99.9) // → { label: 'uptime 30d', message: '99.987%', color: 'brightgreen' }
 */
export function uptimeBadge(days: number, availability: number | null, target: number): BadgeSpec {
  const label = `uptime ${days}d`;
  if (availability === null) return { label, message: 'no data', color: STATUS_COLOR.no_data };
  return { label, message: formatPercent(availability), color: availability >= target ? 'brightgreen' : 'red' };
}

/** The shields.io endpoint JSON of a badge. */
export function shieldsEndpoint(spec: BadgeSpec): ShieldsEndpoint {
  return { schemaVersion: 1, ...spec };
}

/** The badge as SVG (flat style, with a title naming label and message for screen readers). */
export function badgeSvg(spec: BadgeSpec): string {
  return makeBadge({ label: spec.label, message: spec.message, color: spec.color, style: 'flat' });
}

/**
 * Availability over the last `days` daily bars of the SLA components, pooled: 1 − Σ weighted ÷ Σ eligible minutes
 * across them (the figure a client's uptime target is promised on), from the status page's own bars, so the badge
 * and the page are one computation. Null when nothing was eligible.
 *
 * @example
 * pooledUptime([{ covered: true, bars }, { covered: false, bars: stagingBars }], 30) // → 99.98… (staging left out)
 */
export function pooledUptime(components: ReadonlyArray<{ covered: boolean; bars: readonly DailyBar[] }>, days: number): number | null {
  let ms = emptyMs();
  let from: Date | undefined;
  let to: Date | undefined;
  for (const c of components) {
    if (!c.covered) continue;
    for (const bar of c.bars.slice(-days)) {
      ms = addMs(ms, bar.ms);
      if (!from || bar.from < from) from = bar.from;
      if (!to || bar.asOf > to) to = bar.asOf;
    }
  }
  if (!from || !to) return null;
  return figuresFromMs(ms, { from, to, asOf: to }).availability;
}
