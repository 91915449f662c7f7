import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, term: string) {
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill(term);
}

test('search finds a postmortem', async ({ page }) => {
  await search(page, 'binary logs');
  const result = page.getByRole('link', { name: 'Website and ticket shop down overnight' });
  await expect(result.first()).toBeVisible();
  await result.first().click();
  await expect(page).toHaveURL(/\/clients\/harwick-museum\/incidents\/2026-10-24-website-and-tickets-down-overnight\//);
});

test('search finds a standards page', async ({ page }) => {
  await search(page, 'error budget');
  await expect(page.locator('.pagefind-ui__result-link[href="/standards/how-we-measure/"]').first()).toBeVisible();
});

test('search never returns an unlisted client', async ({ page }) => {
  await search(page, 'Juniper');
  await expect(page.locator('.pagefind-ui__message')).toContainText(/No results/i);
  await search(page, 'accounts table migration');
  await expect(page.locator('.pagefind-ui__message')).toBeVisible();
  expect(await page.locator('a[href*="project-juniper"]').count()).toBe(0);
});

/** What Pagefind indexed, through its own JS API: each result's URL and its indexed text. */
async function indexed(page: Page, term: string): Promise<Array<{ url: string; content: string }>> {
  await page.goto('/search/');
  return page.evaluate(async (q) => {
    // Pagefind's API, as the site serves it (a URL in a variable: it is the browser's module, not one TypeScript resolves).
    const url = '/pagefind/pagefind.js';
    type Result = { data: () => Promise<{ url: string; content: string }> };
    const pagefind = (await import(url)) as { search: (term: string) => Promise<{ results: Result[] }> };
    const { results } = await pagefind.search(q);
    return Promise.all(results.map((r) => r.data()));
  }, term);
}

test('search indexes status pages, monthly reports and client overviews of public clients', async ({ page }) => {
  const urls = (await indexed(page, 'Marlow')).map((r) => r.url);
  expect(urls).toContain('/clients/marlow-outdoor/status/');
  expect(urls).toContain('/clients/marlow-outdoor/reports/2026-10/');
  expect(urls).toContain('/clients/marlow-outdoor/');
  // Unlisted: never in the index, whatever is searched.
  for (const term of ['Juniper', 'status', 'report', 'availability']) {
    expect((await indexed(page, term)).filter((r) => r.url.includes('project-juniper'))).toEqual([]);
  }
});

test('a report’s tables are indexed cell by cell, never glued into one word', async ({ page }) => {
  const report = (await indexed(page, 'availability')).find((r) => r.url === '/clients/marlow-outdoor/reports/2026-10/');
  expect(report).toBeDefined();
  // The availability table's caption and head, as the page shows them.
  expect(report!.content).toMatch(/October 2026\W+Component\W+Availability\W+Target/);
  expect(report!.content).not.toMatch(/ComponentAvailability|AvailabilityTarget/);
  // The history bars' hidden day-by-day text is left out of the status page's entry.
  const status = (await indexed(page, 'Marlow')).find((r) => r.url === '/clients/marlow-outdoor/status/');
  expect(status!.content).not.toMatch(/\d{4}: Operational, 100\.000% available/);
});

test('search finds a status page by what is wrong on it', async ({ page }) => {
  await search(page, '3-D Secure');
  await expect(page.locator('.pagefind-ui__result-link[href="/clients/marlow-outdoor/status/"]').first()).toBeVisible();
});
