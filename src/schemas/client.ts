import { z } from 'astro/zod';
import { contact, httpUrl, slug, timeZone } from './common.ts';
import { monitorSchema } from './monitor.ts';
import { LOCALES } from '../vocabulary/locale.ts';
import { escalationStep, priorities, supportHours } from './support.ts';

/** One thing the agency watches for a client: a site, an environment, a checkout, a cookie platform. */
export const componentSchema = z.strictObject({
  /** Id, unique within the client, used in URLs, history files and incident frontmatter. */
  id: slug,
  /** Name shown on the status page. */
  name: z.string().min(1),
  /** Group shown on the status page, such as "Production", "Staging", "UAT", "E-commerce", "Cookie platform". */
  group: z.string().min(1),
  /** One line on what this component is. */
  description: z.string().optional(),
  /** How it is monitored; without a monitor its status comes from incidents only. */
  monitor: monitorSchema.optional(),
  /**
   * An upstream provider the client's site depends on (payments, CDN, hosting, the cookie platform), not something the
   * agency runs: shown on the status page in its own group, never in `slaComponents` nor in the agency's figures.
   * Required for a `statuspage` monitor.
   */
  dependency: z.boolean().optional(),
});
export type Component = z.infer<typeof componentSchema>;

/** content/clients/<client>/client.yaml: one client's support package. */
export const clientSchema = z.strictObject({
  /** The client's name. */
  name: z.string().min(1),
  /** `public`: listed on the home page, in search and the sitemap. `unlisted`: built, noindex, linked nowhere. */
  visibility: z.enum(['public', 'unlisted']),
  /** The client's IANA time zone: support hours, SLA months and displayed times use it. */
  timeZone,
  /**
   * The language of the client's pages: `en` (English, the default) or `de` (German). Interface words, dates and
   * numbers follow it (src/lib/i18n/); what staff write (incident text, standards) is published as written.
   */
  locale: z.enum(LOCALES).optional(),
  /** One or two sentences on the client and the package. */
  summary: z.string().optional(),
  /** The client's main website. */
  website: httpUrl.optional(),
  /**
   * The client's own status domain, a host name such as `status.acme.example` (no scheme, no path). The build writes
   * host rules (dist/_redirects, dist/_headers, dist/_hosting/nginx-status-domains.conf) that serve
   * `/clients/<client>/` at that domain's root, so `https://status.acme.example/api/v2/summary.json` is the client's
   * Statuspage-compatible API, as Statuspage clients and widgets expect.
   */
  statusDomain: z
    .string()
    .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/, 'expected a lower-case host name such as status.acme.example (no scheme, no path)')
    .optional(),
  /** Overrides the agency's default support hours. */
  supportHours: supportHours.optional(),
  /** Overrides the agency's default P1–P4 definitions and targets. */
  priorities: priorities.optional(),
  /** Overrides the agency's default monthly uptime target, in percent. */
  uptimeTarget: z.number().gt(0).max(100).optional(),
  /** Overrides the agency's default warranty, in days. */
  warrantyDays: z.number().int().nonnegative().optional(),
  /** Everything monitored or reported on for this client. */
  components: z.array(componentSchema).min(1),
  /** Ids of the components the uptime SLA covers (others are monitored and shown, not promised). */
  slaComponents: z.array(slug).min(1),
  /** The people on the account. */
  contacts: z.strictObject({
    /** Account manager. */
    accountManager: contact,
    /** Lead developer. */
    leadDeveloper: contact,
    /** Lead designer. */
    leadDesigner: contact.optional(),
  }),
  /** The client's escalation path; the agency's default is used when omitted. */
  escalation: z.array(escalationStep).optional(),
  /**
   * Publish the probe's security findings (TLS certificate expiry, security headers that fail the audit) with each
   * component on the client's status page. Off when omitted: a public list of a site's weak spots is an attacker's
   * shopping list (DESIGN.md), so only a client that asks for it gets it. Staff see every client's findings with
   * `npm run audit` either way.
   */
  publishSecurityAudit: z.boolean().optional(),
}).superRefine((client, ctx) => {
  client.components.forEach((c, i) => {
    if (c.monitor?.source === 'statuspage' && c.dependency !== true) {
      ctx.addIssue({ code: 'custom', path: ['components', i, 'dependency'], message: "expected true: a component read from a provider's status page (source: statuspage) is an upstream dependency" });
    }
  });
  const dependencies = new Set(client.components.filter((c) => c.dependency === true).map((c) => c.id));
  client.slaComponents.forEach((id, i) => {
    if (dependencies.has(id)) {
      ctx.addIssue({ code: 'custom', path: ['slaComponents', i], message: `expected a component the agency runs; "${id}" is an upstream dependency, which the agency's SLA cannot cover` });
    }
  });
});
export type Client = z.infer<typeof clientSchema>;
