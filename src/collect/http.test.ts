import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  backoffDelay,
  describeBytes,
  describeUrl,
  HttpSourceError,
  paginate,
  parseJson,
  parseRetryAfter,
  requestJson,
  requestText,
  VendorClock,
} from './http.ts';
import type { HttpContext } from './http.ts';
import { SourceError } from './source.ts';
import { testHttp } from '../../test/fakes/faults.ts';
import { startFakeServer } from '../../test/fakes/server.ts';
import type { FakeServer } from '../../test/fakes/server.ts';

const SECRET = 's3cr3t/key+value';
const ok = z.object({ ok: z.literal(true) });

describe('describeUrl', () => {
  it.each([
    ['drops the query string and fragment', 'https://api.example.com/v2/x?api_key=abc#f', 'https://api.example.com/v2/x'],
    ['drops credentials', 'https://user:pass@api.example.com/p', 'https://api.example.com/p'],
    ['keeps the port', 'http://127.0.0.1:8080/a/b', 'http://127.0.0.1:8080/a/b'],
    ['survives garbage', 'not a url', '(invalid URL)'],
  ])('%s', (_, url, expected) => expect(describeUrl(url)).toBe(expected));
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it.each([
    ['delay-seconds', '120', 120_000],
    ['zero', '0', 0],
    ['an HTTP date', 'Sun, 01 Mar 2026 12:00:30 GMT', 30_000],
    ['an HTTP date in the past', 'Sun, 01 Mar 2026 11:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['a negative number', '-5', undefined],
    ['absent', null, undefined],
  ] as const)('%s', (_, value, expected) => expect(parseRetryAfter(value, now)).toBe(expected));
});

describe('backoffDelay', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [3, 4000],
    [10, 30_000],
  ])('retry %i waits %i ms', (retry, expected) => expect(backoffDelay(retry, 500, 30_000)).toBe(expected));
});

describe('paginate', () => {
  it('follows cursors until there is none', async () => {
    const pages: Record<number, number[]> = { 0: [1, 2], 2: [3, 4], 4: [5] };
    const items = await paginate('gatus', 0, async (cursor) => ({
      items: pages[cursor]!,
      next: cursor < 4 ? cursor + 2 : undefined,
    }));
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });
  it('refuses to go round in a circle', async () => {
    await expect(paginate('betterstack', 'a', async (c) => ({ items: [c], next: c === 'a' ? 'b' : 'a' }))).rejects.toThrow(
      'betterstack: pagination went round in a circle',
    );
  });
  it('takes a page of 300,000 items without overflowing the call stack', async () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    const items = await paginate('pingdom', 0, async () => ({ items: big, next: undefined }));
    expect(items).toHaveLength(300_000);
  });
  it('stops after maxPages', async () => {
    await expect(paginate('gatus', 1, async (c) => ({ items: [c], next: c + 1 }), { maxPages: 5 })).rejects.toThrow(
      'gatus: gave up after 5 pages',
    );
  });
});

