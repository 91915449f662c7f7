// npm run audit [-- --days N] [--client <id>] [--json]
// The proactive-maintenance list for staff (issue 10, §2): across every client, public and unlisted, the TLS
// certificates that have expired, are not trusted or expire within N days (default 30, the alert our standards
// promise), and the security headers that fail the probe's audit. It reads content/history/<client>/<component>.json
// through the build's reader (src/history) and never writes anything. Status pages show none of this unless a client
// opts in (`publishSecurityAudit` in client.yaml).
// Exit 0 when nothing is due, 1 when anything is, 2 when the audit could not run (bad arguments, invalid content).
// UPKEEP_CONTENT points at another content folder; UPKEEP_NOW pins the clock.
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readClientConfigs } from '../src/collect/clients.ts';
import { contentRoot, pinnedNow } from '../src/config/env.ts';
import { buildHistoryPath, readHistoryForBuild } from '../src/history/read-for-build.ts';
import { auditInForce } from '../src/lib/audit/current.ts';
import { auditReport, auditTable, type AuditRecord, type AuditSubject } from '../src/lib/audit/due.ts';

/** Days before expiry at which a certificate is due (content/standards/proactive-maintenance.mdx: "30 days before"). */
const DEFAULT_DAYS = 30;

function fail(message: string): never {
  console.error(`audit: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      days: { type: 'string' },
      client: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  console.log('Usage: npm run audit [-- --days <n>] [--client <id>] [--json]');
  console.log(`Certificates expiring within <n> days (default ${DEFAULT_DAYS}) and failing security headers, across all clients.`);
  console.log('Exit 0 when nothing is due, 1 when anything is, 2 when the audit could not run.');
  process.exit(0);
}
const withinDays = args.days === undefined ? DEFAULT_DAYS : Number(args.days);
if (!(Number.isInteger(withinDays) && withinDays >= 0)) fail(`--days: expected a whole number of days ≥ 0, got "${args.days}"`);

let now: Date;
try {
  now = pinnedNow() ?? new Date();
} catch (error) {
  fail((error as Error).message);
}

const root = contentRoot();
const configs = await readClientConfigs(root);
const problems = configs.filter((c) => c.problem).map((c) => c.problem!);
if (problems.length > 0) fail(`content is invalid (npm run check lists every problem):\n  ${problems.join('\n  ')}`);
const clients = configs.filter((c) => args.client === undefined || c.id === args.client);
if (args.client !== undefined && clients.length === 0) {
  fail(`--client: no client "${args.client}"; expected one of: ${configs.map((c) => c.id).join(', ')}`);
}

const subjects: AuditSubject[] = [];
try {
  for (const { id, client } of clients) {
    for (const component of client!.components) {
      const path = buildHistoryPath(join(root, 'history'), id, component.id);
      const history = await readHistoryForBuild(path, relative(process.cwd(), path));
      // Only an audit that speaks for the latest answered probe (src/lib/audit/current.ts), read as the audit's own,
      // lenient shape: fields the probe adds later pass through untouched.
      const audit = auditInForce(history, component.monitor);
      subjects.push({ clientId: id, componentId: component.id, componentName: component.name, audit: audit as AuditRecord | undefined });
    }
  }
} catch (error) {
  fail((error as Error).message);
}

const report = auditReport(subjects, { now, withinDays });
console.log(args.json ? JSON.stringify(report, null, 2) : auditTable(report));
process.exitCode = report.findings.length > 0 ? 1 : 0;
