import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, parseEvery, runSchedule, type ScheduleDeps } from './schedule.ts';

/** Deps with scripted pull results and fingerprints, recording what happened. */
function fakeDeps(script: {
  fingerprints: string[];
  pull?: (pass: number) => Promise<{ failures: number }>;
  build?: (pass: number) => Promise<void>;
  deploy?: (pass: number) => Promise<void>;
  maxPasses: number;
  controller?: AbortController;
}) {
  const events: string[] = [];
  const lines: string[] = [];
  let pass = 0;
  let built: string | undefined;
  let clock = 0;
  const controller = script.controller ?? new AbortController();
  const deps: ScheduleDeps = {
    everyMs: 300_000,
    signal: controller.signal,
    maxPasses: script.maxPasses,
    pull: async () => {
      pass++;
      events.push(`pull ${pass}`);
      clock += 20_000;
      return script.pull ? script.pull(pass) : { failures: 0 };
    },
    fingerprint: async () => script.fingerprints[pass - 1]!,
    outputExists: async () => true,
    build: async () => {
      events.push(`build ${pass}`);
      await script.build?.(pass);
    },
    deploy: script.deploy
      ? async () => {
          events.push(`deploy ${pass}`);
          await script.deploy!(pass);
        }
      : undefined,
    state: { read: async () => built, write: async (f) => void (built = f) },
    sleep: async (ms) => {
      events.push(`sleep ${ms}`);
      clock += ms;
    },
    monotonic: () => clock,
    log: (line) => lines.push(line),
  };
  return { deps, events, lines, controller };
}

describe('runSchedule', () => {
  it('rebuilds only when content or history changed, keeping passes `every` apart', async () => {
    const { deps, events } = fakeDeps({ fingerprints: ['a', 'a', 'b'], maxPasses: 3 });
    expect(await runSchedule(deps)).toEqual(['built', 'unchanged', 'built']);
    expect(events).toEqual(['pull 1', 'build 1', 'sleep 280000', 'pull 2', 'sleep 280000', 'pull 3', 'build 3']);
  });

  it('survives a failing pass: a pull that cannot run, a failing build, a failing deploy', async () => {
    const { deps, events, lines } = fakeDeps({
      fingerprints: ['a', 'a', 'a', 'a'],
      maxPasses: 4,
      pull: async (pass) => {
        if (pass === 1) throw new Error('another pull is running');
        return { failures: pass === 2 ? 2 : 0 };
      },
      build: async (pass) => {
        if (pass === 1) throw new Error('"npm run build" exited with 1');
      },
      deploy: async (pass) => {
        if (pass === 2) throw new Error('"rsync" exited with 23');
      },
    });
    expect(await runSchedule(deps)).toEqual(['build-failed', 'deploy-failed', 'built', 'unchanged']);
    expect(events.filter((e) => !e.startsWith('sleep'))).toEqual(['pull 1', 'build 1', 'pull 2', 'build 2', 'deploy 2', 'pull 3', 'build 3', 'deploy 3', 'pull 4']);
    expect(lines).toContain('pull could not run: another pull is running; going on');
    expect(lines).toContain('pull finished with 2 failures (see above); going on');
    expect(lines).toContain('build failed: "npm run build" exited with 1; will try again next pass');
    expect(lines).toContain('deploy failed: "rsync" exited with 23; will build and deploy again next pass');
  });

  it('rebuilds when the built site is missing although nothing changed', async () => {
    const { deps, events } = fakeDeps({ fingerprints: ['a', 'a'], maxPasses: 2 });
    deps.outputExists = async () => false; // dist/ deleted by hand
    await runSchedule(deps);
    expect(events.filter((e) => e.startsWith('build'))).toEqual(['build 1', 'build 2']);
  });

  it('stops on a signal during the pull: no build, no sleep, no further pass', async () => {
    const controller = new AbortController();
    const { deps, events, lines } = fakeDeps({
      fingerprints: ['a', 'b'],
      maxPasses: 5,
      controller,
      pull: async () => {
        controller.abort();
        return { failures: 0 };
      },
    });
    expect(await runSchedule(deps)).toEqual(['stopped']);
    expect(events).toEqual(['pull 1']);
    expect(lines.at(-1)).toBe('schedule stopped');
  });

  it('stops on a signal while sleeping', async () => {
    const controller = new AbortController();
    const { deps, events } = fakeDeps({ fingerprints: ['a', 'b'], maxPasses: 5, controller });
    deps.sleep = async () => {
      events.push('sleep');
      controller.abort();
    };
    expect(await runSchedule(deps)).toEqual(['built']);
    expect(events).toEqual(['pull 1', 'build 1', 'sleep']);
  });

  it('a stopped build is not counted as built', async () => {
    const controller = new AbortController();
    const { deps } = fakeDeps({
      fingerprints: ['a'],
      maxPasses: 3,
      controller,
      build: async () => {
        controller.abort();
        throw new Error('killed');
      },
    });
    expect(await runSchedule(deps)).toEqual(['stopped']);
    expect(await deps.state.read()).toBeUndefined();
  });
});

describe('parseEvery', () => {
  it.each([
    ['5m', 300_000],
    ['30s', 30_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['15', 900_000],
  ])('%s → %i ms', (text, ms) => expect(parseEvery(text)).toBe(ms));
  it.each(['', '5x', 'm5', '5 minutes', '1s'])('refuses "%s"', (text) => expect(() => parseEvery(text)).toThrow(/--every/));
});

describe('hashTree', () => {
  it('changes with any file, ignores the pull lock and temporary files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'upkeep-hash-'));
    await mkdir(join(root, 'history', 'acme'), { recursive: true });
    await writeFile(join(root, 'history', 'acme', 'www.json'), '{}\n');
    const before = await hashTree(root);
    await mkdir(join(root, 'history', '.pull.lock'));
    await writeFile(join(root, 'history', 'acme', 'www.json.123.tmp'), 'partial');
    expect(await hashTree(root)).toBe(before);
    await writeFile(join(root, 'history', 'acme', 'www.json'), '{ }\n');
    expect(await hashTree(root)).not.toBe(before);
  });
});
