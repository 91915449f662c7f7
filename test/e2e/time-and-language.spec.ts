// Issue 10 §5, as a visitor checks it: every time names its zone and is in the client's zone; the zone switch (a React
// island) shows the visitor's own zone on request, remembers it, and never weighs on a page's first view; a client
// with `locale: de` gets German words, dates and numbers.
import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow } from './helpers.ts';

const STATUS = '/clients/marlow-outdoor/status/';
const ZONED = /\d{2}:\d{2} (GMT|BST|EST|EDT|UTC|MEZ|MESZ|UTC[+-][\d:]+)$/;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/New_York' });

  test('times are in the client’s zone and name it; there is no switch to press', async ({ page }) => {
    await page.goto(STATUS);
    await expect(page.getByRole('status')).toContainText('Monitor data last updated 22 Nov 2026, 12:00 GMT');
    await expect(page.getByRole('button', { name: 'Show times in my time zone' })).toBeHidden();
    for (const text of await page.locator('time[data-zoned="datetime"]').allTextContents()) expect(text).toMatch(ZONED);
  });
});

test.describe('a visitor in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees the client’s zone first, and React is not loaded until they ask', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(STATUS);
    await expect(page.getByRole('status')).toContainText('22 Nov 2026, 12:00 GMT');
    const button = page.getByRole('button', { name: 'Show times in my time zone' });
    await expect(button).toBeVisible();
    expect(scripts.filter((u) => u.includes('zone-switch'))).toEqual([]);

    await button.click();
    await expect(page.getByRole('status')).toContainText('Monitor data last updated 22 Nov 2026, 07:00 EST');
    expect(scripts.filter((u) => u.includes('zone-switch'))).toHaveLength(1);
    const select = page.getByLabel('Times shown in');
    await expect(select).toHaveValue('visitor');
    await expect(select.locator('option:checked')).toHaveText('your zone (America/New_York)');
    await expectAccessible(page);

    // Remembered on the next page, without pressing anything.
    await page.goto('/clients/marlow-outdoor/incidents/');
    await expect(page.getByLabel('Times shown in')).toHaveValue('visitor');
    await page.goto(STATUS);
    await expect(page.getByRole('status')).toContainText('07:00 EST');

    // UTC, then back to the client's zone.
    await page.getByLabel('Times shown in').selectOption('utc');
    await expect(page.getByRole('status')).toContainText('22 Nov 2026, 12:00 UTC');
    await page.getByLabel('Times shown in').selectOption('client');
    await expect(page.getByRole('status')).toContainText('22 Nov 2026, 12:00 GMT');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show times in my time zone' })).toBeVisible();
  });
});

test.describe('a client whose pages are in German (locale: de)', () => {
  const JUNIPER = '/clients/project-juniper/status/';

  test('has German words, dates and numbers, and says it is German', async ({ page }) => {
    await page.goto(JUNIPER);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Project Juniper: Status');
    await expect(page.getByRole('status')).toContainText('Alle Systeme betriebsbereit');
    await expect(page.getByRole('status')).toContainText('Überwachungsdaten zuletzt aktualisiert 22. November 2026, 12:00 GMT');
    await expect(page.getByRole('navigation', { name: 'Kundenseiten' }).getByRole('link', { name: 'Vorfälle' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Komponenten' })).toBeVisible();
    // Numbers with a decimal comma and a space before the percent sign.
    await expect(page.locator('.bar-uptime').first()).toContainText(/\d{2,3},\d{3}\u00a0% Verfügbarkeit über \d+ Tage/);
    await expect(page.getByRole('button', { name: 'Zeiten in meiner Zeitzone zeigen' })).toBeVisible();
  });

  test('its stale warning is German too, with a pinned clock', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T15:05:00Z'));
    await page.goto(JUNIPER);
    await expect(page.getByRole('alert')).toContainText('Diese Seite ist möglicherweise veraltet.');
    await expect(page.getByRole('alert')).toContainText('3 Stunden alt');
  });

  for (const width of [375, 1280]) {
    test(`passes axe at ${width} px and fits the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(JUNIPER);
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
    });
  }

  test('the other clients stay English', async ({ page }) => {
    await page.goto(STATUS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marlow Outdoor: status');
  });
});
