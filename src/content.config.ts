import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema } from './schemas/agency.ts';
import { clientSchema } from './schemas/client.ts';
import { incidentSchema } from './schemas/incident.ts';
import { maintenanceSchema } from './schemas/maintenance.ts';
import { clientStandardsSchema, standardSchema } from './schemas/standard.ts';
import { contentDir } from './config/env.ts';

// Content lives in the top-level content/ folder (UPKEEP_CONTENT points elsewhere for test fixtures).
const root = contentDir();
/** `acme/incidents/2026-10-03-outage.mdx` → `acme/2026-10-03-outage`; `acme/client.yaml` → `acme`. */
const clientScoped = ({ entry }: { entry: string }) => {
  const parts = entry.replace(/\.(mdx|yaml)$/, '').split('/');
  return parts.length === 2 ? parts[0]! : `${parts[0]}/${parts.at(-1)}`;
};

export const collections = {
  agency: defineCollection({ loader: glob({ pattern: 'agency.yaml', base: root }), schema: agencySchema }),
  standards: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/standards` }), schema: standardSchema }),
  clients: defineCollection({
    loader: glob({ pattern: '*/client.yaml', base: `${root}/clients`, generateId: clientScoped }),
    schema: clientSchema,
  }),
  clientStandards: defineCollection({
    loader: glob({ pattern: '*/standards.mdx', base: `${root}/clients`, generateId: clientScoped }),
    schema: clientStandardsSchema,
  }),
  incidents: defineCollection({
    loader: glob({ pattern: '*/incidents/*.mdx', base: `${root}/clients`, generateId: clientScoped }),
    schema: incidentSchema,
  }),
  maintenance: defineCollection({
    loader: glob({ pattern: '*/maintenance/*.mdx', base: `${root}/clients`, generateId: clientScoped }),
    schema: maintenanceSchema,
  }),
  // No `history` collection: monitor history is not authored content. src/data/client-data.ts reads each client's
  // files from disk when the client is first needed, so history never passes through data-store.json and a bundled
  // JavaScript module (issue 12).
};
