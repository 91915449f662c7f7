// The importers on real exports committed with their licences (test/fixtures/import/: NYU Libraries' and Telerik
// Platform's Statuspage records, the cState issues of Jenkins, Packit and cState's example site; sources and licences
// in each folder's README or NOTICE), on ../shared/samples/ when it is there, and on Statuspage shapes written after
// real exports. Every written file is checked with the same validation as `npm run check`, and re-imports write nothing.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../../test/helpers/run.ts';
import { checkAll } from '../validate/check-content.ts';
import { readContent } from '../validate/read-content.ts';
import { formatImportReport, runImport, type ImportOptions } from './run.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-import-'));
  dirs.push(dir);
  cpSync(join(REPO, 'test/fixtures/minimal'), dir, { recursive: true });
  return dir;
}
const run = (root: string, o: Partial<ImportOptions> & Pick<ImportOptions, 'kind' | 'path'>) => runImport({ clientId: 'acme', root, cwd: root, ...o });
const valid = async (root: string) => (await checkAll(readContent(root, root, { history: false }))).map((p) => `${p.file}#${p.field}: ${p.message}`);
/** Adds the printed lines under `components:` of acme's client.yaml, as the report tells staff to. */
const addComponents = (root: string, lines: string) => {
  const file = join(root, 'clients/acme/client.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('components:\n', `components:\n${lines}\n`));
};
const mapping = (root: string, map: Record<string, string | null>) => {
  const file = join(root, 'map.yaml');
  writeFileSync(file, `components:\n${Object.entries(map).map(([k, v]) => `  ${JSON.stringify(k)}: ${v ?? 'null'}`).join('\n')}\n`);
  return file;
};

// GitHub's real Statuspage incident, as its API serves it (committed beside the schema tests, so nothing here skips).
const SAMPLE = join(REPO, 'test/fixtures/statuspage/00km0kwpz23b.json');
const FIXTURES = join(REPO, 'test/fixtures/import');
const names = (report: { written: Array<{ file: string }> }) => report.written.map((w) => w.file.split('/').at(-1));
const notesOf = (report: { written: Array<{ draft: { externalId: string; notes: string[] } }> }) =>
  Object.fromEntries(report.written.map((w) => [w.draft.externalId.split(':')[1], w.draft.notes.join('\n')]));

describe('statuspage: real exports committed with their licence (NYU Libraries, Telerik Platform)', () => {
  const folder = join(FIXTURES, 'statuspage');

  it('imports the folder into files that pass the check once the reported components are added; a re-import writes nothing', async () => {
    const root = content();
    const map = mapping(root, { r7sjhcjpwc3h: 'checkout', 'E-ZBorrow': 'checkout' });
    const report = await run(root, { kind: 'statuspage', path: folder, mapFile: map, component: 'www' });
    // 8 NYU records, its scheduled maintenance, 3 Telerik incidents; none skipped.
    expect(report.written).toHaveLength(12);
    expect(report.skipped).toEqual([]);
    // Statuspage's old "No components were affected by this update." is a placeholder, never a component to add.
    expect(report.missingComponents).not.toMatch(/no components were affected/i);
    expect(report.missingComponents).toContain('  - id: ezproxy\n    name: "EZProxy"');
    addComponents(root, report.missingComponents);
    expect(await valid(root)).toEqual([]);

    const notes = notesOf(report);
    expect(notes['pl3x7lpn505f']).toMatch(/placeholder component \("No components were affected by this update\."\) was left out/);
    expect(notes['pl3x7lpn505f']).toMatch(/filed under "www" \(--component\)/);
    expect(notes['pd25qx024wzg']).toMatch(/"Interlibrary Loan \(ILL\)" \(r7sjhcjpwc3h\) is mapped to "checkout"/);
    expect(notes['yk38z6cwh8l1']).toMatch(/first update \(2018-04-30T16:54:00.000Z\) is before created_at/);
    expect(notes['j92m3ctr23tq']).toMatch(/impact "none"/);
    expect(notes['j92m3ctr23tq']).toMatch(/display_at/);
    expect(notes['bp30jh0q18t2']).toMatch(/postmortem body was converted/);
    expect(notes['35qzmvylkqzf']).toMatch(/the maintenance names no component; it is filed under "www"/);
    expect(names(report)).toContain('2018-03-16-library-systems-offline-and-bobst-early.mdx');
    const open = readFileSync(join(root, report.written.find((w) => w.draft.externalId === 'statuspage:yk38z6cwh8l1')!.file), 'utf8');
    expect(open).not.toContain('resolvedAt');
    const wifi = readFileSync(join(root, report.written.find((w) => w.draft.externalId === 'statuspage:kbd4w697b9jm')!.file), 'utf8');
    expect(wifi).toMatch(/- id: checkout\n\s+impact: major_outage/);

    const again = await run(root, { kind: 'statuspage', path: folder, mapFile: map, component: 'www' });
    expect(again.written).toEqual([]);
    expect(again.skipped).toHaveLength(12);
    expect(again.skipped.every((s) => /already imported as/.test(s.reason))).toBe(true);
    expect(await valid(root)).toEqual([]);
  });

  it('reads a real record in the single {page, incident} shape; a dry run writes nothing, a re-import never overwrites', async () => {
    const root = content();
    const records = JSON.parse(readFileSync(join(folder, 'nyu-libraries-incidents.json'), 'utf8')) as Array<{ id: string }>;
    const file = join(root, 'incident.json');
    const page = { id: 'kyyfz4489y7m', name: 'NYU Libraries', url: 'https://status.library.nyu.edu', time_zone: 'America/New_York' };
    writeFileSync(file, JSON.stringify({ page, incident: records.find((r) => r.id === 'kbd4w697b9jm') }));
    const dry = await run(root, { kind: 'statuspage', path: file, dryRun: true });
    expect(names(dry)).toEqual(['2018-03-09-bobst-library-wifi-outage.mdx']);
    expect(dry.missingComponents).toContain('  - id: e-zborrow\n    name: "E-ZBorrow"');
    expect(dry.problems.map((p) => p.field)).toEqual(['components.0.id', 'components.1.id', 'components.2.id']);
    expect(readdirSync(join(root, 'clients/acme/incidents'))).toHaveLength(1);
    const map = mapping(root, { tfhq22gtmld9: 'www', 'E-ZBorrow': 'checkout', EZProxy: 'checkout' });
    const report = await run(root, { kind: 'statuspage', path: file, mapFile: map });
    expect(report.problems).toEqual([]);
    expect(await valid(root)).toEqual([]);
    const written = join(root, report.written[0]!.file);
    const text = readFileSync(written, 'utf8');
    expect(text).toContain('importedFrom: statuspage:kbd4w697b9jm');
    const again = await run(root, { kind: 'statuspage', path: file, mapFile: map });
    expect(again.written).toEqual([]);
    expect(readFileSync(written, 'utf8')).toBe(text);
  });
});

describe('statuspage: the real {page, incident} sample', () => {
  it('writes a file that passes the check once the components are mapped', async () => {
    const root = content();
    const report = await run(root, { kind: 'statuspage', path: SAMPLE, mapFile: mapping(root, { '8l4ygp009s5s': 'www', Actions: 'checkout' }) });
    expect(report.problems).toEqual([]);
    expect(report.written).toHaveLength(1);
    expect(report.written[0]!.file).toBe('clients/acme/incidents/2023-01-10-incident-with-actions-and-git-operations.mdx');
    expect(report.written[0]!.draft.notes.join('\n')).toMatch(/"Actions" has no status worse than operational.*minor → degraded_performance/);
    expect(await valid(root)).toEqual([]);
    const text = readFileSync(join(root, report.written[0]!.file), 'utf8');
    expect(text).toContain('importedFrom: statuspage:00km0kwpz23b');
    expect(text).toMatch(/- id: www\n\s+impact: partial_outage/);
  });

  it('reports the lines to add for components not in client.yaml; with them added the file passes', async () => {
    const root = content();
    const report = await run(root, { kind: 'statuspage', path: SAMPLE });
    expect(report.missingComponents).toContain('  - id: git-operations\n    name: "Git Operations"');
    expect(report.problems.map((p) => p.field)).toEqual(['components.0.id', 'components.1.id']);
    expect(formatImportReport(report)).toMatch(/will not pass npm run check/);
    addComponents(root, report.missingComponents);
    expect(await valid(root)).toEqual([]);
  });

  it('is idempotent and never overwrites; a dry run writes nothing', async () => {
    const root = content();
    const map = mapping(root, { 'Git Operations': 'www', Actions: 'checkout' });
    const dry = await run(root, { kind: 'statuspage', path: SAMPLE, mapFile: map, dryRun: true });
    expect(dry.written).toHaveLength(1);
    expect(readdirSync(join(root, 'clients/acme/incidents'))).toHaveLength(1);
    await run(root, { kind: 'statuspage', path: SAMPLE, mapFile: map });
    const again = await run(root, { kind: 'statuspage', path: SAMPLE, mapFile: map });
    expect(again.written).toEqual([]);
    expect(again.skipped).toEqual([expect.objectContaining({ externalId: 'statuspage:00km0kwpz23b', reason: expect.stringMatching(/already imported as/) })]);
    expect(readdirSync(join(root, 'clients/acme/incidents'))).toHaveLength(2);
  });
});

/** A Statuspage `incidents.json` with the variations real exports have. */
const u = (id: string, status: string, at: string, body: string, extra: Record<string, unknown> = {}) => ({ id, status, body, created_at: at, display_at: at, affected_components: null, ...extra });
const inc = (id: string, extra: Record<string, unknown>) => ({
  id,
  name: `Incident ${id}`,
  status: 'resolved',
  impact: 'major',
  created_at: '2026-03-02T10:00:00.000Z',
  started_at: '2026-03-02T09:50:00.000Z',
  monitoring_at: null,
  resolved_at: '2026-03-02T11:00:00.000Z',
  shortlink: `https://stspg.io/${id}`,
  components: [{ id: 'code-www', name: 'Website' }],
  incident_updates: [u(`${id}-2`, 'resolved', '2026-03-02T11:00:00.000Z', 'Resolved.'), u(`${id}-1`, 'investigating', '2026-03-02T10:05:00.000Z', 'Looking.')],
  ...extra,
});
const LIST = {
  page: { id: 'p', name: 'Acme', url: 'https://status.acme.example', time_zone: 'Etc/UTC' },
  incidents: [
    inc('newest-first', {
      incident_updates: [
        u('c', 'resolved', '2026-03-02T11:00:00.000Z', 'Fixed.', { display_at: '2026-03-02T10:58:00.000Z' }),
        u('b', 'monitoring', '2026-03-02T10:40:00.000Z', '<p>A fix is <strong>in place</strong>; {watching}.</p>'),
        u('a', 'identified', '2026-03-02T10:10:00.000Z', 'Found it.', { affected_components: [{ code: 'code-www', name: 'Website', old_status: 'operational', new_status: 'major_outage' }] }),
      ],
      monitoring_at: '2026-03-02T10:40:00.000Z',
    }),
    inc('html-timeline', {
      incident_updates: [u('x', 'resolved', '2026-03-02T11:00:00.000Z', '<ul><li><b>10:00</b> Reported</li><li><b>10:30</b> Fixed &lt;3</li></ul>')],
    }),
    inc('impact-none', { impact: 'none' }),
    inc('no-components', { components: [] }),
    inc('placeholder', { components: [{ id: 'zzz', name: 'This is an example component' }, { id: 'code-www', name: 'Website' }] }),
    inc('renamed', { components: [{ id: 'code-shop', name: 'Old shop name' }] }),
    inc('operational-only', {
      impact: 'critical',
      components: [],
      incident_updates: [u('o', 'resolved', '2026-03-02T11:00:00.000Z', 'Done.', { affected_components: [{ code: 'code-www', name: 'Website', new_status: 'operational' }] })],
    }),
    inc('late-start', { started_at: '2026-03-02T10:30:00.000Z' }),
    inc('postmortem', { status: 'postmortem', postmortem_body: '<h2>What happened</h2><p>A disk filled. See <a href="https://x.example">the graph</a> {x}.</p>', incident_updates: [u('pm', 'postmortem', '2026-03-03T09:00:00.000Z', 'Postmortem published.'), u('r', 'resolved', '2026-03-02T11:00:00.000Z', 'Fixed.')] }),
    inc('open', { status: 'identified', resolved_at: null, incident_updates: [u('o1', 'identified', '2026-03-02T10:05:00.000Z', 'Working on it.')] }),
  ],
  scheduled_maintenances: [
    {
      id: 'maint-1',
      name: 'Database upgrade',
      status: 'completed',
      impact: 'maintenance',
      created_at: '2026-02-20T09:00:00.000Z',
      scheduled_for: '2026-03-05T06:00:00.000Z',
      scheduled_until: '2026-03-05T07:00:00.000Z',
      components: [{ id: 'code-www', name: 'Website' }],
      incident_updates: [u('m1', 'scheduled', '2026-02-20T09:00:00.000Z', '<p>The shop will be read-only.</p>')],
    },
  ],
};

describe('statuspage: the incidents.json list shape, with the variations of real exports', () => {
  it('writes files that all pass the check, and says what each lost', async () => {
    const root = content();
    const file = join(root, 'incidents.json');
    writeFileSync(file, JSON.stringify(LIST));
    const map = mapping(root, { 'code-www': 'www', 'code-shop': 'checkout' });
    const report = await run(root, { kind: 'statuspage', path: file, mapFile: map });
    expect(report.problems).toEqual([]);
    expect(await valid(root)).toEqual([]);
    const notes = Object.fromEntries(report.written.map((w) => [w.draft.externalId.split(':')[1], w.draft.notes.join('\n')]));
    expect(notes['newest-first']).toMatch(/display_at/);
    expect(notes['newest-first']).toMatch(/restoredAt is when the incident moved to monitoring \(monitoring_at\)/);
    expect(notes['html-timeline']).toMatch(/whole timeline as an HTML list/);
    expect(notes['impact-none']).toMatch(/impact "none"/);
    expect(notes['placeholder']).toMatch(/placeholder component/);
    expect(notes['renamed']).toMatch(/"Old shop name" \(code-shop\) is mapped to "checkout"/);
    expect(notes['operational-only']).toMatch(/"Website" has no status worse than operational.*critical → major_outage/);
    expect(notes['late-start']).toMatch(/started_at .* is after created_at .*; startedAt left out/);
    expect(notes['postmortem']).toMatch(/postmortem body was converted/);
    expect(report.skipped).toEqual([expect.objectContaining({ externalId: 'statuspage:no-components', reason: expect.stringMatching(/--component/) })]);
    const maint = report.written.find((w) => w.draft.kind === 'maintenance')!;
    expect(maint.file).toBe('clients/acme/maintenance/2026-03-05-database-upgrade.mdx');
    const pm = readFileSync(join(root, report.written.find((w) => w.draft.externalId === 'statuspage:postmortem')!.file), 'utf8');
    expect(pm).toContain('## What happened');
    expect(pm).toContain('[the graph](https://x.example)');
    const open = readFileSync(join(root, report.written.find((w) => w.draft.externalId === 'statuspage:open')!.file), 'utf8');
    expect(open).not.toContain('resolvedAt');
  });

  it('files an incident with no components under --component', async () => {
    const root = content();
    const file = join(root, 'incidents.json');
    writeFileSync(file, JSON.stringify([LIST.incidents[3]]));
    const report = await run(root, { kind: 'statuspage', path: file, component: 'www' });
    expect(report.written).toHaveLength(1);
    expect(report.written[0]!.draft.notes.join('\n')).toMatch(/filed under "www" \(--component\)/);
    expect(await valid(root)).toEqual([]);
  });

  it('reads a folder of exports, and refuses a file that is none', async () => {
    const root = content();
    const dir = join(root, 'export');
    cpSync(join(REPO, 'test/fixtures/minimal/standards'), dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ page: LIST.page, incident: LIST.incidents[0] }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ incidents: [LIST.incidents[1]] }));
    const report = await run(root, { kind: 'statuspage', path: dir, mapFile: mapping(root, { 'code-www': 'www' }) });
    expect(report.written).toHaveLength(2);
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ hello: 1 }));
    await expect(run(root, { kind: 'statuspage', path: dir })).rejects.toThrow(/expected a Statuspage export/);
  });
});

