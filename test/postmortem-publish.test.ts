// Issue 11, done when #1: a postmortem created with the scaffolder, edited as staff edit it, appears after a real build
// on the status page, the incident list, its own page, the feeds and the monthly report. The scripts run as staff run
// them (flags, no terminal) on a copy of the minimal fixture; the build goes to its own outDir (test/helpers/build.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { REPO, runScript } from './helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'upkeep-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const content = join(dir, 'content');
const FILE = 'clients/acme/incidents/2026-10-05-card-payments-failing-at-checkout.mdx';
const SUMMARY = 'Card payments failed at checkout for 50 minutes after an expired payment-provider certificate.';
const LESSON = 'Certificates the shop depends on need their own expiry alerts.';
// The pull is not part of this: the instant is pinned so the month, the recent list and the feeds are deterministic.
const env = { UPKEEP_CONTENT: content, UPKEEP_NOW: '2026-10-06T12:00:00Z' };
let build: BuildResult;
const page = (path: string) => readFileSync(join(build.dist, path), 'utf8');

beforeAll(async () => {
  cpSync(join(REPO, 'test/fixtures/minimal'), content, { recursive: true });
  const created = await runScript(
    'scripts/new-incident.ts',
    ['--client', 'acme', '--title', 'Card payments failing at checkout', '--priority', 'P1', '--components', 'checkout', '--reported', '2026-10-05T09:40', '--text', 'We are investigating failed card payments.'],
    env,
  );
  if (created.code !== 0) throw new Error(`new:incident failed: ${created.stderr}`);
  // Staff edit the template: the one-sentence summary, the postmortem's summary and a lesson.
  const file = join(content, FILE);
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace(/^summary: .*$/m, `summary: ${SUMMARY}`)
    .replace(/^lessons: \[\]$/m, `lessons:\n  - text: ${LESSON}\n    theme: monitoring`)
    .replace(/## Summary\n\n[^\n]+\n/, `## Summary\n\n${SUMMARY} Orders were kept and retried.\n`);
  if (edited === text) throw new Error('the template changed: the edits no longer apply');
  writeFileSync(file, edited);
  const resolved = await runScript('scripts/new-update.ts', [file, '--status', 'resolved', '--at', '2026-10-05T10:30', '--text', 'Card payments are working again.'], env);
  if (resolved.code !== 0) throw new Error(`new:update failed: ${resolved.stdout}\n${resolved.stderr}`);
  build = await buildSite(content, env);
  if (build.failed) throw new Error(`the build failed:\n${build.output}`);
}, 300_000);

describe('a postmortem from new:incident, edited and resolved with new:update, after a build', () => {
  const id = '2026-10-05-card-payments-failing-at-checkout';

  it('is on the status page among recent incidents, linked to its page', () => {
    const html = page('clients/acme/status/index.html');
    expect(html).toContain('Card payments failing at checkout');
    expect(html).toContain(`/clients/acme/incidents/${id}/`);
  });

  it('is in the incident list, and its page carries the edited postmortem and the resolving update', () => {
    expect(page('clients/acme/incidents/index.html')).toContain(`/clients/acme/incidents/${id}/`);
    const html = page(`clients/acme/incidents/${id}/index.html`);
    expect(html).toContain('Orders were kept and retried.');
    expect(html).toContain('Card payments are working again.');
    expect(html).toContain(LESSON);
  });

  it('is an entry of the client and agency Atom and RSS feeds', () => {
    for (const feed of ['clients/acme/history.atom', 'clients/acme/history.rss', 'history.atom', 'history.rss']) {
      expect(existsSync(join(build.dist, feed)), feed).toBe(true);
      const xml = page(feed);
      expect(xml, feed).toContain('Card payments failing at checkout');
      expect(xml, feed).toContain(`/clients/acme/incidents/${id}/`);
    }
  });

  it('is counted in the October 2026 report, page and JSON', () => {
    const html = page('clients/acme/reports/2026-10/index.html');
    expect(html).toContain('Card payments failing at checkout');
    const report = JSON.parse(page('clients/acme/api/sla/2026-10.json')) as { incidents?: Array<{ title?: string; id?: string }> };
    expect(JSON.stringify(report.incidents)).toContain(id);
  });

  it('and in the lessons log of the client', () => {
    expect(page('clients/acme/lessons/index.html')).toContain(LESSON);
  });
});
