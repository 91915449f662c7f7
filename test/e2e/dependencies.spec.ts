import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers.ts';

// Issue 8, §6: an upstream provider (Marlow Outdoor's card provider, Tillpoint, read from its status page) is shown in
// its own group, said to be neither run by the agency nor covered by the SLA, and the incident it caused says so.

test('the status page shows upstream providers in their own group, after the agency’s components', async ({ page }) => {
  await page.goto('/clients/marlow-outdoor/status/');
  const providers = page.getByRole('region', { name: 'Upstream providers' });
  await expect(providers.locator('[data-component="tillpoint"]')).toContainText('Card payments (Tillpoint)');
  await expect(providers.locator('[data-component="tillpoint"]')).toContainText('not covered by the SLA');
  await expect(providers.locator('[data-component="tillpoint"] [data-dependency]')).toHaveText('Upstream provider: its status as its own status page reports it; not run by us.');
  await expect(page.getByRole('region', { name: 'E-commerce' }).locator('[data-component="tillpoint"]')).toHaveCount(0);
  const groups = await page.locator('section.group').evaluateAll((sections) => sections.map((s) => s.getAttribute('aria-label')));
  expect(groups.at(-1)).toBe('Upstream providers');
  await expectAccessible(page);
});

test('an incident caused upstream says so, naming the provider', async ({ page }) => {
  await page.goto('/clients/marlow-outdoor/incidents/2026-11-22-card-payments-3d-secure/');
  const cause = page.locator('[data-upstream-cause]');
  await expect(cause).toHaveText('Cause: upstream, at Tillpoint, a provider this service depends on.');
  await expect(cause.getByRole('link', { name: 'Tillpoint' })).toHaveAttribute('href', 'https://status.tillpoint.example/');
  await expectAccessible(page);
});
