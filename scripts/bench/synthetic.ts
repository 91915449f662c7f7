/**
 * A synthetic agency for the bench, at any size: `clients` clients sharing `components` monitored components,
 * `postmortems` resolved incidents with ~300-word MDX postmortems, `maintenance` windows, and `days` of monitor
 * history at `intervalSeconds` checks, stored as the pull stores it (history format version 2: a `<component>.json`
 * per component and a day file per retained UTC day, scripts/bench/history.ts).
 *
 * Deterministic (seeded by client and component ids), valid by the project's own validation (`npm run check`), and
 * written with string templates: at the default size that is 1,000 history files, 35,000 day files holding 50 million
 * checks, 2,700 MDX files. The agency is the demo's (content/agency.yaml and content/standards/), without `demo.asOf`:
 * the build's clock is pinned with UPKEEP_NOW instead.
 *
 * Monitors are probes of `probeBase` (a local fake server in the bench), so that one tick of the real pull can run
 * against the generated content. The monitor sees what the incidents declare, plus a few blips and slow spells.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { prng, seedOf } from '../../src/collect/demo.ts';
import { DAY_MS, generateHistory, type Spell } from './history.ts';

const MIN_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The shape of a synthetic agency. */
export interface AgencySpec {
  clients: number;
  /** Monitored components in all, spread evenly over the clients (at least one each). */
  components: number;
  /** Days of monitor history before `now`. */
  days: number;
  /** Resolved incidents in all (plus one active incident per 25 clients), spread over the clients. */
  postmortems: number;
  /** Maintenance windows in all; about one in five is still upcoming. */
  maintenance: number;
  /** Seconds between checks. */
  intervalSeconds: number;
  /** Raw checks kept, in days (the pull's default is 35). */
  retentionDays: number;
  /** The last pull, and the build's clock (UPKEEP_NOW), epoch ms. */
  now: number;
  /** Base URL the probes request, such as http://127.0.0.1:41234 (no trailing slash). */
  probeBase: string;
}

/** Component kinds a client's components are drawn from, in order; past the list, numbered services. */
const KINDS = [
  { id: 'website', name: 'Website', group: 'Production', sla: true, degradedAboveMs: 3000 },
  { id: 'checkout', name: 'Checkout', group: 'Production', sla: true, degradedAboveMs: 3000 },
  { id: 'payments-api', name: 'Payments API', group: 'Production', sla: true },
  { id: 'product-search', name: 'Product search', group: 'E-commerce', sla: true, degradedAboveMs: 4000 },
  { id: 'staging', name: 'Staging', group: 'Staging', sla: false },
  { id: 'order-sync', name: 'Order export', group: 'E-commerce', sla: true },
  { id: 'consent-manager', name: 'Cookie consent manager', group: 'Cookie platform', sla: false },
  { id: 'uat', name: 'UAT', group: 'UAT', sla: false },
] as const;
const ZONES = ['Europe/London', 'Europe/London', 'Europe/Paris', 'America/New_York', 'Europe/Dublin', 'Europe/Berlin'];

/** The security headers the fake server sends, as the probe audits them (src/collect/sources/probe.ts). */
export const FAKE_AUDIT_HEADERS = {
  'content-security-policy': false,
  'referrer-policy': true,
  'strict-transport-security': false,
  'x-content-type-options': true,
};

export interface SyntheticComponent {
  id: string;
  name: string;
  group: string;
  sla: boolean;
  degradedAboveMs?: number;
}

export interface SyntheticClient {
  id: string;
  index: number;
  components: SyntheticComponent[];
  incidents: number;
  maintenance: number;
}

/** `total` spread over `n` slots: the first `total % n` get one more. */
const share = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);

