/**
 * Where every machine-readable output lives (DESIGN.md, "Output contract"), written once: the routes in src/pages,
 * the layout's `<link rel="alternate">`, the "Subscribe and integrate" section, the host rules and the tests all read
 * these, so a path cannot be written two ways.
 */

/** A client's folder: every page and output of the client lives under it. */
export const clientBase = (clientId: string): string => `/clients/${clientId}/`;

/** An incident's page; with `n`, the anchor of its n-th update (1 = first), which is also its feed entry's id. */
export const incidentPath = (clientId: string, incidentId: string, n?: number): string =>
  `${clientBase(clientId)}incidents/${incidentId}/${n === undefined ? '' : `#update-${n}`}`;

/** A maintenance window's page; with `n`, the anchor of its n-th notice. */
export const maintenancePath = (clientId: string, maintenanceId: string, n?: number): string =>
  `${clientBase(clientId)}maintenance/${maintenanceId}/${n === undefined ? '' : `#notice-${n}`}`;

/** The badges a client has: each an SVG and a shields.io endpoint JSON beside it. */
export const BADGES = ['badge', 'uptime-30d', 'uptime-90d'] as const;
export type BadgeName = (typeof BADGES)[number];

/** One output of a client, relative to its folder. */
export interface ClientOutput {
  /** Path below /clients/<client>/. */
  path: string;
  /** What it is, for the page and the link title. */
  title: string;
  /** Its media type. */
  type: string;
}

/** The feeds and the calendar, as `<link rel="alternate">` names them. */
export const CLIENT_FEEDS = {
  atom: { path: 'history.atom', title: 'Incident and maintenance history (Atom)', type: 'application/atom+xml' },
  rss: { path: 'history.rss', title: 'Incident and maintenance history (RSS)', type: 'application/rss+xml' },
  calendar: { path: 'maintenance.ics', title: 'Maintenance calendar (iCalendar)', type: 'text/calendar' },
} as const satisfies Record<string, ClientOutput>;

/** The Statuspage-compatible API's files, below the client's `api/v2/`. */
export const API_V2_FILES = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const;

/** Every output of one client, relative to its folder: feeds, calendar, badges and their endpoints, the API. */
export function clientOutputs(): ClientOutput[] {
  return [
    ...Object.values(CLIENT_FEEDS),
    ...BADGES.flatMap((b) => [
      { path: `${b}.svg`, title: `Badge: ${BADGE_TITLE[b]}`, type: 'image/svg+xml' },
      { path: `${b}.json`, title: `shields.io endpoint: ${BADGE_TITLE[b]}`, type: 'application/json' },
    ]),
    ...API_V2_FILES.map((f) => ({ path: `api/v2/${f}`, title: `Statuspage API v2: ${f}`, type: 'application/json' })),
  ];
}

export const BADGE_TITLE: Record<BadgeName, string> = {
  badge: 'current status',
  'uptime-30d': 'uptime over 30 days',
  'uptime-90d': 'uptime over 90 days',
};

/** The agency-wide outputs: public clients only. */
export const AGENCY_OUTPUTS = {
  atom: { path: '/history.atom', title: 'All clients: incident and maintenance history (Atom)', type: 'application/atom+xml' },
  rss: { path: '/history.rss', title: 'All clients: incident and maintenance history (RSS)', type: 'application/rss+xml' },
  directory: { path: '/api/v2/clients.json', title: 'Client directory (Statuspage style)', type: 'application/json' },
} as const satisfies Record<string, ClientOutput>;

/** Open Graph images: 1200 × 630 PNG, the size every preview renders without cropping. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * The Open Graph image of the page at `pathname`: its own for a status page, a postmortem and a monthly report, the
 * agency's for every other page. Those three kinds of page always have one (their routes share getStaticPaths), so
 * the answer never names a missing file.
 *
 * @example
 * ogImagePath('/clients/acme/reports/2026-10/') // → '/og/clients/acme/reports/2026-10.png'
 * ogImagePath('/standards/') // → '/og/agency.png'
 */
export function ogImagePath(pathname: string): string {
  const own = /^\/clients\/([a-z0-9-]+)\/(status|incidents\/[a-z0-9-]+|reports\/\d{4}-\d{2})\/$/.exec(pathname);
  return own ? `/og/clients/${own[1]}/${own[2]}.png` : '/og/agency.png';
}
