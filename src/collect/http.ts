import type { z } from 'astro/zod';
import type { MonitorSource } from '../schemas/monitor.ts';
import { describeIssues } from '../lib/format/zod-issues.ts';
import { excerpt, redact, secretForms } from './redact.ts';
import { SourceError } from './source.ts';
import type { PullContext } from './source.ts';

/**
 * The one HTTP helper every vendor source uses: JSON (and text) requests with a timeout, retries with exponential
 * backoff on network errors and 5xx, 429 handled by honouring Retry-After (capped), a pagination helper, and zod
 * validation of the body at the boundary.
 *
 * Bounded: every response is read up to `maxBytes` (a larger one fails naming the vendor, the path and the size, and
 * is not read further), and all the responses of one source's pull up to `maxTotalBytes`. Redirects are followed
 * only on the request's own origin: a token travels in a header or a body, and a redirect to another origin would
 * carry it there (fetch keeps the body on a 307 and only drops Authorization), so such a redirect fails instead.
 * The vendor's `Date` header is handed to `vendorClock`, so the pull can compare the vendor's clock with its own.
 *
 * Every failure is a SourceError (an HttpSourceError when an HTTP status is known) whose message names the vendor,
 * the method and the URL *without its query string* (a query may carry a key), and never contains a token: tokens
 * travel in headers or bodies, and anything echoed back from the vendor is redacted (./redact.ts: every secret the
 * caller declared, in every encoding, before any text is cut short) before it reaches a message.
 */

/** How requests behave; every field has a default, tests override them (no real waiting, short timeouts). */
export interface HttpSettings {
  /** Milliseconds before one attempt is abandoned (the attempt then counts as a network failure). */
  timeoutMs?: number;
  /** How many times a failed attempt is retried (so attempts = retries + 1). */
  retries?: number;
  /** First backoff delay in ms; it doubles on every retry (500, 1000, 2000, …). */
  baseDelayMs?: number;
  /** Longest single backoff in ms. */
  maxDelayMs?: number;
  /** Longest wait honoured from a Retry-After header, in ms; longer requests are cut to this. */
  maxRetryAfterMs?: number;
  /** Waits; injectable so tests do not wait. Rejects if the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Wall clock in ms: turns a Retry-After HTTP date into a delay, and dates each vendor `Date` header's arrival. */
  clock?: () => number;
  /** Largest response body read, in bytes (default 8 MiB): a vendor flood fails instead of filling memory. */
  maxBytes?: number;
  /** Largest total of all response bodies of one HttpContext (one source's pull), in bytes (default 64 MiB). */
  maxTotalBytes?: number;
  /** Same-origin redirects followed per request (default 5). */
  maxRedirects?: number;
}

/** Per-pull context for the helper: who is asking, with which fetch, and which values must never be echoed. */
export interface HttpContext extends HttpSettings {
  /** The vendor, named in every error. */
  source: MonitorSource;
  /** fetch, from the PullContext. */
  fetch: typeof fetch;
  /** Aborts everything (SIGINT/SIGTERM); an abort is never retried. */
  signal?: AbortSignal;
  /** Secret values (tokens) to redact from any text that could reach a message. Empty strings are ignored. */
  secrets?: readonly (string | undefined)[];
  /** Receives the vendor's `Date` header of every response (see VendorClock). */
  vendorClock?: VendorClock;
  /** Bytes read so far by this context, against maxTotalBytes; created on first use. */
  budget?: { bytes: number };
}

/**
 * The vendor's clock as its responses show it: the `Date` header (RFC 9110 §6.6.1) of the latest response, and the
 * local wall clock when that response arrived. The pull compares the two (src/collect/clock-check.ts) and refuses to
 * write when they disagree by more than a few minutes.
 */
export class VendorClock {
  /** The latest reading: the vendor's Date header and the local clock at arrival, in epoch ms. */
  latest: { vendorMs: number; localMs: number } | undefined;

  record(dateHeader: string | null, localMs: number): void {
    if (!dateHeader) return;
    const vendorMs = Date.parse(dateHeader);
    if (Number.isNaN(vendorMs)) return;
    this.latest = { vendorMs, localMs };
  }

