import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSpComponent, startStatuspageFake, type SpComponent } from '../../../test/fakes/statuspage.ts';
import type { FakeServer } from '../../../test/fakes/server.ts';
import { statuspageMonitor } from '../../schemas/monitor.ts';
import { SourceError, type PullContext } from '../source.ts';
import { createStatuspageSource } from './statuspage.ts';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();
const HOUR = 3_600_000;

let components: SpComponent[] = [];
let page: FakeServer;
let listOnly: FakeServer;
beforeAll(async () => {
  page = await startStatuspageFake({ components: () => components, clock: () => NOW });
  listOnly = await startStatuspageFake({ components: () => components, summary: false, clock: () => NOW });
});
afterAll(async () => Promise.all([page.close(), listOnly.close()]));

const source = createStatuspageSource({ retries: 0 });
const ctx = (since: number): PullContext => ({ now: new Date(NOW), since: new Date(since), env: {}, fetch, clock: () => NOW });
const monitor = (baseUrl: string, component = 'Git Operations') => statuspageMonitor.parse({ source: 'statuspage', baseUrl, component });

describe('statuspage source', () => {
  it.each([
    ['operational', 'operational'],
    ['degraded_performance', 'degraded_performance'],
    ['partial_outage', 'partial_outage'],
    ['major_outage', 'major_outage'],
  ] as const)('the current %s holds from the component’s updated_at to the page’s Date header', async (status, recorded) => {
    components = [makeSpComponent({ status, updated_at: iso(NOW - 2 * HOUR) }), makeSpComponent({ id: 'brv1bkgrwx7q', name: 'API Requests', status: 'major_outage' })];
    const obs = await source.pull(monitor(page.url), ctx(NOW - 6 * HOUR));
    // Before updated_at the page says nothing trustworthy: not painted (no_data), never the current status backwards.
    expect(obs.periods).toEqual([{ from: iso(NOW - 2 * HOUR), to: iso(NOW), status: recorded }]);
    expect(obs.checks).toEqual([]);
    expect(obs.newestReportedAt).toBe(iso(NOW));
    expect(obs.vendorTime?.date).toBe(iso(NOW));
    expect(page.requests.at(-1)!.path).toBe('/api/v2/summary.json');
  });

  it('a status unchanged for longer than the window covers the whole window', async () => {
    components = [makeSpComponent({ updated_at: '2026-02-20T08:00:00.000Z' })];
    const obs = await source.pull(monitor(page.url), ctx(NOW - HOUR));
    expect(obs.periods).toEqual([{ from: iso(NOW - HOUR), to: iso(NOW), status: 'operational' }]);
  });

  it('under_maintenance is recorded as nothing (no_data): history has no maintenance state', async () => {
    components = [makeSpComponent({ status: 'under_maintenance', updated_at: iso(NOW - HOUR) })];
    const obs = await source.pull(monitor(page.url), ctx(NOW - 6 * HOUR));
    expect(obs.periods).toEqual([]);
  });

  it('finds the component by id as well as by name (any case)', async () => {
    components = [makeSpComponent(), makeSpComponent({ id: 'brv1bkgrwx7q', name: 'API Requests', status: 'partial_outage', updated_at: iso(NOW - HOUR) })];
    expect((await source.pull(monitor(page.url, 'brv1bkgrwx7q'), ctx(NOW - 6 * HOUR))).periods[0]!.status).toBe('partial_outage');
    expect((await source.pull(monitor(page.url, 'api requests'), ctx(NOW - 6 * HOUR))).periods[0]!.status).toBe('partial_outage');
  });

  it('reads components.json where a page serves no summary', async () => {
    components = [makeSpComponent({ status: 'degraded_performance', updated_at: iso(NOW - HOUR) })];
    const obs = await source.pull(monitor(listOnly.url), ctx(NOW - 6 * HOUR));
    expect(obs.periods).toEqual([{ from: iso(NOW - HOUR), to: iso(NOW), status: 'degraded_performance' }]);
    expect(listOnly.requests.map((r) => r.path).slice(-2)).toEqual(['/api/v2/summary.json', '/api/v2/components.json']);
  });

  it('an unknown component is a failure naming what the page lists; two of one name ask for the id', async () => {
    components = [makeSpComponent(), makeSpComponent({ id: 'grp1', name: 'Copilot', group: true }), makeSpComponent({ id: 'a1', name: 'Webhooks' }), makeSpComponent({ id: 'a2', name: 'Webhooks' })];
    await expect(source.pull(monitor(page.url, 'Pages'), ctx(NOW - HOUR))).rejects.toThrow(
      new SourceError('statuspage', 'no component "Pages" on this status page; it lists "Git Operations" (8l4ygp009s5s), "Webhooks" (a1), "Webhooks" (a2)'),
    );
    await expect(source.pull(monitor(page.url, 'webhooks'), ctx(NOW - HOUR))).rejects.toThrow('2 components are named "webhooks" (a1, a2): give the id in client.yaml');
  });

  it('a page that answers 500 is a failure naming the URL; no status is guessed', async () => {
    page.fail({ kind: 'status', status: 500 });
    await expect(source.pull(monitor(page.url), ctx(NOW - HOUR))).rejects.toThrow(/^statuspage: GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/summary\.json answered HTTP 500/);
  });
});

describe('npm run pull’s pull() with a provider as a dependency', () => {
  it('records what the page declared, pull after pull, and never paints a status before it changed', async () => {
    const { pull } = await import('../pull.ts');
    const { clientYaml, makeContent } = await import('../../../test/helpers/content.ts');
    const { readComponentOnDisk } = await import('../../../test/helpers/history.ts');
    const { join } = await import('node:path');
    let pageNow = NOW;
    const provider = await startStatuspageFake({ components: () => components, clock: () => pageNow });
    try {
      const root = makeContent({
        acme: clientYaml([
          { id: 'www', monitor: undefined },
          { id: 'payments', monitor: { source: 'statuspage', baseUrl: provider.url, component: 'Git Operations' } },
        ]).replace('  - id: payments\n', '  - id: payments\n    dependency: true\n'),
      });
      const run = (at: number) => pull({ contentRoot: root, now: new Date(at), env: {}, fetch, cwd: root });
      components = [makeSpComponent({ updated_at: iso(NOW - 30 * HOUR) })];
      expect((await run(NOW)).failures).toEqual([]);
      // An hour later the provider reports a partial outage since 12:40: 12:00–12:40 is not known (no_data).
      pageNow = NOW + HOUR;
      components = [makeSpComponent({ status: 'partial_outage', updated_at: iso(NOW + 40 * 60_000) })];
      expect((await run(NOW + HOUR)).failures).toEqual([]);
      const { history } = readComponentOnDisk(join(root, 'history'), 'acme', 'payments');
      expect(history.timeline).toEqual([
        // A first pull reads the whole lookback: the status held from its updated_at (30 h ago) to the page's now.
        { from: iso(NOW - 30 * HOUR), to: iso(NOW), status: 'operational' },
        { from: iso(NOW + 40 * 60_000), to: iso(NOW + HOUR), status: 'partial_outage' },
      ]);
    } finally {
      await provider.close();
    }
  });
});
