// A user-level check of the promise in the README: invalid content fails `npm run build`, and the message names
// the file, the field and what was expected, for every problem at once.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'upkeep-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('astro build with a broken incident file', () => {
  it('fails, naming the file and the field of every problem', async () => {
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    const file = join(dir, 'clients/acme/incidents/2026-10-03-checkout-down.mdx');
    const broken = readFileSync(file, 'utf8')
      .replace('severity: critical', 'severity: catastrophic')
      .replace('restoredAt: 2026-10-03T11:00:00+01:00', 'restoredAt: 2026-10-03T09:00:00+01:00');
    writeFileSync(file, broken);

    const result = await run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, UPKEEP_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
    );

    expect(result.failed).toBe(true);
    expect(result.output).toContain('clients/acme/incidents/2026-10-03-checkout-down.mdx');
    expect(result.output).toMatch(/severity: .*critical.*major.*minor/);
    expect(result.output).toMatch(/restoredAt: expected restoredAt .* not before respondedAt/);
  }, 120_000);
});
