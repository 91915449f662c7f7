import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../theme/bootstrap.ts';
import { headersFile } from './rules.ts';
import { contentSecurityPolicy, inlineHash, nginxSecurityHeaders, SECURITY_HEADERS } from './security-headers.ts';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('denies by default and allows scripts from the site and the theme script by its hash', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    const hash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    expect(directive('script-src')).toBe(`script-src 'self' ${hash} 'wasm-unsafe-eval'`);
  });

  it.each(['unsafe-inline', "'unsafe-eval'", '*', 'http:', 'https:'])('never allows %s', (source) => expect(csp).not.toContain(source));

  it('sets frame-ancestors in the header, and leaves it out of the meta tag, where browsers ignore it', () => {
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ forMeta: true })).toBe(csp.replace("; frame-ancestors 'none'", ''));
  });
});

it('inlineHash is the CSP source of a text’s SHA-256', () => {
  // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
  expect(inlineHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
});

it('_headers sends the security headers on every path, before the API’s CORS', () => {
  const file = headersFile();
  expect(file.indexOf('/*\n')).toBeLessThan(file.indexOf('/clients/:client/api/v2/*'));
  for (const [name, value] of SECURITY_HEADERS) expect(file).toContain(`  ${name}: ${value}\n`);
});

it('docs/deployment.md gives nginx the same headers', () => {
  const doc = readFileSync(new URL('../../../docs/deployment.md', import.meta.url), 'utf8');
  for (const line of nginxSecurityHeaders().split('\n')) expect(doc).toContain(line);
});
