// Run after `npm install` changes package-lock.json:  npx node scripts/complete-lockfile.ts
//
// Why: the npm registry mirror these machines use does not serve other platforms' optional binaries
// (@astrojs/compiler-binding-darwin-arm64, @pagefind/windows-x64, …), so npm leaves them out of the lock file, and
// `npm ci` then refuses the lock as "out of sync". Listing each one with its os/cpu lets `npm ci` see a complete
// lock and skip them as incompatible with this platform, without fetching anything.
import { readFileSync, writeFileSync } from 'node:fs';

interface Entry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

/** os, cpu and libc from a platform package's name suffix, as napi-rs and pagefind name them. */
export function platformOf(name: string): Pick<Entry, 'os' | 'cpu' | 'libc'> | undefined {
  const m = /[-/](android|darwin|linux|win32|windows|freebsd|wasm32)-?(arm64|x64|ia32|arm|wasi)?(?:-(gnu|musl|msvc|gnueabihf))?$/.exec(name);
  if (!m) return undefined;
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const entry: Pick<Entry, 'os' | 'cpu' | 'libc'> = { os: [os === 'windows' ? 'win32' : os!], cpu: [cpu ?? 'x64'] };
  if (abi === 'gnu' || abi === 'musl') entry.libc = [abi === 'gnu' ? 'glibc' : 'musl'];
  return entry;
}

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, Entry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform) continue;
    lock.packages[key] = { version, optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform entries:\n  ${added.join('\n  ')}` : 'Lock file already complete.');
