import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow } from './helpers.ts';

// The status page's history bars as a visitor uses them (issue 10, §1): on a phone and a desktop, by keyboard, mouse
// and touch, with and without JavaScript.
const HARWICK = '/clients/harwick-museum/status/';
const MARLOW = '/clients/marlow-outdoor/status/';
// Harwick's P1: the website down overnight from 23:07 BST on Saturday 24 October.
const OUTAGE_DAY = '2026-10-24';

const website = (page: Page) => page.locator('[data-component="website"]');
const shownBars = (component: Locator) => component.locator('ol[data-bars] > li:visible');

test.describe('how many days fit', () => {
  for (const [width, days] of [[375, 30], [768, 60], [1280, 90]] as const) {
    test(`${width} px: ${days} bars per component, never wider than the screen, uptime over the same days`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(MARLOW);
      await expectNoHorizontalOverflow(page);
      // Upstream providers show their status now, not bars (src/components/ComponentRow.astro).
      await expect(page.locator('[data-component]:has([data-dependency]) ol[data-bars]')).toHaveCount(0);
      for (const component of await page.locator('[data-component]:not(:has([data-dependency]))').all()) {
        await expect(shownBars(component)).toHaveCount(days);
        const row = await component.locator('ol[data-bars]').boundingBox();
        const box = await component.boundingBox();
        expect(row!.x + row!.width).toBeLessThanOrEqual(box!.x + box!.width);
        await expect(component.locator('.bar-uptime:visible')).toHaveText(new RegExp(`^(\\d+\\.\\d{3}% uptime over ${days} days, \\d+% observed|No data over ${days} days)$`));
        await expect(component.locator('.bar-axis .win:visible').first()).toHaveText(`${days} days ago`);
      }
    });
  }
});

