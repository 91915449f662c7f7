// A user-level check of the promise in the README: invalid content fails `npm run build`, and the message names
// the file, the field and what was expected, for every problem at once.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './helpers/build.ts';
import { REPO } from './helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'upkeep-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const build = (content: string) => buildSite(content);

describe('astro build with a broken incident file', () => {
  it('fails, naming the file and the field of every problem', async () => {
    const content = join(dir, 'incident-case');
    cpSync(join(REPO, 'test/fixtures/minimal'), content, { recursive: true });
    const file = join(content, 'clients/acme/incidents/2026-10-03-checkout-down.mdx');
    const broken = readFileSync(file, 'utf8')
      .replace('severity: critical', 'severity: catastrophic')
      .replace('restoredAt: 2026-10-03T11:00:00+01:00', 'restoredAt: 2026-10-03T09:00:00+01:00');
    writeFileSync(file, broken);

    const result = await build(content);

    expect(result.failed).toBe(true);
    expect(result.output).toContain('clients/acme/incidents/2026-10-03-checkout-down.mdx');
    expect(result.output).toMatch(/severity( \(line \d+\))?: .*critical.*major.*minor/);
    expect(result.output).toMatch(/restoredAt( \(line \d+\))?: expected restoredAt .* not before respondedAt/);
  }, 120_000);
});

describe('astro build with a broken history file', () => {
  // History is not validated at config time: the build reads and checks each client's files as it loads them
  // (src/data/client-data.ts). A bad file must fail the build all the same, naming the file, the field and what was
  // expected; the raw day files beside it (<component>/<date>.jsonl) are the pull's and are never read.
  it('fails, naming the file, the field and what was expected', async () => {
    const content = join(dir, 'history-case');
    cpSync(join(REPO, 'test/fixtures/minimal'), content, { recursive: true });
    mkdirSync(join(content, 'history/acme/www'), { recursive: true });
    const segment = { from: '2026-10-01T00:00:00.000Z', to: '2026-10-01T00:10:00.000Z', status: 'sideways' };
    const history = { version: 2, intervalSeconds: 300, lastCheckAt: null, foldedThrough: null, periods: [], timeline: [segment], days: [] };
    writeFileSync(join(content, 'history/acme/www.json'), `${JSON.stringify(history, null, 2)}\n`);
    writeFileSync(join(content, 'history/acme/www/2026-10-01.jsonl'), 'not json, and never read by the build\n');

    const result = await build(content);

    expect(result.failed).toBe(true);
    expect(result.output).toContain('history/acme/www.json');
    expect(result.output).toMatch(/timeline\.0\.status: .*expected one of .*operational/);
    expect(result.output).not.toContain('2026-10-01.jsonl');
  }, 120_000);
});

describe('astro build with an invalid siteUrl and an MDX syntax error', () => {
  // Astro refuses an invalid `site` with "[config] Invalid URL" before any integration runs, and an MDX syntax error
  // used to pass validation and fail later in the render. The build must fail before rendering, listing both, each
  // with its file and field, never Astro's bare "[config] Invalid URL".
  it('fails, reporting both with their file and field', async () => {
    const content = join(dir, 'site-url-and-mdx-case');
    cpSync(join(REPO, 'test/fixtures/minimal'), content, { recursive: true });
    const agency = join(content, 'agency.yaml');
    writeFileSync(agency, readFileSync(agency, 'utf8').replace('siteUrl: https://status.fixture.example', 'siteUrl: status.fixture'));
    const incident = join(content, 'clients/acme/incidents/2026-10-03-checkout-down.mdx');
    writeFileSync(incident, `${readFileSync(incident, 'utf8')}\n<div>\nThe checkout {was down.\n`);

    const result = await build(content);

    expect(result.failed).toBe(true);
    expect(result.output).not.toContain('[config] Invalid URL');
    expect(result.output).toMatch(/agency\.yaml[\s\S]*siteUrl( \(line \d+\))?: /);
    expect(result.output).toMatch(/clients\/acme\/incidents\/2026-10-03-checkout-down\.mdx[\s\S]*body( \(line \d+\))?: .*MDX syntax/);
  }, 120_000);
});