/** The clients of a spec, with how many components, postmortems and maintenance windows each gets. */
export function syntheticClients(spec: AgencySpec): SyntheticClient[] {
  const width = Math.max(3, String(spec.clients).length);
  return Array.from({ length: spec.clients }, (_, i) => {
    const n = Math.max(1, share(spec.components, spec.clients, i));
    const components: SyntheticComponent[] = Array.from({ length: n }, (_, k) => {
      const kind = KINDS[k];
      if (kind) return { id: kind.id, name: kind.name, group: kind.group, sla: kind.sla, ...('degradedAboveMs' in kind ? { degradedAboveMs: kind.degradedAboveMs } : {}) };
      return { id: `service-${k + 1}`, name: `Service ${k + 1}`, group: 'Services', sla: true };
    });
    // Every client has at least one SLA component.
    if (!components.some((c) => c.sla)) components[0]!.sla = true;
    return {
      id: `client-${String(i + 1).padStart(width, '0')}`,
      index: i,
      components,
      incidents: share(spec.postmortems, spec.clients, i),
      maintenance: share(spec.maintenance, spec.clients, i),
    };
  });
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

export function clientYaml(client: SyntheticClient, spec: AgencySpec): string {
  const n = client.index + 1;
  const unlisted = client.index % 20 === 19;
  const components = client.components
    .map(
      (c) => `  - id: ${c.id}
    name: ${q(c.name)}
    group: ${q(c.group)}
    monitor:
      source: probe
      url: ${q(`${spec.probeBase}/${client.id}/${c.id}`)}
      intervalSeconds: ${spec.intervalSeconds}${c.degradedAboveMs ? `\n      degradedAboveMs: ${c.degradedAboveMs}` : ''}
`,
    )
    .join('');
  return `# Generated by npm run bench: a synthetic client.
name: ${q(`Synthetic Client ${n}`)}
visibility: ${unlisted ? 'unlisted' : 'public'}
timeZone: ${ZONES[client.index % ZONES.length]}
summary: ${q(`A synthetic client generated by npm run bench, with ${client.components.length} monitored components.`)}
website: ${q(`https://www.${client.id}.example/`)}
uptimeTarget: ${client.index % 3 === 0 ? 99.95 : 99.9}
components:
${components}slaComponents: [${client.components.filter((c) => c.sla).map((c) => c.id).join(', ')}]
contacts:
  accountManager: { name: Alex Example, role: Account manager, email: alex@example.com }
  leadDeveloper: { name: Sam Example, role: Lead developer, email: sam@example.com }
`;
}

const SENTENCES = [
  'The monitor alerted the on-call engineer within four minutes of the first failed check.',
  'Customers saw a generic error page and some of them retried several times before giving up.',
  'We rolled the change back on one instance first, confirmed the fix with a real request, then rolled out the rest.',
  'The cause was a configuration change that had passed review but was never exercised in staging under load.',
  'A dependency upgrade changed the default connection pool size, which halved the capacity of the service.',
  'The health check only confirmed that the process was running, so it stayed green while requests were failing.',
  'Traffic was about forty percent above a normal weekday because of a marketing email sent that morning.',
  'The database failed over to its replica as designed, but the application kept its old connections open.',
  'Nobody outside the support desk knew about the incident until the first status update was published.',
  'We have added an alert on the error rate of the payment step, not only on the availability of the page.',
  'The certificate renewal job had been failing silently for three weeks because its alert went to an old inbox.',
  'Once the cause was found the fix took eleven minutes, most of which was waiting for the deployment pipeline.',
  'Search results were served from a stale cache for the whole period, so stock levels shown were out of date.',
  'The third-party provider confirmed the fault on their side and published their own incident report the next day.',
  'Orders placed during the incident were queued and exported to the warehouse once the service recovered.',
  'We will review every outbound allow-list for third parties and replace fixed addresses with host names.',
  'The runbook step that would have found the cause sooner was written for the previous hosting platform.',
  'The client’s team noticed the problem first and reported it through the support desk by phone.',
];

/** ~`words` words of prose from the pool, seeded. */
function prose(rand: () => number, words: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const s = SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16);

/** A ~300-word postmortem with headings, a list and a table, like a real postmortem. */
function postmortemBody(rand: () => number, t: { start: number; reported: number; responded: number; restored?: number }): string {
  const bullets = [prose(rand, 12), prose(rand, 12), prose(rand, 12)].map((s) => `- ${s}`).join('\n');
  return `## Summary

${prose(rand, 45)}

## Impact

${bullets}

## Timeline (UTC)

| Time | What happened |
| --- | --- |
| ${hhmm(t.start)} | The first check fails. |
| ${hhmm(t.reported)} | The monitor alerts and the incident is reported. |
| ${hhmm(t.responded)} | The on-call engineer responds and posts the first update. |
${t.restored ? `| ${hhmm(t.restored)} | Service is restored. |\n` : ''}
## Root cause

${prose(rand, 45)}

## Resolution

${prose(rand, 45)}

## Follow-up

${prose(rand, 40)}
`;
}

const IMPACTS = ['major_outage', 'partial_outage', 'degraded_performance'] as const;

/** One incident file: its name, its text and the impacts the monitor must show. */
export interface SyntheticIncident {
  name: string;
  text: string;
  /** Declared impact per component id. */
  impacts: Array<{ component: string; spell: Spell }>;
}

/**
 * The client's incidents: `client.incidents` resolved ones spread over the history (the newest at least a day old),
 * and for every 25th client one active incident that started an hour before `now`.
 */
export function syntheticIncidents(client: SyntheticClient, spec: AgencySpec): SyntheticIncident[] {
  const rand = prng(seedOf(`incidents/${client.id}`));
  const sla = client.components.filter((c) => c.sla);
  const first = spec.now - spec.days * DAY_MS;
  const span = Math.max(DAY_MS, (spec.days - 1) * DAY_MS);
  const slot = span / Math.max(1, client.incidents);
  const out: SyntheticIncident[] = [];
  const count = client.incidents + (client.index % 25 === 24 ? 1 : 0);
  for (let k = 0; k < count; k++) {
    const active = k === client.incidents;
    const start = active
      ? Math.floor((spec.now - HOUR_MS) / MIN_MS) * MIN_MS
      : Math.floor((first + k * slot + slot * (0.1 + 0.6 * rand())) / MIN_MS) * MIN_MS;
    const reported = start + Math.floor(2 + rand() * 8) * MIN_MS;
    const responded = reported + Math.floor(5 + rand() * 40) * MIN_MS;
    const restored = Math.max(start + Math.floor(20 + rand() * 220) * MIN_MS, responded + 5 * MIN_MS);
    const resolved = restored + Math.floor(30 + rand() * 270) * MIN_MS;
    const impact = IMPACTS[Math.floor(rand() * IMPACTS.length)]!;
    const a = sla[Math.floor(rand() * sla.length)]!;
    const b = sla[Math.floor(rand() * sla.length)]!;
    const second = b.id !== a.id && rand() < 0.4;
    const severity = impact === 'major_outage' ? 'critical' : impact === 'partial_outage' ? 'major' : 'minor';
    const priority = severity === 'critical' ? 'P1' : severity === 'major' ? 'P2' : rand() < 0.5 ? 'P3' : 'P4';
    const what = impact === 'major_outage' ? 'unavailable' : impact === 'partial_outage' ? 'failing for some visitors' : 'slow';
    const end = active ? spec.now : restored;
    const impacts = [{ component: a.id, spell: { from: start, to: end, status: impact } }];
    if (second) impacts.push({ component: b.id, spell: { from: start, to: end, status: 'degraded_performance' } });
    const components = impacts.map((i) => `  - { id: ${i.component}, impact: ${i.spell.status} }`).join('\n');
    const updates = active
      ? `  - { at: ${iso(responded)}, status: investigating, text: ${q(`We are investigating a problem with ${a.name}.`)} }`
      : [
          `  - { at: ${iso(responded)}, status: investigating, text: ${q(`We are investigating a problem with ${a.name}.`)} }`,
          `  - { at: ${iso(Math.floor((responded + restored) / 2 / MIN_MS) * MIN_MS)}, status: identified, text: We have found the cause and are fixing it. }`,
          `  - { at: ${iso(restored)}, status: monitoring, text: "Service is restored; we are watching it closely." }`,
          `  - { at: ${iso(resolved)}, status: resolved, text: No further problems. The postmortem follows on this page. }`,
        ].join('\n');
    const times = active
      ? `startedAt: ${iso(start)}\nreportedAt: ${iso(reported)}\nrespondedAt: ${iso(responded)}`
      : `startedAt: ${iso(start)}\nreportedAt: ${iso(reported)}\nrespondedAt: ${iso(responded)}\nrestoredAt: ${iso(restored)}\nresolvedAt: ${iso(resolved)}`;
    // An active incident has not reached its response yet when `now` is before it: keep it consistent.
    if (active && responded > spec.now) continue;
    const text = `---
title: ${q(`${a.name} ${what}`)}
summary: ${q(`${a.name} was ${what} for ${Math.round((end - start) / MIN_MS)} minutes${second ? ` and ${b.name} was slow` : ''}.`)}
components:
${components}
severity: ${severity}
priority: ${priority}
${times}
updates:
${updates}
actionItems:
  - { text: "Alert on the failing step itself, not only on availability.", owner: Sam Example, due: ${iso(resolved + 14 * DAY_MS).slice(0, 10)}, done: ${rand() < 0.6} }
  - { text: Update the runbook for this fault., owner: Alex Example, due: ${iso(resolved + 7 * DAY_MS).slice(0, 10)}, done: true }
lessons:
  - A health check that stays green during an outage is worse than none.
  - Roll back first, investigate second.
---

${postmortemBody(rand, { start, reported, responded, restored: active ? undefined : restored })}`;
    out.push({ name: `${iso(reported).slice(0, 10)}-${a.id}-${impact.replace(/_/g, '-')}-${k + 1}.mdx`, text, impacts });
  }
  return out;
}

/** The client's maintenance windows: spread over the history, and about one in five after `now`. */
export function syntheticMaintenance(client: SyntheticClient, spec: AgencySpec): Array<{ name: string; text: string }> {
  const rand = prng(seedOf(`maintenance/${client.id}`));
  const first = spec.now - spec.days * DAY_MS;
  const out: Array<{ name: string; text: string }> = [];
  for (let k = 0; k < client.maintenance; k++) {
    const upcoming = (client.index + k) % 5 === 4;
    const day = upcoming
      ? spec.now + Math.floor(2 + rand() * 20) * DAY_MS
      : first + Math.floor(((k + 0.5) / client.maintenance) * (spec.days - 1)) * DAY_MS;
    const start = day - (day % DAY_MS) + 2 * HOUR_MS;
    const end = start + (1 + Math.floor(rand() * 3)) * HOUR_MS;
    const c = client.components[Math.floor(rand() * client.components.length)]!;
    out.push({
      name: `${iso(start).slice(0, 10)}-${c.id}-upgrade-${k + 1}.mdx`,
      text: `---
title: ${q(`${c.name} platform upgrade`)}
components: [${c.id}]
start: ${iso(start)}
end: ${iso(end)}
description: ${q(`We are upgrading the platform behind ${c.name}. It may be unavailable for a few minutes during the window.`)}
---

${prose(rand, 60)}

**Outcome:** ${upcoming ? 'planned.' : 'completed within the window.'}
`,
    });
  }
  return out;
}

/** Monitor-only trouble on one component: about two blips (1–3 failed checks) a month, and a slow spell every two months. */
function monitorSpells(key: string, c: SyntheticComponent, spec: AgencySpec): Spell[] {
  const rand = prng(seedOf(`spells/${key}`));
  const first = spec.now - spec.days * DAY_MS;
  const interval = spec.intervalSeconds * 1000;
  const out: Spell[] = [];
  const blips = Math.round((spec.days / 30) * 2);
  for (let i = 0; i < blips; i++) {
    const from = first + Math.floor(rand() * spec.days * DAY_MS);
    out.push({ from, to: from + (1 + Math.floor(rand() * 3)) * interval, status: 'major_outage' });
  }
  if (c.degradedAboveMs) {
    const slow = Math.round(spec.days / 60);
    for (let i = 0; i < slow; i++) {
      const from = first + Math.floor(rand() * spec.days * DAY_MS);
      out.push({ from, to: from + Math.floor(10 + rand() * 30) * MIN_MS, status: 'degraded_performance' });
    }
  }
  return out;
}

/** What writeSyntheticAgency produced. */
export interface AgencyStats {
  clients: number;
  components: number;
  incidents: number;
  maintenance: number;
  mdxFiles: number;
  historyFiles: number;
  historyBytes: number;
  largestHistory: { file: string; bytes: number } | null;
  dayFiles: number;
  dayBytes: number;
  largestDay: { file: string; bytes: number } | null;
  checks: number;
  rawChecks: number;
  timelineSegments: number;
  /** Generation time, ms: all of it, and the history part. */
  ms: number;
  historyMs: number;
}

/** The demo's agency.yaml without its `demo:` block (the bench pins the clock with UPKEEP_NOW). */
export function agencyYamlWithoutDemo(demoContent: string): string {
  const text = readFileSync(join(demoContent, 'agency.yaml'), 'utf8');
  return text.replace(/^demo:\n(?:[ \t]+.*\n?)*/m, '').trimEnd() + '\n';
}

const emptyStats = (): AgencyStats => ({
  clients: 0,
  components: 0,
  incidents: 0,
  maintenance: 0,
  mdxFiles: 0,
  historyFiles: 0,
  historyBytes: 0,
  largestHistory: null,
  dayFiles: 0,
  dayBytes: 0,
  largestDay: null,
  checks: 0,
  rawChecks: 0,
  timelineSegments: 0,
  ms: 0,
  historyMs: 0,
});

/** Adds `b` into `a`. */
export function addStats(a: AgencyStats, b: AgencyStats): AgencyStats {
  const larger = <T extends { bytes: number } | null>(x: T, y: T) => (!x ? y : !y ? x : y.bytes > x.bytes ? y : x);
  return {
    clients: a.clients + b.clients,
    components: a.components + b.components,
    incidents: a.incidents + b.incidents,
    maintenance: a.maintenance + b.maintenance,
    mdxFiles: a.mdxFiles + b.mdxFiles,
    historyFiles: a.historyFiles + b.historyFiles,
    historyBytes: a.historyBytes + b.historyBytes,
    largestHistory: larger(a.largestHistory, b.largestHistory),
    dayFiles: a.dayFiles + b.dayFiles,
    dayBytes: a.dayBytes + b.dayBytes,
    largestDay: larger(a.largestDay, b.largestDay),
    checks: a.checks + b.checks,
    rawChecks: a.rawChecks + b.rawChecks,
    timelineSegments: a.timelineSegments + b.timelineSegments,
    ms: Math.max(a.ms, b.ms),
    historyMs: a.historyMs + b.historyMs,
  };
}

/**
 * Writes the clients whose index `part` selects (all by default) into the content folder `dir`: client.yaml,
 * standards.mdx, incidents, maintenance, history. `progress` hears about every 10% of them.
 */
export function writeClients(dir: string, spec: AgencySpec, part: (index: number) => boolean = () => true, progress: (line: string) => void = () => {}): AgencyStats {
  const t0 = performance.now();
  const clients = syntheticClients(spec).filter((c) => part(c.index));
  const stats = emptyStats();
  stats.clients = clients.length;
  let reported = 0;
  clients.forEach((client, n) => {
    const base = join(dir, 'clients', client.id);
    mkdirSync(join(base, 'incidents'), { recursive: true });
    mkdirSync(join(base, 'maintenance'), { recursive: true });
    writeFileSync(join(base, 'client.yaml'), clientYaml(client, spec));
    writeFileSync(
      join(base, 'standards.mdx'),
      `---\ntitle: ${q(`Synthetic Client ${client.index + 1}'s support package`)}\n---\n\n${prose(prng(seedOf(`standards/${client.id}`)), 150)}\n`,
    );
    const incidents = syntheticIncidents(client, spec);
    for (const f of incidents) writeFileSync(join(base, 'incidents', f.name), f.text);
    const maintenance = syntheticMaintenance(client, spec);
    for (const f of maintenance) writeFileSync(join(base, 'maintenance', f.name), f.text);
    stats.incidents += incidents.length;
    stats.maintenance += maintenance.length;
    stats.mdxFiles += 1 + incidents.length + maintenance.length;

    const h0 = performance.now();
    for (const c of client.components) {
      const key = `${client.id}/${c.id}`;
      const spells = [...incidents.flatMap((i) => i.impacts.filter((x) => x.component === c.id).map((x) => x.spell)), ...monitorSpells(key, c, spec)];
      const dayDir = join(dir, 'history', client.id, c.id);
      mkdirSync(dayDir, { recursive: true });
      const g = generateHistory(
        { key, intervalSeconds: spec.intervalSeconds, degradedAboveMs: c.degradedAboveMs, spells, auditHeaders: FAKE_AUDIT_HEADERS },
        { now: spec.now, days: spec.days, retentionDays: spec.retentionDays },
        // All ASCII: latin1 is the same bytes as UTF-8, without the encoder.
        (date, text) => writeFileSync(join(dayDir, `${date}.jsonl`), text, 'latin1'),
      );
      const file = join('history', client.id, `${c.id}.json`);
      writeFileSync(join(dir, file), g.text, 'latin1');
      stats.components++;
      stats.historyFiles++;
      stats.historyBytes += g.text.length;
      if (!stats.largestHistory || g.text.length > stats.largestHistory.bytes) stats.largestHistory = { file, bytes: g.text.length };
      stats.dayFiles += g.dayFiles;
      stats.dayBytes += g.dayBytes;
      if (g.largestDay && (!stats.largestDay || g.largestDay.bytes > stats.largestDay.bytes)) {
        stats.largestDay = { file: join('history', client.id, c.id, `${g.largestDay.date}.jsonl`), bytes: g.largestDay.bytes };
      }
      stats.checks += g.checks;
      stats.rawChecks += g.rawChecks;
      stats.timelineSegments += g.history.timeline.length;
    }
    stats.historyMs += performance.now() - h0;
    const done = Math.floor(((n + 1) * 10) / clients.length);
    if (done > reported && clients.length >= 10) {
      reported = done;
      progress(`${n + 1}/${clients.length} clients, ${(stats.checks / 1e6).toFixed(0)} M checks, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  });
  stats.ms = performance.now() - t0;
  return stats;
}

