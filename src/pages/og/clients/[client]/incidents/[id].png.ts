// /og/clients/<client>/incidents/<id>.png: a postmortem's preview (the same paths as the incident pages).
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../../../lib/clients/resolve.ts';
import type { Incident } from '../../../../../data/incidents.ts';
import { incidentPaths } from '../../../../../data/incident-pages.ts';
import { keyedByCard, incidentCard, ogPng, pngResponse } from '../../../../../data/og.ts';

export const getStaticPaths = async () => keyedByCard(await incidentPaths(), ({ client, incident }) => incidentCard(client, incident));
export const GET: APIRoute = async ({ props }) => {
  const { client, incident } = props as { client: ResolvedClient; incident: Incident };
  return pngResponse(await ogPng(await incidentCard(client, incident)));
};
