import http from 'node:http';
import https from 'node:https';
import { rootCertificates, type TLSSocket } from 'node:tls';
import { judgeSecurityHeader } from '../../lib/audit/security-headers.ts';
import type { HistoryAudit, HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import type { Monitor } from '../../schemas/monitor.ts';
import { SourceError, type Observations, type PullContext, type Source } from '../source.ts';

/**
 * Upkeep's own HTTP(S) probe, the default source: one request per pull, at `ctx.now`, giving one check, and an
 * audit of the TLS certificate and security headers.
 *
 * A failure is confirmed before it counts (issue 8, §5): a request that fails is tried once more after the monitor's
 * `retryDelayMs`, and the check is a major outage only if that one fails too, as Pingdom confirms a down check from
 * another location before it reports `down` (its `unconfirmed_down` state). One dropped packet is not an outage.
 *
 * A 429 Too Many Requests answer (unless `expectStatus` lists 429) is neither up nor down: the site's rate limiter
 * refused the probe, which says nothing about whether visitors are served. Upkeep records no check, so the time is
 * `no_data`, and the pull reports the failure (exit 1) so staff let the probe through. It is not retried (a retry
 * would only add to the rate). Keeping the previous status instead would extend an observation past its time, which
 * Upkeep never does (DESIGN.md); tools that count any unexpected status as down (Uptime Kuma, Upptime) would report
 * an outage nobody had.
 *
 * The audit stores facts, not judgements that age: the certificate's expiry instant (days left are computed when the
 * site is built), whether its chain was trusted and, if not, Node's reason; each security header judged by its value
 * (src/lib/audit/security-headers.ts); and the URL audited.
 *
 * Redirects are not followed: a 3xx counts as up by default, and a keyword is looked for in the body actually
 * returned, so point `url` at the final address when using `keyword`.
 *
 * The certificate is read from the same connection. It is validated by hand (`socket.authorized`, which covers
 * the chain, expiry and host name) rather than by refusing the connection, so that an invalid or expired
 * certificate still shows up in the audit with its expiry date, while the check counts as a major outage:
 * visitors' browsers would refuse the site too.
 */

type ProbeMonitor = Extract<Monitor, { source: 'probe' }>;

/** The security headers audited, lower case (OWASP Secure Headers Project's core set). */
export const AUDITED_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
] as const;

/** Network errors that say more about the probing machine than about the site: the check is not made (no_data). */
const LOCAL_ERRORS = new Set(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN', 'ENOBUFS', 'EMFILE', 'ENFILE']);

/** Bodies are read up to this size when looking for a keyword. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;


/** What one request gave, before any verdict. */
export interface ProbeResponse {
  /** HTTP status, undefined if there was no response (refused, reset, timed out, TLS failure before headers). */
  statusCode?: number;
  /** Milliseconds from request to complete body, undefined without a response. */
  elapsedMs?: number;
  /** Response body (GET), as text. */
  body?: string;
  /** Whether the certificate was valid for the host; undefined for plain HTTP. */
  tlsAuthorized?: boolean;
  /** Whether the request gave up after timeoutMs. */
  timedOut?: boolean;
}

/**
 * The status a probe response means, in one place:
 * no response or timeout → major outage; invalid certificate → major outage; unexpected status → major outage;
 * keyword missing → major outage; slower than degradedAboveMs → degraded performance; else operational.
 */
export function verdict(response: ProbeResponse, monitor: Pick<ProbeMonitor, 'expectStatus' | 'keyword' | 'degradedAboveMs' | 'method'>): ObservedStatus {
  if (response.timedOut || response.statusCode === undefined) return 'major_outage';
  if (response.tlsAuthorized === false) return 'major_outage';
  const expected = monitor.expectStatus ? monitor.expectStatus.includes(response.statusCode) : response.statusCode >= 200 && response.statusCode < 400;
  if (!expected) return 'major_outage';
  if (monitor.keyword !== undefined && monitor.method !== 'HEAD' && !(response.body ?? '').includes(monitor.keyword)) return 'major_outage';
  if (monitor.degradedAboveMs !== undefined && (response.elapsedMs ?? 0) > monitor.degradedAboveMs) return 'degraded_performance';
  return 'operational';
}

export interface ProbeOptions {
  /** Extra certificate authorities to trust (tests' self-signed servers); the system's are trusted anyway. */
  ca?: string | Buffer;
  /** A monotonic clock in milliseconds, to measure response times; performance.now by default. */
  monotonic?: () => number;
  /** Waits before the confirming retry; setTimeout by default (aborts with the pull). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

interface RawResult extends ProbeResponse {
  headers?: http.IncomingHttpHeaders;
  certificateValidTo?: string;
  /** Why the chain was not trusted (Node's verification error code). */
  tlsError?: string;
}

function request(monitor: ProbeMonitor, ctx: PullContext, options: ProbeOptions): Promise<RawResult> {
  const url = new URL(monitor.url);
  const isHttps = url.protocol === 'https:';
  const timeout = AbortSignal.timeout(monitor.timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout;
  const monotonic = options.monotonic ?? (() => performance.now());
  const started = monotonic();

  return new Promise((resolve, reject) => {
    let result: RawResult = {};
    const requestOptions: https.RequestOptions = {
      method: monitor.method,
      headers: { 'user-agent': 'Upkeep-probe/1 (+status monitoring)', accept: '*/*' },
      signal,
      agent: false,
      // `ca` replaces Node's trusted roots, so the extra authority is added to them, not instead of them.
      ...(isHttps ? { rejectUnauthorized: false, ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}) } : {}),
    };
    const req = (isHttps ? https : http).request(url, requestOptions, (res) => {
      const socket = res.socket as TLSSocket;
      if (isHttps) {
        result.tlsAuthorized = socket.authorized;
        if (!socket.authorized && socket.authorizationError) result.tlsError = String((socket.authorizationError as Error).message ?? socket.authorizationError);
        const cert = socket.getPeerCertificate?.();
        if (cert && cert.valid_to) result.certificateValidTo = cert.valid_to;
      }
      result = { ...result, statusCode: res.statusCode, headers: res.headers };
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_BODY_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => {
        result.elapsedMs = Math.round(monotonic() - started);
        result.body = Buffer.concat(chunks).toString('utf8');
        resolve(result);
      });
      res.on('error', (error) => settleError(error));
    });
    const settleError = (error: NodeJS.ErrnoException) => {
      if (ctx.signal?.aborted) return reject(new SourceError('probe', 'the pull was interrupted', { cause: error }));
      if (timeout.aborted) return resolve({ ...result, statusCode: undefined, timedOut: true });
      if (error.code && LOCAL_ERRORS.has(error.code)) {
        return reject(new SourceError('probe', `cannot reach the network from here (${error.code})`, { cause: error }));
      }
      // Refused, reset, host not found, TLS handshake failure: the site cannot be reached.
      resolve({ ...result, statusCode: undefined });
    };
    req.on('error', settleError);
    req.end();
  });
}