describe('parseJson', () => {
  const ctx = { source: 'pingdom' as const, secrets: [SECRET] };
  it('names the vendor and what was read when the JSON is malformed', () => {
    expect(() => parseJson(ctx, 'GET https://x.test/a', `{"key": ${SECRET}`, ok)).toThrow(
      /^pingdom: GET https:\/\/x\.test\/a returned malformed JSON \(starts with "\{"key": \[redacted\]"\)$/,
    );
  });
  it('names the first schema issues', () => {
    expect(() => parseJson(ctx, 'GET https://x.test/a', '{"ok": false}', ok)).toThrow(
      'pingdom: GET https://x.test/a returned an unexpected response: ok: ',
    );
  });
  it('lists at most three issues and never echoes the vendor’s values', () => {
    const four = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number() });
    const error = (() => {
      try {
        parseJson(ctx, 'GET https://x.test/a', JSON.stringify({ a: 'value-a', b: 'value-b', c: 'value-c', d: 'value-d' }), four);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/unexpected response: a: .*expected number.*; b: .*; c: .* \(and 1 more\)$/);
    expect(error).not.toContain('value-');
  });
  it('redacts the token before the excerpt of a malformed body is cut', () => {
    const body = `{"k": ${'x'.repeat(30)}${SECRET}`;
    const error = (() => {
      try {
        parseJson(ctx, 'GET https://x.test/a', body, ok);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/starts with "\{"k": x{30}\[red…"\)$/);
    expect(error).not.toContain(SECRET.slice(0, 4));
  });
});

describe('requestJson against a local server', () => {
  let server: FakeServer;
  afterEach(() => server?.close());
  const http = (overrides: Partial<HttpContext> = {}): HttpContext & { waits: number[] } => ({
    ...testHttp(),
    source: 'pingdom',
    fetch,
    secrets: [SECRET],
    ...overrides,
  }) as HttpContext & { waits: number[] };

  it('sends a form body and headers', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    const body = new URLSearchParams({ api_key: SECRET, format: 'json' });
    await expect(requestJson(http(), { method: 'POST', url: `${server.url}/v2/x`, body, headers: { authorization: 'Bearer t' } }, ok)).resolves.toEqual({ ok: true });
    const [req] = server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.form.get('api_key')).toBe(SECRET);
    expect(req!.headers.authorization).toBe('Bearer t');
    expect(req!.headers.accept).toBe('application/json');
  });

  it('sends a JSON body', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    await requestJson(http(), { method: 'POST', url: server.url, body: { a: 1 } }, ok);
    expect(server.requests[0]!.body).toBe('{"a":1}');
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it.each([
    ['as is', (t: string) => `bad key ${t}`],
    ['URL-encoded', (t: string) => `bad key ${encodeURIComponent(t)}`],
    ['in a JSON body, with / escaped', (t: string) => JSON.stringify({ error: `bad key ${t}` }).replaceAll('/', '\\/')],
    ['cut short by the vendor', (t: string) => `bad key ${t.slice(0, 10)}`],
    ['where the excerpt is cut', (t: string) => `${'x'.repeat(112)} ${t} and more`],
  ])('never shows the token a vendor echoes back %s', async (_, echo) => {
    server = await startFakeServer(() => ({ status: 401, raw: echo(SECRET) }));
    const message = String(await requestJson(http(), { url: server.url }, ok).catch((e: Error) => e));
    expect(message).toMatch(/answered HTTP 401 Unauthorized: .*\[redac/);
    for (const piece of ['s3cr3t', 'key+value', 'key%2Bvalue']) expect(message).not.toContain(piece);
  });

  it('never puts the query string in a message (it may carry a key)', async () => {
    server = await startFakeServer(() => ({ status: 404, raw: 'no such thing' }));
    const error = await requestJson(http(), { url: `${server.url}/a/b?api_key=${encodeURIComponent(SECRET)}&x=1` }, ok).catch((e: Error) => e);
    expect(error).toBeInstanceOf(HttpSourceError);
    expect(String(error)).toBe(`HttpSourceError: pingdom: GET ${server.url}/a/b answered HTTP 404 Not Found: no such thing`);
  });

  it('does not retry other 4xx answers', async () => {
    server = await startFakeServer(() => ({ status: 403, json: { error: 'forbidden' } }));
    const h = http();
    await expect(requestJson(h, { url: server.url }, ok)).rejects.toThrow('HTTP 403');
    expect(server.requests).toHaveLength(1);
    expect(h.waits).toEqual([]);
  });

  it('honours a Retry-After HTTP date, capped', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'rate-limit', retryAfter: 'Sun, 01 Mar 2026 12:00:20 GMT' });
    server.fail({ kind: 'rate-limit', retryAfter: 'Sun, 01 Mar 2026 13:00:00 GMT' });
    const h = http({ maxRetryAfterMs: 45_000 });
    await requestJson(h, { url: server.url }, ok);
    expect(h.waits).toEqual([20_000, 45_000]);
  });

  it('backs off exponentially on a 429 without Retry-After', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'rate-limit' }, 2);
    const h = http({ baseDelayMs: 250 });
    await requestJson(h, { url: server.url }, ok);
    expect(h.waits).toEqual([250, 500]);
  });

  it('gives up on endless 429s with the status in the error', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.failAlways({ kind: 'rate-limit', retryAfter: '1' });
    const error = (await requestJson(http({ retries: 2 }), { url: server.url }, ok).catch((e: unknown) => e)) as HttpSourceError;
    expect(error).toBeInstanceOf(HttpSourceError);
    expect(error.status).toBe(429);
    expect(error.message).toContain('HTTP 429');
    expect(error.message).toContain('gave up after 3 attempts');
  });

  it('retries a dropped connection', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'drop' });
    const h = http();
    await expect(requestJson(h, { url: server.url }, ok)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('stops at once when the pull is aborted, without retrying', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.failAlways({ kind: 'slow', ms: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await requestJson(http({ signal: controller.signal }), { url: server.url }, ok).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/^pingdom: GET .* was aborted$/);
    expect(server.requests).toHaveLength(1);
  });

  it('returns text as is', async () => {
    server = await startFakeServer(() => ({ raw: 'status: up\n' }));
    await expect(requestText(http(), { url: server.url })).resolves.toBe('status: up\n');
  });
});

