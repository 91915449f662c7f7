import { expect, test, type Locator } from '@playwright/test';
import { escapeHtml } from '../../src/lib/feeds/feed.ts';
import { getJson, getText, numbered, PUBLIC_CLIENTS, readCalendar, readFeed, slugOf, type StatuspageIncident, type StatuspageScheduledMaintenance, type StatuspageSummary } from './outputs-helpers.ts';

// One computation, every output (issue 9): a client's API, feeds and calendar say what its status page says, with the
// same incidents, statuses and times.

const MAINTNOTE_STATUS = { scheduled: 'CONFIRMED', in_progress: 'IN-PROCESS', verifying: 'IN-PROCESS', completed: 'COMPLETED' } as const;

/** The instants of the <time datetime> elements inside a locator, as ISO strings in UTC. */
async function timesIn(locator: Locator): Promise<string[]> {
  return (await locator.locator('time[datetime]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))).map((t) => new Date(t).toISOString());
}

for (const client of PUBLIC_CLIENTS) {
  const base = `/clients/${client.id}/`;

  test(`${client.id}: the API says what the status page says`, async ({ page, request }) => {
    const summary = await getJson<StatuspageSummary>(request, `${base}api/v2/summary.json`);
    await page.goto(`${base}status/`);

    // The overall status, in Statuspage's words, on the banner.
    await expect(page.locator('[data-overall]')).toContainText(summary.status.description);

    // Every component, with the page's status (no data is "operational": nothing declared, see api.ts).
    const rows = page.locator('.component[data-component]');
    const members = summary.components.filter((c) => !c.group);
    expect(await rows.count()).toBe(members.length);
    for (const row of await rows.all()) {
      const name = (await row.locator('.component-name').innerText()).replace(/ · not covered by the SLA$/, '');
      const shown = await row.locator('.component-head [data-status]').getAttribute('data-status');
      const api = members.find((c) => c.name === name);
      expect(api, `component ${name} in the API`).toBeDefined();
      expect(api!.status).toBe(shown === 'no_data' ? 'operational' : shown);
    }
    // Groups as the page shows them, in order, with their members.
    const groups = await page.locator('section.group').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(summary.components.filter((c) => c.group).map((c) => c.name)).toEqual(groups);

    // Active incidents: the same ones, the page showing each one's latest update as the API's first.
    const active = page.locator('[aria-labelledby="active"] [data-incident]');
    const activeIds = await active.evaluateAll((els) => els.map((e) => e.getAttribute('data-incident')));
    expect(summary.incidents.map((i) => slugOf(i.shortlink)).sort()).toEqual(activeIds.sort());
    for (const incident of summary.incidents) {
      const notice = page.locator(`[data-incident="${slugOf(incident.shortlink)}"]`).first();
      await expect(notice).toContainText(incident.name);
      await expect(notice).toContainText(incident.incident_updates[0]!.body);
      expect(await timesIn(notice)).toContain(incident.incident_updates[0]!.display_at);
      expect(await timesIn(notice)).toContain(incident.created_at);
    }

    // Maintenance: upcoming and in progress, the same windows at the same times.
    const upcoming = await getJson<{ scheduled_maintenances: StatuspageScheduledMaintenance[] }>(request, `${base}api/v2/scheduled-maintenances/upcoming.json`);
    const inProgress = await getJson<{ scheduled_maintenances: StatuspageScheduledMaintenance[] }>(request, `${base}api/v2/scheduled-maintenances/active.json`);
    const shown = page.locator('[data-maintenance]');
    const shownIds = await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-maintenance')));
    expect([...upcoming.scheduled_maintenances, ...inProgress.scheduled_maintenances].map((m) => slugOf(m.shortlink)).sort()).toEqual(shownIds.sort());
    expect(summary.scheduled_maintenances.map((m) => m.id).sort()).toEqual([...upcoming.scheduled_maintenances, ...inProgress.scheduled_maintenances].map((m) => m.id).sort());
    for (const m of [...upcoming.scheduled_maintenances, ...inProgress.scheduled_maintenances]) {
      const notice = page.locator(`[data-maintenance="${slugOf(m.shortlink)}"]`).first();
      await expect(notice).toContainText(m.name);
      expect(await timesIn(notice)).toEqual([m.scheduled_for, m.scheduled_until]);
    }
  });

  test(`${client.id}: the feeds hold every update of the API, at its time, with its status and text`, async ({ request }) => {
    const { incidents } = await getJson<{ incidents: StatuspageIncident[] }>(request, `${base}api/v2/incidents.json`);
    const { scheduled_maintenances: maintenances } = await getJson<{ scheduled_maintenances: StatuspageScheduledMaintenance[] }>(request, `${base}api/v2/scheduled-maintenances.json`);
    for (const path of ['history.atom', 'history.rss']) {
      const feed = readFeed(await getText(request, base + path, path.endsWith('atom') ? 'application/atom+xml' : 'application/rss+xml'));
      const byId = new Map(feed.items.map((i) => [i.id, i]));
      for (const record of [...incidents, ...maintenances]) {
        const anchor = 'scheduled_for' in record ? 'notice' : 'update';
        for (const u of numbered(record)) {
          const item = byId.get(`${record.shortlink}#${anchor}-${u.n}`);
          expect(item, `${path}: ${record.name} ${anchor} ${u.n}`).toBeDefined();
          expect(item!.published!.toISOString()).toBe(u.display_at);
          expect(item!.title).toMatch(new RegExp(`^\\[[^\\]]+\\] ${record.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
          // The status in the title: "[In progress]" for in_progress, "[Rescheduled]" for a moved window (scheduled).
          expect(item!.title!.slice(1, item!.title!.indexOf(']')).toLowerCase().replace(/ /g, '_')).toMatch(new RegExp(`${u.status}$`));
          // The update's text as a reader shows it (the reader may or may not have decoded the HTML's entities).
          const text = (item!.content ?? item!.description ?? '').replace(/^<p>|<\/p>$/g, '');
          expect([u.body, escapeHtml(u.body)]).toContain(text);
        }
      }
    }
  });

  test(`${client.id}: the calendar holds every maintenance window of the API, at its times, with its status`, async ({ request }) => {
    const { scheduled_maintenances: maintenances } = await getJson<{ scheduled_maintenances: StatuspageScheduledMaintenance[] }>(request, `${base}api/v2/scheduled-maintenances.json`);
    const feed = readFeed(await getText(request, `${base}history.atom`, 'application/atom+xml'));
    const { events } = readCalendar(await getText(request, `${base}maintenance.ics`, 'text/calendar'));
    expect(events).toHaveLength(maintenances.length);
    for (const m of maintenances) {
      const event = events.find((e) => e.url === m.shortlink);
      expect(event, m.name).toBeDefined();
      expect(event!.uid).toContain(slugOf(m.shortlink));
      expect([event!.start, event!.end]).toEqual([m.scheduled_for, m.scheduled_until]);
      expect(event!.summary).toBe(`${client.name}: ${m.name}`);
      expect(event!.x('X-MAINTNOTE-STATUS')).toEqual([MAINTNOTE_STATUS[m.status]]);
      // SEQUENCE counts the window's moves: the feed's "[Rescheduled]" notices of it.
      const moves = feed.items.filter((i) => i.id!.startsWith(m.shortlink) && i.title!.startsWith('[Rescheduled]')).length;
      expect(event!.sequence).toBe(moves);
    }
  });

  test(`${client.id}: each feed entry's id is an anchor on its page`, async ({ page, request }) => {
    const feed = readFeed(await getText(request, `${base}history.atom`, 'application/atom+xml'));
    const pages = new Map<string, string[]>();
    for (const item of feed.items) {
      const url = new URL(item.id!);
      pages.set(url.pathname, [...(pages.get(url.pathname) ?? []), url.hash.slice(1)]);
    }
    for (const [path, anchors] of pages) {
      await page.goto(path);
      for (const anchor of anchors) await expect(page.locator(`[id="${anchor}"]`), `${path}#${anchor}`).toHaveCount(1);
    }
  });
}
