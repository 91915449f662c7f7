import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOutputs, parseAstroLog, routeOf } from './builds.ts';

const LOG = `15:17:18 [types] Generated 1.41s
 generating static routes
15:17:18   ├─ /clients/acme/status/index.html (+25ms)
15:17:20   ├─ /og/clients/acme/incidents/2026-11-08-outage.png (+1.20s)
15:17:24 ✓ Completed in 6.02s.
15:17:25 [build] 171 page(s) built in 12.34s
[upkeep:og] 120 rendered in 5012 ms, 1 from cache in 3 ms (wall time with any in flight; /tmp/x/node_modules/.cache/upkeep-og)
`;

it('reads pages, phases, page times and the OG line from a build log', () => {
  const log = parseAstroLog(LOG);
  expect(log).toMatchObject({ pages: 171, builtInS: 12.34, syncS: 1.41, routesS: 6.02 });
  expect(log.pageTimes).toEqual([
    { path: '/clients/acme/status/index.html', ms: 25 },
    { path: '/og/clients/acme/incidents/2026-11-08-outage.png', ms: 1200 },
  ]);
  expect(log.og).toEqual({ rendered: 120, renderMs: 5012, cached: 1, cachedMs: 3 });
});

it('has no OG figures when the build printed none', () => {
  expect(parseAstroLog('15:17:25 [build] 3 page(s) built in 1.00s').og).toBeNull();
});

it('names routes by their pattern', () => {
  expect(routeOf('/clients/acme/reports/2026-10/index.html')).toBe('/clients/[client]/reports/[month]/');
});

describe('countOutputs', () => {
  it('counts HTML pages and endpoint files, leaving out bundled assets', () => {
    const dist = mkdtempSync(join(tmpdir(), 'upkeep-outputs-'));
    try {
      for (const f of ['index.html', 'a/index.html', 'a/api.json', 'feed.atom', 'og/a.png', '_astro/x.js', '_astro/y.css']) {
        mkdirSync(dirname(join(dist, f)), { recursive: true });
        writeFileSync(join(dist, f), '');
      }
      expect(countOutputs(dist)).toEqual({ htmlPages: 2, endpointFiles: 3 });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
