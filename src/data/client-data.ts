import { join, relative } from 'node:path';
import { contentRoot } from '../config/env.ts';
import { HistoryFormatError } from '../history/errors.ts';
import { buildHistoryPath, readHistoryForBuild } from '../history/read-for-build.ts';
import type { ResolvedClient } from '../lib/clients/resolve.ts';
import type { ClientData } from '../lib/sla/report-input.ts';
import type { History } from '../schemas/history.ts';
import { formatProblems } from '../validate/check-content.ts';
import { getIncidents } from './incidents.ts';
import { getMaintenance } from './maintenance.ts';

const cache = new Map<string, Promise<ClientData>>();

/**
 * Everything a client's figures are computed from (history, incidents, maintenance), loaded once per build when the
 * client is first needed and shared by the status page, reports, SLA JSON and agency proof, so they cannot disagree.
 */
export function getClientData(client: ResolvedClient): Promise<ClientData> {
  let data = cache.get(client.id);
  if (!data) {
    data = load(client);
    cache.set(client.id, data);
  }
  return data;
}

async function load(client: ResolvedClient): Promise<ClientData> {
  const [histories, incidents, maintenance] = await Promise.all([
    loadHistories(client),
    getIncidents(client.id),
    getMaintenance(client.id),
  ]);
  return {
    clientId: client.id,
    client,
    histories,
    incidents: incidents.map(({ entry: _entry, clientId: _c, active: _a, impact: _i, ...data }) => data),
    maintenance: maintenance.map(({ entry: _entry, clientId: _c, ...data }) => data),
  };
}

/**
 * The client's history files, `content/history/<client>/<component>.json` for its own components only, read from disk
 * (not through the content layer: issue 12) and validated on read. History files of unknown clients or components are
 * reported by `npm run check`; an invalid file fails the build, naming the file, the field and what was expected.
 */
async function loadHistories(client: ResolvedClient): Promise<Record<string, History | undefined>> {
  const root = join(contentRoot(), 'history');
  const cwd = process.cwd();
  const entries = await Promise.all(
    client.components.map(async (c) => {
      const path = buildHistoryPath(root, client.id, c.id);
      return [c.id, await readHistoryForBuild(path, relative(cwd, path)).catch(invalidContent)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The same "Content has N problems" message as the validation integration's, for a history file. */
function invalidContent(error: unknown): never {
  if (!(error instanceof HistoryFormatError)) throw error;
  const invalid = new Error(formatProblems([{ file: error.file, field: '', message: error.message.replace(`${error.file}: `, '') }]));
  invalid.name = 'InvalidContent';
  throw invalid;
}
