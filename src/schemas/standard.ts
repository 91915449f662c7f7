import { z } from 'astro/zod';

/** Frontmatter of content/standards/*.mdx: the agency's public standards pages. */
export const standardSchema = z.object({
  /** Page title. */
  title: z.string().min(1),
  /** One sentence for the index and search results. */
  description: z.string().min(1),
  /** Position in the standards index, lowest first. */
  order: z.number().int(),
});
export type StandardData = z.infer<typeof standardSchema>;
