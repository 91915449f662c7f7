import { z } from 'astro/zod';

/** Frontmatter of content/standards/*.mdx: the agency's public standards pages. */
export const standardSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** One sentence for the index and search results. */
  description: z.string().min(1),
  /** Position in the standards index, lowest first. */
  order: z.number().int(),
});
export type StandardData = z.infer<typeof standardSchema>;

/** Frontmatter of content/clients/<client>/standards.mdx: the client's bespoke standards narrative (optional). */
export const clientStandardsSchema = z.strictObject({
  /** Heading shown above the narrative; the client's page has its own when omitted. */
  title: z.string().min(1).optional(),
});
export type ClientStandardsData = z.infer<typeof clientStandardsSchema>;
