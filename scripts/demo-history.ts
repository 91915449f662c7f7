// npx node scripts/demo-history.ts
// Writes deterministic demo history for every monitored component of every client in content/clients: 100 days
// ending at content/agency.yaml `demo.asOf`, through the history store as one pull tick on an empty history (so old
// days are folded and the layout is the pull's: the component file and one day file per retained day). Outages follow
// the incidents' declared impact on monitored components, so monitor and incidents agree; a few monitor-only blips
// and one monitoring gap are added. Same content in → same bytes out.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { demoObservations, type DemoImpact } from '../src/collect/demo.ts';
import { contentRoot } from '../src/config/env.ts';
import { dayFolder, historyPath, openComponent, updateComponent } from '../src/collect/store/index.ts';
import { agencySchema } from '../src/schemas/agency.ts';
import { clientSchema } from '../src/schemas/client.ts';
import { incidentSchema } from '../src/schemas/incident.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';

/** Days of demo history. */
const DAYS = 100;
/**
 * Raw checks kept for the demo. Shorter than the pull's default (35) so the committed demo stays small; older days
 * are folded into periods (their rollups stay in `days`) exactly as a pull would fold them.
 */
const DEMO_RETENTION_DAYS = 8;
/** The one monitoring gap: on the first monitored component of the first client, this long before asOf. */
const GAP = { daysBeforeAsOf: 23, hours: 3.5 };

const root = contentRoot();
const agency = agencySchema.parse(parseYaml(readFileSync(join(root, 'agency.yaml'), 'utf8')));
if (!agency.demo) {
  console.error('demo-history: content/agency.yaml has no demo.asOf; this script only writes demo content.');
  process.exit(2);
}
const asOf = Date.parse(agency.demo.asOf);

const clientIds = readdirSync(join(root, 'clients'))
  .filter((id) => existsSync(join(root, 'clients', id, 'client.yaml')))
  .sort();
let gapPlaced = false;
let written = 0;
for (const clientId of clientIds) {
  const client = clientSchema.parse(parseYaml(readFileSync(join(root, 'clients', clientId, 'client.yaml'), 'utf8')));
  const incidentsDir = join(root, 'clients', clientId, 'incidents');
  const incidents = existsSync(incidentsDir)
    ? readdirSync(incidentsDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => incidentSchema.parse(parseFrontmatter(readFileSync(join(incidentsDir, f), 'utf8'))))
    : [];
  const monitored = client.components.filter((c) => c.monitor);
  // Two blips per client, on its first production-like components.
  const blipTargets = new Set(monitored.filter((c) => !/staging|uat/i.test(c.group)).slice(0, 2).map((c) => c.id));

  for (const component of monitored) {
    const impacts: DemoImpact[] = incidents.flatMap((incident) =>
      incident.components
        .filter((affected) => affected.id === component.id)
        .map((affected) => ({
          from: Date.parse(affected.from ?? incident.startedAt ?? incident.reportedAt),
          to: Math.min(asOf, Date.parse(affected.to ?? incident.restoredAt ?? new Date(asOf).toISOString())),
          status: affected.impact,
        })),
    );
    let gap: { from: number; to: number } | undefined;
    if (!gapPlaced) {
      const from = Math.floor((asOf - GAP.daysBeforeAsOf * 86_400_000) / 3_600_000) * 3_600_000 + 2 * 3_600_000 + 10 * 60_000;
      gap = { from, to: from + GAP.hours * 3_600_000 };
      gapPlaced = true;
    }
    const observations = demoObservations(
      { key: `${clientId}/${component.id}`, monitor: component.monitor!, impacts, blips: blipTargets.has(component.id) ? 1 : 0, gap },
      { asOf, days: DAYS },
    );
    const historyRoot = join(root, 'history');
    const file = historyPath(historyRoot, clientId, component.id);
    const paths = { file, folder: dayFolder(historyRoot, clientId, component.id), label: relative(process.cwd(), file) };
    // From scratch: whatever was there before is replaced (and the count says whether a byte changed).
    const before = snapshot(paths.file, paths.folder);
    rmSync(paths.file, { force: true });
    rmSync(paths.folder, { recursive: true, force: true });
    const outcome = await updateComponent(await openComponent(paths), { observations }, {
      now: new Date(asOf),
      intervalSeconds: component.monitor!.intervalSeconds,
      retentionDays: DEMO_RETENTION_DAYS,
    });
    if (outcome.status !== 'written') throw new Error(`${paths.label}: nothing written (${outcome.status})`);
    const after = snapshot(paths.file, paths.folder);
    const changed = JSON.stringify(after) !== JSON.stringify(before);
    if (changed) written++;
    const h = outcome.history;
    const dayFiles = Object.keys(after).length - 1;
    const size = Object.values(after).reduce((n, text) => n + Buffer.byteLength(text), 0);
    console.log(
      `${paths.label}: ${h.timeline.length} timeline entries, ${h.periods.length} periods, ${h.days.length} days, ${dayFiles} day files, ${(size / 1024).toFixed(0)} KB${changed ? '' : ' (unchanged)'}`,
    );
  }
}
console.log(`Demo history as of ${agency.demo.asOf}: ${written} component${written === 1 ? '' : 's'} written.`);

/** A component's files (the component file and its day files) by name, to tell whether a byte changed. */
function snapshot(file: string, folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (existsSync(file)) out[file] = readFileSync(file, 'utf8');
  if (existsSync(folder)) for (const name of readdirSync(folder).sort()) out[join(folder, name)] = readFileSync(join(folder, name), 'utf8');
  return out;
}
