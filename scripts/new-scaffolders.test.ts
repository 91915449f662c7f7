// The scaffolders run as staff run them, non-interactively (every flag given, no terminal), on a copy of the minimal
// fixture; each file they write must pass the same validation as `npm run check`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runScript } from '../test/helpers/run.ts';
import { checkAll } from '../src/validate/check-content.ts';
import { readContent } from '../src/validate/read-content.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-new-'));
  dirs.push(dir);
  cpSync(join(REPO, 'test/fixtures/minimal'), dir, { recursive: true });
  return dir;
}
const env = (root: string) => ({ UPKEEP_CONTENT: root, UPKEEP_NOW: '2026-11-22T12:00:00Z' });
const problems = async (root: string) => (await checkAll(readContent(root, root, { history: false }))).map((p) => `${p.file}#${p.field}: ${p.message}`);

describe('npm run new:incident', () => {
  it('creates a valid postmortem from the flags, named by date and title, and never overwrites', async () => {
    const root = content();
    const args = ['--client', 'acme', '--title', 'Checkout payments failing', '--priority', 'P1', '--components', 'checkout,www:degraded_performance', '--reported', '2026-11-22T11:40'];
    const first = await runScript('scripts/new-incident.ts', args, env(root));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const file = join(root, 'clients/acme/incidents/2026-11-22-checkout-payments-failing.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('reportedAt: 2026-11-22T11:40:00+00:00');
    expect(text).toMatch(/- id: checkout\n\s+impact: major_outage\n\s+- id: www\n\s+impact: degraded_performance/);
    for (const heading of ['Summary', 'Impact', 'Timeline', 'Detection', 'Root cause', 'Resolution', 'Action items', 'Lessons']) expect(text).toContain(`## ${heading}`);
    expect(await problems(root)).toEqual([]);
    const second = await runScript('scripts/new-incident.ts', args, env(root));
    expect(second.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(join(root, 'clients/acme/incidents'))).toContain('2026-11-22-checkout-payments-failing-2.mdx');
  });

  it.each([
    ['a missing title, with no terminal to ask in', ['--client', 'acme', '--components', 'www', '--priority', 'P2'], /missing --title/],
    ['an unknown component, listing the client\'s', ['--client', 'acme', '--title', 'x', '--priority', 'P2', '--components', 'cart'], /cart not a component.*www, checkout/],
    ['an unknown client', ['--client', 'nope', '--title', 'x'], /no client.yaml; expected one of: acme/],
  ])('refuses %s (exit 2)', async (_, args, message) => {
    const result = await runScript('scripts/new-incident.ts', args, env(content()));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('npm run new:maintenance', () => {
  it('creates a valid notice, times in the client zone', async () => {
    const root = content();
    const result = await runScript(
      'scripts/new-maintenance.ts',
      ['--client', 'acme', '--title', 'Database upgrade', '--components', 'www,checkout', '--start', '2026-12-02T06:00', '--end', '2026-12-02T07:00', '--description', 'Read-only for up to an hour.'],
      env(root),
    );
    expect(result.stderr).toBe('');
    const text = readFileSync(join(root, 'clients/acme/maintenance/2026-12-02-database-upgrade.mdx'), 'utf8');
    expect(text).toContain('start: 2026-12-02T06:00:00+00:00');
    expect(await problems(root)).toEqual([]);
  });
});

describe('npm run new:update', () => {
  const open = (root: string) => {
    const file = join(root, 'clients/acme/incidents/2026-11-22-slow.mdx');
    writeFileSync(
      file,
      '---\n# Kept: a comment\ntitle: Slow pages\ncomponents: [{ id: www, impact: degraded_performance }]\nseverity: minor\npriority: P3\nreportedAt: 2026-11-22T09:00:00Z\nrespondedAt: 2026-11-22T09:10:00Z\nupdates:\n  - { at: 2026-11-22T09:10:00Z, status: investigating, text: Looking. }\n---\n\n## Summary\n\nBody kept {as it is}.\n'.replace('{as it is}', 'as it is'),
    );
    return file;
  };

  it('appends a timestamped update, keeping the comment, the layout and the body', async () => {
    const root = content();
    const file = open(root);
    const before = readFileSync(file, 'utf8');
    const result = await runScript('scripts/new-update.ts', ['acme/2026-11-22-slow', '--status', 'identified', '--text', 'A slow query.'], env(root));
    expect(result.stderr).toBe('');
    const after = readFileSync(file, 'utf8');
    // Every line of the frontmatter is kept, in order (yaml may respace a flow collection: "[ {" for "[{").
    const flat = (t: string) => t.replace(/\[ \{/g, '[{').replace(/\} \]/g, '}]');
    expect(flat(after).startsWith(before.slice(0, before.indexOf('---\n\n')))).toBe(true);
    expect(after).toContain('# Kept: a comment');
    expect(after).toMatch(/- at: 2026-11-22T12:00:00\+00:00\n\s+status: identified\n\s+text: A slow query\./);
    expect(after.endsWith('## Summary\n\nBody kept as it is.\n')).toBe(true);
    expect(await problems(root)).toEqual([]);
  });

  it('a resolved update closes the incident; then no more updates are accepted', async () => {
    const root = content();
    const file = open(root);
    await runScript('scripts/new-update.ts', [file, '--status', 'resolved', '--text', 'Fixed.', '--at', '2026-11-22T11:00'], env(root));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('resolvedAt: 2026-11-22T11:00:00+00:00');
    expect(text).toContain('restoredAt: 2026-11-22T11:00:00+00:00');
    expect(await problems(root)).toEqual([]);
    const again = await runScript('scripts/new-update.ts', [file, '--status', 'monitoring', '--text', 'x'], env(root));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is resolved/);
  });
});
