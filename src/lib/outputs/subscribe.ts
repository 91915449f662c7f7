import { API_V2_FILES, BADGE_TITLE, BADGES, CLIENT_FEEDS, clientBase, type BadgeName } from './paths.ts';

/**
 * What a client's "Subscribe and integrate" section lists: every output with its address and one example request,
 * the API's base (at the site, and at the client's own status domain when it has one) and the badges with the
 * snippets to embed them. Pure; the component (src/components/SubscribeIntegrate.astro) only renders it.
 */

export interface OutputRow {
  /** What it is. */
  title: string;
  /** Its path on the site (what the page links to; it works under the status domain too, see src/lib/hosting). */
  href: string;
  /** Its absolute address. */
  url: string;
  /** Its media type. */
  type: string;
  /** One request that reads it, to copy into a terminal. */
  example: string;
}

export interface BadgeRow {
  name: BadgeName;
  title: string;
  /** Site paths of the SVG and the endpoint JSON (the links). */
  svgHref: string;
  jsonHref: string;
  /** Their absolute addresses (the snippets). */
  svg: string;
  json: string;
  /** One request that reads the endpoint JSON. */
  example: string;
  /** Markdown that embeds the SVG. */
  markdown: string;
  /** The same badge drawn by shields.io from the endpoint JSON. */
  shields: string;
}

export interface SubscribeView {
  /** The base a Statuspage client is pointed at: `<apiBase>/api/v2/summary.json`. */
  apiBase: string;
  /** The client's own status domain, where `/api/v2/summary.json` at the root is its API. */
  domainBase?: string;
  feeds: OutputRow[];
  api: OutputRow[];
  badges: BadgeRow[];
}

/** The example request for one output: what its consumers ask. */
function example(url: string, type: string): string {
  if (type === 'application/json') return `curl -s ${url}`;
  return `curl -s -H 'Accept: ${type}' ${url}`;
}

/**
 * @example
 * subscribeView('https://status.agency.example', 'acme', 'status.acme.example').apiBase
 * // → 'https://status.agency.example/clients/acme'
 */
export function subscribeView(site: string, clientId: string, statusDomain?: string): SubscribeView {
  const base = clientBase(clientId);
  const abs = (path: string) => new URL(path, site).href;
  const row = (title: string, path: string, type: string): OutputRow => ({ title, href: base + path, url: abs(base + path), type, example: example(abs(base + path), type) });
  return {
    apiBase: abs(base).replace(/\/$/, ''),
    ...(statusDomain && { domainBase: `https://${statusDomain}` }),
    feeds: Object.values(CLIENT_FEEDS).map((f) => row(f.title, f.path, f.type)),
    api: API_V2_FILES.map((f) => row(f, `api/v2/${f}`, 'application/json')),
    badges: BADGES.map((name) => {
      const svg = abs(`${base}${name}.svg`);
      const json = abs(`${base}${name}.json`);
      return {
        name,
        title: BADGE_TITLE[name],
        svgHref: `${base}${name}.svg`,
        jsonHref: `${base}${name}.json`,
        svg,
        json,
        example: example(json, 'application/json'),
        markdown: `[![${BADGE_TITLE[name]}](${svg})](${abs(`${base}status/`)})`,
        shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(json)}`,
      };
    }),
  };
}
