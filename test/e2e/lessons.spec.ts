import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

// The lessons-learned log (issue 11 §3): the agency page lists public clients only, each client has its own page,
// actions not done by their due date are flagged overdue, and items are grouped by the theme staff tag them with
// (untagged ones under "Other", last). The demo's "now" is 2026-11-22.

test('the agency log groups by theme, flags overdue actions and is accessible', async ({ page }) => {
  const response = await page.goto('/lessons/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons learned');
  const themes = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(themes).toEqual(expect.arrayContaining(['Monitoring', 'Third parties', 'Other']));
  expect(themes.at(-1)).toBe('Other');

  const monitoring = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Monitoring' }) });
  await expect(monitoring).toContainText('Alert on disk usage above 80%');
  await expect(monitoring).toContainText("Monitor the expiry date of the identity provider's signing certificate");

  // Due 2026-10-30, not done: 23 days overdue on 2026-11-22, with its owner and the postmortem it came from.
  const thirdParties = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Third parties' }) });
  const overdue = thirdParties.getByRole('row', { name: /pre-release notification list/ });
  await expect(overdue).toContainText('Tom Ashworth');
  await expect(overdue).toContainText('2026-10-30');
  await expect(overdue.getByRole('strong')).toHaveText('Overdue by 23 days');
  await expect(overdue.getByRole('link')).toHaveAttribute('href', '/clients/marlow-outdoor/incidents/2026-10-14-consent-banner-safari/');
  await expect(thirdParties.getByRole('row', { name: /pre-authorised procedure/ })).toContainText('Open');
  await expect(thirdParties).toContainText('Third-party scripts on "latest" change without us');

  await expectAccessible(page);
});

test('the agency log leaves unlisted clients out', async ({ page }) => {
  await page.goto('/lessons/');
  await expect(page.locator('main')).not.toContainText('Project Juniper');
  await expect(page.locator('main')).not.toContainText('Add a migration check to the release pipeline');
  await expect(page.locator('a[href^="/clients/project-juniper/"]')).toHaveCount(0);
});

test('a client page lists only that client, grouped and flagged, and is accessible', async ({ page }) => {
  const response = await page.goto('/clients/marlow-outdoor/lessons/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons learned');
  const thirdParties = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Third parties' }) });
  await expect(thirdParties.getByRole('row', { name: /pre-release notification list/ }).getByRole('strong')).toHaveText('Overdue by 23 days');
  await expect(thirdParties.getByRole('row', { name: /pinned version/ })).toContainText('Done');
  await expect(page.locator('main')).not.toContainText('Alert on disk usage above 80%');
  await expectAccessible(page);
});

test('an unlisted client has its own log, kept out of search engines', async ({ page }) => {
  const response = await page.goto('/clients/project-juniper/lessons/');
  expect(response?.status()).toBe(200);
  const monitoring = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Monitoring' }) });
  await expect(monitoring).toContainText('Add a migration check to the release pipeline');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectAccessible(page);
});

test('the log needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/');
  await expect(page.getByRole('row', { name: /pre-release notification list/ }).getByRole('strong')).toHaveText('Overdue by 23 days');
  await context.close();
});
