import type { APIRoute } from 'astro';
import { getBranding } from '../data/agency.ts';

// The agency's accent for both themes (agency.yaml branding.accent), as a file: the Content-Security-Policy allows no
// inline style. Linked by Base.astro after the main stylesheet.
export const GET: APIRoute = async () => new Response((await getBranding()).themeCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
