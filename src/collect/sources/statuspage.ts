import { z } from 'astro/zod';
import { HttpSourceError, requestJson, sourceHttp } from '../http.ts';
import type { HttpSettings } from '../http.ts';
import type { Observations, Source } from '../source.ts';
import { SourceError } from '../source.ts';
import { iso, Timeline, windowOf } from '../window.ts';
import type { SpanStatus } from '../window.ts';

/**
 * An upstream provider's status page through the Statuspage-compatible public API v2
 * (https://developer.statuspage.io/#tag/components; served by Atlassian Statuspage, incident.io and others):
 * `GET <baseUrl>/api/v2/summary.json`, or `components.json` where a page serves no summary (404). No token.
 *
 * One upstream component is followed, chosen by id, else by name (a page with two components of that name must be
 * given the id). What the page says is a declaration by the provider, not an observation by a monitor:
 * - the component's current `status` holds from its `updated_at` (a status change updates it) until the page's own
 *   present, the `Date` header of its answer (`newestReportedAt`): nothing after it is recorded;
 * - operational, degraded_performance, partial_outage, major_outage map to the same states;
 *   `under_maintenance` is recorded as nothing (no_data): history has no maintenance state, and whether the
 *   provider's maintenance affects the client's site is not known;
 * - before `updated_at` (since the last pull) the page says nothing that can be trusted: a status that came and went
 *   between two pulls is not in the API, so that time stays no_data, never the current status painted backwards;
 * - a component the page does not list, or several of one name, is a failure naming what the page lists.
 */

const componentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  updated_at: z.iso.datetime({ offset: true }).nullable().optional(),
  created_at: z.iso.datetime({ offset: true }).nullable().optional(),
  group: z.boolean().optional(),
  group_id: z.string().nullable().optional(),
});

const listSchema = z.object({
  page: z.object({ id: z.string().optional(), name: z.string().optional(), updated_at: z.string().nullable().optional() }).optional(),
  components: z.array(componentSchema),
});

type UpstreamComponent = z.infer<typeof componentSchema>;

/** Statuspage's component states → what history records; unknown and maintenance → nothing (no_data). */
const STATUS: Record<string, SpanStatus | undefined> = {
  operational: 'operational',
  degraded_performance: 'degraded_performance',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
};

/** The component `wanted` names: by id, else by name (trimmed, any case); throws naming what the page lists. */
export function findComponent(components: readonly UpstreamComponent[], wanted: string): UpstreamComponent {
  const byId = components.find((c) => c.id === wanted);
  if (byId) return byId;
  const key = wanted.trim().toLowerCase();
  const named = components.filter((c) => c.name.trim().toLowerCase() === key && c.group !== true);
  if (named.length === 1) return named[0]!;
  const listed = components.filter((c) => c.group !== true).map((c) => `"${c.name}" (${c.id})`);
  if (named.length > 1) {
    throw new SourceError('statuspage', `${named.length} components are named "${wanted}" (${named.map((c) => c.id).join(', ')}): give the id in client.yaml`);
  }
  const shown = listed.slice(0, 20).join(', ') + (listed.length > 20 ? `, and ${listed.length - 20} more` : '');
  throw new SourceError('statuspage', `no component "${wanted}" on this status page; it lists ${shown || 'no components'}`);
}

export function createStatuspageSource(settings: HttpSettings = {}): Source<'statuspage'> {
  return {
    kind: 'statuspage',
    async pull(monitor, ctx): Promise<Observations> {
      const http = sourceHttp('statuspage', settings, ctx);
      const base = monitor.baseUrl.replace(/\/+$/, '');
      let body: z.infer<typeof listSchema>;
      try {
        body = await requestJson(http, { url: `${base}/api/v2/summary.json` }, listSchema);
      } catch (error) {
        // A page that serves only the components list.
        if (!(error instanceof HttpSourceError && error.status === 404)) throw error;
        body = await requestJson(http, { url: `${base}/api/v2/components.json` }, listSchema);
      }
      const component = findComponent(body.components, monitor.component);
      const vendorTime = http.vendorClock.reading();
      // The page's present: its Date header. Without one, the page's own updated_at is the newest it speaks for.
      const pageNow = vendorTime ? Date.parse(vendorTime.date) : body.page?.updated_at ? Date.parse(body.page.updated_at) : NaN;
      if (Number.isNaN(pageNow)) throw new SourceError('statuspage', 'the answer has no Date header and no page.updated_at: nothing says when the status held');
      const window = windowOf(ctx);
      const changedAt = component.updated_at ? Date.parse(component.updated_at) : component.created_at ? Date.parse(component.created_at) : NaN;
      const status = STATUS[component.status];
      const timeline = new Timeline({ from: window.from, to: Math.min(window.to, pageNow) });
      if (status && !Number.isNaN(changedAt)) timeline.paint(changedAt, pageNow, status);
      return {
        checks: [],
        periods: timeline.periods(),
        ...(vendorTime ? { vendorTime } : {}),
        newestReportedAt: iso(pageNow),
      };
    },
  };
}

export const source = createStatuspageSource();
