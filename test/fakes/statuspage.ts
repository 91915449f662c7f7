import { startFakeServer } from './server.ts';
import type { FakeServer } from './server.ts';

/**
 * A fake Statuspage-compatible public API v2 (https://developer.statuspage.io/, "Public API"; the shapes are those
 * Atlassian Statuspage pages such as www.githubstatus.com serve, page object as in /work/shared/samples/statuspage):
 * `GET /api/v2/summary.json` → { page, components, incidents, scheduled_maintenances, status } and
 * `GET /api/v2/components.json` → { page, components }. Pages that serve only the components list (`summary: false`)
 * answer 404 for the summary, as some compatible providers do. Everything else is 404.
 */

export interface SpComponent {
  id: string;
  name: string;
  status: 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  components?: string[];
}

export const SP_PAGE = { id: 'kctbh9vrtdwd', name: 'GitHub', url: 'https://www.githubstatus.com', time_zone: 'Etc/UTC', updated_at: '2026-03-01T11:58:02.000Z' };

export const makeSpComponent = (overrides: Partial<SpComponent> = {}): SpComponent => ({
  id: '8l4ygp009s5s',
  name: 'Git Operations',
  status: 'operational',
  created_at: '2017-01-31T20:05:05.370Z',
  updated_at: '2026-02-20T08:00:00.000Z',
  position: 1,
  description: 'Performance of git clones, pulls, pushes, and associated operations',
  showcase: false,
  start_date: null,
  group_id: null,
  page_id: SP_PAGE.id,
  group: false,
  only_show_if_degraded: false,
  ...overrides,
});

/** The page-level indicator Statuspage derives from its components (worst first). */
function indicator(components: SpComponent[]): { indicator: string; description: string } {
  const s = new Set(components.map((c) => c.status));
  if (s.has('major_outage')) return { indicator: 'major', description: 'Major System Outage' };
  if (s.has('partial_outage')) return { indicator: 'minor', description: 'Partial System Outage' };
  if (s.has('degraded_performance')) return { indicator: 'minor', description: 'Minor Service Outage' };
  if (s.has('under_maintenance')) return { indicator: 'maintenance', description: 'Service Under Maintenance' };
  return { indicator: 'none', description: 'All Systems Operational' };
}

export interface StatuspageFakeOptions {
  /** Read at each request, so a test can change a status between pulls. */
  components: () => SpComponent[];
  /** false: the page serves only components.json (summary.json answers 404). */
  summary?: boolean;
  /** The page's clock, for its Date header. */
  clock?: () => number;
}

export function startStatuspageFake(options: StatuspageFakeOptions): Promise<FakeServer> {
  return startFakeServer(
    (req) => {
      const components = options.components();
      if (req.path === '/api/v2/summary.json' && options.summary !== false) {
        return { json: { page: SP_PAGE, components, incidents: [], scheduled_maintenances: [], status: indicator(components) } };
      }
      if (req.path === '/api/v2/components.json') return { json: { page: SP_PAGE, components } };
      return { status: 404, raw: "The page you were looking for doesn't exist." };
    },
    { clock: options.clock },
  );
}
