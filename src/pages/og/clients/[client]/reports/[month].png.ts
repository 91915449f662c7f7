// /og/clients/<client>/reports/<YYYY-MM>.png: a monthly report's preview (the same paths as the report pages).
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../../../lib/clients/resolve.ts';
import { keyedByCard, ogPng, pngResponse, reportCard } from '../../../../../data/og.ts';
import { reportPaths } from '../../../../../data/reports.ts';

export const getStaticPaths = async () => keyedByCard(await reportPaths(), ({ client, month }) => reportCard(client, month));
export const GET: APIRoute = async ({ props }) => {
  const { client, month } = props as { client: ResolvedClient; month: string };
  return pngResponse(await ogPng(await reportCard(client, month)));
};
