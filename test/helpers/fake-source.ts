import { z } from 'astro/zod';
import type { Monitor } from '../../src/schemas/monitor.ts';
import { SourceError, type Source } from '../../src/collect/source.ts';

/**
 * A tiny vendor source for pull tests, configured in client.yaml as a `gatus` monitor (baseUrl, key, tokenEnv) and
 * injected in place of the real one. It reads GET <baseUrl>/api/results/<key> → { results: [{ at, up, ms }] },
 * sends the token as a bearer header, and fails the way vendor sources fail: SourceError on a network error,
 * timeout, non-2xx (echoing the body, as careless vendors do), 429 or malformed JSON.
 */

const body = z.object({ results: z.array(z.object({ at: z.string(), up: z.boolean(), ms: z.number().nullable() })) });

export function fakeSource(options: { timeoutMs?: number } = {}): Source {
  return {
    kind: 'gatus',
    async pull(m, ctx) {
      const monitor = m as Extract<Monitor, { source: 'gatus' }>;
      const token = monitor.tokenEnv ? ctx.env[monitor.tokenEnv] : undefined;
      let res: Response;
      try {
        res = await ctx.fetch(`${monitor.baseUrl}/api/results/${monitor.key}`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
          signal: AbortSignal.timeout(options.timeoutMs ?? 300),
        });
      } catch (error) {
        const name = (error as Error).name;
        throw new SourceError('gatus', name === 'TimeoutError' ? 'timed out' : `cannot connect (${(error as Error).cause ? String(((error as Error).cause as Error).message) : name})`);
      }
      const text = await res.text();
      if (res.status === 429) throw new SourceError('gatus', `rate limited (429), Retry-After ${res.headers.get('retry-after') ?? '?'}`);
      if (!res.ok) throw new SourceError('gatus', `HTTP ${res.status}: ${text.slice(0, 200)}`);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new SourceError('gatus', 'malformed JSON in the response');
      }
      const parsed = body.safeParse(json);
      if (!parsed.success) throw new SourceError('gatus', `unexpected response shape: ${parsed.error.issues[0]!.message}`);
      return {
        checks: parsed.data.results.map((r) => ({ at: r.at, status: r.up ? 'operational' : 'major_outage', responseMs: r.ms })),
        periods: [],
      };
    },
  };
}