describe('cstate: real content/issues of the Jenkins and Packit status sites', () => {
  it('Jenkins: every issue is written and passes the check once the components are added; a re-import writes nothing', async () => {
    const root = content();
    const path = join(FIXTURES, 'cstate-jenkins-infra/content/issues');
    const report = await run(root, { kind: 'cstate', path });
    expect(report.skipped).toEqual([]);
    expect(names(report)).toHaveLength(5);
    addComponents(root, report.missingComponents);
    expect(await valid(root)).toEqual([]);
    const notes = notesOf(report);
    // Hand-written one-digit hours: Hugo reads them, so the importer does too.
    expect(notes['2023-12-04-x86medium-migration']).toMatch(/date "2023-12-04T8:00:00-00:00" has a one-digit hour; read as 2023-12-04T08:00:00.000Z/);
    expect(notes['2024-07-03-maintenance-az-publick8s-1-28']).toMatch(/file name's date \(2024-07-03\) disagrees with date \(2024-07-04\)/);
    const k8s = readFileSync(join(root, report.written.find((w) => w.draft.externalId.endsWith('2024-07-03-maintenance-az-publick8s-1-28'))!.file), 'utf8');
    expect(k8s).toContain('resolvedAt: 2024-07-04T07:15:00.000Z');
    const again = await run(root, { kind: 'cstate', path });
    expect(again.written).toEqual([]);
    expect(again.skipped).toHaveLength(5);
  });

  it('Packit: files what it can under --component, refuses what Hugo could not read either, naming why', async () => {
    const root = content();
    const path = join(FIXTURES, 'cstate-packit/content/issues');
    const report = await run(root, { kind: 'cstate', path, component: 'www' });
    expect(names(report).sort()).toEqual([
      '2021-07-01-summer-is-here-2.mdx',
      '2021-12-07-longer-response-times.mdx',
      '2022-09-01-3-4-of-slo1-error-budget.mdx',
      '2022-10-11-issues-with-the-task-execution.mdx',
    ]);
    expect(Object.fromEntries(report.skipped.map((s) => [s.externalId, s.reason]))).toEqual({
      'cstate:2023-10-31-release-monitoring.org-outage': 'no front matter between --- lines',
      'cstate:2024-08-13-github-outage': 'date "2024-08-13T015:00:00+02:00" is not a date and time',
    });
    addComponents(root, report.missingComponents);
    expect(await valid(root)).toEqual([]);
    expect(notesOf(report)['2021-07-56-vacation']).toMatch(/names no affected component; it is filed under "www"/);
    const again = await run(root, { kind: 'cstate', path, component: 'www' });
    expect(again.written).toEqual([]);
  });
});

describe('cstate: the issues of cState example site', () => {
  it('writes files that pass the check once the components are added, and says what each lost', async () => {
    const root = content();
    const report = await run(root, { kind: 'cstate', path: join(REPO, 'test/fixtures/import/cstate'), sourceTimeZone: 'UTC' });
    expect(report.written.map((w) => w.file.split('/').at(-1))).toEqual([
      '2017-12-17-issues-sending-dms.mdx',
      '2018-04-13-unavailable-guilds-and-connection-issues.mdx',
      '2018-05-25-us-east-connection-issues.mdx',
      '2018-06-13-maintenance-window.mdx',
      '2019-10-05-api-upgrade.mdx',
      '2023-02-24-maintenance-window.mdx',
    ]);
    addComponents(root, report.missingComponents);
    expect(await valid(root)).toEqual([]);
    const notes = Object.fromEntries(report.written.map((w) => [w.draft.externalId.split(':')[1], w.draft.notes.join('\n')]));
    // The real incident whose resolvedWhen is 59 seconds after its start, with updates over 101 minutes.
    expect(notes['2018-05-25-us-east-conn-issues']).toMatch(/updates run until 2018-05-25T05:54:00.000Z, after resolvedWhen/);
    expect(notes['2018-01-17-sending-dms-impacted']).toMatch(/file name's date \(2018-01-17\) disagrees with date \(2017-12-17\)/);
    expect(notes['2018-01-17-sending-dms-impacted']).toMatch(/no \{\{< track >\}\} time/);
    expect(notes['2023-02-13-maintenance-window']).toMatch(/status "Soon"/);
    const us = readFileSync(join(root, report.written[2]!.file), 'utf8');
    expect(us).toContain('reportedAt: 2018-05-25T04:13:00.000Z');
    expect(us).toContain('resolvedAt: 2018-05-25T05:54:00.000Z');
  });

  it.each([
    ['a flow list of affected components', 'affected: [API, Media Proxy]', 2],
    ['a single informational notice', 'informational: true\naffected: [API]', 0],
  ])('reads %s', async (_, front, written) => {
    const root = content();
    const dir = join(root, 'issues');
    cpSync(join(REPO, 'test/fixtures/import/cstate'), dir, { recursive: true });
    const file = join(dir, '2018-05-25-us-east-conn-issues.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('affected:\n  - API\n  - Media Proxy', front));
    const report = await run(root, { kind: 'cstate', path: file });
    expect(report.written.flatMap((w) => (w.draft.data.components as unknown[]) ?? []).length).toBe(written);
    if (written === 0) expect(report.skipped[0]!.reason).toMatch(/informational/);
  });
});

