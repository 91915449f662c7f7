import { readdirSync, readFileSync } from 'node:fs';
import type { Locale } from '../../src/vocabulary/locale.ts';
import { expect, test } from '@playwright/test';
import { formatMinuteFigure, formatPercent } from '../../src/lib/format/number.ts';
import { verdictLabel } from '../../src/lib/format/labels.ts';

// For every client and month, the SLA JSON, the report page and the status page's daily bars must agree to the
// minute: they are three views of one computation.
const clients = readdirSync('content/clients');
// Each client's numbers are written its locale's way (client.yaml `locale`, English by default).
const localeOf = (client: string) => ((/^locale:\s*(\w+)/m.exec(readFileSync(`content/clients/${client}/client.yaml`, 'utf8'))?.[1] ?? 'en') as Locale);
/** A figure as the page writes it, read back as a number. */
const readNumber = (text: string, locale: Locale) => Number(locale === 'de' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, ''));

for (const client of clients) {
  test(`${client}: SLA JSON, report page and status page agree`, async ({ page, request }) => {
    await page.goto(`/clients/${client}/reports/`);
    const months = await page.locator('a[href*="/api/sla/"]').evaluateAll((links) =>
      links.map((a) => /(\d{4}-\d{2})\.json$/.exec(a.getAttribute('href') ?? '')![1]!),
    );
    expect(months.length).toBeGreaterThan(0);

    await page.goto(`/clients/${client}/status/`);
    const bars = await page.locator('li.bar-day').evaluateAll((items) =>
      items.map((li) => ({
        component: li.closest('[data-component]')!.getAttribute('data-component')!,
        date: li.querySelector('a')!.getAttribute('href')!.slice(-10),
        weighted: Number(li.getAttribute('data-weighted-down-minutes')),
        eligible: Number(li.getAttribute('data-eligible-minutes')),
      })),
    );
    const firstBarDate = bars.map((b) => b.date).sort()[0]!;

    for (const month of months) {
      const report = await (await request.get(`/clients/${client}/api/sla/${month}.json`)).json();
      expect(report).toMatchObject({ client, month, uptime: { components: expect.any(Array) }, summary: expect.any(Object) });
      expect(report.summary.incidents).toBe(report.incidents.length);

      await page.goto(`/clients/${client}/reports/${month}/`);
      for (const c of report.uptime.components) {
        const row = page.locator(`#availability tr[data-component="${c.id}"]`);
        const locale = localeOf(client);
        await expect(row.locator('[data-availability]')).toHaveText(formatPercent(c.availability, 3, locale));
        // Rounded as the page rounds them: down minutes up, eligible minutes to the nearest.
        await expect(row).toContainText(formatMinuteFigure(c.weightedDownMinutes, 'up', 1, locale));
        await expect(row).toContainText(formatMinuteFigure(c.eligibleMinutes, 'nearest', 1, locale));
        // The verdict in the page's words (Met / Erreicht).
        await expect(row).toContainText(verdictLabel(c.met, false, locale));

        // The listed spans add up, by hand, to the published weighted down minutes.
        const weighted = await page.locator(`details[data-spans="${c.id}"] tbody tr td:nth-child(5)`).allTextContents();
        const byHand = weighted.reduce((t, text) => t + readNumber(text, locale), 0);
        expect(Math.abs(byHand - c.weightedDownMinutes)).toBeLessThanOrEqual(0.005 * weighted.length + 1e-9);

        // Months wholly inside the status page's 90 days: the bars add up to the report.
        if (`${month}-01` >= firstBarDate) {
          const days = bars.filter((b) => b.component === c.id && b.date.startsWith(month));
          const sum = (k: 'weighted' | 'eligible') => days.reduce((t, b) => t + b[k], 0);
          expect(sum('weighted')).toBeCloseTo(c.weightedDownMinutes, 6);
          expect(sum('eligible')).toBeCloseTo(c.eligibleMinutes, 6);
        }
      }
      await expect(page.locator('#incidents tbody tr')).toHaveCount(report.incidents.length);
    }
  });
}