test('the legend names every status and what the shades mean', async ({ page }) => {
  await page.goto(HARWICK);
  const legend = page.locator('.legend');
  for (const label of ['Operational', 'Degraded performance', 'Partial outage', 'Major outage', 'Under maintenance', 'No data']) {
    await expect(legend.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(legend).toContainText('Lighter bars are shorter problems');
});

test('status is never told by colour alone: every bar says its status in words, and patterns tell degraded from partial', async ({ page }) => {
  await page.goto(MARLOW);
  const names = await page.locator('ol[data-bars] > li > a').evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/^\w{3} \d{1,2} \w{3} \d{4}: (Operational|Degraded performance|Partial outage|Major outage|Under maintenance|No data)/);
  const pattern = (status: string) => page.locator(`.legend-keys .swatch.s-${status}`).evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(await pattern('degraded_performance')).toContain('repeating-linear-gradient');
  expect(await pattern('partial_outage')).toContain('repeating-linear-gradient');
  expect(await pattern('degraded_performance')).not.toBe(await pattern('partial_outage'));
  expect(await pattern('major_outage')).toBe('none');
});

test('a short blip and a long outage look different', async ({ page }) => {
  await page.goto(HARWICK);
  // The overnight P1: 52 minutes before midnight on the 24th, a middle shade; hours after it on the 25th, in full.
  const evening = website(page).locator(`li:has(> a[href$="-${OUTAGE_DAY}"])`);
  await expect(evening).toHaveClass(/\bs-major_outage\b/);
  await expect(evening).toHaveAttribute('data-weighted-down-minutes', /^5\d(\.\d+)?$/);
  await expect(evening).toHaveClass(/\bw2\b/);
  const night = website(page).locator('li:has(> a[href$="-2026-10-25"])');
  await expect(night).toHaveClass(/\bs-major_outage\b/);
  await expect(night).toHaveClass(/\bw3\b/);
  const shades = await page.locator('.legend-shades .swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(new Set(shades).size).toBe(3);
});

test.describe('by keyboard', () => {
  test('one tab stop per row; arrows move a day; the popover shows the day and Esc dismisses it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(HARWICK);
    const links = website(page).locator('ol[data-bars] > li > a');
    await expect(links.last()).toHaveAttribute('tabindex', '0');
    await expect(links.first()).toHaveAttribute('tabindex', '-1');
    await links.last().focus();
    const pop = page.locator('#day-pop');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('Sun 22 Nov 2026');
    await expect(pop).toContainText('today so far');
    await page.keyboard.press('ArrowLeft');
    await expect(pop).toContainText('Sat 21 Nov 2026');
    await expect(links.nth(-2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(links.last()).toBeFocused();
  });

  test('every day is reachable, and the outage day lists its incident as a link that Tab reaches', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(HARWICK);
    const links = website(page).locator('ol[data-bars] > li > a');
    await links.last().focus();
    const count = await links.count();
    for (let i = 1; i < count; i++) await page.keyboard.press('ArrowLeft');
    await expect(links.first()).toBeFocused();
    await website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`).focus();
    const pop = page.locator('#day-pop');
    await expect(pop).toContainText('Sat 24 Oct 2026');
    await expect(pop).toContainText('Major outage');
    await expect(pop).toContainText(/\d+\.\d{3}% available/);
    await expect(pop).toContainText(/weighted down minutes/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const incident = pop.getByRole('link', { name: 'Website and ticket shop down overnight' });
    await expect(incident).toBeFocused();
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });
});

test.describe('by mouse', () => {
  test('hovering shows the day; the popover is hoverable, and leaving both hides it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(HARWICK);
    const bar = website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`);
    await bar.hover();
    const pop = page.locator('#day-pop');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('Sat 24 Oct 2026');
    // Move onto the popover and its link: it stays (WCAG 1.4.13 hoverable).
    await pop.getByRole('link', { name: 'Website and ticket shop down overnight' }).hover();
    await page.waitForTimeout(600);
    await expect(pop).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(pop).toBeHidden();
  });

  test('Esc dismisses it without moving the pointer', async ({ page }) => {
    await page.goto(HARWICK);
    await website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`).hover();
    const pop = page.locator('#day-pop');
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });

  test('a click keeps it open until the close button, and the link there goes to the day', async ({ page }) => {
    await page.goto(HARWICK);
    const bar = website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`);
    await bar.click();
    const pop = page.locator('#day-pop');
    await expect(pop).toBeVisible();
    await page.mouse.move(5, 500);
    await page.waitForTimeout(600);
    await expect(pop).toBeVisible();
    await pop.getByRole('button', { name: 'Close' }).click();
    await expect(pop).toBeHidden();
    await bar.click();
    await pop.getByRole('link', { name: 'Day by day' }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/harwick-museum/status/history/#day-website-${OUTAGE_DAY}$`));
  });
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });

  test('a tap shows the day and stays; a tap elsewhere dismisses it', async ({ page }) => {
    await page.goto(HARWICK);
    const bar = website(page).locator('ol[data-bars] > li > a').last();
    await bar.tap();
    const pop = page.locator('#day-pop');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('Sun 22 Nov 2026');
    await expect(page).toHaveURL(new RegExp(`${HARWICK}$`));
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.locator('h1').tap();
    await expect(pop).toBeHidden();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('each bar is a link to its day, whose row shows the same facts with the incident linked', async ({ page }) => {
    await page.goto(HARWICK);
    const bar = website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`);
    const name = await bar.textContent();
    expect(name).toMatch(/^Sat 24 Oct 2026: Major outage, \d+\.\d{3}% available, [\d.]+ weighted down minutes, .+ of outage, 1 incident$/);
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/clients/harwick-museum/status/history/#day-website-${OUTAGE_DAY}$`));
    const row = page.locator(`#day-website-${OUTAGE_DAY}`);
    await expect(row).toBeInViewport();
    await expect(row).toContainText('Sat 24 Oct 2026');
    await expect(row).toContainText('Major outage');
    await expect(row).toContainText(/\d+\.\d{3}%/);
    await expect(row.getByRole('link', { name: 'Website and ticket shop down overnight' })).toBeVisible();
    // The day's uptime on both pages is the same figure.
    expect(name).toContain(`${(await row.locator('td.num').first().textContent())!.trim()} available`);
  });

  test('every bar is reachable by Tab', async ({ page }) => {
    await page.goto('/clients/project-juniper/status/');
    const links = page.locator('ol[data-bars] > li > a');
    for (const tabindex of await links.evaluateAll((as) => as.map((a) => a.getAttribute('tabindex')))) expect(tabindex).toBeNull();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`status page and day by day pass axe at ${width} px, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of [HARWICK, `${HARWICK}history/`]) {
        await page.goto(path);
        await expectNoHorizontalOverflow(page);
        await expectAccessible(page);
      }
      // With a popover open, too.
      await page.goto(HARWICK);
      await website(page).locator(`li > a[href$="-${OUTAGE_DAY}"]`).click();
      await expect(page.locator('#day-pop')).toBeVisible();
      await expectAccessible(page);
    });
  }
}
