import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';

// The README's screenshots, taken from the real build on every run so they stay current (issue 10 §7). Viewport-sized
// at 1× so each PNG stays small. The visitor's clock is set to the demo's own "now" (agency.yaml demo.asOf): the demo
// is pinned there, so the pages look as they did then, without the stale-data warning a later clock rightly shows.
const asOf = new Date((parse(readFileSync('content/agency.yaml', 'utf8')) as { demo: { asOf: string } }).demo.asOf);
const MAX_BYTES = 250_000;

const shots = [
  { file: 'status-phone.png', path: '/clients/marlow-outdoor/status/', viewport: { width: 375, height: 740 } },
  { file: 'status-desktop.png', path: '/clients/marlow-outdoor/status/', viewport: { width: 1280, height: 900 } },
  { file: 'postmortem.png', path: '/clients/harwick-museum/incidents/2026-10-24-website-and-tickets-down-overnight/', viewport: { width: 1280, height: 900 } },
  { file: 'report.png', path: '/clients/marlow-outdoor/reports/2026-10/', viewport: { width: 1280, height: 900 } },
] as const;

for (const { file, path, viewport } of shots) {
  test(`README screenshot ${file}`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(asOf.getTime() + 5 * 60_000));
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const out = `docs/screenshots/${file}`;
    await page.screenshot({ path: out, animations: 'disabled' });
    expect(statSync(out).size).toBeLessThan(MAX_BYTES);
  });
}
