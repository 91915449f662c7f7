import { expect, test } from '@playwright/test';

// project-juniper is unlisted: its pages are built and noindexed, and it appears nowhere else.
test('an unlisted client is absent from the home page, the standards and the sitemap', async ({ page, request }) => {
  for (const path of ['/', '/standards/', '/standards/how-we-measure/']) {
    await page.goto(path);
    await expect(page.locator('body')).not.toContainText('Juniper');
    expect(await page.locator('a[href*="project-juniper"]').count()).toBe(0);
  }
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/clients/marlow-outdoor/');
  expect(sitemap).not.toContain('project-juniper');
});

test('an unlisted client’s own pages are built and carry noindex', async ({ page }) => {
  for (const path of ['/clients/project-juniper/', '/clients/project-juniper/status/', '/clients/project-juniper/incidents/2026-11-10-beta-api-errors-after-migration/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  }
});

// Its machine-readable outputs (issue 9 §6): at its own paths only, never in an agency-wide feed, the directory,
// the sitemap or an aggregate.
test('an unlisted client’s outputs exist at its own paths and in no agency-wide output', async ({ request }) => {
  for (const path of ['api/v2/summary.json', 'api/v2/incidents.json', 'history.atom', 'history.rss', 'maintenance.ics', 'badge.svg', 'uptime-30d.json']) {
    expect((await request.get(`/clients/project-juniper/${path}`)).status(), path).toBe(200);
  }
  const summary = await (await request.get('/clients/project-juniper/api/v2/summary.json')).json();
  expect(summary.page.name).toBe('Project Juniper');

  for (const path of ['/api/v2/clients.json', '/history.atom', '/history.rss', '/sitemap-0.xml', '/sitemap-index.xml', '/robots.txt', '/lessons/']) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toContain('project-juniper');
    expect(text, path).not.toContain('Juniper');
  }
  // The agency feed is not empty: public clients' entries are there.
  expect(await (await request.get('/history.atom')).text()).toContain('/clients/marlow-outdoor/incidents/');
  const directory = await (await request.get('/api/v2/clients.json')).json();
  expect(directory.clients.map((c: { slug: string }) => c.slug)).not.toContain('project-juniper');
  expect(directory.clients.length).toBeGreaterThan(0);
  // Nor does any public client's output name it.
  for (const client of ['marlow-outdoor', 'harwick-museum', 'calloway-press']) {
    for (const path of ['api/v2/summary.json', 'history.atom', 'maintenance.ics']) {
      expect(await (await request.get(`/clients/${client}/${path}`)).text(), `${client}/${path}`).not.toContain('Juniper');
    }
  }
});
