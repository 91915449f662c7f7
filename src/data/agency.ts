import { getCollection } from 'astro:content';
import type { Agency } from '../schemas/agency.ts';

/** The agency, from content/agency.yaml. */
export async function getAgency(): Promise<Agency> {
  const [entry] = await getCollection('agency');
  if (!entry) throw new Error('content/agency.yaml is missing');
  return entry.data;
}
