import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRoot } from '../config/env.ts';
import { DEFAULT_ACCENT, themeCss } from '../lib/theme/accent.ts';
import type { Agency } from '../schemas/agency.ts';

/** The agency, from content/agency.yaml. */
export async function getAgency(): Promise<Agency> {
  const [entry] = await getCollection('agency');
  if (!entry) throw new Error('content/agency.yaml is missing');
  return entry.data;
}

/** The agency's look, ready for the layout: its accent colours as one CSS rule, and its logo as an image source. */
export interface Branding {
  /** `:root{…}` setting both themes' accents (src/lib/theme/accent.ts). */
  themeCss: string;
  /** The logo's address, `/brand-logo.svg` (a file, cached across pages, rather than a data: URL repeated in each), if the agency has one. */
  logoSrc?: string;
  /** The logo's SVG text, served at logoSrc (src/pages/[logo].svg.ts). An SVG in an <img> runs no script. */
  logoSvg?: string;
}

/** The logo's file name at the site's root (without .svg). */
export const BRAND_LOGO = 'brand-logo';

let branding: Promise<Branding> | undefined;

/** The branding of content/agency.yaml, read once per build. A logo file that cannot be read fails the build, naming it. */
export function getBranding(): Promise<Branding> {
  branding ??= (async () => {
    const agency = await getAgency();
    const logo = agency.branding?.logo;
    let logoSvg: string | undefined;
    if (logo) {
      const file = join(contentRoot(), logo);
      let svg: string;
      try {
        svg = await readFile(file, 'utf8');
      } catch (error) {
        throw new Error(`content/agency.yaml: branding.logo: could not read ${file}: ${(error as Error).message}`);
      }
      if (!/<svg[\s>]/i.test(svg)) throw new Error(`content/agency.yaml: branding.logo: expected an SVG image in ${file}`);
      logoSvg = svg.trim();
    }
    return { themeCss: themeCss(agency.branding?.accent ?? DEFAULT_ACCENT), ...(logoSvg && { logoSrc: `/${BRAND_LOGO}.svg`, logoSvg }) };
  })();
  return branding;
}
