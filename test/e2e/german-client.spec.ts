// Issue 10 §5, as a German reader of Project Juniper (client.yaml `locale: de`) checks it on a phone: every page type of
// the client is German (words, dates, numbers), says so (<html lang="de-DE">), marks what staff wrote in English as
// English (lang="en-GB"), leaves no English interface word behind, passes axe and fits a 375 px screen.
import { expect, test, type Page } from '@playwright/test';
import { formatPercent } from '../../src/lib/format/number.ts';
import { expectAccessible, expectNoHorizontalOverflow } from './helpers.ts';

const BASE = '/clients/project-juniper';
const INCIDENT = `${BASE}/incidents/2026-11-10-beta-api-errors-after-migration/`;
const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
/** A German date as the pages write it: "10. November 2026", optionally with a time and its zone. */
const GERMAN_DATE = new RegExp(`\\b\\d{1,2}\\. (${MONTHS}) \\d{4}\\b`);
const ENGLISH_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/;

/** Interface words of the English pages that a German page must not show (what staff wrote aside). */
const ENGLISH = [
  'Incidents',
  'Incident',
  'Monthly report',
  'Service report',
  'Availability',
  'Resolved',
  'Subscribe',
  'Skip to content',
  'Dark theme',
  'Show times in my time zone',
  'Service standards',
  'How we measure',
  'Home',
  'Components',
  'Operational',
  'Maintenance',
  'Scheduled',
  'Completed',
  'Reported',
  'Duration',
  'Uptime',
  'Target',
  'Response',
  'Restore',
  'Error budget',
  'Summary',
  'Action items',
  'Lessons learned',
  'Status updates',
  'Day by day',
  'days ago',
  'Today',
  'None',
  'Open',
  'Done',
  'Met',
  'Missed',
  'Owner',
  'Due',
  'Example request',
  'working hours',
  'support hours',
  'Monday',
  'per calendar month',
  'no data',
];

/**
 * The page's own words: the text and the accessible names (aria-label, alt, title) of everything but what staff
 * wrote (marked lang="en-GB") and code samples (addresses, requests).
 */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[lang="en-GB"], code, script, style')) el.remove();
    const names = [...body.querySelectorAll('[aria-label], [alt], [title]')].flatMap((el) => ['aria-label', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''));
    // Text node by text node, so that words of neighbouring cells never run together.
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    // Runs of ordinary white space only: the no-break space before "%" is the German way and stays.
    return [...texts, ...names].join(' ').replace(/[ \t\r\n]+/g, ' ');
  });
}

const pages: Array<{ name: string; path: string; h1: string | RegExp; german: string[]; dated?: boolean }> = [
  { name: 'overview', path: `${BASE}/`, h1: 'Project Juniper: Servicestandards', german: ['Service-Level-Vereinbarung', '99,5\u00a0% pro Kalendermonat', 'Montag bis Freitag', 'Was abgedeckt ist', 'Eskalation'], dated: true },
  { name: 'status', path: `${BASE}/status/`, h1: 'Project Juniper: Status', german: ['Alle Systeme betriebsbereit', 'Komponenten', 'Geplante Wartung', 'Kürzlich behoben', 'Updates abonnieren'], dated: true },
  { name: 'status history', path: `${BASE}/status/history/`, h1: 'Project Juniper: Tag für Tag', german: ['Schlechtester Status', 'Gewichtete Ausfallmin.', 'Vorfälle und Wartungen', 'Betriebsbereit'], dated: true },
  { name: 'incidents index', path: `${BASE}/incidents/`, h1: 'Vorfälle und Postmortems', german: ['Priorität', 'Auswirkung', 'Gemeldet', 'Behoben', '52 Min.'], dated: true },
  { name: 'an incident', path: INCIDENT, h1: 'Beta API errors after a database migration', german: ['Betroffene Komponenten', 'Erste Reaktion', 'Im Vergleich zu den Zielen', 'Statusmeldungen', 'Maßnahmen', 'Erreicht', '1 Arbeitsstunde'], dated: true },
  { name: 'maintenance', path: `${BASE}/maintenance/2026-11-17-accounts-table-migration/`, h1: 'Accounts table migration', german: ['Geplante Wartung', 'Beginn', 'Mitteilungen', 'Abgeschlossen', 'Die geplante Wartung ist abgeschlossen.'], dated: true },
  { name: 'reports index', path: `${BASE}/reports/`, h1: 'Monatliche Serviceberichte', german: ['November 2026 (läuft)', 'Oktober 2026', 'Reaktion erreicht', '1 von 1'] },
  { name: 'a report', path: `${BASE}/reports/2026-11/`, h1: 'Project Juniper: Servicebericht: November 2026', german: ['Zusammenfassung', 'Verfügbarkeit im Vergleich zum Ziel', 'Woher die Minuten kommen', 'Fehlerbudget', 'Vorfälle im Vergleich zu den Zielen', 'Was wir gelernt haben'], dated: true },
  { name: 'lessons', path: `${BASE}/lessons/`, h1: 'Lehren', german: ['Maßnahmen: Monitoring', 'Sonstiges', 'Verantwortlich', 'Erledigt', '4. Dezember 2026'], dated: true },
  { name: 'subscribe', path: `${BASE}/subscribe/`, h1: 'Project Juniper: abonnieren und einbinden', german: ['Feeds und Kalender', 'Beispielabfrage:', 'Statuspage-kompatible API', 'Wartungskalender (iCalendar)'] },
];