/** The agency-wide files: agency.yaml (the demo's, without demo.asOf) and the demo's standards pages. */
function writeAgencyFiles(dir: string, demoContent: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'agency.yaml'), agencyYamlWithoutDemo(demoContent));
  cpSync(join(demoContent, 'standards'), join(dir, 'standards'), { recursive: true });
  // agency.yaml's branding.logo names a file in content/brand/.
  if (existsSync(join(demoContent, 'brand'))) cpSync(join(demoContent, 'brand'), join(dir, 'brand'), { recursive: true });
}

/** Writes a complete content folder into `dir`, in this thread. */
export function writeSyntheticAgency(dir: string, demoContent: string, spec: AgencySpec, progress: (line: string) => void = () => {}): AgencyStats {
  const t0 = performance.now();
  writeAgencyFiles(dir, demoContent);
  const stats = writeClients(dir, spec, () => true, progress);
  return { ...stats, mdxFiles: stats.mdxFiles + readdirSync(join(dir, 'standards')).length, ms: performance.now() - t0 };
}

/**
 * Writes a complete content folder into `dir` with `workers` worker threads (clients dealt round-robin), so that
 * generation takes half the time on two idle cores. Same files as writeSyntheticAgency.
 */
export async function generateAgency(dir: string, demoContent: string, spec: AgencySpec, workers: number, progress: (line: string) => void = () => {}): Promise<AgencyStats> {
  if (workers <= 1 || spec.clients < 2) return writeSyntheticAgency(dir, demoContent, spec, progress);
  const t0 = performance.now();
  writeAgencyFiles(dir, demoContent);
  const parts = await Promise.all(
    Array.from({ length: Math.min(workers, spec.clients) }, (_, w) => {
      const worker = new Worker(new URL('./generate-worker.ts', import.meta.url), { workerData: { dir, spec, worker: w, workers } });
      return new Promise<AgencyStats>((resolveStats, reject) => {
        worker.on('message', (m: { progress?: string; stats?: AgencyStats }) => {
          if (m.progress && w === 0) progress(m.progress);
          if (m.stats) resolveStats(m.stats);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`generator worker ${w} exited with ${code}`));
        });
      });
    }),
  );
  const stats = parts.reduce(addStats, emptyStats());
  return { ...stats, mdxFiles: stats.mdxFiles + readdirSync(join(dir, 'standards')).length, ms: performance.now() - t0 };
}
