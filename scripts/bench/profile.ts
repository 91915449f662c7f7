/**
 * Top self-time entries of V8 CPU profiles (`node --cpu-prof`), for docs/performance.md:
 *
 *   npx node scripts/bench/profile.ts <dir-or-file.cpuprofile> [--top 25] [--by function|file|package]
 *
 * Self time is the time a function was on top of the stack; `--by file` and `--by package` add it up per source
 * file or per npm package (everything else: the project's own files, Node's internals, V8's "(garbage collector)").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export type Grouping = 'function' | 'file' | 'package';

/** Where a frame's code lives: an npm package, node:internal, or a path relative to the project. */
export function origin(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return 'project (src/, generated chunks)';
}

const shortPath = (url: string) => {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + '/node_modules/'.length);
  const m = /\/(src|dist|scripts|\.bench-cache)\/.*/.exec(path);
  return m ? m[0].slice(1) : path.split('/').slice(-2).join('/');
};

/** Self time in ms per key, and the profile's total, ms. */
export function selfTimes(profile: CpuProfile, by: Grouping): { total: number; rows: Array<{ key: string; ms: number }> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const perNode = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const out = new Map<string, number>();
  let total = 0;
  for (const [id, us] of perNode) {
    const f = nodes.get(id)!.callFrame;
    const key =
      by === 'package' ? (f.url ? origin(f.url) : f.functionName || '(native / V8)')
      : by === 'file' ? (f.url ? shortPath(f.url) : f.functionName || '(native)')
      : `${f.functionName || '(anonymous)'}  ${f.url ? `${shortPath(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
    out.set(key, (out.get(key) ?? 0) + us / 1000);
    total += us / 1000;
  }
  return { total, rows: [...out].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms) };
}

export function readProfiles(path: string): CpuProfile[] {
  const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(path, f)) : [path];
  return files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile);
}

/** Merges several profiles' self times (a build's main process and any workers). */
export function topSelfTime(path: string, by: Grouping, top: number) {
  const merged = new Map<string, number>();
  let total = 0;
  for (const p of readProfiles(path)) {
    const r = selfTimes(p, by);
    total += r.total;
    for (const row of r.rows) merged.set(row.key, (merged.get(row.key) ?? 0) + row.ms);
  }
  return { total, rows: [...merged].map(([key, ms]) => ({ key, ms, share: ms / total })).sort((a, b) => b.ms - a.ms).slice(0, top) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, by: { type: 'string', default: 'function' }, markdown: { type: 'boolean', default: false } },
  });
  if (!positionals[0] || !['function', 'file', 'package'].includes(values.by)) {
    console.error('usage: npx node scripts/bench/profile.ts <dir-or-file.cpuprofile> [--top 25] [--by function|file|package] [--markdown]');
    process.exit(2);
  }
  const r = topSelfTime(positionals[0], values.by as Grouping, Number(values.top));
  console.log(`total sampled: ${(r.total / 1000).toFixed(1)} s`);
  if (values.markdown) console.log('\n| self time | share | ' + values.by + ' |\n|---:|---:|---|');
  for (const row of r.rows) {
    const t = `${(row.ms / 1000).toFixed(2)} s`;
    const s = `${(100 * row.share).toFixed(1)} %`;
    console.log(values.markdown ? `| ${t} | ${s} | \`${row.key.replace(/\|/g, '\\|')}\` |` : `${t.padStart(9)}  ${s.padStart(7)}  ${row.key}`);
  }
}
