import { expect, test } from '@playwright/test';

test.describe('a client with an active incident', () => {
  test('shows the incident and the worst current status', async ({ page }) => {
    await page.goto('/clients/marlow-outdoor/status/');
    await expect(page.getByRole('status')).toContainText('Partial System Outage');
    const active = page.getByRole('region', { name: 'Active incidents' });
    await expect(active.getByRole('link', { name: 'Some card payments failing at 3-D Secure verification' })).toBeVisible();
    await expect(page.locator('[data-component="checkout"] .component-head')).toContainText('Partial outage');
    await expect(page.locator('[data-component="payments-api"] .component-head')).toContainText('Degraded performance');
  });

  test('is shown as such on the home page', async ({ page }) => {
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Marlow Outdoor', exact: true }) });
    await expect(card).toContainText('Partial outage');
    await expect(card).toContainText('1 active incident');
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the status page works fully: every fact is there without its script', async ({ page }) => {
    await page.goto('/clients/marlow-outdoor/status/');
    await expect(page.getByRole('status')).toContainText('Partial System Outage');
    await expect(page.getByRole('status')).toContainText('Monitor data last updated 22 Nov 2026, 12:00 GMT');
    await expect(page.getByRole('heading', { name: 'Upcoming maintenance' })).toBeVisible();
    // 90 bars per component on a wide screen, each a link whose text names the date and the status.
    const website = page.getByRole('list', { name: 'Website: status day by day, oldest first' });
    await expect(website.getByRole('listitem')).toHaveCount(90);
    await expect(website.getByRole('listitem').last()).toContainText(/Sun 22 Nov 2026: .+today so far/);
    // The stale-data warning needs a clock: without the script it stays hidden, and the time of the data is shown.
    await expect(page.locator('[data-stale-warning]')).toBeHidden();
    // The incident link is a plain link that works without JS.
    await page.getByRole('link', { name: 'Some card payments failing at 3-D Secure verification' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Some card payments failing at 3-D Secure verification');
  });
});

test('the probe’s TLS and security-header findings stay off the status pages of clients that have not opted in', async ({ page }) => {
  // No demo client sets publishSecurityAudit: staff read the findings with `npm run audit` instead (DESIGN.md).
  for (const client of ['calloway-press', 'harwick-museum', 'marlow-outdoor', 'project-juniper']) {
    await page.goto(`/clients/${client}/status/`);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/TLS|certificate|security header|content-security-policy|referrer-policy|strict-transport-security/i);
  }
});
