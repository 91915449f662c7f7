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
