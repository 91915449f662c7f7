/**
 * Measuring: in-process timing of a function (warm, median of N runs) and child processes (wall time, peak RSS).
 * Only Node built-ins, so the bench needs nothing beyond what the project installs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Summary of one in-process benchmark. Times in milliseconds. */
export interface TimingResult {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /**
   * Median CPU time of the process per run (user + system, all threads, so GC helpers count). Less sensitive than wall
   * time to other work on the machine: on a shared 2-core box, compare this column between runs.
   */
  cpuMedianMs: number;
  /** 1000 / median. */
  opsPerSec: number;
  /** Heap the result holds on to after a full GC, in bytes; undefined when GC could not be exposed. */
  retainedBytes?: number;
}

export interface TimingOptions {
  /** Untimed runs first, so the JIT has compiled the hot paths. */
  warmup: number;
  /** At least this many timed runs… */
  minRuns: number;
  /** …and keep going until this much time has been spent (or maxRuns is reached). */
  minTimeMs: number;
  maxRuns: number;
}

let gcFn: (() => void) | undefined;
/** A full GC, if it can be exposed at run time (the bench is started without --expose-gc). */
export function gc(): boolean {
  if (!gcFn) {
    try {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    } catch {
      return false;
    }
  }
  gcFn();
  return true;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Somewhere for results to go so the optimiser cannot drop the work. */
export let sink: unknown;

/**
 * Times `fn` in-process. `setup` runs before every call, untimed (merge and fold must not be handed an object a
 * previous run already changed; the store's functions are pure, but the input is built fresh anyway to be safe).
 */
export function timeIt<T>(fn: (input: T) => unknown, setup: () => T, options: TimingOptions): TimingResult {
  for (let i = 0; i < options.warmup; i++) sink = fn(setup());
  const samples: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (samples.length < options.maxRuns && (samples.length < options.minRuns || performance.now() - started < options.minTimeMs)) {
    const input = setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink = fn(input);
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const medianMs = median(samples);
  const result: TimingResult = {
    runs: samples.length,
    medianMs,
    cpuMedianMs: median(cpu),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    opsPerSec: 1000 / medianMs,
  };
  // What the result keeps alive: heap after a full GC with it held, minus without it.
  sink = undefined;
  const input = setup();
  if (gc()) {
    const before = process.memoryUsage().heapUsed;
    const kept = fn(input);
    gc();
    result.retainedBytes = Math.max(0, process.memoryUsage().heapUsed - before);
    sink = kept;
    sink = undefined;
  }
  return result;
}

/** One finished child process. */
export interface ChildResult {
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants, sampled from /proc, in bytes. */
  peakTreeRssBytes: number | null;
  /** Largest single process's max RSS as `/usr/bin/time -v` reports it, in bytes (exact, not sampled). */
  maxRssBytes: number | null;
  /** User + system CPU seconds (from /usr/bin/time). */
  cpuSeconds: number | null;
  /** Combined stdout and stderr. */
  output: string;
}

const TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;

/** Children of every process, from /proc/<pid>/stat (field 4 is the parent). */
function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Summed RSS of `pid` and its descendants in bytes (statm's second field is resident pages). */
function treeRss(pid: number): number {
  const children = processTree();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * Runs a command to completion, measuring wall time, sampled peak RSS of the whole process tree (every
 * `pollMs`), and, where /usr/bin/time exists, its exact max RSS and CPU time. Never throws on a non-zero exit.
 */
export function runMeasured(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; pollMs?: number; timeFile: string },
): Promise<ChildResult> {
  const useTime = existsSync(TIME);
  const command = [file, ...args].join(' ');
  const [cmd, cmdArgs] = useTime ? [TIME, ['-v', '-o', options.timeFile, file, ...args]] : [file, [...args]];
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let peak = 0;
    let canPoll = existsSync('/proc/self/statm');
    const poll = () => {
      if (!canPoll || child.pid === undefined) return;
      try {
        peak = Math.max(peak, treeRss(child.pid));
      } catch {
        canPoll = false;
      }
    };
    const timer = setInterval(poll, options.pollMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      let maxRssBytes: number | null = null;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(options.timeFile)) {
        const report = readFileSync(options.timeFile, 'utf8');
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        const user = /User time \(seconds\): ([\d.]+)/.exec(report);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
        if (rss) maxRssBytes = Number(rss[1]) * 1024;
        if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
        writeFileSync(options.timeFile, '');
      }
      resolveRun({
        command,
        exitCode: code,
        wallMs,
        peakTreeRssBytes: canPoll && peak > 0 ? peak : null,
        maxRssBytes,
        cpuSeconds,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}