describe('redirects: same origin only, so credentials never travel elsewhere', () => {
  let server: FakeServer | undefined;
  let other: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    await other?.close();
    server = other = undefined;
  });
  const http = (): HttpContext => ({ ...testHttp(), source: 'uptimerobot', fetch, secrets: [SECRET] });

  it.each([307, 308])('follows a %i on the same origin, keeping the method and the body', async (status) => {
    server = await startFakeServer((req) => (req.path === '/v2/new' ? { json: { ok: true } } : { json: { error: 'no' }, status: 404 }));
    server.fail({ kind: 'redirect', location: '/v2/new', status });
    const body = new URLSearchParams({ api_key: SECRET });
    await expect(requestJson(http(), { method: 'POST', url: `${server.url}/v2/old`, body }, ok)).resolves.toEqual({ ok: true });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.form.get('api_key') === SECRET}`)).toEqual(['POST /v2/old true', 'POST /v2/new true']);
  });

  it('turns a 303 into a GET without the body', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'redirect', location: '/done', status: 303 });
    await requestJson(http(), { method: 'POST', url: `${server.url}/start`, body: new URLSearchParams({ api_key: SECRET }) }, ok);
    expect(server.requests[1]).toMatchObject({ method: 'GET', path: '/done', body: '' });
  });

  it.each([301, 302, 303, 307, 308])('refuses a %i to another origin: the other server never sees the key', async (status) => {
    other = await startFakeServer(() => ({ json: { ok: true } }));
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'redirect', location: `${other.url}/steal?x=1`, status });
    const error = await requestJson(http(), { method: 'POST', url: `${server.url}/v2/getMonitors`, body: new URLSearchParams({ api_key: SECRET }), headers: { authorization: `Bearer ${SECRET}` } }, ok).catch((e: Error) => e);
    expect(error).toBeInstanceOf(HttpSourceError);
    expect((error as Error).message).toBe(
      `uptimerobot: POST ${server.url}/v2/getMonitors answered HTTP ${status}, a redirect to another origin (${other.url}/steal); not followed, so the credentials stay with ${server.url}`,
    );
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it('stops a same-origin redirect loop', async () => {
    server = await startFakeServer(() => ({ status: 302, headers: { location: '/again' }, raw: '' }));
    await expect(requestJson(http(), { url: `${server.url}/again` }, ok)).rejects.toThrow('redirected more than 5 times');
  });
});

describe('bounded reads', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const http = (overrides: Partial<HttpContext> = {}): HttpContext => ({ ...testHttp(), source: 'pingdom', fetch, ...overrides });

  it('names the vendor, the path and the size of a flood sent without a Content-Length, and reads no further', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'flood', bytes: 20 * 1024 * 1024 });
    const error = await requestJson(http({ maxBytes: 1024 * 1024 }), { url: `${server.url}/api/3.1/results/1?from=1` }, ok).catch((e: Error) => e);
    expect((error as Error).message).toMatch(new RegExp(`^pingdom: GET ${server.url}/api/3\\.1/results/1 sent more than the limit of 1\\.0 MiB \\(stopped reading at 1\\.\\d MiB\\): not read further$`));
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an announced Content-Length over the limit before reading', async () => {
    server = await startFakeServer(() => ({ json: { ok: true } }));
    server.fail({ kind: 'flood', bytes: 3 * 1024 * 1024, announce: true });
    await expect(requestJson(http({ maxBytes: 1024 * 1024 }), { url: server.url }, ok)).rejects.toThrow(/announced 3\.0 MiB, over the limit of 1\.0 MiB/);
  });

  it('bounds everything one source reads, across requests', async () => {
    server = await startFakeServer(() => ({ json: { ok: true, pad: 'x'.repeat(600) } }));
    const h = http({ maxTotalBytes: 1500 });
    const loose = ok.loose();
    await requestJson(h, { url: server.url }, loose);
    await requestJson(h, { url: server.url }, loose);
    await expect(requestJson(h, { url: server.url }, loose)).rejects.toThrow(/sent more than the 1\.5 KiB this pull may read from one source/);
  });

  it.each([
    [512, '512 bytes'],
    [2048, '2.0 KiB'],
    [20 * 1024 * 1024, '20.0 MiB'],
  ])('describeBytes(%i) → %s', (bytes, words) => expect(describeBytes(bytes)).toBe(words));
});

describe('the vendor clock', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('records the Date header of the latest response with the local clock at its arrival', async () => {
    const vendorNow = Date.parse('2026-03-01T12:00:00Z');
    server = await startFakeServer(() => ({ json: { ok: true } }), { clock: () => vendorNow });
    const vendorClock = new VendorClock();
    await requestJson({ ...testHttp({ clock: () => Date.parse('2027-03-01T12:00:05Z') }), source: 'gatus', fetch, vendorClock }, { url: server.url }, ok);
    expect(vendorClock.reading()).toEqual({ date: '2026-03-01T12:00:00.000Z', receivedAt: '2027-03-01T12:00:05.000Z' });
  });

  it('has no reading without a Date header', () => {
    const c = new VendorClock();
    c.record(null, 0);
    c.record('not a date', 0);
    expect(c.reading()).toBeUndefined();
  });
});
