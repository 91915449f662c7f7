/**
 * Measuring child processes (wall time, CPU, peak RSS), and the little statistics the bench prints.
 * Only Node built-ins, so the bench needs nothing beyond what the project installs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The exponent k of y ≈ c · x^k: the least-squares slope of log y against log x. 1 is linear; a fixed cost on top
 * of linear work pulls it below 1 at small sizes.
 */
export function logLogSlope(points: ReadonlyArray<readonly [x: number, y: number]>): number | null {
  // A point at or below zero (a difference of two noisy times) has no logarithm: no exponent then.
  if (points.length < 2 || points.some(([x, y]) => !(x > 0 && y > 0))) return null;
  const ok = points;
  const lx = ok.map(([x]) => Math.log(x));
  const ly = ok.map(([, y]) => Math.log(y));
  const mx = lx.reduce((s, v) => s + v, 0) / lx.length;
  const my = ly.reduce((s, v) => s + v, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return den === 0 ? null : num / den;
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

/** Bytes and files under `dir` (0 if it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = `${d}/${name}`;
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else {
        bytes += st.size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
