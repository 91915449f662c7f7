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
});
export type MaintenanceData = z.infer<typeof maintenanceSchema>;
