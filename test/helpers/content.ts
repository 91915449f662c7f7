import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Temporary content folders for pull tests: only what the pull reads (client.yaml files). */

export interface ComponentFixture {
  id: string;
  monitor?: Record<string, unknown>;
}

/** A valid client.yaml with the given components; `overrides` replace top-level fields. */
export function clientYaml(components: ComponentFixture[], overrides: Record<string, unknown> = {}): string {
  return stringify({
    name: 'Test client',
    visibility: 'public',
    timeZone: 'Europe/London',
    components: components.map((c) => ({ id: c.id, name: c.id, group: 'Production', ...(c.monitor ? { monitor: c.monitor } : {}) })),
    slaComponents: [components[0]!.id],
    contacts: { accountManager: { name: 'Ada Manager' }, leadDeveloper: { name: 'Lin Developer' } },
    ...overrides,
  });
}

/** Makes a content folder with one client.yaml per entry (raw text, so tests can also write broken ones). */
export function makeContent(clients: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'upkeep-content-'));
  for (const [id, yaml] of Object.entries(clients)) {
    mkdirSync(join(root, 'clients', id), { recursive: true });
    writeFileSync(join(root, 'clients', id, 'client.yaml'), yaml);
  }
  return root;
}

/** Every file under a folder with its text, by path relative to it (to compare before/after, or grep). */
export function snapshotFiles(root: string, dir = root): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, snapshotFiles(root, path));
    else out[path.slice(root.length + 1)] = readFileSync(path, 'utf8');
  }
  return out;
}
