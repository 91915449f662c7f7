import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostFiles, type StatusDomain } from '../lib/hosting/rules.ts';
import { AGGREGATES, checkClientOutputsPresent, checkJsonOutput, checkNoUnlisted, schemaFor } from '../lib/outputs/check.ts';
import type { RawContent } from '../validate/read-content.ts';
import { readAuthoredContent } from './validate-content.ts';

/**
 * After `astro build`: writes the host rules for clients' own status domains (dist/_redirects, dist/_headers,
 * dist/_hosting/…: src/lib/hosting/rules.ts), then checks every machine-readable output the build wrote
 * (src/lib/outputs/check.ts): each JSON file under a client's api/v2/, the badge endpoints and /api/v2/clients.json
 * against their zod schemas, every client's outputs present, and no unlisted client in any aggregate. A problem
 * fails the build, listing every one: a Statuspage client must never read a file that differs from the API.
 *
 * @param content what astro.config.mjs already read (readAuthoredContent); read here if omitted.
 */
export function checkOutputs(content?: RawContent): AstroIntegration {
  return {
    name: 'upkeep:outputs',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const clients = clientsOf(content ?? readAuthoredContent());
        const domains = clients.filter((c) => c.statusDomain).map((c): StatusDomain => ({ clientId: c.id, domain: c.statusDomain! }));
        for (const [path, text] of Object.entries(hostFiles(domains))) {
          mkdirSync(dirname(join(dist, path)), { recursive: true });
          writeFileSync(join(dist, path), text);
        }

        const problems: string[] = [];
        let checked = 0;
        for (const path of jsonFiles(dist)) {
          const found = checkJsonOutput(path, readFileSync(join(dist, path), 'utf8'));
          if (schemaFor(path)) checked++;
          problems.push(...found);
        }
        for (const c of clients) problems.push(...checkClientOutputsPresent(c.id, (p) => existsSync(join(dist, p))));
        const unlisted = clients.filter((c) => c.visibility !== 'public');
        for (const path of AGGREGATES) {
          if (existsSync(join(dist, path))) problems.push(...checkNoUnlisted(path, readFileSync(join(dist, path), 'utf8'), unlisted));
        }
        if (problems.length > 0) {
          const error = new Error(`The build wrote outputs that are not what they must be:\n${problems.map((p) => `  - dist/${p}`).join('\n')}`);
          error.name = 'InvalidOutput';
          throw error;
        }
        logger.info(`${checked} JSON outputs checked against their schemas; host rules for ${domains.length} status domain(s) written`);
      },
    },
  };
}

interface ClientFacts {
  id: string;
  name: string;
  visibility?: string;
  statusDomain?: string;
}

/** The few client.yaml facts this needs (content is already validated by upkeep:validate-content). */
function clientsOf(content: RawContent): ClientFacts[] {
  return [...content.clients].map(([id, files]) => {
    const data = (files.client?.data ?? {}) as Partial<ClientFacts>;
    return { id, name: data.name ?? id, visibility: data.visibility, statusDomain: data.statusDomain };
  });
}

/** Every .json file below dist/ (relative, with `/`), the API's and the badges' among them. */
function jsonFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) out.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return out;
}
