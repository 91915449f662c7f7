import { afterEach, describe, expect, it } from 'vitest';
import type { HttpSettings } from '../../src/collect/http.ts';
import { HttpSourceError } from '../../src/collect/http.ts';
import type { Observations } from '../../src/collect/source.ts';
import { SourceError } from '../../src/collect/source.ts';
import type { MonitorSource } from '../../src/schemas/monitor.ts';
import type { FakeServer } from './server.ts';
import { startFakeServer } from './server.ts';

/**
 * The fault cases every HTTP source must pass (issue 4, "Faults, each one tested"), written once and run by each
 * source's test file against that vendor's fake: a 429 with Retry-After is retried after the wait it asks for,
 * 500 after the retries and a server that is down or too slow are SourceErrors, malformed and schema-invalid JSON are
 * SourceErrors naming the vendor and the path, a missing token variable is named (never its value), and no message
 * ever contains the token, even when the vendor echoes it back (plain, URL-encoded, JSON-escaped or base64). A
 * redirect to another origin is never followed (the other server sees nothing), a flood is not read past the limit
 * (the message names the path and the size), and the vendor's Date header comes back as `vendorTime`.
 */

export interface FaultHarness {
  vendor: MonitorSource;
  /** The secret the fake expects; undefined for vendors that take no token. */
  token?: string;
  /** The environment variable the monitor names for it. */
  tokenEnv?: string;
  /** Starts a fresh fake with good data. */
  start(): Promise<FakeServer>;
  /** Runs the source against the fake with these env and HTTP settings. */
  pull(server: FakeServer, env: Record<string, string | undefined>, http: HttpSettings): Promise<Observations>;
  /** Path of the first request a pull makes (named in errors), such as /api/3.1/checks/85975. */
  firstPath: string;
  /** A well-formed JSON body that breaks the vendor's schema, for the first request. */
  invalidBody: unknown;
  /** What the error says about a body that cannot be parsed; 'malformed JSON' unless the first file is not JSON. */
  malformedMessage?: string;
}

