import { z } from 'astro/zod';
import { instant, slug } from './common.ts';

/** Frontmatter of content/clients/<client>/maintenance/YYYY-MM-DD-<slug>.mdx. The body is the notice. */
export const maintenanceSchema = z.strictObject({
  /** Short public title. */
  title: z.string().min(1),
  /** Ids of the components taken down or at risk; minutes inside the window count as maintenance for them. */
  components: z.array(slug).min(1),
  /** Start of the window. */
  start: instant,
  /** End of the window, after start. */
  end: instant,
  /** One or two sentences on what is done and what users will notice. */
  description: z.string().min(1),
  /**
   * When the window was first announced to the client. Feeds, the Statuspage API and the calendar date the "scheduled"
   * notice by it; without it, the notice is dated at the window's start.
   */
  announcedAt: instant.optional(),
  /**
   * Earlier windows, oldest first: when a published window moves, add its previous `start` and `end` here with `at`,
   * when the change was announced. Each entry raises the calendar event's SEQUENCE by one (so subscribed calendars
   * replace the event rather than keep the old one) and is a "rescheduled" notice in the feeds and the API.
   */
  rescheduled: z.array(z.strictObject({ at: instant, start: instant, end: instant })).optional(),
  /** Set by `npm run import`: the record this file was imported from, as `<source>:<id>` (see the incident's). */
  importedFrom: z.string().regex(/^[a-z]+:\S+$/, 'expected <source>:<id>, such as statuspage:p1k2xyz').optional(),
});
export type MaintenanceData = z.infer<typeof maintenanceSchema>;
