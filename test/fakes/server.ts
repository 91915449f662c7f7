import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP server on 127.0.0.1 (a free port) for the vendor fakes in this folder. A vendor fake supplies a
 * handler that answers in the vendor's documented shape; this helper adds what every fake needs:
 * - a record of the requests it received (method, path, query, headers, body);
 * - faults on demand, served before the handler sees the request: a status (500, 503…), 429 with Retry-After,
 *   malformed JSON, a schema-invalid JSON body, a slow answer (to trip a client timeout), a dropped connection, a
 *   redirect (to check credentials never follow it to another origin), or a flood (a body far over any limit, sent
 *   in chunks without a Content-Length);
 * - a `Date` header from a clock of the test's choosing (the machine's by default), to play a vendor whose clock
 *   disagrees with the pull's;
 * - an optional token check, answering the vendor's own "unauthorised" reply when the token is wrong or missing.
 */

export interface FakeRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text. */
  body: string;
  /** Body parsed as a form, when it was one. */
  form: URLSearchParams;
}

export interface FakeReply {
  /** HTTP status, default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless `raw` is given. */
  json?: unknown;
  /** Sent as is. */
  raw?: string;
  /** Sent one after the other, chunked, without a Content-Length (instead of json or raw). */
  chunks?: string[];
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'rate-limit'; retryAfter?: string }
  | { kind: 'malformed' }
  | { kind: 'invalid'; json: unknown }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' }
  | { kind: 'redirect'; location: string; status?: number }
  | { kind: 'flood'; bytes: number; announce?: boolean };

export type Handler = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeServerOptions {
  /**
   * When given, every request must pass this check; otherwise `unauthorised(req)` answers (default: 401 JSON).
   */
  authorise?: (req: FakeRequest) => boolean;
  unauthorised?: (req: FakeRequest) => FakeReply;
  /** The vendor's clock, sent as the `Date` header of every answer; the machine's clock by default. */
  clock?: () => number;
}

export interface FakeServer {
  /** Base URL, such as http://127.0.0.1:51234 (no trailing slash). */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: FakeRequest[];
  /** The next `times` requests get this fault instead of the handler's answer. */
  fail(fault: Fault, times?: number): void;
  /** Every request from now on gets this fault. */
  failAlways(fault: Fault): void;
  /** Back to normal answers. */
  heal(): void;
  close(): Promise<void>;
}

export const MALFORMED_JSON = '{"this is": not json';

/** The clock of every fake started without its own `clock` (see setVendorClock); undefined: the machine's. */
let sharedVendorClock: (() => number) | undefined;

/**
 * Sets the vendors' clock for every fake in this test file that has no `clock` of its own: a test that pins the pull's
 * clock (UPKEEP_NOW) to an instant plays vendors living at that instant, so their Date headers agree with it (the pull
 * refuses to write when they disagree, src/collect/clock-check.ts). `undefined` goes back to the machine's clock.
 */
export function setVendorClock(clock: (() => number) | undefined): void {
  sharedVendorClock = clock;
}

export async function startFakeServer(handler: Handler, options: FakeServerOptions = {}): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  let queued: Fault[] = [];
  let always: Fault | undefined;
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, reply: FakeReply) => {
    const clock = options.clock ?? sharedVendorClock;
    if (clock) {
      res.sendDate = false;
      res.setHeader('date', new Date(clock()).toUTCString());
    }
    if (reply.chunks) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...reply.headers });
      for (const chunk of reply.chunks) res.write(chunk);
      res.end();
      return;
    }
    const body = reply.raw ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    res.writeHead(reply.status ?? 200, {
      'content-type': reply.raw === undefined ? 'application/json' : 'text/plain',
      ...reply.headers,
    });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const body = Buffer.concat(chunks).toString('utf8');
        const fake: FakeRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
          form: new URLSearchParams(String(req.headers['content-type']).includes('form') ? body : ''),
        };
        requests.push(fake);
        const fault = queued.shift() ?? always;
        try {
          if (fault) return serveFault(res, fault);
          if (options.authorise && !options.authorise(fake)) {
            return send(res, options.unauthorised?.(fake) ?? { status: 401, json: { error: 'unauthorised' } });
          }
          send(res, await handler(fake));
        } catch (error) {
          send(res, { status: 500, json: { error: String(error) } });
        }
      })();
    });
  });

  const serveFault = (res: ServerResponse, fault: Fault) => {
    switch (fault.kind) {
      case 'status':
        return send(res, { status: fault.status, json: fault.body ?? { error: `fake ${fault.status}` } });
      case 'rate-limit':
        return send(res, {
          status: 429,
          headers: fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
          json: { error: 'Too Many Requests' },
        });
      case 'malformed':
        return send(res, { headers: { 'content-type': 'application/json' }, raw: MALFORMED_JSON });
      case 'invalid':
        return send(res, { json: fault.json });
      case 'slow': {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.writableEnded) send(res, { json: {} });
        }, fault.ms);
        timers.add(t);
        return;
      }
      case 'drop':
        res.socket?.destroy();
        return;
      case 'redirect':
        return send(res, { status: fault.status ?? 307, headers: { location: fault.location }, raw: '' });
      case 'flood': {
        const chunk = `[${'{"t":1},'.repeat(8191)}{"t":1}]`.padEnd(65_536, ' ');
        const count = Math.ceil(fault.bytes / chunk.length);
        const headers: Record<string, string> = fault.announce ? { 'content-length': String(count * chunk.length) } : {};
        if (fault.announce) {
          res.writeHead(200, { 'content-type': 'application/json', ...headers });
          for (let i = 0; i < count && !res.destroyed; i++) res.write(chunk);
          res.end();
          return;
        }
        return send(res, { chunks: Array.from({ length: count }, () => chunk) });
      }
    }
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) queued.push(fault);
    },
    failAlways(fault) {
      always = fault;
    },
    heal() {
      queued = [];
      always = undefined;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

/** Whether a request carries `Authorization: Bearer <token>`. */
export function hasBearer(req: FakeRequest, token: string): boolean {
  return req.headers.authorization === `Bearer ${token}`;
}
