import { z } from 'astro/zod';
import { accentColour } from './colour.ts';
import { contact, durationMinutes, httpUrl, instant, timeZone } from './common.ts';
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
  /** How the site looks: the agency's logo and accent colour. Upkeep's own calm blue and no logo when omitted. */
  branding: z
    .strictObject({
      /**
       * The logo shown before the name in every page's header: an SVG file, relative to the content folder (such as
       * `brand/logo.svg`). It is inlined as an image, so it needs no request and can run no script.
       */
      logo: z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.svg$/, 'expected an SVG file inside the content folder, such as "brand/logo.svg"').optional(),
      /** Accent colour for links, focus rings and the current tab, such as "#0b6e4f": at least 4.5:1 on white. */
      accent: accentColour.optional(),
    })
    .optional(),
  /** The status pages' own settings. */
  statusPage: z
    .strictObject({
      /**
       * How old a client's newest monitor data may be before its status page warns visitors that it may be out of
       * date (where JavaScript runs; the time of the data is always shown): "1h", "90m" or minutes. Default 1 hour.
       */
      staleAfter: durationMinutes.optional(),
    })
    .optional(),
  /**
   * Set only for demo content: the site says so on every page and computes "now" as this instant,
   * so that the demo reads the same whenever it is built. Remove it for real content.
   */
  demo: z.strictObject({ asOf: instant }).optional(),
});
export type Agency = z.infer<typeof agencySchema>;
