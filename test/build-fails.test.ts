// A user-level check of the promise in the README: invalid content fails `npm run build`, and the message names
// the file, the field and what was expected, for every problem at once.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/run.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'upkeep-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Builds the content in `content` in a throwaway copy of the site (src/, configs, node_modules linked) with its own
 * Astro and Vite caches. Building in the working tree with UPKEEP_CONTENT pointing at a temp folder would leave that
 * folder's entries in the shared node_modules/.astro/data-store.json and .astro/content-modules.mjs, where the next
 * build of another copy of the fixture (same ids, same digests, deleted files) fails to resolve them.
 */
async function build(content: string) {
  const project = `${content}-site`;
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(REPO, f))) cpSync(join(REPO, f), join(project, f), { recursive: true, filter: (src) => !/\.test\.tsx?$/.test(src) });
  }
  symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(
    join(project, 'astro.test.config.mjs'),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: './.astro-cache/', vite: { ...config.vite, cacheDir: './.astro-cache/vite/' } };\n`,
  );
  return run('npx', ['astro', 'build', '--config', 'astro.test.config.mjs', '--outDir', join(project, 'dist')], {
    cwd: project,
    env: { ...process.env, UPKEEP_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    () => ({ failed: false, output: '' }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
  );
}

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
