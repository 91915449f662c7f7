import { describe, expect, it } from 'vitest';
import { checkDomains, cloudflareRedirects, headersFile, headersFor, hostFiles, netlifyRedirects, nginxSnippet, servedFrom } from './rules.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** Every path gets the site's security headers (src/lib/hosting/security-headers.ts); these tables add what else. */
const security = Object.fromEntries(SECURITY_HEADERS.map(([k, v]) => [k.toLowerCase(), v]));

const acme = { clientId: 'acme', domain: 'status.acme.example' };
const beta = { clientId: 'beta', domain: 'status.beta.example' };
const redirects = netlifyRedirects([acme, beta]);

describe.each([
  ['the API at the root', 'https://status.acme.example/api/v2/summary.json', '/clients/acme/api/v2/summary.json'],
  ['the root itself', 'https://status.acme.example/', '/clients/acme/'],
  ['a page', 'https://status.acme.example/status/', '/clients/acme/status/'],
  ['a feed', 'https://status.acme.example/history.atom', '/clients/acme/history.atom'],
  ['the client’s long address', 'https://status.acme.example/clients/acme/status/', '/clients/acme/status/'],
  ['built assets', 'https://status.acme.example/_astro/site.css', '/_astro/site.css'],
  ['an OG image', 'https://status.acme.example/og/clients/acme/status.png', '/og/clients/acme/status.png'],
  ['the agency’s standards', 'https://status.acme.example/standards/', '/standards/'],
  ['the favicon', 'https://status.acme.example/favicon.svg', '/favicon.svg'],
  ['another client’s domain', 'https://status.beta.example/api/v2/status.json', '/clients/beta/api/v2/status.json'],
  ['a link with a fragment and a query', 'https://status.acme.example/status/?x=1#subscribe', '/clients/acme/status/'],
  ['the main site, untouched', 'https://agency.example/api/v2/clients.json', '/api/v2/clients.json'],
])('Netlify rules: %s', (_n, url, file) => {
  it(`serve ${file}`, () => expect(servedFrom(redirects, url)).toBe(file));
});

describe('Cloudflare Pages rules (one project per domain, relative rules)', () => {
  const rules = cloudflareRedirects(acme);
  it.each([
    ['https://status.acme.example/api/v2/summary.json', '/clients/acme/api/v2/summary.json'],
    ['https://status.acme.example/clients/acme/', '/clients/acme/'],
    ['https://status.acme.example/_astro/x.css', '/_astro/x.css'],
  ])('%s → %s', (url, file) => expect(servedFrom(rules, url)).toBe(file));
  it('name no host (Cloudflare cannot match one)', () => expect(rules).not.toMatch(/^https?:/m));
});

describe('Netlify rules', () => {
  it('are forced, since the root has files of its own', () => {
    expect(redirects).toContain('https://status.acme.example/*  /clients/acme/:splat  200!');
  });
  it('pass site-wide paths through before the catch-all', () => {
    const lines = redirects.split('\n');
    expect(lines.indexOf('https://status.acme.example/clients/*  /clients/:splat  200!')).toBeLessThan(lines.indexOf('https://status.acme.example/*  /clients/acme/:splat  200!'));
  });
});

it('headers allow any origin on the API, at both addresses', () => {
  expect(headersFile()).toContain('/clients/:client/api/v2/*\n  Access-Control-Allow-Origin: *');
  expect(headersFile()).toContain('/api/v2/*\n  Access-Control-Allow-Origin: *');
});

describe('the nginx snippet', () => {
  const conf = nginxSnippet(acme);
  it('serves the client’s folder for other paths and the API with CORS', () => {
    expect(conf).toContain('location / { try_files /clients/acme$uri /clients/acme$uri/index.html =404; }');
    expect(conf).toContain('location ^~ /api/v2/ { add_header Access-Control-Allow-Origin "*" always; try_files /clients/acme$uri =404; }');
  });
  it('never serves the host rules', () => expect(conf).toContain('location ^~ /_hosting/ { return 404; }'));
  it('has balanced braces', () => expect(conf.split('{').length).toBe(conf.split('}').length));
});

it('a domain claimed by two clients fails, naming both', () => {
  expect(() => checkDomains([acme, { clientId: 'other', domain: acme.domain }])).toThrow('statusDomain "status.acme.example" is set for both "acme" and "other"');
});

it('hostFiles lists every file, and only _redirects and _headers without a status domain', () => {
  expect(Object.keys(hostFiles([acme]))).toEqual(['_redirects', '_headers', '_hosting/cloudflare/acme/_redirects', '_hosting/nginx/acme.conf']);
  expect(Object.keys(hostFiles([]))).toEqual(['_redirects', '_headers']);
});

describe.each([
  ['/clients/acme/api/v2/summary.json', { 'access-control-allow-origin': '*' }],
  ['/api/v2/summary.json', { 'access-control-allow-origin': '*' }],
  ['/clients/acme/status/', {}],
  ['/clients/acme/api/v1/x.json', {}],
  ['/_hosting/nginx/acme.conf', { 'x-robots-tag': 'noindex' }],
])('headersFor(headersFile(), %s)', (path, headers) => {
  it(`sets the security headers and ${JSON.stringify(headers)}`, () => expect(headersFor(headersFile(), path)).toEqual({ ...security, ...headers }));
});
