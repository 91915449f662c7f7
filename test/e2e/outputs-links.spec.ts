import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { createStatuspageSource } from '../../src/collect/sources/statuspage.ts';
import { headersFor, servedFrom } from '../../src/lib/hosting/rules.ts';
import { statuspageMonitor } from '../../src/schemas/monitor.ts';
import { getJson, type StatuspageSummary } from './outputs-helpers.ts';

// From a status page to every output, and a client's own status domain as the generated host rules serve it.

const CLIENT = 'marlow-outdoor';
const DOMAIN = 'status.marlowoutdoor.example';
const STATUS = `/clients/${CLIENT}/status/`;
// The outputs have a page of their own, linked from every client page; the status page links it in one line (it stays
// within its weight budget, test/e2e/weight.spec.ts).
const SUBSCRIBE = `/clients/${CLIENT}/subscribe/`;

test('from a status page, every feed, calendar, badge and API link opens the output it names', async ({ page, request }) => {
  await page.goto(STATUS);
  await page.getByRole('link', { name: 'Subscribe to updates' }).click();
  await expect(page).toHaveURL(new RegExp(`${SUBSCRIBE}$`));
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href')!, type: e.getAttribute('type')! })));
  expect(alternates.map((a) => a.href)).toEqual([`/clients/${CLIENT}/history.atom`, `/clients/${CLIENT}/history.rss`, `/clients/${CLIENT}/maintenance.ics`]);
  const section = page.locator('#subscribe').locator('..');
  const links = await section.locator('a[href]').evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href')!, type: e.getAttribute('type') })));
  // Three feeds, eight API files, three badges with their endpoints.
  expect(links).toHaveLength(3 + 8 + 3 * 2);
  for (const { href, type } of [...alternates, ...links]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain(type!);
  }
  // The example requests name the same addresses the links do.
  const examples = await section.locator('code').allInnerTexts();
  for (const { href } of links.filter((l) => l.type !== 'image/svg+xml')) expect(examples.some((e) => e.startsWith('curl ') && e.endsWith(href)), href).toBe(true);

  // Followed by a visitor: the API link opens the JSON the page describes.
  await section.getByRole('link', { name: 'api/v2/summary.json' }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${CLIENT}/api/v2/summary\\.json$`));
  const summary = JSON.parse((await page.locator('body').innerText()).trim()) as StatuspageSummary;
  expect(summary.page.name).toBe('Marlow Outdoor');
});

test('every client page links the section, and the client’s feeds as alternates', async ({ page }) => {
  for (const path of [`/clients/${CLIENT}/`, `/clients/${CLIENT}/incidents/`, `/clients/${CLIENT}/reports/`]) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: 'Subscribe and integrate' }).getByRole('link', { name: /Statuspage-compatible API, badges/ })).toHaveAttribute('href', SUBSCRIBE);
    expect(await page.locator('link[rel="alternate"]').count()).toBe(3);
  }
});

/** The host rules the build wrote, read as Netlify and Cloudflare Pages read them. */
const hostRules = () => ({ redirects: readFileSync('dist/_redirects', 'utf8'), headers: readFileSync('dist/_headers', 'utf8') });

const TYPES: Record<string, string> = { '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.atom': 'application/atom+xml', '.rss': 'application/rss+xml', '.ics': 'text/calendar' };

/**
 * The client's status domain on 127.0.0.1 (its own origin, so the browser applies CORS for real): a small host that
 * serves dist/ as Netlify or Cloudflare Pages would with dist/_redirects and dist/_headers, each request answered with
 * the file the rules name and the headers they add (without the CORS header when `cors` is false).
 */
async function startStatusDomain({ cors = true } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const { redirects, headers } = hostRules();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    let file = servedFrom(redirects, `https://${DOMAIN}${path}`);
    if (file.endsWith('/')) file += 'index.html';
    const added = headersFor(headers, path);
    if (!cors) delete added['access-control-allow-origin'];
    try {
      const body = readFileSync(join('dist', file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...added }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // close() waits for every open connection, and the browser keeps its connections alive: end them, or the test can
  // hang until its timeout (https://nodejs.org/api/http.html#servercloseallconnections).
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { origin: `http://127.0.0.1:${port}`, close };
}

/**
 * A page of the site's origin (another origin than the domain's) embedding Atlassian's own widget, pointed at
 * `origin`. Upkeep's own pages carry a Content-Security-Policy that allows no script of another's, so the tests that
 * embed set bypassCSP: the widget is embedded by a client's own site, under that site's policy, not Upkeep's.
 */
async function embedWidget(page: Page, origin: string) {
  await page.goto('/');
  await page.setContent(`<!doctype html><html lang="en"><title>Embed</title><statuspage-widget src="${origin}"></statuspage-widget></html>`);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('@statuspage/status-widget/dist/index.js') });
}

test.describe('embedded elsewhere', () => {
  test.use({ bypassCSP: true });

  test('Atlassian’s status widget, unchanged, shows the client’s status from its own domain, across origins', async ({ page, request }) => {
    const summary = await getJson<StatuspageSummary>(request, `/clients/${CLIENT}/api/v2/summary.json`);
    const domain = await startStatusDomain();
    try {
      const asked = page.waitForResponse(`${domain.origin}/api/v2/summary.json`);
      await embedWidget(page, domain.origin);
      expect((await asked).headers()['access-control-allow-origin']).toBe('*');
      await expect(page.locator('statuspage-widget')).toContainText(summary.status.description);
    } finally {
      await domain.close();
    }
  });

  test('without the CORS header the widget cannot read it (the header is what makes it work)', async ({ page, request }) => {
    const summary = await getJson<StatuspageSummary>(request, `/clients/${CLIENT}/api/v2/summary.json`);
    const domain = await startStatusDomain({ cors: false });
    try {
      // Chromium says so on the console when it blocks a cross-origin read.
      const blocked = page.waitForEvent('console', (m) => /CORS policy/.test(m.text()));
      await embedWidget(page, domain.origin);
      await blocked;
      await expect(page.locator('statuspage-widget')).not.toContainText(summary.status.description);
    } finally {
      await domain.close();
    }
  });
});

test('at the status domain, the API and the pages are at its root', async ({ page }) => {
  const domain = await startStatusDomain();
  try {
    const response = await page.goto(`${domain.origin}/api/v2/status.json`);
    expect(response!.headers()['access-control-allow-origin']).toBe('*');
    expect(response!.headers()['content-type']).toBe('application/json');
    expect(JSON.parse(await response!.text()).page.name).toBe('Marlow Outdoor');
    await page.goto(`${domain.origin}/status/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marlow Outdoor: status');
    // Its links work there: the incidents list, by the client's long address, and a feed at the root, as Statuspage's.
    await page.getByRole('navigation', { name: 'Client pages' }).getByRole('link', { name: 'Incidents' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Incidents');
    expect((await page.request.get(`${domain.origin}/history.atom`)).headers()['content-type']).toBe('application/atom+xml');
  } finally {
    await domain.close();
  }
});

/** A client's pages, each at its long address; the same page at the status domain drops the /clients/<client> prefix. */
const PAGES = [
  '',
  'status/',
  'status/history/',
  'incidents/',
  'incidents/2026-11-22-card-payments-3d-secure/',
  'maintenance/2026-12-08-checkout-platform-upgrade/',
  'reports/',
  'reports/2026-10/',
  'lessons/',
];

test('every link of a client’s pages leads to the same file at both addresses', async ({ page, request }) => {
  const { redirects } = hostRules();
  const checked = new Set<string>();
  for (const path of PAGES) {
    const long = new URL(`/clients/${CLIENT}/${path}`, 'https://agency.example');
    const short = new URL(`/${path}`, `https://${DOMAIN}`);
    // The page as served at the domain must be the same file.
    expect(servedFrom(redirects, short.href)).toBe(long.pathname);
    await page.goto(long.pathname);
    const refs = await page.locator('a[href], link[href], img[src], script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')!));
    for (const ref of new Set(refs)) {
      if (/^(mailto|tel|data):|^https?:\/\//.test(ref) || ref.startsWith('#')) continue;
      const atLong = new URL(ref, long).pathname;
      const atDomain = servedFrom(redirects, new URL(ref, short).href);
      // The site's home page is the one link that differs: on the client's own domain, its home is the client's.
      if (atLong === '/') {
        expect(atDomain).toBe(`/clients/${CLIENT}/`);
        continue;
      }
      expect(atDomain, `${ref} on ${long.pathname}`).toBe(atLong);
      if (!checked.has(atLong)) {
        checked.add(atLong);
        expect((await request.get(atLong)).status(), `${ref} on ${long.pathname}`).toBe(200);
      }
    }
  }
  expect(checked.size).toBeGreaterThan(30);
});

test('Upkeep’s own Statuspage source (issue 8’s client of the API) reads every component from the client’s address', async ({ request, baseURL }) => {
  const summary = await getJson<StatuspageSummary>(request, `/clients/${CLIENT}/api/v2/summary.json`);
  const source = createStatuspageSource({ retries: 0 });
  const now = Date.now();
  for (const component of summary.components.filter((c) => !c.group && c.status !== 'under_maintenance')) {
    const monitor = statuspageMonitor.parse({ source: 'statuspage', baseUrl: `${baseURL}/clients/${CLIENT}`, component: component.name });
    const observed = await source.pull(monitor, { now: new Date(now), since: new Date(Date.parse(component.updated_at) - 3_600_000), env: {}, fetch, clock: () => now });
    expect(observed.periods.at(-1), component.name).toMatchObject({ from: component.updated_at, status: component.status });
  }
});
