import type { APIRoute, GetStaticPaths } from 'astro';
import type { ResolvedClient } from '../../../../../lib/clients/resolve.ts';
import { getMonthlyReport, keyedReportPaths } from '../../../../../data/reports.ts';

export const getStaticPaths = keyedReportPaths satisfies GetStaticPaths;

/** The monthly SLA report, in the shape documented on /standards/how-we-measure/ (unrounded figures). */
export const GET: APIRoute = async ({ props }) => {
  const { client, month } = props as { client: ResolvedClient; month: string };
  const report = await getMonthlyReport(client, month);
  return new Response(`${JSON.stringify(report, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
