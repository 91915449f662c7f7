// /og/clients/<client>/status.png: the status page's preview, with its current status.
import type { APIRoute } from 'astro';
import type { ResolvedClient } from '../../../../lib/clients/resolve.ts';
import { clientPaths } from '../../../../data/clients.ts';
import { keyedByCard, ogPng, pngResponse, statusCard } from '../../../../data/og.ts';

export const getStaticPaths = async () => keyedByCard(await clientPaths(), ({ client }) => statusCard(client));
export const GET: APIRoute = async ({ props }) => pngResponse(await ogPng(await statusCard((props as { client: ResolvedClient }).client)));
