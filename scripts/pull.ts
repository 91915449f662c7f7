// npm run pull [-- --client <id>] [--shard i/n] [--concurrency N] [--retention-days N] [--since <date>] [--list-clients]
// One pass over every client's monitors into content/history (docs/history-format.md). `--shard i/n` pulls only the
// clients whose index in the sorted client list is i − 1 modulo n, so a CI matrix can split the work
// (docs/deployment.md); `--concurrency N` bounds how many components are pulled at once (default 8, at most 3 per
// vendor API). `--since <date>` (YYYY-MM-DD, UTC midnight, or an ISO instant) reads every component from then on,
// where its source keeps that much (docs/sources.md says which do), instead of from its last observation; what is on
// file is overlaid, never lost. Exit 0 if every source was read, 1 if any failed (the output names client, component,
// source and reason; a clock that disagrees with a vendor's, bad data and "nothing to ask for" are failures), 2 if the
// pull could not start (another pull running, the history folder not writable, unknown client, bad arguments). `--list-clients` prints
// the ids of the clients it would pull, one per line, and pulls nothing (a CI shard uploads those clients' history). UPKEEP_CONTENT points at another content folder; UPKEEP_NOW pins the clock.
import { parseArgs } from 'node:util';
import { DEFAULT_CONCURRENCY, parseShard, pull, PullSetupError, selectClients, type Shard } from '../src/collect/pull.ts';
import { contentRoot, pinnedNow } from '../src/config/env.ts';
import { PullLockedError, PullLockUnavailableError } from '../src/collect/store/index.ts';
import { parseSince } from '../src/collect/since.ts';

function fail(message: string): never {
  console.error(`pull: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      client: { type: 'string' },
      shard: { type: 'string' },
      concurrency: { type: 'string' },
      'retention-days': { type: 'string' },
      since: { type: 'string' },
      'list-clients': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  console.log('Usage: npm run pull [-- --client <id>] [--shard <i>/<n>] [--concurrency <n>] [--retention-days <days>] [--since <YYYY-MM-DD or ISO instant>] [--list-clients]');
  process.exit(0);
}

let now: Date;
try {
  now = pinnedNow() ?? new Date();
} catch (error) {
  fail((error as Error).message);
}
const retentionText = args['retention-days'] ?? process.env.UPKEEP_RETENTION_DAYS;
const retentionDays = retentionText === undefined ? undefined : Number(retentionText);
if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1)) {
  fail(`--retention-days: expected a whole number of days ≥ 1, got "${retentionText}"`);
}

let since: Date | undefined;
try {
  since = args.since === undefined ? undefined : parseSince(args.since, now);
} catch (error) {
  fail((error as Error).message);
}

let shard: Shard | undefined;
try {
  shard = args.shard === undefined ? undefined : parseShard(args.shard);
} catch (error) {
  fail((error as Error).message);
}
const concurrency = args.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(args.concurrency);
if (!(Number.isInteger(concurrency) && concurrency >= 1)) fail(`--concurrency: expected a whole number ≥ 1, got "${args.concurrency}"`);

if (args['list-clients']) {
  try {
    const { selected } = await selectClients({ contentRoot: contentRoot(), clientId: args.client, shard });
    for (const c of selected) console.log(c.id);
    process.exit(0);
  } catch (error) {
    if (error instanceof PullSetupError) fail(error.message);
    throw error;
  }
}

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`pull: ${signal} received; stopping (history stays as it was for unfinished components)`);
    controller.abort();
  });
}

try {
  const report = await pull({
    contentRoot: contentRoot(),
    now,
    env: process.env,
    fetch,
    signal: controller.signal,
    clientId: args.client,
    shard,
    concurrency,
    retentionDays,
    since,
    log: (line) => console.log(line),
  });
  process.exitCode = report.failures.length > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof PullSetupError || error instanceof PullLockedError || error instanceof PullLockUnavailableError) fail(error.message);
  throw error;
}
