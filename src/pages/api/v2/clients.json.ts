// /api/v2/clients.json: the agency's directory of public clients' Statuspage-compatible APIs. Unlisted clients never.
import type { APIRoute } from 'astro';
import { getClientDirectory, jsonResponse } from '../../../data/statuspage.ts';

export const GET: APIRoute = async () => jsonResponse(await getClientDirectory());
