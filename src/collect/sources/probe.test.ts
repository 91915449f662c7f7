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
  const blips = new Map<string, number>();
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/hang') return; // never answers
      if (req.url === '/500') {
        res.writeHead(500).end('boom');
        return;
      }
      if (req.url?.startsWith('/429')) {
        res.writeHead(429, { 'retry-after': '120' }).end('slow down');
        return;
      }
      // Fails the first request of each round, answers the next: a blip the retry confirms as up.
      if (req.url?.startsWith('/blip')) {
        const n = (blips.get(req.url) ?? 0) + 1;
        blips.set(req.url, n);
        if (n % 2 === 1) {
          res.writeHead(503).end('blip');
          return;
        }
      }
      if (req.url === '/weak-headers') {
        res.writeHead(200, { 'strict-transport-security': 'max-age=0', 'x-content-type-options': 'sniff', 'content-security-policy': '', 'referrer-policy': 'always' });
        res.end('ok');
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
        url: `${server.url}/`,
        tlsExpiresAt: null,
        tlsTrusted: null,
        headers: {
          'content-security-policy': { present: false, ok: false, problem: 'missing' },
          'strict-transport-security': { present: false, ok: false, problem: 'missing' },
          'x-content-type-options': { present: true, ok: true, value: 'nosniff' },
          'referrer-policy': { present: true, ok: true, value: 'strict-origin-when-cross-origin' },
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

  it('counts a 500 as a major outage, with its response time, once the retry after retryDelayMs fails too', async () => {
    const waits: number[] = [];
    const before = requests.length;
    const probe = createProbe({ monotonic: sequence(0, 7, 100, 109), sleep: async (ms) => void waits.push(ms) });
    const obs = await probe.pull(monitor({ url: `${server.url}/500`, retryDelayMs: 2500 }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'major_outage', responseMs: 9 }]);
    expect(waits).toEqual([2500]);
    expect(requests.slice(before)).toEqual(['GET /500', 'GET /500']);
  });

  it('a failure the retry does not confirm is no outage: the check is the retry’s (operational)', async () => {
    const waits: number[] = [];
    const obs = await createProbe({ monotonic: sequence(0, 5, 10, 30), sleep: async (ms) => void waits.push(ms) }).pull(monitor({ url: `${server.url}/blip-a` }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'operational', responseMs: 20 }]);
    expect(waits).toEqual([5000]); // the default delay
  });

  it('waits for real between the two attempts by default (retryDelayMs 0 retries at once)', async () => {
    const before = requests.length;
    const obs = await createProbe().pull(monitor({ url: `${server.url}/blip-b`, retryDelayMs: 0 }), ctx());
    expect(obs.checks[0]!.status).toBe('operational');
    expect(requests.slice(before)).toEqual(['GET /blip-b', 'GET /blip-b']);
  });

  it('a success is not retried', async () => {
    const before = requests.length;
    await createProbe({ sleep: async () => expect.unreachable('no retry after a success') }).pull(monitor({ url: `${server.url}/` }), ctx());
    expect(requests.slice(before)).toEqual(['GET /']);
  });

  it('a 429 is neither up nor down: no check (no_data), a failure saying so, and no retry', async () => {
    const before = requests.length;
    const attempt = createProbe({ sleep: async () => expect.unreachable('a rate limit is not retried') }).pull(monitor({ url: `${server.url}/429?token=abc` }), ctx());
    await expect(attempt).rejects.toThrow(SourceError);
    await expect(createProbe().pull(monitor({ url: `${server.url}/429?token=abc` }), ctx())).rejects.toThrow(
      `probe: ${server.url}/429 answered 429 Too Many Requests (Retry-After 120): the site rate-limited the probe, which says nothing about whether visitors are served; nothing recorded (no_data).`,
    );
    expect(requests.slice(before)).toEqual(['GET /429?token=abc', 'GET /429?token=abc']);
  });

  it('a 429 the monitor expects (expectStatus) counts as up', async () => {
    const obs = await createProbe().pull(monitor({ url: `${server.url}/429`, expectStatus: [200, 429] }), ctx());
    expect(obs.checks[0]!.status).toBe('operational');
  });

  it('judges each security header by its value, saying what is wrong', async () => {
    const obs = await createProbe().pull(monitor({ url: `${server.url}/weak-headers` }), ctx());
    expect(obs.audit!.headers).toEqual({
      'content-security-policy': { present: true, ok: false, value: '', problem: 'empty policy' },
      'strict-transport-security': { present: true, ok: false, value: 'max-age=0', problem: 'max-age 0 s (0 days) is under six months (15768000 s)' },
      'x-content-type-options': { present: true, ok: false, value: 'sniff', problem: '"sniff" is not nosniff' },
      'referrer-policy': { present: true, ok: false, value: 'always', problem: '"always" is not a known referrer policy' },
    });
  });

  it('counts a slow answer as degraded performance', async () => {
    const obs = await createProbe({ monotonic: sequence(0, 3500) }).pull(monitor({ url: `${server.url}/`, degradedAboveMs: 3000 }), ctx());
    expect(obs.checks[0]).toMatchObject({ status: 'degraded_performance', responseMs: 3500 });
  });

  it('counts a timeout as a major outage with no response time', async () => {
    const obs = await createProbe().pull(monitor({ url: `${server.url}/hang`, timeoutMs: 150, retryDelayMs: 0 }), ctx());
    expect(obs.checks).toEqual([{ at: NOW.toISOString(), status: 'major_outage', responseMs: null }]);
    expect(obs.audit).toBeUndefined();
  });

  it('counts a refused connection as a major outage', async () => {
    const closed = await startHttpServer(() => {});
    await closed.close();
    const obs = await createProbe().pull(monitor({ url: `${closed.url}/`, retryDelayMs: 0 }), ctx());
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

  it('stores the certificate’s expiry instant and that its chain is trusted, not days left (computed at build time)', async () => {
    const now = new Date(expires.getTime() - 10.5 * 86_400_000);
    const obs = await createProbe({ ca: tls.cert }).pull(monitor({ url: `${server.url}/` }), ctx({ now }));
    expect(obs.checks[0]!.status).toBe('operational');
    expect(obs.audit).toEqual({
      at: now.toISOString(),
      url: `${server.url}/`,
      tlsExpiresAt: expires.toISOString(),
      tlsTrusted: true,
      headers: {
        'content-security-policy': { present: true, ok: true, value: "default-src 'self'" },
        'strict-transport-security': { present: true, ok: true, value: 'max-age=63072000' },
        'x-content-type-options': { present: true, ok: true, value: 'nosniff' },
        'referrer-policy': { present: true, ok: true, value: 'no-referrer' },
      },
    });
    expect(obs.audit).not.toHaveProperty('tlsDaysLeft');
  });

  it('a self-signed certificate nobody trusts: a major outage (browsers refuse it too), recorded as not trusted, with why and its expiry', async () => {
    const obs = await createProbe({ sleep: async () => {} }).pull(monitor({ url: `${server.url}/` }), ctx());
    expect(obs.checks[0]!.status).toBe('major_outage');
    expect(obs.audit).toMatchObject({ tlsTrusted: false, tlsError: 'DEPTH_ZERO_SELF_SIGNED_CERT', tlsExpiresAt: expires.toISOString() });
  });
});

/** A fake monotonic clock returning the given readings in turn. */
function sequence(...readings: number[]): () => number {
  let i = 0;
  return () => readings[Math.min(i++, readings.length - 1)]!;
}