  /** The reading as Observations carry it (`vendorTime`), or undefined when no response had a Date header. */
  reading(): { date: string; receivedAt: string } | undefined {
    const l = this.latest;
    return l ? { date: new Date(l.vendorMs).toISOString(), receivedAt: new Date(l.localMs).toISOString() } : undefined;
  }
}

/** One request. */
export interface HttpRequest {
  /** Absolute URL. Its query string never appears in an error message. */
  url: string | URL;
  /** GET by default. */
  method?: 'GET' | 'POST';
  /** Extra headers, such as Authorization. */
  headers?: Record<string, string>;
  /** A form body (sent as application/x-www-form-urlencoded) or any JSON value. */
  body?: URLSearchParams | unknown;
}

/** A failure with a known HTTP status (after retries, if it was retryable). */
export class HttpSourceError extends SourceError {
  /** The HTTP status of the last attempt. */
  readonly status: number;
  constructor(source: MonitorSource, status: number, message: string, options?: { cause?: unknown }) {
    super(source, message, options);
    this.name = 'HttpSourceError';
    this.status = status;
  }
}

const DEFAULTS = {
  timeoutMs: 15_000,
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  maxBytes: 8 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRedirects: 5,
} as const;

/**
 * A size in words for a message.
 *
 * @example describeBytes(20_971_520) // → '20.0 MiB'
 */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A response larger than a limit (one body, or everything one source read). Not retried. */
class TooLarge extends Error {}

/**
 * Reads a body as text, at most `limit` bytes (and at most what is left of the budget): beyond that, the stream is
 * cancelled and TooLarge says how much had arrived. A Content-Length over the limit fails before reading.
 */
async function readBounded(res: Response, limit: number, budget: { bytes: number }, totalLimit: number): Promise<string> {
  const allowed = Math.min(limit, totalLimit - budget.bytes);
  const declared = Number(res.headers.get('content-length'));
  const over = (seen: number, declaredOnly = false) => {
    const what = allowed < limit ? `the ${describeBytes(totalLimit)} this pull may read from one source` : `the limit of ${describeBytes(limit)}`;
    return new TooLarge(declaredOnly ? `announced ${describeBytes(seen)}, over ${what}` : `sent more than ${what} (stopped reading at ${describeBytes(seen)})`);
  };
  if (Number.isFinite(declared) && declared > allowed) {
    await res.body?.cancel().catch(() => {});
    throw over(declared, true);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > allowed) {
      await reader.cancel().catch(() => {});
      throw over(size);
    }
    chunks.push(value);
  }
  budget.bytes += size;
  return Buffer.concat(chunks).toString('utf8');
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The default sleep: a timer that an abort cuts short. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The URL as it may appear in a message: origin and path, never the query string, the fragment or credentials.
 *
 * @example describeUrl('https://u:p@api.example.com/v2/x?api_key=secret#f') // → 'https://api.example.com/v2/x'
 */
export function describeUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Milliseconds to wait from a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when
 * absent or unreadable; never negative.
 *
 * @example parseRetryAfter('7', 0) // → 7000
 * @example parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000) // → 6000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; anything else (such as "-5", which Date.parse reads as a year) is
  // not one.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff before retry number `retry` (0-based): base × 2^retry, capped.
 *
 * @example backoffDelay(2, 500, 30000) // → 2000
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** retry);
}

/** How many zod issues a message about a vendor's response lists. */
const MAX_ISSUES = 3;

function isAbort(signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted);
}

