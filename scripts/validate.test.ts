// `npm run check` as staff run it (scripts/validate.ts on a content folder): every problem at once, each with its
// file, line and field, exit 1; a token pasted where the name of its variable goes is never printed back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runScript } from '../test/helpers/run.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-check-'));
  dirs.push(dir);
  cpSync(join(REPO, 'test/fixtures/minimal'), dir, { recursive: true });
  return dir;
}
const edit = (root: string, file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const INCIDENT = 'clients/acme/incidents/2026-10-03-checkout-down.mdx';
const TOKEN = 'u2218841-9d3e0c6b5a4f7e8d9c0b1a2f';

describe('npm run check (scripts/validate.ts)', () => {
  it('passes valid content', async () => {
    const result = await runScript('scripts/validate.ts', [], { UPKEEP_CONTENT: content() });
    expect(result.stdout).toContain('Content is valid.');
    expect(result.code).toBe(0);
  });

  it('lists every problem at once with file, line and field, exits 1, and never echoes a pasted token', async () => {
    const root = content();
    edit(root, 'agency.yaml', (t) => t.replace('siteUrl: https://status.fixture.example', 'siteUrl: status.fixture'));
    edit(root, INCIDENT, (t) => t.replace('reportedAt:', 'reportedat:').replace('The checkout was down for an hour.', 'The checkout was down for an hour.\n\n<div>\n'));
    edit(root, 'clients/acme/client.yaml', (t) =>
      t.replace('  - { id: www, name: Website, group: Production }', `  - { id: www, name: Website, group: Production, monitr: { source: uptimerobot, monitorId: 1, tokenEnv: ${TOKEN} } }`).replace(
        '  - { id: checkout, name: Checkout, group: E-commerce }',
        `  - { id: checkout, name: Checkout, group: E-commerce, monitor: { source: uptimerobot, monitorId: 2, tokenEnv: ${TOKEN} } }`,
      ),
    );
    edit(root, 'agency.yaml', (t) => t.replace('holidays: [2026-12-25]', 'holidays: [2026-12-32]'));

    const result = await runScript('scripts/validate.ts', [], { UPKEEP_CONTENT: root });

    expect(result.code).toBe(1);
    const out = result.stderr;
    expect(out).toMatch(/agency\.yaml[\s\S]*siteUrl \(line \d+\): /);
    expect(out).toMatch(/agency\.yaml[\s\S]*defaults\.supportHours\.holidays\.0 \(line \d+\): .*date such as/);
    expect(out).toMatch(/2026-10-03-checkout-down\.mdx[\s\S]*reportedat \(line \d+\): .*did you mean "reportedAt"/);
    expect(out).toMatch(/2026-10-03-checkout-down\.mdx[\s\S]*body \(line \d+\): .*MDX syntax/);
    expect(out).toMatch(/client\.yaml[\s\S]*components\.0\.monitr \(line \d+\): .*did you mean "monitor"/);
    expect(out).toMatch(/client\.yaml[\s\S]*components\.1\.monitor\.tokenEnv/);
    expect(out + result.stdout).not.toContain(TOKEN);
    expect(out + result.stdout).not.toContain(TOKEN.slice(0, 12));
  });
});