function audit(result: RawResult, monitor: ProbeMonitor, now: Date): HistoryAudit | undefined {
  if (!result.headers) return undefined;
  const isHttps = monitor.url.startsWith('https:');
  const expires = result.certificateValidTo ? new Date(result.certificateValidTo) : undefined;
  const valid = expires && !Number.isNaN(expires.getTime()) ? expires : undefined;
  return {
    at: now.toISOString(),
    url: monitor.url,
    tlsExpiresAt: isHttps && valid ? valid.toISOString() : null,
    tlsTrusted: isHttps ? result.tlsAuthorized === true : null,
    ...(isHttps && result.tlsAuthorized !== true && result.tlsError ? { tlsError: result.tlsError } : {}),
    headers: Object.fromEntries(AUDITED_HEADERS.map((name) => [name, judgeSecurityHeader(name, result.headers![name])])),
  };
}

/** The URL without its query, for messages. */
const shown = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

/** A probe with its own options (tests trust a self-signed certificate, pin the response time, or the retry's wait). */
export function createProbe(options: ProbeOptions = {}): Source<'probe'> {
  const sleep = options.sleep ?? defaultSleep;
  return {
    kind: 'probe',
    async pull(monitor, ctx): Promise<Observations> {
      const rateLimited = (r: RawResult) => r.statusCode === 429 && !(monitor.expectStatus ?? []).includes(429);
      let result = await request(monitor, ctx, options);
      let status = verdict(result, monitor);
      let attempts = 1;
      // The audit comes from the latest response that had headers (a 500 then a timeout: the 500's).
      let audited = result;
      if (!rateLimited(result) && status === 'major_outage') {
        // Confirm before it counts: once more after the monitor's delay.
        await sleep(monitor.retryDelayMs, ctx.signal);
        if (ctx.signal?.aborted) throw new SourceError('probe', 'the pull was interrupted');
        result = await request(monitor, ctx, options);
        status = verdict(result, monitor);
        attempts = 2;
        if (result.headers) audited = result;
      }
      if (rateLimited(result)) {
        const retryAfter = result.headers?.['retry-after'];
        throw new SourceError(
          'probe',
          `${shown(monitor.url)} answered 429 Too Many Requests${retryAfter ? ` (Retry-After ${retryAfter})` : ''}${attempts === 2 ? ' on the confirming retry' : ''}: ` +
            'the site rate-limited the probe, which says nothing about whether visitors are served; nothing recorded (no_data). ' +
            'Let the probe (user agent Upkeep-probe/1) through the rate limit, or list 429 in expectStatus',
        );
      }
      const check: HistoryCheck = {
        at: ctx.now.toISOString(),
        status,
        responseMs: result.statusCode === undefined ? null : (result.elapsedMs ?? null),
      };
      const a = audit(audited, monitor, ctx.now);
      return { checks: [check], periods: [], ...(a ? { audit: a } : {}) };
    },
  };
}

/** The probe as the registry loads it. */
export const source: Source<'probe'> = createProbe();
