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
