import { getCollection } from 'astro:content';

/** The agency's standards pages in their set order. */
export async function getStandards() {
  return (await getCollection('standards')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
