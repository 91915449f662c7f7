import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expectAccessible } from './helpers.ts';

// One page of every type, as a visitor reaches it: it loads, has its heading, and passes axe.
const pages = [
  ['home', '/', /Corbel & Finch/],
  ['standards index', '/standards/', /Service standards/],
  ['a standards page', '/standards/how-we-measure/', /How we measure/],
  ['client standards and SLA', '/clients/marlow-outdoor/', /Marlow Outdoor: service standards/],
  ['status page', '/clients/harwick-museum/status/', /status/],
  ['incident list', '/clients/calloway-press/incidents/', /Incidents and postmortems/],
  ['postmortem', '/clients/harwick-museum/incidents/2026-10-24-website-and-tickets-down-overnight/', /Website and ticket shop down overnight/],
  ['reports index', '/clients/marlow-outdoor/reports/', /Monthly service reports/],
  ['monthly report', '/clients/marlow-outdoor/reports/2026-10/', /Service report: October 2026/],
  ['search', '/search/', /Search/],
] as const;

for (const [name, path, heading] of pages) {
  test(`${name} loads and is accessible`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('Demo content.')).toBeVisible();
    await expectAccessible(page);
  });
}

test('an unknown page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/clients/nobody/status/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
});

test('the SLA table shows the bespoke targets of a client', async ({ page }) => {
  await page.goto('/clients/marlow-outdoor/');
  const p1 = page.getByRole('row', { name: /P1/ });
  await expect(p1).toContainText('15 min');
  await expect(p1).toContainText('2 h');
  await expect(p1).toContainText('24×7');
  await expect(page.getByText('99.95% per calendar month')).toBeVisible();
});

test('a postmortem shows its timeline, impact, duration, targets, action items and lessons', async ({ page }) => {
  await page.goto('/clients/harwick-museum/incidents/2026-10-24-website-and-tickets-down-overnight/');
  for (const heading of ['Affected components', 'Status updates', 'Action items', 'Lessons learned', 'Against targets']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Postmortem' }).getByRole('heading', { name: 'Root cause' })).toBeVisible();
  // P1 restore: 23:20 BST → 02:35 GMT across the clock change is 4 h 15 min against 4 h: missed.
  const restore = page.locator('tr[data-measure="restore"]');
  await expect(restore).toContainText('4 h 15 min');
  await expect(restore).toContainText('Missed');
});

test('dist ships no JavaScript that no page loads', () => {
  // Astro emits a renderer's client runtime whenever the renderer is registered, island or not
  // (withastro/astro#4919); every .js file outside pagefind/ must be referenced by a page.
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const all = files('dist');
  const pages = all.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const scripts = all.filter((f) => f.endsWith('.js') && !f.startsWith(join('dist', 'pagefind')));
  expect(scripts.filter((f) => !pages.includes(`/${relative('dist', f).split(sep).join('/')}`))).toEqual([]);
});
