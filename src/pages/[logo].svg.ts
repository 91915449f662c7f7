import type { APIRoute } from 'astro';
import { BRAND_LOGO, getBranding } from '../data/agency.ts';

// The agency's logo (agency.yaml branding.logo) as one file every page's header links, built only when there is one.
export async function getStaticPaths() {
  return (await getBranding()).logoSvg ? [{ params: { logo: BRAND_LOGO } }] : [];
}

export const GET: APIRoute = async () => new Response((await getBranding()).logoSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
