import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientYaml, makeContent } from '../test/helpers/content.ts';
import { runScript } from '../test/helpers/run.ts';
import { startHttpServer, type LocalServer } from '../test/helpers/servers.ts';

// `npm run schedule` as a child process, with a stand-in build and deploy that only record that they ran.

let site: LocalServer;
beforeAll(async () => {
  site = await startHttpServer((_req, res) => res.writeHead(200).end('ok'));
});
afterAll(() => site.close());

describe('npm run schedule (child process)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('pulls, builds, deploys, then stops cleanly on %s', async (signal) => {
    const root = makeContent({ acme: clientYaml([{ id: 'www', monitor: { source: 'probe', url: `${site.url}/` } }]) });
    const work = mkdtempSync(join(tmpdir(), 'upkeep-schedule-'));
    const marks = join(work, 'marks.txt');
    const step = (name: string) => {
      const file = join(work, `${name}.mjs`);
      writeFileSync(file, `import { appendFileSync, mkdirSync } from 'node:fs';\nmkdirSync(${JSON.stringify(join(work, 'dist'))}, { recursive: true });\nappendFileSync(${JSON.stringify(marks)}, '${name}\\n');\n`);
      return `"${process.execPath}" "${file}"`;
    };
    const run = runScript('scripts/schedule.ts', ['--every', '1h', '--build', step('build')], {
      UPKEEP_CONTENT: root,
      UPKEEP_STATE: join(work, 'state'),
      UPKEEP_DIST: join(work, 'dist'),
      UPKEEP_DEPLOY: step('deploy'),
    });
    let out = '';
    run.child.stdout!.on('data', (d) => (out += d));
    while (!out.includes('next pass in')) await new Promise((r) => setTimeout(r, 20));
    run.child.kill(signal);
    const result = await run;

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/pull finished\n.*content or history changed; building\n.*deploying\n.*built and deployed\n.*next pass in \d+m/);
    expect(result.stdout).toContain(`${signal} received; finishing the current step, then stopping`);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/schedule stopped$/);
    expect(readFileSync(marks, 'utf8')).toBe('build\ndeploy\n');
    expect(existsSync(join(root, 'history', 'acme', 'www.json'))).toBe(true);
    expect(readFileSync(join(work, 'state', 'last-build'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(existsSync(join(root, 'history', '.pull.lock'))).toBe(false);
  });

  it('refuses a bad interval', async () => {
    const result = await runScript('scripts/schedule.ts', ['--every', 'soon'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--every: expected a duration such as 30s, 5m/);
  });
});
