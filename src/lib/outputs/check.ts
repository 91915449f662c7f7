import type { z } from 'astro/zod';
import { clientDirectorySchema, shieldsEndpointSchema, statuspageExact } from '../../schemas/statuspage.ts';
import { API_V2_FILES, BADGES, clientOutputs, AGENCY_OUTPUTS } from './paths.ts';

/**
 * Checks of the files a build writes, by their path below dist/: every JSON output against its zod schema (the
 * Statuspage API v2 files against the strict schemas, the badge endpoints against shields.io's, the directory against
 * its own), every client's outputs present, and no unlisted client in an aggregate. Pure: the build's integration
 * (src/integrations/outputs.ts) reads dist/ and fails the build on any problem; the e2e suite runs the same checks on
 * what the server serves.
 */

type ApiFile = (typeof API_V2_FILES)[number];

/** The schema of each file of a client's `api/v2/`. */
export const API_V2_SCHEMAS: Record<ApiFile, z.ZodType> = {
  'summary.json': statuspageExact.summary,
  'status.json': statuspageExact.statusResponse,
  'components.json': statuspageExact.components,
  'incidents.json': statuspageExact.incidents,
  'incidents/unresolved.json': statuspageExact.unresolvedIncidents,
  'scheduled-maintenances.json': statuspageExact.scheduledMaintenances,
  'scheduled-maintenances/upcoming.json': statuspageExact.upcomingMaintenances,
  'scheduled-maintenances/active.json': statuspageExact.activeMaintenances,
};

/**
 * The schema a JSON file below dist/ must satisfy, by its path; undefined for a file that is not a checked output.
 *
 * @example schemaFor('clients/acme/api/v2/summary.json') // → statuspageExact.summary
 */
export function schemaFor(path: string): z.ZodType | undefined {
  if (path === AGENCY_OUTPUTS.directory.path.slice(1)) return clientDirectorySchema;
  const api = /^clients\/[a-z0-9-]+\/api\/v2\/(.+)$/.exec(path);
  if (api) return API_V2_SCHEMAS[api[1] as ApiFile] ?? NOT_AN_API_FILE;
  const badge = /^clients\/[a-z0-9-]+\/([a-z0-9-]+)\.json$/.exec(path);
  if (badge && (BADGES as readonly string[]).includes(badge[1]!)) return shieldsEndpointSchema;
  return undefined;
}

/** Any file under api/v2/ that is not one of the eight: Statuspage has no such endpoint. */
const NOT_AN_API_FILE = { safeParse: () => ({ success: false, error: { issues: [{ path: [], message: `not a Statuspage API v2 file (expected one of ${API_V2_FILES.join(', ')})` }] } }) } as unknown as z.ZodType;

/**
 * Problems with one JSON output: unparseable JSON, or each schema issue as `<path>: <field>: <message>`.
 *
 * @example checkJsonOutput('clients/acme/badge.json', '{"schemaVersion":2}')
 * // → ['clients/acme/badge.json: schemaVersion: Invalid input: expected 1', 'clients/acme/badge.json: label: …', …]
 */
export function checkJsonOutput(path: string, text: string): string[] {
  const schema = schemaFor(path);
  if (!schema) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${path}: not JSON (${(error as Error).message})`];
  }
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${path}: ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

/**
 * The files every client must have below dist/: its outputs (feeds, calendar, badges and endpoints, the API) and its
 * status page. Problems name the missing files.
 */
export function checkClientOutputsPresent(clientId: string, exists: (path: string) => boolean): string[] {
  const expected = [...clientOutputs().map((o) => `clients/${clientId}/${o.path}`), `clients/${clientId}/status/index.html`];
  return expected.filter((p) => !exists(p)).map((p) => `${p}: missing (every client has it)`);
}

/** The site-wide files that list clients: none may name an unlisted one. */
export const AGGREGATES = ['api/v2/clients.json', 'history.atom', 'history.rss', 'sitemap-0.xml', 'sitemap-index.xml', 'index.html', 'lessons/index.html'] as const;

/**
 * Problems when an aggregate names an unlisted client (its path, or its name).
 *
 * @example checkNoUnlisted('history.atom', '<feed>…/clients/juniper/…</feed>', [{ id: 'juniper', name: 'Juniper' }])
 * // → ['history.atom: names unlisted client "juniper"']
 */
export function checkNoUnlisted(path: string, text: string, unlisted: ReadonlyArray<{ id: string; name: string }>): string[] {
  return unlisted.filter((c) => text.includes(`/clients/${c.id}/`) || text.includes(c.name)).map((c) => `${path}: names unlisted client "${c.id}"`);
}
