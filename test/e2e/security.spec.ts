import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDITED_HEADERS } from '../../src/collect/sources/probe.ts';
import { builtPages } from './site-pages.ts';

// Issue 10 §6: Upkeep's own output passes the audit it runs on its clients.

/** The headers dist/_headers gives every path (`/*`), as a host that reads it (Netlify, Cloudflare Pages) sends them. */
function headersForEveryPath(): Record<string, string> {
  const lines = readFileSync(join('dist', '_headers'), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of lines) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) inBlock = line.trim() === '/*';
    else if (inBlock) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

const htmlOf = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');

test('dist/_headers sends the audited security headers, a strict CSP among them, on every path', () => {
  const headers = headersForEveryPath();
  for (const name of [...AUDITED_HEADERS, 'x-frame-options', 'permissions-policy']) expect(headers[name], name).toBeTruthy();
  const csp = headers['content-security-policy']!;
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*|https?:/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('every page carries the same policy in a meta tag, and every inline script in it is allowed by its hash', () => {
  const csp = headersForEveryPath()['content-security-policy']!;
  const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!.split(' ');
  const problems: string[] = [];
  for (const path of builtPages()) {
    const html = htmlOf(path);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    // The meta tag is the header's policy less frame-ancestors, which only a header can carry.
    if (meta !== csp.replace(/; frame-ancestors 'none'/, '')) problems.push(`${path}: meta CSP is ${meta}`);
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs!)) continue;
      const hash = `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push(`${path}: inline script ${body!.slice(0, 40)}… is not allowed`);
    }
    if (/<style[\s>]/.test(html)) problems.push(`${path}: inline <style>`);
    if (/\sstyle="/.test(html)) problems.push(`${path}: style attribute`);
  }
  expect(problems).toEqual([]);
});

test('every page works under the enforced policy: no violation, no request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const headers = headersForEveryPath();
  const origin = new URL(baseURL!).origin;
  const violations: string[] = [];
  const elsewhere: string[] = [];
  let current = '';
  // Serve every response with the headers of dist/_headers, as the host would.
  await page.route('**/*', async (route) => {
    if (new URL(route.request().url()).origin !== origin) return route.abort();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(`${current}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/content security policy|refused to/i.test(m.text())) violations.push(`${current}: ${m.text()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  for (const path of builtPages()) {
    current = path;
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toBe(headers['content-security-policy']);
  }
  // What runs: the theme toggle, a day's popover on the status page, and search (Pagefind's WebAssembly).
  current = 'status page, theme toggle and a day popover';
  await page.goto('/clients/marlow-outdoor/status/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.locator('ol[data-bars] > li > a').last().focus();
  await expect(page.locator('#day-pop')).toBeVisible();
  current = 'search';
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill('binary logs');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
});
