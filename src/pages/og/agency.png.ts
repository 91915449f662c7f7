// /og/agency.png: the Open Graph image of every page without one of its own (src/lib/outputs/paths.ts ogImagePath).
import type { APIRoute } from 'astro';
import { agencyCard, ogPng, pngResponse } from '../../data/og.ts';

export const GET: APIRoute = async () => pngResponse(await ogPng(await agencyCard()));
