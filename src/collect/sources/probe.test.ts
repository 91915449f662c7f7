import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMonitor } from '../../schemas/monitor.ts';
import { selfSignedCertificate, startHttpServer, startHttpsServer, type LocalServer } from '../../../test/helpers/servers.ts';
import { SourceError, type PullContext } from '../source.ts';
import { createProbe, verdict } from './probe.ts';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const ctx = (overrides: Partial<PullContext> = {}): PullContext => ({
  now: NOW,
  since: new Date('2026-02-01T00:00:00.000Z'),
  env: {},
  fetch,
  ...overrides,
});
const monitor = (fields: Record<string, unknown>) => probeMonitor.parse({ source: 'probe', ...fields });

describe('verdict', () => {
  const m = { method: 'GET' as const };
  it.each([
    ['200 → operational', { statusCode: 200, elapsedMs: 50 }, m, 'operational'],
    ['301 → operational by default', { statusCode: 301 }, m, 'operational'],
    ['404 → major outage', { statusCode: 404 }, m, 'major_outage'],
    ['500 → major outage', { statusCode: 500 }, m, 'major_outage'],
    ['429 → major outage unless expected', { statusCode: 429 }, m, 'major_outage'],
    ['an expected 401 → operational', { statusCode: 401 }, { ...m, expectStatus: [401] }, 'operational'],
    ['200 not in the expected list → major outage', { statusCode: 200 }, { ...m, expectStatus: [204] }, 'major_outage'],
    ['no response → major outage', {}, m, 'major_outage'],
    ['timed out → major outage', { timedOut: true }, m, 'major_outage'],
    ['invalid certificate → major outage', { statusCode: 200, tlsAuthorized: false }, m, 'major_outage'],
    ['keyword missing → major outage', { statusCode: 200, body: 'Error' }, { ...m, keyword: 'Welcome' }, 'major_outage'],
    ['keyword present → operational', { statusCode: 200, body: 'Welcome home' }, { ...m, keyword: 'Welcome' }, 'operational'],
    ['keyword ignored for HEAD', { statusCode: 200 }, { method: 'HEAD' as const, keyword: 'Welcome' }, 'operational'],
    ['slow → degraded', { statusCode: 200, elapsedMs: 2001 }, { ...m, degradedAboveMs: 2000 }, 'degraded_performance'],
    ['at the limit → operational', { statusCode: 200, elapsedMs: 2000 }, { ...m, degradedAboveMs: 2000 }, 'operational'],
  ])('%s', (_, response, mon, expected) => {
    expect(verdict(response, mon)).toBe(expected);
  });
});

describe('probe over HTTP', () => {
  let server: LocalServer;
  const requests: string[] = [];
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/hang') return; // never answers
      if (req.url === '/500') {
        res.writeHead(500).end('boom');
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/html',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
      res.end(req.method === 'HEAD' ? undefined : '<h1>Welcome to Acme</h1>');
    });
  });
  afterAll(() => server.close());

  it('records one check at ctx.now and audits the headers', async () => {
    const probe = createProbe({ monotonic: sequence(1000, 1042) });
    const obs = await probe.pull(monitor({ url: `${server.url}/` }), ctx());
    expect(obs).toEqual({
      checks: [{ at: NOW.toISOString(), status: 'operational', responseMs: 42 }],
      periods: [],
      audit: {
        at: NOW.toISOString(),
        tlsExpiresAt: null,
        tlsDaysLeft: null,
        headers: {
          'content-security-policy': false,
          'strict-transport-security': false,
          'x-content-type-options': true,
          'referrer-policy': true,
        },
      },
    });
  });

  it('uses the method asked for', async () => {
    await createProbe().pull(monitor({ url: `${server.url}/head`, method: 'HEAD' }), ctx());
    expect(requests).toContain('HEAD /head');
  });

  it('checks the keyword', async () => {
    const found = await createProbe().pull(monitor({ url: `${server.url}/`, keyword: 'Welcome' }), ctx());
    const missing = await createProbe().pull(monitor({ url: `${server.url}/`, keyword: 'Checkout' }), ctx());
    expect(found.checks[0]!.status).toBe('operational');
    expect(missing.checks[0]!.status).toBe('major_outage');
  });

  it('counts a 500 as a major outage, with its response time', async () => {
    const obs = await createProbe({ monotonic: sequence(0, 7) }).pull(monitor({ url: `${server.url}/500` }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'major_outage', responseMs: 7 }]);
  });

  it('counts a slow answer as degraded performance', async () => {
    const obs = await createProbe({ monotonic: sequence(0, 3500) }).pull(monitor({ url: `${server.url}/`, degradedAboveMs: 3000 }), ctx());
    expect(obs.checks[0]).toMatchObject({ status: 'degraded_performance', responseMs: 3500 });
  });

  it('counts a timeout as a major outage with no response time', async () => {
    const obs = await createProbe().pull(monitor({ url: `${server.url}/hang`, timeoutMs: 150 }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'major_outage', responseMs: null }]);
    expect(obs.audit).toBeUndefined();
  });

  it('counts a refused connection as a major outage', async () => {
    const closed = await startHttpServer(() => {});
    await closed.close();
    const obs = await createProbe().pull(monitor({ url: `${closed.url}/` }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'major_outage', responseMs: null }]);
  });

  it('treats an interrupted pull as no check at all, not an outage', async () => {
    const controller = new AbortController();
    const pending = createProbe().pull(monitor({ url: `${server.url}/hang` }), ctx({ signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toThrow(SourceError);
  });
});

describe('probe over HTTPS', () => {
  let server: LocalServer;
  let tls: ReturnType<typeof selfSignedCertificate>;
  let expires: Date;
  beforeAll(async () => {
    tls = selfSignedCertificate(30);
    expires = new Date(new X509Certificate(tls.cert).validTo);
    server = await startHttpsServer((_req, res) => {
      res.writeHead(200, {
        'strict-transport-security': 'max-age=63072000',
        'content-security-policy': "default-src 'self'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end('ok');
    }, tls);
  });
  afterAll(() => server.close());

  it('reads the certificate expiry in days and the headers', async () => {
    const now = new Date(expires.getTime() - 10.5 * 86_400_000);
    const obs = await createProbe({ ca: tls.cert }).pull(monitor({ url: `${server.url}/` }), ctx({ now }));
    expect(obs.checks[0]!.status).toBe('operational');
    expect(obs.audit).toEqual({
      at: now.toISOString(),
      tlsExpiresAt: expires.toISOString(),
      tlsDaysLeft: 10,
      headers: {
        'content-security-policy': true,
        'strict-transport-security': true,
        'x-content-type-options': true,
        'referrer-policy': true,
      },
    });
  });

  it('counts an untrusted certificate as a major outage, and still reports its expiry', async () => {
    const obs = await createProbe().pull(monitor({ url: `${server.url}/` }), ctx({ now: new Date(expires.getTime() - 86_400_000) }));
    expect(obs.checks[0]!.status).toBe('major_outage');
    expect(obs.audit?.tlsDaysLeft).toBe(1);
  });

  it('reports an expired certificate with negative days left', async () => {
    const obs = await createProbe({ ca: tls.cert }).pull(monitor({ url: `${server.url}/` }), ctx({ now: new Date(expires.getTime() + 2.5 * 86_400_000) }));
    expect(obs.audit?.tlsDaysLeft).toBe(-3);
  });
});

/** A fake monotonic clock returning the given readings in turn. */
function sequence(...readings: number[]): () => number {
  let i = 0;
  return () => readings[Math.min(i++, readings.length - 1)]!;
}