/** Sends one request, retrying what is worth retrying, and returns the final successful Response's body text. */
async function send(ctx: HttpContext, req: HttpRequest): Promise<string> {
  const settings = { ...DEFAULTS, ...definedOnly(ctx) };
  const sleep = ctx.sleep ?? realSleep;
  const clock = ctx.clock ?? Date.now;
  const method = req.method ?? 'GET';
  const where = `${method} ${describeUrl(req.url)}`;
  const attempts = settings.retries + 1;
  const secrets = secretForms(ctx.secrets ?? []);
  const fail = (message: string, options?: { cause?: unknown }) => new SourceError(ctx.source, redact(message, secrets), options);

  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined;
  if (req.body instanceof URLSearchParams) {
    body = req.body.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers['content-type'] = 'application/json';
  }

  const budget = (ctx.budget ??= { bytes: 0 });

  /**
   * One attempt, following same-origin redirects (RFC 9110 §15.4: 303, and 301/302 for a POST, become a GET without
   * the body; 307 and 308 keep both). A redirect to another origin is refused: the token would go with it.
   */
  const attemptOnce = async (signal: AbortSignal): Promise<{ res: Response; text: string }> => {
    let url = new URL(req.url);
    let m: string = method;
    let b = body;
    const h = { ...headers };
    for (let hop = 0; ; hop++) {
      const res = await ctx.fetch(url, { method: m, headers: h, body: b, signal, redirect: 'manual' });
      ctx.vendorClock?.record(res.headers.get('date'), clock());
      if (REDIRECTS.has(res.status) && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        let next: URL;
        try {
          next = new URL(res.headers.get('location')!, url);
        } catch {
          throw fail(`${where} answered HTTP ${res.status} with a Location that is not a URL`);
        }
        if (next.origin !== url.origin) {
          throw new HttpSourceError(
            ctx.source,
            res.status,
            redact(`${where} answered HTTP ${res.status}, a redirect to another origin (${describeUrl(next)}); not followed, so the credentials stay with ${url.origin}`, secrets),
          );
        }
        if (hop >= settings.maxRedirects) throw fail(`${where} redirected more than ${settings.maxRedirects} times`);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && m === 'POST')) {
          m = 'GET';
          b = undefined;
          delete h['content-type'];
        }
        url = next;
        continue;
      }
      return { res, text: await readBounded(res, settings.maxBytes, budget, settings.maxTotalBytes) };
    }
  };

  let lastProblem = '';
  let lastStatus: number | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (isAbort(ctx.signal)) throw fail(`${where} was aborted`);
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
    let waitMs: number;
    try {
      const { res, text } = await attemptOnce(signal);
      if (res.ok) return text;
      lastStatus = res.status;
      lastProblem = `answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${text ? `: ${excerpt(text, secrets)}` : ''}`;
      if (res.status === 429) {
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), clock());
        waitMs =
          retryAfter === undefined
            ? backoffDelay(attempt, settings.baseDelayMs, settings.maxDelayMs)
            : Math.min(retryAfter, settings.maxRetryAfterMs);
      } else if (res.status >= 500) {
        waitMs = backoffDelay(attempt, settings.baseDelayMs, settings.maxDelayMs);
      } else {
        // 4xx other than 429 (and a 3xx without a Location): asking again will not help.
        throw new HttpSourceError(ctx.source, res.status, redact(`${where} ${lastProblem}`, secrets));
      }
    } catch (error) {
      if (error instanceof SourceError) throw error;
      if (error instanceof TooLarge) throw fail(`${where} ${error.message}: not read further`);
      if (isAbort(ctx.signal)) throw fail(`${where} was aborted`, { cause: error });
      lastStatus = undefined;
      lastProblem = timeout.aborted
        ? `timed out after ${settings.timeoutMs} ms`
        : `failed: ${networkReason(error)}`;
      waitMs = backoffDelay(attempt, settings.baseDelayMs, settings.maxDelayMs);
    }
    if (attempt + 1 < attempts) {
      try {
        await sleep(waitMs, ctx.signal);
      } catch (error) {
        throw fail(`${where} was aborted`, { cause: error });
      }
    }
  }
  const message = `${where} ${lastProblem} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`;
  throw lastStatus === undefined
    ? fail(message)
    : new HttpSourceError(ctx.source, lastStatus, redact(message, secrets));
}

function definedOnly(settings: HttpSettings): Partial<typeof DEFAULTS> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = settings[key];
    if (typeof value === 'number') out[key] = value;
  }
  return out;
}

/** What went wrong on the wire, without the request (undici hides the cause behind "fetch failed"). */
function networkReason(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause && typeof cause === 'object') {
      const code = (cause as { code?: unknown }).code;
      const msg = (cause as { message?: unknown }).message;
      if (typeof code === 'string') return code;
      if (typeof msg === 'string') return msg;
    }
    return error.message;
  }
  return String(error);
}

/**
 * Requests a URL and returns its body as text (for Upptime's YAML).
 */
export async function requestText(ctx: HttpContext, req: HttpRequest): Promise<string> {
  return send(ctx, req);
}

