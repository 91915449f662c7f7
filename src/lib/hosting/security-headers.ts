import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from '../theme/bootstrap.ts';

/**
 * Upkeep's own security headers. Upkeep audits its clients' headers (OWASP Secure Headers Project), so what it
 * publishes sends the same set: https://owasp.org/www-project-secure-headers/
 *
 * The pages need nothing from another origin: styles, scripts, the logo and the search index are files of the site,
 * the status icons are data: URLs; fonts are the system's (none is loaded), and there is no manifest. The only inline
 * script is the theme toggle (src/lib/theme/bootstrap.ts), allowed by its hash; every other script is a file
 * (astro.config.mjs keeps Astro from inlining them) and there is no inline style or style attribute (the agency's
 * accent is /brand.css).
 */

/** A CSP source for an inline script or style: `'sha256-<base64>'` of its exact text (CSP Level 3, §8.4). */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline scripts every page may carry, by hash. */
export const INLINE_SCRIPT_HASHES: readonly string[] = [inlineHash(THEME_SCRIPT)];

/**
 * The Content-Security-Policy. `'wasm-unsafe-eval'` lets the search page compile Pagefind's WebAssembly index reader
 * (https://pagefind.app/docs/hosting/#content-security-policy-csp); it allows no JavaScript eval. One policy for the
 * whole site, because a host's `_headers` merges every block that matches a path and two CSPs would both apply.
 *
 * `forMeta`: the policy as a `<meta http-equiv>` may carry it. A meta policy cannot set frame-ancestors (browsers ignore
 * it there and say so in the console: https://www.w3.org/TR/CSP3/#meta-element), so that one travels in headers only.
 */
export function contentSecurityPolicy({ forMeta = false }: { forMeta?: boolean } = {}): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...INLINE_SCRIPT_HASHES, "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
    ...(forMeta ? [] : ([['frame-ancestors', "'none'"]] as Array<[string, ...string[]]>)),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Every page's response headers, for `_headers` (Netlify, Cloudflare Pages) and nginx (docs/deployment.md).
 * HSTS without `preload`: preloading is a commitment an agency makes for its domain, not one a generator makes for it.
 */
export const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * The same headers as nginx `add_header` lines, for a `server` block (`always`: error pages get them too). nginx drops
 * a server's add_header lines in any location that has its own, so a location adding CORS must repeat these.
 */
export function nginxSecurityHeaders(): string {
  return SECURITY_HEADERS.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n');
}
