// npm run schedule -- --every 5m [--deploy "<command>"] [--build "<command>"]
// Pulls, rebuilds only when content/ or history changed, then runs the deploy command (--deploy, or env
// UPKEEP_DEPLOY), every interval, until SIGINT or SIGTERM. A failing pass is logged and the loop goes on.
// On the first signal the current step is wound down (the pull stops reading sources; its writes are atomic; a
// running build or deploy gets SIGTERM) and the process exits 0; a second signal exits at once (130).
// The fingerprint of the last successful build is kept in .upkeep/ (or UPKEEP_STATE), so a restart does not rebuild;
// a missing dist/ (or UPKEEP_DIST) is rebuilt. UPKEEP_BUILD overrides the build command like --build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pull } from '../src/collect/pull.ts';
import { contentRoot as configuredContentRoot } from '../src/config/env.ts';
import { hashTree, parseEvery, runSchedule } from '../src/collect/schedule.ts';
import { BUILD_MEMORY_ENV } from './build-env.ts';

function fail(message: string): never {
  console.error(`schedule: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      every: { type: 'string', default: '5m' },
      deploy: { type: 'string' },
      build: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  console.log('Usage: npm run schedule -- --every 5m [--deploy "<command>"] [--build "<command>"]');
  process.exit(0);
}

let everyMs: number;
try {
  everyMs = parseEvery(args.every!);
} catch (error) {
  fail((error as Error).message);
}
const contentRoot = configuredContentRoot();
const stateDir = resolve(process.env.UPKEEP_STATE ?? '.upkeep');
const buildCommand = args.build ?? process.env.UPKEEP_BUILD ?? 'npm run build';
const deployCommand = args.deploy ?? process.env.UPKEEP_DEPLOY;

const stamp = () => new Date().toISOString();
const log = (line: string) => console.log(`[${stamp()}] ${line}`);

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) {
      console.error(`schedule: second ${signal}; exiting now`);
      process.exit(130);
    }
    log(`${signal} received; finishing the current step, then stopping`);
    controller.abort();
  });
}

// Builds leave nothing that grows: dist/ is emptied each time (pagefind writes inside it), .astro/ and
// node_modules/.astro/ are rewritten; but Node's compile cache, which Astro's CLI turns on, adds entries under
// os.tmpdir()/node-compile-cache for every build whose modules changed and never removes any (issue 12), and a cold
// build is no slower without it. So it is off: `npm run build` sets NODE_DISABLE_COMPILE_CACHE=1, and so does this for
// a --build / UPKEEP_BUILD command, with the memory settings `npm run build` uses (./build-env.ts) unless the
// environment sets its own.
const buildEnv = {
  ...process.env,
  NODE_DISABLE_COMPILE_CACHE: '1',
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? BUILD_MEMORY_ENV.MALLOC_ARENA_MAX,
  NODE_OPTIONS: process.env.NODE_OPTIONS ?? BUILD_MEMORY_ENV.NODE_OPTIONS,
};

/** Runs a shell command, inheriting output; SIGTERM to it when the schedule stops. */
function run(command: string, signal: AbortSignal, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env });
    const stop = () => child.kill('SIGTERM');
    signal.addEventListener('abort', stop, { once: true });
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      signal.removeEventListener('abort', stop);
      if (code === 0) resolvePromise();
      else reject(new Error(`"${command}" exited with ${code ?? sig}`));
    });
  });
}

log(`every ${args.every}: pull, build with "${buildCommand}"${deployCommand ? ', deploy with a configured command' : ''}`);
await runSchedule({
  everyMs,
  signal: controller.signal,
  pull: async (signal) => {
    const report = await pull({ contentRoot, now: new Date(), env: process.env, fetch, signal, log });
    return { failures: report.failures.length };
  },
  fingerprint: () => hashTree(contentRoot),
  outputExists: async () => existsSync(resolve(process.env.UPKEEP_DIST ?? 'dist')),
  build: (signal) => run(buildCommand, signal, buildEnv),
  // The command itself is not logged: it may carry a token.
  deploy: deployCommand ? (signal) => run(deployCommand, signal) : undefined,
  state: {
    read: async () => (await readFile(join(stateDir, 'last-build'), 'utf8').catch(() => '')).trim() || undefined,
    write: async (fingerprint) => {
      await mkdir(stateDir, { recursive: true });
      await writeFile(join(stateDir, 'last-build'), `${fingerprint}\n`);
    },
  },
  sleep: (ms, signal) =>
    new Promise((resolveSleep) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolveSleep();
      }
      signal.addEventListener('abort', done, { once: true });
    }),
  monotonic: () => performance.now(),
  log,
});
process.exit(0);