/**
 * Requests a URL, parses the body as JSON and validates it with `schema`. Malformed JSON and schema mismatches are
 * SourceErrors naming the vendor, the method and path, and (for mismatches) the first issues.
 *
 * @example
 * const body = await requestJson(ctx, { url: `${base}/checks/${id}`, headers: bearer(token) }, checkSchema);
 */
export async function requestJson<S extends z.ZodType>(
  ctx: HttpContext,
  req: HttpRequest,
  schema: S,
): Promise<z.output<S>> {
  const text = await send(ctx, req);
  return parseJson(ctx, `${req.method ?? 'GET'} ${describeUrl(req.url)}`, text, schema);
}

/**
 * Parses text as JSON and validates it: the boundary check used by requestJson, also for bodies read from files.
 * `where` names what was read (a method and path, or a file).
 */
export function parseJson<S extends z.ZodType>(
  ctx: Pick<HttpContext, 'source' | 'secrets'>,
  where: string,
  text: string,
  schema: S,
): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const secrets = secretForms(ctx.secrets ?? []);
    throw new SourceError(ctx.source, redact(`${where} returned malformed JSON (starts with "${excerpt(text, secrets, 40)}")`, secrets));
  }
  return validate(ctx, where, data, schema);
}

/** Validates an already parsed value at the boundary. */
export function validate<S extends z.ZodType>(
  ctx: Pick<HttpContext, 'source' | 'secrets'>,
  where: string,
  data: unknown,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    // The vendor's values are not echoed (describeIssues without the data): zod names the expected type.
    const message = `${where} returned an unexpected response: ${describeIssues(result.error, { max: MAX_ISSUES })}`;
    throw new SourceError(ctx.source, redact(message, secretForms(ctx.secrets ?? [])));
  }
  return result.data;
}

/** One page: its items, and the cursor of the next page (undefined on the last). */
export interface Page<C, T> {
  items: readonly T[];
  next?: C | undefined;
}

/**
 * Follows pages from `first` until a page has no next cursor, and returns every item in order. Guards against
 * vendors that loop (a cursor seen twice) or never end (more than maxPages).
 *
 * @example
 * const all = await paginate('uptimerobot', 0, async (offset) => {
 *   const body = await fetchPage(offset);
 *   return { items: body.monitors, next: offset + body.monitors.length < body.total ? offset + 50 : undefined };
 * });
 */
export async function paginate<C, T>(
  source: MonitorSource,
  first: C,
  fetchPage: (cursor: C, index: number) => Promise<Page<C, T>>,
  options: { maxPages?: number } = {},
): Promise<T[]> {
  const maxPages = options.maxPages ?? 500;
  const seen = new Set<string>();
  const items: T[] = [];
  let cursor: C | undefined = first;
  for (let index = 0; cursor !== undefined; index++) {
    if (index >= maxPages) throw new SourceError(source, `gave up after ${maxPages} pages: the vendor kept answering with more`);
    const key = JSON.stringify(cursor);
    if (seen.has(key)) throw new SourceError(source, 'pagination went round in a circle (a page pointed back to an earlier one)');
    seen.add(key);
    const page: Page<C, T> = await fetchPage(cursor, index);
    // One at a time: spreading a page of a few hundred thousand items into push() overflows the call stack.
    for (const item of page.items) items.push(item);
    cursor = page.next;
  }
  return items;
}

/**
 * The HttpContext for one source's pull: the pull's fetch, signal and wall clock, the secrets to redact, and a fresh
 * VendorClock whose reading the source returns as `vendorTime`. The pull's clock (PullContext.clock) wins over the
 * settings' (tests of Retry-After dates set one there).
 *
 * @example
 * const http = sourceHttp('pingdom', settings, ctx, [token]);
 * … requestJson(http, …) …
 * return { checks, periods, vendorTime: http.vendorClock.reading() };
 */
export function sourceHttp(
  source: MonitorSource,
  settings: HttpSettings,
  ctx: Pick<PullContext, 'fetch' | 'signal' | 'clock'>,
  secrets: readonly (string | undefined)[] = [],
): HttpContext & { vendorClock: VendorClock } {
  return {
    ...settings,
    ...(ctx.clock ? { clock: ctx.clock } : {}),
    source,
    fetch: ctx.fetch,
    signal: ctx.signal,
    secrets,
    vendorClock: new VendorClock(),
  };
}

/** An Authorization header with a bearer token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
