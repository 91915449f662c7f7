// Issue 10 §3, "honest at a glance", as a visitor checks it: how fresh the data is (with the visitor's clock pinned),
// the period the home page's figure rests on, working-hours targets, standards that state agency.yaml's own targets,
// updates newest first, a report chart whose worst day is a bar and whose target label is whole, numbers for people.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { agencySchema } from '../../src/schemas/agency.ts';
import { formatTarget } from '../../src/lib/format/targets.ts';
import { PRIORITIES } from '../../src/vocabulary/status.ts';

const agency = agencySchema.parse(parse(readFileSync('content/agency.yaml', 'utf8')));
const STATUS = '/clients/marlow-outdoor/status/';

test.describe('the status page says how fresh its data is', () => {
  // The demo's data was last updated at 12:00 GMT on 22 Nov 2026 (demo.asOf); agency.yaml says stale after 1 h.
  test('half an hour later, by the visitor’s clock, there is no warning', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T12:30:00Z'));
    await page.goto(STATUS);
    await expect(page.getByRole('status')).toContainText('Monitor data last updated 22 Nov 2026, 12:00 GMT');
    await expect(page.locator('[data-stale-warning]')).toBeHidden();
  });

  test('three hours later, a warning says how old the data is, beside the exact time and its zone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T15:05:00Z'));
    await page.goto(STATUS);
    const warning = page.getByRole('alert');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('This page may be out of date.');
    await expect(warning).toContainText('3 hours old (22 Nov 2026, 12:00 GMT)');
    await expect(warning.getByRole('link', { name: /Support desk/ })).toHaveAttribute('href', 'mailto:support@example.com');
  });

  test('two days later, it counts days', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T13:00:00Z'));
    await page.goto(STATUS);
    await expect(page.getByRole('alert')).toContainText('2 days old');
  });
});

test('the home page states the period its 12-month figure actually observed, and says it is not a 12-month figure', async ({ page }) => {
  await page.goto('/');
  const observed = page.locator('[data-proof="observed"]');
  await expect(observed).toContainText(/Observed \d{1,2} \w{3} 2026 to 22 Nov 2026: our monitors saw \d+\.\d% of the 12 months' minutes, so this is not a 12-month figure\./);
});

test.describe('business-clock targets read in working time, never calendar days', () => {
  for (const path of ['/', '/standards/priority-levels/', '/clients/harwick-museum/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const cells = page.locator('[data-target]');
      expect(await cells.count()).toBeGreaterThanOrEqual(8);
      for (const text of await cells.allTextContents()) expect(text).not.toMatch(/\d d\b/);
    });
  }

  test('the default P4 restore target is five working days, on the home page and on the priority levels page alike', async ({ page }) => {
    for (const path of ['/', '/standards/priority-levels/']) {
      await page.goto(path);
      await expect(page.locator('tr', { hasText: 'P4' }).locator('[data-target="restore"]').first()).toHaveText('5 working days');
    }
  });
});

test('the standards pages state exactly the targets, hours and contacts of agency.yaml', async ({ page }) => {
  const hours = agency.defaults.supportHours;
  await page.goto('/standards/priority-levels/');
  for (const p of PRIORITIES) {
    const level = agency.defaults.priorities[p];
    const row = page.locator('[data-standard="targets"] tr', { has: page.locator(`th:text-is("${p} ${level.name}")`) });
    await expect(row.locator('[data-target="response"]')).toHaveText(formatTarget(level.responseTarget, level.clock, hours));
    await expect(row.locator('[data-target="restore"]')).toHaveText(formatTarget(level.restoreTarget, level.clock, hours));
  }
  await expect(page.locator('[data-standard="support-hours"]').first()).toHaveText(`${hours.start} to ${hours.end} ${agency.timeZone} time`);

  await page.goto('/standards/support-model/');
  const contacts = page.locator('[data-standard="contacts"]');
  for (const c of agency.contacts) {
    if (c.email) await expect(contacts.getByRole('link', { name: c.email })).toBeVisible();
    if (c.phone) await expect(contacts.getByRole('link', { name: c.phone })).toBeVisible();
  }
  await page.goto('/standards/escalation/');
  const path = page.locator('[data-standard="escalation"]');
  for (const s of agency.escalation) await expect(path).toContainText(s.when);
  await page.goto('/standards/warranty/');
  await expect(page.locator('[data-standard="warranty"]')).toHaveText(`${agency.defaults.warrantyDays} days`);
});

test('an incident’s updates are listed newest first, each time with its zone', async ({ page }) => {
  await page.goto('/clients/harwick-museum/incidents/2026-10-24-website-and-tickets-down-overnight/');
  const times = await page.locator('[data-updates] > li time').evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime')!)));
  expect(times.length).toBeGreaterThan(2);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await expect(page.locator('[data-updates] > li').first()).toContainText('Resolved');
  for (const text of await page.locator('[data-updates] > li time').allTextContents()) expect(text).toMatch(/ (GMT|BST)$/);
});

test('the report chart draws its worst day as a bar and its target label whole; tables format numbers for people', async ({ page }) => {
  await page.goto('/clients/harwick-museum/reports/2026-10/');
  const svg = page.locator('figure.chart svg');
  const heights = await svg.locator('rect.day-met, rect.day-missed').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
  const plot = await svg.evaluate((s) => s.getBoundingClientRect().height);
  // The worst day (24 Oct, 81.4 %) stands at least a fifth of the plot high: a bar, not a sliver.
  expect(Math.min(...heights)).toBeGreaterThan(plot * 0.1);
  const [label, frame] = await Promise.all([svg.locator('[data-target-label]').boundingBox(), svg.boundingBox()]);
  expect(label!.y).toBeGreaterThanOrEqual(frame!.y);
  expect(label!.y + label!.height).toBeLessThanOrEqual(frame!.y + frame!.height);
  expect(label!.x).toBeGreaterThanOrEqual(frame!.x);
  // October in London has 44,700 minutes: shown so, never "44700.0".
  const table = page.locator('#availability');
  await expect(table).toContainText('44,700');
  for (const cell of await page.locator('td.num').allTextContents()) expect(cell.trim()).not.toMatch(/\d{4}|\.0$/);
});
