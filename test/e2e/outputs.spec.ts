import { expect, test } from '@playwright/test';
import { checkJsonOutput } from '../../src/lib/outputs/check.ts';
import { API_V2_FILES, BADGES, CLIENT_FEEDS, OG_SIZE } from '../../src/lib/outputs/paths.ts';
import { CLIENTS, getJson, getText, pngSize, PUBLIC_CLIENTS, readCalendar, readFeed, readSvg, type StatuspageIncident, type StatuspageScheduledMaintenance, type StatuspageSummary } from './outputs-helpers.ts';

// Every machine-readable output of every client, read as its consumers read it (issue 9, "Done when"): JSON against
// the strict Statuspage schemas, feeds as XML and as feeds, the calendar with ical.js, badges as SVG, previews as PNG.

for (const client of CLIENTS) {
  const base = `/clients/${client.id}/`;

  test(`${client.id}: every API v2 file is served as JSON and matches its Statuspage schema`, async ({ request }) => {
    const pageIds = new Set<string>();
    for (const file of API_V2_FILES) {
      const text = await getText(request, `${base}api/v2/${file}`, 'application/json');
      expect(checkJsonOutput(`clients/${client.id}/api/v2/${file}`, text)).toEqual([]);
      pageIds.add((JSON.parse(text) as StatuspageSummary).page.id);
    }
    expect(pageIds.size).toBe(1);
    const summary = await getJson<StatuspageSummary>(request, `${base}api/v2/summary.json`);
    expect(summary.page.name).toBe(client.name);
  });

  test(`${client.id}: feeds are XML and feeds, one entry per update and notice, with stable ids and status titles`, async ({ request }) => {
    const { incidents } = await getJson<{ incidents: StatuspageIncident[] }>(request, `${base}api/v2/incidents.json`);
    const { scheduled_maintenances: maintenances } = await getJson<{ scheduled_maintenances: StatuspageScheduledMaintenance[] }>(request, `${base}api/v2/scheduled-maintenances.json`);
    const updates = [...incidents, ...maintenances].reduce((n, r) => n + r.incident_updates.length, 0);
    for (const kind of ['atom', 'rss'] as const) {
      const feed = readFeed(await getText(request, base + CLIENT_FEEDS[kind].path, CLIENT_FEEDS[kind].type));
      expect(feed.meta.type).toBe(kind);
      expect(feed.title).toContain(client.name);
      expect(feed.items).toHaveLength(updates);
      for (const item of feed.items) {
        expect(item.id).toMatch(new RegExp(`^https?://[^/]+/clients/${client.id}/(incidents/[a-z0-9-]+/#update|maintenance/[a-z0-9-]+/#notice)-\\d+$`));
        expect(item.url).toBe(item.id);
        expect(item.title).toMatch(/^\[(Investigating|Identified|Monitoring|Resolved|Scheduled|Rescheduled|In progress|Completed)\] \S/);
        expect(item.content ?? item.description).toBeTruthy();
      }
      const dates = feed.items.map((i) => i.published!.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  test(`${client.id}: the maintenance calendar parses with ical.js, stable UIDs, UTC times, the zone named`, async ({ request }) => {
    const summary = await getJson<StatuspageSummary>(request, `${base}api/v2/summary.json`);
    const { calendar, events } = readCalendar(await getText(request, `${base}maintenance.ics`, 'text/calendar'));
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(summary.page.time_zone);
    for (const e of events) {
      expect(e.uid).toMatch(new RegExp(`^maintenance-[a-z0-9-]+\\.${client.id}@`));
      expect(e.startIsUtc).toBe(true);
      expect(e.x('X-MAINTNOTE-PROVIDER')).toHaveLength(1);
      expect(e.x('X-MAINTNOTE-ACCOUNT')).toEqual([client.name]);
      expect(e.x('X-MAINTNOTE-MAINTENANCE-ID')).toEqual([e.uid.slice('maintenance-'.length, e.uid.indexOf(`.${client.id}@`))]);
      expect(e.x('X-MAINTNOTE-OBJECT-ID').length).toBeGreaterThan(0);
      expect(e.x('X-MAINTNOTE-IMPACT')).toEqual(['OUTAGE']);
      expect(e.x('X-MAINTNOTE-STATUS')[0]).toMatch(/^(CONFIRMED|IN-PROCESS|COMPLETED)$/);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test(`${client.id}: badges are SVG that say what their shields.io endpoints say`, async ({ request }) => {
    for (const badge of BADGES) {
      const svg = readSvg(await getText(request, `${base}${badge}.svg`, 'image/svg+xml'));
      const endpoint = await getJson<{ schemaVersion: number; label: string; message: string; color: string }>(request, `${base}${badge}.json`);
      expect(checkJsonOutput(`clients/${client.id}/${badge}.json`, JSON.stringify(endpoint))).toEqual([]);
      expect(svg.label).toBe(`${endpoint.label}: ${endpoint.message}`);
      expect(svg.height).toBe(20);
      expect(svg.width).toBeGreaterThan(40);
    }
  });
}

test('the agency directory lists every public client and its API base, and validates', async ({ request }) => {
  const text = await getText(request, '/api/v2/clients.json', 'application/json');
  expect(checkJsonOutput('api/v2/clients.json', text)).toEqual([]);
  const directory = JSON.parse(text) as { clients: Array<{ slug: string; api: string; id: string; status_domain_url: string | null }> };
  expect(directory.clients.map((c) => c.slug).sort()).toEqual(PUBLIC_CLIENTS.map((c) => c.id).sort());
  for (const c of directory.clients) {
    const summary = await getJson<StatuspageSummary>(request, `${new URL(c.api).pathname}/api/v2/summary.json`);
    expect(summary.page.id).toBe(c.id);
    const domain = PUBLIC_CLIENTS.find((p) => p.id === c.slug)!.statusDomain;
    expect(c.status_domain_url).toBe(domain ? `https://${domain}` : null);
  }
});

test('agency-wide feeds hold every public client’s entries and parse as feeds', async ({ request }) => {
  let expected = 0;
  for (const c of PUBLIC_CLIENTS) expected += readFeed(await getText(request, `/clients/${c.id}/history.atom`, 'application/atom+xml')).items.length;
  for (const path of ['/history.atom', '/history.rss']) {
    const feed = readFeed(await getText(request, path, path.endsWith('atom') ? 'application/atom+xml' : 'application/rss+xml'));
    expect(feed.items).toHaveLength(expected);
  }
});

test('link previews: each kind of page names its own 1200 × 630 PNG, and every page has og:, twitter: and a favicon', async ({ page, request }) => {
  const own = [
    ['/', '/og/agency.png'],
    ['/clients/marlow-outdoor/status/', '/og/clients/marlow-outdoor/status.png'],
    ['/clients/marlow-outdoor/incidents/2026-09-30-card-payments-failing/', '/og/clients/marlow-outdoor/incidents/2026-09-30-card-payments-failing.png'],
    ['/clients/harwick-museum/reports/2026-10/', '/og/clients/harwick-museum/reports/2026-10.png'],
  ];
  for (const [path, image] of own) {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(og!).pathname).toBe(image);
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(og);
    const response = await request.get(new URL(og!).pathname);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual(OG_SIZE);
    // A real decoder reads it: Chromium draws it at its full size, and the accent bar at the top is not blank.
    await page.goto(new URL(og!).pathname);
    const drawn = await page.evaluate(async () => {
      const img = document.images[0]!;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      return { width: img.naturalWidth, height: img.naturalHeight, top: [...context.getImageData(600, 5, 1, 1).data] };
    });
    expect({ width: drawn.width, height: drawn.height }).toEqual(OG_SIZE);
    expect(drawn.top.slice(0, 3), `${image}: the accent bar`).not.toEqual([255, 255, 255]);
  }

  // Every page in the sitemap, and an unlisted client's pages, carry the meta.
  const sitemap = await getText(request, '/sitemap-0.xml', 'text/xml');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths.length).toBeGreaterThan(20);
  for (const path of [...paths, '/clients/project-juniper/status/']) {
    const html = await getText(request, path, 'text/html');
    for (const tag of ['property="og:title"', 'property="og:description"', 'property="og:image"', 'property="og:url"', 'name="twitter:card"', 'name="twitter:image"', 'rel="icon"', 'rel="alternate"']) {
      expect(html, `${path} has ${tag}`).toContain(tag);
    }
  }
  expect(await getText(request, '/favicon.svg', 'image/svg+xml')).toContain('<svg');
});