/** HTTP settings for tests: no real waiting, every wait recorded. */
export function testHttp(overrides: HttpSettings = {}): HttpSettings & { waits: number[] } {
  const waits: number[] = [];
  return {
    retries: 2,
    timeoutMs: 2000,
    clock: () => Date.parse('2026-03-01T12:00:00Z'),
    ...overrides,
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

async function failure(run: Promise<unknown>): Promise<SourceError> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected the pull to fail');
}

export function describeSourceFaults(h: FaultHarness): void {
  describe(`${h.vendor} faults`, () => {
    let server: FakeServer | undefined;
    const env = () => (h.token && h.tokenEnv ? { [h.tokenEnv]: h.token } : {});
    const noToken = (message: string) => {
      if (h.token) expect(message).not.toContain(h.token);
    };
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('waits as long as a 429 Retry-After asks, then succeeds', async () => {
      server = await h.start();
      server.fail({ kind: 'rate-limit', retryAfter: '7' });
      const http = testHttp();
      const obs = await h.pull(server, env(), http);
      expect(http.waits).toEqual([7000]);
      expect(obs.checks.length + obs.periods.length).toBeGreaterThan(0);
    });

    it('caps a Retry-After that asks for too long', async () => {
      server = await h.start();
      server.fail({ kind: 'rate-limit', retryAfter: '3600' });
      const http = testHttp({ maxRetryAfterMs: 5000 });
      await h.pull(server, env(), http);
      expect(http.waits).toEqual([5000]);
    });

    it('backs off exponentially on 500 and gives up with a SourceError after the retries', async () => {
      server = await h.start();
      server.failAlways({ kind: 'status', status: 500 });
      const http = testHttp({ retries: 3, baseDelayMs: 100 });
      const error = await failure(h.pull(server, env(), http));
      expect(error).toBeInstanceOf(HttpSourceError);
      expect((error as HttpSourceError).status).toBe(500);
      expect(error.source).toBe(h.vendor);
      expect(error.message).toMatch(new RegExp(`^${h.vendor}: `));
      expect(error.message).toContain(h.firstPath);
      expect(error.message).toContain('HTTP 500');
      expect(error.message).toContain('4 attempts');
      expect(server.requests).toHaveLength(4);
      expect(http.waits).toEqual([100, 200, 400]);
      noToken(error.message);
    });

    it('recovers when a 500 is followed by a good answer', async () => {
      server = await h.start();
      server.fail({ kind: 'status', status: 503 }, 2);
      const http = testHttp();
      const obs = await h.pull(server, env(), http);
      expect(obs.checks.length + obs.periods.length).toBeGreaterThan(0);
    });

    it('reports malformed JSON as a SourceError naming the vendor and path', async () => {
      server = await h.start();
      server.fail({ kind: 'malformed' });
      const error = await failure(h.pull(server, env(), testHttp()));
      expect(error.message).toMatch(new RegExp(`^${h.vendor}: `));
      expect(error.message).toContain(h.malformedMessage ?? 'malformed JSON');
      expect(error.message).toContain(h.firstPath);
      noToken(error.message);
    });

    it('reports a body that breaks the schema, naming the path and the first issue', async () => {
      server = await h.start();
      server.fail({ kind: 'invalid', json: h.invalidBody });
      const error = await failure(h.pull(server, env(), testHttp()));
      expect(error.message).toMatch(new RegExp(`^${h.vendor}: `));
      expect(error.message).toContain('unexpected response');
      expect(error.message).toContain(h.firstPath);
      noToken(error.message);
    });

    it('times out on a server that does not answer', async () => {
      server = await h.start();
      server.failAlways({ kind: 'slow', ms: 5000 });
      const error = await failure(h.pull(server, env(), testHttp({ timeoutMs: 50, retries: 1 })));
      expect(error.message).toContain('timed out after 50 ms');
      expect(server.requests).toHaveLength(2);
    });

    it('reports a server that is down', async () => {
      server = await h.start();
      const down = server;
      await down.close();
      server = undefined;
      const error = await failure(h.pull(down, env(), testHttp({ retries: 1 })));
      expect(error.message).toMatch(new RegExp(`^${h.vendor}: .*failed: ECONNREFUSED`));
    });

    it('refuses a redirect to another origin: the other server sees nothing', async () => {
      const elsewhere = await startFakeServer(() => ({ json: {} }));
      try {
        server = await h.start();
        server.fail({ kind: 'redirect', location: `${elsewhere.url}/collect`, status: 307 });
        const error = await failure(h.pull(server, env(), testHttp()));
        expect(error.message).toMatch(new RegExp(`^${h.vendor}: .*a redirect to another origin \\(${elsewhere.url.replaceAll('.', '\\.')}/collect\\); not followed`));
        expect(elsewhere.requests).toHaveLength(0);
        noToken(error.message);
      } finally {
        await elsewhere.close();
      }
    });

    it('stops reading a flood, naming the path and the size', async () => {
      server = await h.start();
      server.fail({ kind: 'flood', bytes: 3 * 1024 * 1024 });
      const error = await failure(h.pull(server, env(), testHttp({ maxBytes: 1024 * 1024 })));
      expect(error.message).toContain(h.firstPath);
      expect(error.message).toMatch(/sent more than the limit of 1\.0 MiB \(stopped reading at 1\.\d MiB\): not read further$/);
    });

    it("returns the vendor's Date header as vendorTime, dated by this machine's clock", async () => {
      server = await h.start();
      const local = Date.parse('2026-03-01T12:00:00Z');
      const obs = await h.pull(server, env(), testHttp({ clock: () => local }));
      expect(obs.vendorTime?.receivedAt).toBe('2026-03-01T12:00:00.000Z');
      expect(Math.abs(Date.parse(obs.vendorTime!.date) - Date.now())).toBeLessThan(60_000);
    });

    if (h.token && h.tokenEnv) {
      const token = h.token;
      const tokenEnv = h.tokenEnv;

      it('names the missing token variable, and only its name', async () => {
        server = await h.start();
        const error = await failure(h.pull(server, {}, testHttp()));
        expect(error.message).toContain(tokenEnv);
        expect(error.message).toContain('not set');
        expect(server.requests).toHaveLength(0);
      });

      it('reports a wrong token without echoing either token', async () => {
        server = await h.start();
        const error = await failure(h.pull(server, { [tokenEnv]: 'wrong-token-value-123' }, testHttp()));
        expect(error.message).not.toContain('wrong-token-value-123');
        noToken(error.message);
      });

      it('scrubs the token when the vendor echoes it back in an error or a broken body', async () => {
        server = await h.start();
        server.failAlways({
          kind: 'status',
          status: 400,
          body: { error: `bad key ${token}`, again: encodeURIComponent(token), basic: Buffer.from(`api:${token}`).toString('base64') },
        });
        const e1 = await failure(h.pull(server, env(), testHttp()));
        expect(e1.message).toContain('[redacted]');
        expect(e1.message).not.toContain(token);
        expect(e1.message).not.toContain(Buffer.from(`api:${token}`).toString('base64').slice(4, 20));
        server.heal();
        server.fail({ kind: 'invalid', json: { ...(h.invalidBody as object), echoed: token } });
        const e2 = await failure(h.pull(server, env(), testHttp()));
        expect(e2.message).not.toContain(token);
        expect(JSON.stringify(e2)).not.toContain(token);
      });
    }
  });
}