test.describe('Project Juniper, in German, on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const p of pages) {
    test(`${p.name}: German throughout, accessible, fits the screen`, async ({ page }) => {
      const response = await page.goto(p.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1);
      // The chrome every client page has.
      await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
      await expect(page.getByRole('navigation', { name: 'Kundenseiten' }).getByRole('link', { name: 'Vorfälle' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Brotkrümelnavigation' }).getByRole('link', { name: 'Startseite' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Dunkles Design' })).toBeAttached();
      await expect(page.getByRole('button', { name: 'Zeiten in meiner Zeitzone zeigen' })).toBeVisible();

      const text = await interfaceText(page);
      for (const words of p.german) expect(text, words).toContain(words);
      const leftover = ENGLISH.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
      expect(leftover, 'English interface words').toEqual([]);
      expect(text).not.toMatch(ENGLISH_DATE);
      if (p.dated) expect(text).toMatch(GERMAN_DATE);

      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
    });
  }

  test('what staff wrote stays English and is marked so', async ({ page }) => {
    await page.goto(INCIDENT);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('[data-postmortem]')).toHaveAttribute('lang', 'en-GB');
    const update = page.locator('[data-update="1"] [lang="en-GB"]');
    await expect(update).toHaveText('The beta API is returning errors and beta testers cannot sign in. We are investigating.');
    // The update's own label and time are the page's: German.
    await expect(page.locator('[data-update="1"]')).toContainText('Untersuchung · 10. November 2026, 14:12 GMT');
  });

  test('dates read "10. November 2026, 14:05 GMT", numbers with a decimal comma, percentages cut, not rounded', async ({ page }) => {
    await page.goto(INCIDENT);
    await expect(page.locator('dl.facts')).toContainText('Gemeldet10. November 2026, 14:05 GMT');
    await page.goto(`${BASE}/reports/2026-11/`);
    // The unrounded figure is in the JSON; the page cuts it at three decimals, the German way.
    const json = await (await page.request.get(`${BASE}/api/sla/2026-11.json`)).json();
    const site = json.uptime.components.find((c: { id: string }) => c.id === 'beta-site');
    const shown = formatPercent(site.availability, 3, 'de');
    expect(shown).toMatch(/^\d{2,3},\d{3}\u00a0%$/);
    await expect(page.locator('[data-component="beta-site"] [data-availability]')).toHaveText(shown);
  });

  test('the zone switch (the React island) speaks German', async ({ page }) => {
    await page.goto(`${BASE}/incidents/`);
    await page.getByRole('button', { name: 'Zeiten in meiner Zeitzone zeigen' }).click();
    const select = page.getByLabel('Zeiten in');
    await expect(select).toBeVisible();
    await select.selectOption('utc');
    await expect(page.locator('time[data-zoned]').first()).toHaveText('10. November 2026, 14:05 UTC');
    await expect(select.locator('option[value="client"]')).toHaveText('der Zeitzone des Kunden (Europe/London)');
    await expectAccessible(page);
  });
});
