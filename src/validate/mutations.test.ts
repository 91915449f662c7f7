// A corpus of mutations of the demo content (issue 11, §1): each row changes one thing in a copy of valid files and
// says which file and field the problem must name, and what the message must say. Every row fails without its fix:
// impossible dates, unknown keys, history order and clock, update times, duplicate keys, broken frontmatter and MDX
// syntax were each accepted (or reported without the field) before.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../../test/helpers/run.ts';
import { checkAll, formatProblems, type Problem } from './check-content.ts';
import { readContent } from './read-content.ts';

const CONTENT = join(REPO, 'content');
/** The demo's authored content, plus one component's history (its file and raw day files). */
const HISTORY = 'history/marlow-outdoor/website';

function files(dir: string, skip: (rel: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const rel = relative(CONTENT, path).split('\\').join('/');
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.set(rel, readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
const base = files(CONTENT, (rel) => rel.startsWith('history/') && rel !== 'history/marlow-outdoor' && !rel.startsWith(HISTORY));

const root = mkdtempSync(join(tmpdir(), 'upkeep-mutations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Writes the content with `edit` applied to one file, and validates it as `npm run check` does. */
async function check(file: string, edit: (text: string) => string): Promise<{ problems: Problem[]; dir: string }> {
  const dir = join(root, String(n++));
  for (const [rel, text] of base) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), rel === file ? edit(text) : text);
  }
  return { problems: await checkAll(readContent(dir, dir)), dir };
}

/** Replaces exactly one occurrence (so a row that no longer applies fails instead of passing silently). */
const replace = (find: string | RegExp, by: string) => (text: string) => {
  const count = typeof find === 'string' ? text.split(find).length - 1 : [...text.matchAll(new RegExp(find.source, `${find.flags}g`))].length;
  if (count !== 1) throw new Error(`expected one ${String(find)} in the file, found ${count}`);
  return text.replace(find, by);
};
const json = (edit: (h: any) => void) => (text: string) => {
  const h = JSON.parse(text);
  edit(h);
  return JSON.stringify(h, null, 2);
};

const HARWICK = 'clients/harwick-museum/incidents/2026-10-24-website-and-tickets-down-overnight.mdx';
const MARLOW = 'clients/marlow-outdoor/client.yaml';
const CALLOWAY = 'clients/calloway-press/client.yaml';
const UPGRADE = 'clients/marlow-outdoor/maintenance/2026-12-08-checkout-platform-upgrade.mdx';
const WEBSITE = `${HISTORY}.json`;
const DAY = `${HISTORY}/2026-11-22.jsonl`;

type Row = [name: string, file: string, edit: (text: string) => string, field: string | RegExp, message: RegExp];

const rows: Row[] = [
  // Impossible dates roll over in Date.parse: they must be refused wherever a date is written.
  ['an impossible reportedAt', HARWICK, replace('reportedAt: 2026-10-24T23:20:00+01:00', 'reportedAt: 2026-09-31T23:20:00+01:00'), 'reportedAt', /real date/],
  ['an impossible due date', HARWICK, replace('due: 2026-10-30', 'due: 2026-11-31'), 'actionItems.0.due', /date such as/],
  ['an impossible agency holiday', 'agency.yaml', replace('      - 2026-12-28\n', '      - 2026-02-30\n'), /^defaults\.supportHours\.holidays\.\d+$/, /date such as/],
  ['an impossible client holiday', CALLOWAY, replace('    - 2026-11-27\n', '    - 2026-11-31\n'), /^supportHours\.holidays\.\d+$/, /date such as/],
  ['an impossible maintenance start', UPGRADE, replace('start: 2026-12-08T02:00:00Z', 'start: 2026-06-31T02:00:00Z'), 'start', /real date/],
  // Unknown keys were stripped: a typo unmonitored a component or changed the figures.
  ['a misspelt monitor', MARLOW, replace('product and category pages.\n    monitor:', 'product and category pages.\n    monitr:'), 'components.0.monitr', /did you mean "monitor"/],
  ['a misspelt startedAt', HARWICK, replace('startedAt:', 'startedat:'), 'startedat', /did you mean "startedAt"/],
  ['a misspelt agency field', 'agency.yaml', replace('tagline:', 'tagLine:'), 'tagLine', /did you mean "tagline"/],
  ['a misspelt monitor setting', MARLOW, replace('      keyword: Marlow Outdoor', '      keywrd: Marlow Outdoor'), 'components.0.monitor.keywrd', /did you mean "keyword"/],
  ['a misspelt support hours field', CALLOWAY, replace('  holidays:\n', '  holiday:\n'), 'supportHours.holiday', /did you mean "holidays"/],
  ['a misspelt priority field', 'agency.yaml', replace('      restoreTarget: 4h\n', '      restoreTime: 4h\n'), 'defaults.priorities.P1.restoreTime', /did you mean "restoreTarget" \(required, and missing\)/],
  ['a misspelt action item field', HARWICK, replace('    owner: Ellie Marsh', '    owners: Ellie Marsh'), 'actionItems.3.owners', /did you mean "owner"/],
  ['a misspelt maintenance field', UPGRADE, replace('description:', 'descripton:'), 'descripton', /did you mean "description"/],
  ['a misspelt standards field', 'standards/warranty.mdx', replace('order: 8', 'ordre: 8'), 'ordre', /did you mean "order"/],
  ['an unknown field in a client standards page', 'clients/harwick-museum/standards.mdx', replace('title:', 'titel:'), 'titel', /did you mean "title"/],
  ['an unknown key with no near match', MARLOW, replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\ncolour: green'), 'colour', /expected one of: name, visibility/],
  // Update times against the incident's own times.
  ['an update after resolvedAt', HARWICK, replace('  - at: 2026-10-25T10:15:00+00:00', '  - at: 2026-10-25T11:15:00+00:00'), 'updates.5.at', /after resolvedAt/],
  ['an update before reportedAt', HARWICK, replace('  - at: 2026-10-24T23:41:00+01:00', '  - at: 2026-10-24T23:01:00+01:00'), 'updates.0.at', /before reportedAt/],
  // Every time shows its zone: a time of day in an update's text names it.
  ['a time without its zone in an update', HARWICK, replace('including the 10:00 GMT opening rush', 'including the 10:00 opening rush'), /^updates\.\d+\.text$/, /time "10:00" to name its time zone/],
  // One source: a standards page that types a target of agency.yaml by hand.
  ['a hand-typed target in a standards page', 'standards/priority-levels.mdx', replace('<Targets />', '| Priority | Response |\n| --- | --- |\n| P1 Critical | 30 minutes |'), 'body', /typed by hand.*<Targets \/>/],
  // Per-client locale: only those with a catalogue.
  ['a locale without a catalogue', MARLOW, replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\nlocale: fr'), 'locale', /expected one of "en"\|"de"/],
  ['a misspelt locale', MARLOW, replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\nlocal: de'), 'local', /did you mean "locale"/],
  ['restored before responded', HARWICK, replace('restoredAt: 2026-10-25T02:35:00+00:00', 'restoredAt: 2026-10-24T23:30:00+01:00'), 'restoredAt', /not before respondedAt/],
  ['an unknown component', UPGRADE, replace('components: [checkout, payments-api]', 'components: [checkout, payment-api]'), 'components.1', /does not exist/],
  // Syntax: duplicate keys, broken frontmatter, MDX.
  ['a duplicate key in client.yaml', MARLOW, replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\nuptimeTarget: 99.5'), 'uptimeTarget', /duplicate key "uptimeTarget" \(first set on line \d+\)/],
  ['a duplicate key in a client standards page', 'clients/harwick-museum/standards.mdx', replace(/^title: .*$/m, '$&\ntitle: Again'), 'title', /duplicate key "title"/],
  ['a duplicate key in an incident', HARWICK, replace('priority: P1', 'priority: P1\npriority: P2'), 'priority', /duplicate key/],
  ['broken YAML in a client standards page', 'clients/harwick-museum/standards.mdx', replace(/^title: (.*)$/m, 'title: "$1'), 'title', /could not be parsed/],
  ['broken YAML in an action item', HARWICK, replace('    owner: Nadia Okafor', '    owner: [Nadia Okafor'), /^actionItems/, /could not be parsed/],
  ['a frontmatter block that is never closed', UPGRADE, replace(/^---\n\nThis is/m, '\nThis is'), '', /closing --- line is missing/],
  ['an MDX syntax error', HARWICK, replace('## Impact\n', '## Impact\n\n<div>\n'), 'body', /MDX syntax.*closing tag/],
  ['an MDX expression that does not parse', 'standards/warranty.mdx', replace('When we launch', 'When {we launch'), 'body', /MDX syntax/],
  // History: order, overlaps, the clock, lastCheckAt.
  ['an unsorted timeline', WEBSITE, json((h) => h.timeline.reverse()), /^timeline\.\d+\.from$/, /sorted oldest first/],
  ['overlapping periods', WEBSITE, json((h) => (h.periods[1].from = h.periods[0].from.replace(/T.*/, 'T12:00:00.000Z'))), 'periods.1.from', /not overlapping|sorted/],
  ['a span that runs backwards', WEBSITE, json((h) => ([h.periods[0].from, h.periods[0].to] = [h.periods[0].to, h.periods[0].from])), 'periods.0.to', /after from/],
  ['unsorted days', WEBSITE, json((h) => h.days.splice(0, 2, h.days[1], h.days[0])), 'days.1.date', /sorted oldest first/],
  ['a check in the future', WEBSITE, json((h) => (h.lastCheckAt = '2026-11-23T12:00:00.000Z')), 'lastCheckAt', /after now/],
  ['a timeline past its checks', WEBSITE, json((h) => (h.lastCheckAt = '2026-11-22T06:00:00.000Z')), 'lastCheckAt', /account for/],
  ['a day rollup in the future', WEBSITE, json((h) => h.days.push({ ...h.days.at(-1), date: '2026-11-30' })), /^days\.\d+\.date$/, /after today/],
  ['raw checks out of order', DAY, (t) => t.split('\n').filter(Boolean).reverse().join('\n') + '\n', '', /sorted by "at"/],
  ['a raw check after now', DAY, (t) => t + '{"at":"2026-11-22T18:00:00.000Z","status":"operational","responseMs":100}\n', 'line 146', /after now/],
];

describe('mutations of valid content (npm run check)', () => {
  it('the demo content it starts from is valid', async () => {
    expect((await check('', (t) => t)).problems).toEqual([]);
  });

  it.each(rows)('%s: names the file and the field', async (_, file, edit, field, message) => {
    const { problems } = await check(file, edit);
    const named = problems.filter((p) => p.file.endsWith(file));
    expect(named, formatProblems(problems)).toContainEqual(
      expect.objectContaining({ field: typeof field === 'string' ? field : expect.stringMatching(field), message: expect.stringMatching(message) }),
    );
  });

  it.each([
    ['client.yaml', MARLOW, replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\nmonitr: x'), 'monitr', 54],
    ['incident frontmatter (after the --- line)', HARWICK, replace('startedAt:', 'startedat:'), 'startedat', 11],
    ['an MDX body', HARWICK, replace('## Impact\n', '## Impact\n\n<div>\n'), 'body', 81],
  ])('gives the line in %s', async (_, file, edit, field, line) => {
    const { problems } = await check(file, edit);
    expect(problems).toContainEqual(expect.objectContaining({ field, line }));
  });

  it('never echoes a token pasted where the name of its variable goes', async () => {
    const token = 'u1234567-8abcdef0123456789abcdef';
    const edits = [
      replace('tokenEnv: UPTIMEROBOT_API_KEY', `tokenEnv: ${token}`),
      replace('tokenEnv: UPTIMEROBOT_API_KEY', `tokenEnv: "${token}`),
      replace('tokenEnv: UPTIMEROBOT_API_KEY', `tokenEnv: UPTIMEROBOT_API_KEY\n      tokenEnv: ${token}`),
      replace('tokenEnv: UPTIMEROBOT_API_KEY', `tokenenv: ${token}`),
      replace('tokenEnv: UPTIMEROBOT_API_KEY', `token: ${token}`),
    ];
    for (const edit of edits) {
      const { problems } = await check(CALLOWAY, edit);
      const text = formatProblems(problems);
      expect(problems.length, text).toBeGreaterThan(0);
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.slice(0, 12));
    }
  });

  it('reports every problem at once, an invalid siteUrl among them', async () => {
    const dir = join(root, 'many');
    for (const [rel, text] of base) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      let out = text;
      if (rel === 'agency.yaml') out = text.replace('siteUrl: https://status.corbelfinch.example', 'siteUrl: status.corbelfinch');
      if (rel === HARWICK) out = text.replace('startedAt:', 'startedat:').replace('## Impact\n', '## Impact\n\n<div>\n');
      if (rel === MARLOW) out = text.replace('uptimeTarget: 99.95', 'uptimeTarget: 99.95\nuptimeTarget: 99.5');
      writeFileSync(join(dir, rel), out);
    }
    const problems = await checkAll(readContent(dir, dir));
    expect(problems.map((p) => `${p.file.split('/').at(-1)}#${p.field}`).sort()).toEqual([
      '2026-10-24-website-and-tickets-down-overnight.mdx#body',
      '2026-10-24-website-and-tickets-down-overnight.mdx#startedat',
      'agency.yaml#siteUrl',
      'client.yaml#uptimeTarget',
    ]);
  });
});
