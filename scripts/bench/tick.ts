/**
 * One tick of the pull against a local fake: every synthetic component is a probe of `<base>/<client>/<component>`
 * on a plain HTTP server on 127.0.0.1 that answers 200 at once, so the tick measures Upkeep's own work (reading and
 * writing history, the timeline, the fold) and not the network. The tick runs as the schedule runs it: the project's
 * scripts/pull.ts in a child process, clock pinned with UPKEEP_NOW.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runMeasured, type ChildResult } from './measure.ts';

export interface FakeProbeServer {
  /** Base URL, such as http://127.0.0.1:41234. */
  readonly base: string;
  /** Requests answered so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/** An HTTP server answering every request with a small 200 page and two of the four audited security headers. */
export async function startFakeProbeServer(): Promise<FakeProbeServer> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    req.resume();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
    });
    res.end('<!doctype html><title>ok</title><p>ok</p>');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

export interface TickRun extends ChildResult {
  /** From the pull's summary line. */
  updated: number | null;
  unchanged: number | null;
  failed: number | null;
  /** The first failure line, if any. */
  firstFailure?: string;
}

/** `node scripts/pull.ts` in `project`, at `now`. */
export async function pullTick(project: string, now: Date, timeFile: string): Promise<TickRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, UPKEEP_CONTENT: 'content', UPKEEP_NOW: now.toISOString() };
  const run = await runMeasured(process.execPath, [join(project, 'scripts', 'pull.ts')], { cwd: project, env, timeFile });
  const m = /^Pull at .*monitored components: (\d+) updated, (\d+) unchanged, (\d+) failed/m.exec(run.output);
  const failure = /^\s+✗ (.*)$/m.exec(run.output) ?? /failures?:\n\s+(.*)/.exec(run.output);
  return {
    ...run,
    updated: m ? Number(m[1]) : null,
    unchanged: m ? Number(m[2]) : null,
    failed: m ? Number(m[3]) : null,
    ...(failure ? { firstFailure: failure[1]!.slice(0, 300) } : {}),
  };
}
