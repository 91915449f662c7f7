import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { clientOutputs } from '../lib/outputs/paths.ts';
import type { RawContent } from '../validate/read-content.ts';
import { checkOutputs } from './outputs.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const content = (clients: Record<string, object>): RawContent =>
  ({ standards: [], history: [], clients: new Map(Object.entries(clients).map(([id, data]) => [id, { client: { file: `content/clients/${id}/client.yaml`, data }, incidents: [], maintenance: [] }])) }) as RawContent;

/** A dist/ with every output of `acme` present (valid or not: each JSON file gets `json`). */
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-dist-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const run = (dir: string, c: RawContent) => {
  const hook = checkOutputs(c).hooks['astro:build:done'] as (o: unknown) => void;
  return hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
};

const allOf = (clientId: string, text = '{}') => Object.fromEntries([...clientOutputs().map((o) => [`clients/${clientId}/${o.path}`, text]), [`clients/${clientId}/status/index.html`, '<html></html>']]);

it('fails the build naming each output that does not match its schema', () => {
  const dir = dist(allOf('acme'));
  expect(() => run(dir, content({ acme: { name: 'Acme', visibility: 'public' } }))).toThrow(/dist\/clients\/acme\/api\/v2\/summary\.json: page: Invalid input/);
});

it('fails the build on a missing output and on an unlisted client in an aggregate', () => {
  const files = allOf('acme');
  delete files['clients/acme/maintenance.ics'];
  const dir = dist({ ...files, 'history.atom': '<feed><id>https://s.example/clients/secret/incidents/x/#update-1</id></feed>' });
  const error = (() => {
    try {
      run(dir, content({ acme: { name: 'Acme', visibility: 'public' }, secret: { name: 'Secret', visibility: 'unlisted' } }));
    } catch (e) {
      return (e as Error).message;
    }
  })();
  expect(error).toContain('dist/clients/acme/maintenance.ics: missing');
  expect(error).toContain('dist/history.atom: names unlisted client "secret"');
});

it('writes the host rules of every status domain into dist/', () => {
  const dir = dist({});
  expect(() => run(dir, content({ acme: { name: 'Acme', visibility: 'public', statusDomain: 'status.acme.example' } }))).toThrow();
  expect(readFileSync(join(dir, '_redirects'), 'utf8')).toContain('https://status.acme.example/*  /clients/acme/:splat  200!');
  expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('Access-Control-Allow-Origin: *');
  expect(readFileSync(join(dir, '_hosting/nginx/acme.conf'), 'utf8')).toContain('server_name status.acme.example');
});
