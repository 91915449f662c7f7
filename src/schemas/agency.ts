import { z } from 'astro/zod';
import { contact, httpUrl, instant, timeZone } from './common.ts';
import { escalationStep, supportModel } from './support.ts';

/** content/agency.yaml: the agency behind the site. */
export const agencySchema = z.strictObject({
  /** The agency's name. */
  name: z.string().min(1),
  /** Public URL where this site is deployed, such as https://status.example-agency.com. */
  siteUrl: httpUrl,
  /** One sentence on what the agency promises, shown on the home page. */
  tagline: z.string().min(1),
  /** The agency's home time zone, used for agency-wide figures. */
  timeZone,
  /** General contacts: support desk, out-of-hours line. */
  contacts: z.array(contact).min(1),
  /** The default escalation path, level 1 first. */
  escalation: z.array(escalationStep).min(1),
  /** The default support model, which each client inherits and may override field by field. */
  defaults: supportModel,
  /**
   * Set only for demo content: the site says so on every page and computes "now" as this instant,
   * so that the demo reads the same whenever it is built. Remove it for real content.
   */
  demo: z.strictObject({ asOf: instant }).optional(),
});
export type Agency = z.infer<typeof agencySchema>;
