import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { clientSchema, type Client } from '../schemas/client.ts';

/** The clients a pull works through: content/clients/<id>/client.yaml, each validated with clientSchema. */

export interface ClientConfig {
  /** Folder name under content/clients. */
  id: string;
  /** The file, for messages. */
  file: string;
  /** The parsed YAML, even when invalid (to know which tokens to redact). */
  raw: unknown;
  /** The validated client, or undefined with `problem` saying why not. */
  client?: Client;
  problem?: string;
}

/** Reads every client.yaml under `<contentRoot>/clients`, sorted by id. Never throws on bad content. */
export async function readClientConfigs(contentRoot: string): Promise<ClientConfig[]> {
  const dir = join(contentRoot, 'clients');
  if (!existsSync(dir)) return [];
  const ids = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'client.yaml')))
    .map((d) => d.name)
    .sort();
  return Promise.all(
    ids.map(async (id): Promise<ClientConfig> => {
      const file = join('clients', id, 'client.yaml');
      let raw: unknown;
      try {
        raw = parseYaml(await readFile(join(dir, id, 'client.yaml'), 'utf8'));
      } catch (error) {
        return { id, file, raw: undefined, problem: `${file}: could not be parsed: ${(error as Error).message.split('\n')[0]}` };
      }
      const parsed = clientSchema.safeParse(raw);
      if (!parsed.success) {
        // Worded as content validation words it (src/validate), so staff read the same message from both.
        return { id, file, raw, problem: `${file}: ${describeIssues(parsed.error, { data: raw })}` };
      }
      return { id, file, raw, client: parsed.data };
    }),
  );
}
