import { z } from 'astro/zod';
import { httpUrl } from './common.ts';

/**
 * How a component is monitored. `source` picks the adapter in src/collect; the other fields are that source's
 * settings. Secrets are never written here: `tokenEnv` names the environment variable that holds the token.
 */

/** Name of an environment variable holding a secret, such as PINGDOM_TOKEN. Never the secret itself. */
const tokenEnv = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]*$/, 'expected the NAME of an environment variable (such as PINGDOM_TOKEN), not a token');

const base = {
  /** Seconds between checks; a check stands for at most twice this, after which the component has no data. */
  intervalSeconds: z.number().int().positive().default(300),
};

/** Upkeep's own HTTP(S) probe: needs no account. */
export const probeMonitor = z.strictObject({
  ...base,
  source: z.literal('probe'),
  /** The URL to request. */
  url: httpUrl,
  /** HTTP method. */
  method: z.enum(['GET', 'HEAD']).default('GET'),
  /** Status codes that count as up; default any 2xx or 3xx. */
  expectStatus: z.array(z.number().int().min(100).max(599)).optional(),
  /** Text the response body must contain (GET only). */
  keyword: z.string().optional(),
  /** Give up after this many milliseconds: the check is then a major outage (once confirmed, see retryDelayMs). */
  timeoutMs: z.number().int().positive().default(10000),
  /**
   * A failed request is tried once more after this many milliseconds, and the check is a major outage only if the
   * retry fails too (as Pingdom confirms a down check before reporting it). 0 retries at once. Default 5000.
   */
  retryDelayMs: z.number().int().nonnegative().max(60_000).default(5000),
  /** Responses slower than this many milliseconds count as degraded performance. */
  degradedAboveMs: z.number().int().positive().optional(),
});

/** Pingdom API 3.1 (checks, summary.outage, results). */
export const pingdomMonitor = z.strictObject({
  ...base,
  source: z.literal('pingdom'),
  /** Pingdom check id. */
  checkId: z.number().int().positive(),
  /** Environment variable holding the API token. */
  tokenEnv,
  /** API base URL; change only for testing. */
  baseUrl: httpUrl.default('https://api.pingdom.com/api/3.1'),
});

/** UptimeRobot API v2 (getMonitors with logs and response times). */
export const uptimeRobotMonitor = z.strictObject({
  ...base,
  source: z.literal('uptimerobot'),
  /** UptimeRobot monitor id. */
  monitorId: z.number().int().positive(),
  /** Environment variable holding the API key. */
  tokenEnv,
  /** API base URL; change only for testing. */
  baseUrl: httpUrl.default('https://api.uptimerobot.com/v2'),
});

/** Better Stack Uptime API v2 (monitors, SLA, incidents). */
export const betterStackMonitor = z.strictObject({
  ...base,
  source: z.literal('betterstack'),
  /** Better Stack monitor id. */
  monitorId: z.string().min(1),
  /** Environment variable holding the API token. */
  tokenEnv,
  /** API base URL; change only for testing. */
  baseUrl: httpUrl.default('https://uptime.betterstack.com/api/v2'),
});

/** Uptime Kuma status page and heartbeat endpoints. */
export const uptimeKumaMonitor = z.strictObject({
  ...base,
  source: z.literal('uptimekuma'),
  /** The Uptime Kuma server, such as https://kuma.example.com. */
  baseUrl: httpUrl,
  /** Slug of the public status page that lists the monitor. */
  statusPage: z.string().min(1),
  /** Monitor id on that status page. */
  monitorId: z.number().int().positive(),
});

/** Prometheus query_range over blackbox_exporter's probe_success and probe_duration_seconds. */
export const prometheusMonitor = z.strictObject({
  ...base,
  source: z.literal('prometheus'),
  /** The Prometheus server, such as https://prometheus.example.com. */
  baseUrl: httpUrl,
  /** Value of the `instance` label of the blackbox probe (usually the probed URL). */
  instance: z.string().min(1),
  /** Value of the `job` label, if several jobs probe the same instance. */
  job: z.string().optional(),
  /** Environment variable holding a bearer token, if the server needs one. */
  tokenEnv: tokenEnv.optional(),
});

/** Gatus endpoint statuses API. */
export const gatusMonitor = z.strictObject({
  ...base,
  source: z.literal('gatus'),
  /** The Gatus server, such as https://gatus.example.com. */
  baseUrl: httpUrl,
  /** Endpoint key, `<group>_<name>` as Gatus builds it. */
  key: z.string().min(1),
  /** Environment variable holding a bearer token, if the server needs one. */
  tokenEnv: tokenEnv.optional(),
});

/** Upptime's history/*.yml and history/summary.json, from a checkout or a URL. */
export const upptimeMonitor = z
  .object({
    ...base,
    source: z.literal('upptime'),
    /** Site slug as Upptime names it (history/<slug>.yml). */
    slug: z.string().min(1),
    /** Path to a local checkout of the Upptime repository. */
    path: z.string().optional(),
    /** Base URL of the raw repository files (the folder that holds history/). */
    url: httpUrl.optional(),
    /** Environment variable holding a token for a private repository's raw files (sent as a Bearer token; url only). */
    tokenEnv: tokenEnv.optional(),
  })
  .refine((m) => Boolean(m.path) !== Boolean(m.url), { message: 'expected exactly one of path or url', path: ['path'] });

/**
 * An upstream provider's status page, read through the Statuspage-compatible public API (`/api/v2/summary.json`,
 * else `/api/v2/components.json`), as Atlassian Statuspage, incident.io and others serve it. One upstream component is
 * mapped to one client component, which must be marked `dependency: true` (docs/sources.md).
 */
export const statuspageMonitor = z.strictObject({
  ...base,
  source: z.literal('statuspage'),
  /** The status page, such as https://www.githubstatus.com (the folder that holds api/v2/). */
  baseUrl: httpUrl,
  /** The upstream component: its id (such as 8l4ygp009s5s) or its name as the page shows it (such as "Git Operations"). */
  component: z.string().trim().min(1),
});

export const monitorSchema = z.discriminatedUnion('source', [
  probeMonitor,
  pingdomMonitor,
  uptimeRobotMonitor,
  betterStackMonitor,
  uptimeKumaMonitor,
  prometheusMonitor,
  gatusMonitor,
  upptimeMonitor,
  statuspageMonitor,
]);
export type Monitor = z.infer<typeof monitorSchema>;
export type MonitorSource = Monitor['source'];
