import http from 'node:http';
import https from 'node:https';
import { rootCertificates, type TLSSocket } from 'node:tls';
import type { HistoryAudit, HistoryCheck } from '../../schemas/history.ts';
import type { ObservedStatus } from '../../vocabulary/status.ts';
import type { Monitor } from '../../schemas/monitor.ts';
import { SourceError, type Observations, type PullContext, type Source } from '../source.ts';

/**
 * Upkeep's own HTTP(S) probe, the default source: one request per pull, at `ctx.now`, giving one check, and an
 * audit of the TLS certificate and security headers.
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

const DAY_MS = 86_400_000;

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
}

interface RawResult extends ProbeResponse {
  headers?: http.IncomingHttpHeaders;
  certificateValidTo?: string;
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

function audit(result: RawResult, isHttps: boolean, now: Date): HistoryAudit | undefined {
  if (!result.headers) return undefined;
  const expires = result.certificateValidTo ? new Date(result.certificateValidTo) : undefined;
  const valid = expires && !Number.isNaN(expires.getTime()) ? expires : undefined;
  return {
    at: now.toISOString(),
    tlsExpiresAt: isHttps && valid ? valid.toISOString() : null,
    tlsDaysLeft: isHttps && valid ? Math.floor((valid.getTime() - now.getTime()) / DAY_MS) : null,
    headers: Object.fromEntries(AUDITED_HEADERS.map((name) => [name, Boolean(result.headers![name])])),
  };
}

/** A probe with its own options (tests trust a self-signed certificate, or pin the response time). */
export function createProbe(options: ProbeOptions = {}): Source<'probe'> {
  return {
    kind: 'probe',
    async pull(monitor, ctx): Promise<Observations> {
      const result = await request(monitor, ctx, options);
      const check: HistoryCheck = {
        at: ctx.now.toISOString(),
        status: verdict(result, monitor),
        responseMs: result.statusCode === undefined ? null : (result.elapsedMs ?? null),
      };
      const a = audit(result, monitor.url.startsWith('https:'), ctx.now);
      return { checks: [check], periods: [], ...(a ? { audit: a } : {}) };
    },
  };
}

/** The probe as the registry loads it. */
export const source: Source<'probe'> = createProbe();
