import { execFile } from 'node:child_process';
import { cpSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './run.ts';

const run = promisify(execFile);

export interface BuildResult {
  failed: boolean;
  /** stdout and stderr of a failed build (empty when it succeeded). */
  output: string;
  /** The build's outDir. */
  dist: string;
  /** What the build printed (stdout), failed or not. */
  log: string;
}

/**
 * Runs the real `astro build` on the content folder `content`, in a throwaway copy of the site (src/, configs,
 * node_modules linked) with its own Astro and Vite caches and its own outDir, so the worktree's dist/ is never touched.
 * Building in the working tree with UPKEEP_CONTENT pointing at a temp folder would leave that folder's entries in the
 * shared node_modules/.astro/data-store.json and .astro/content-modules.mjs, where the next build of another copy of
 * the fixture (same ids, same digests, deleted files) fails to resolve them. Content whose MDX imports the site's
 * modules by relative path (the demo's standards pages: `../../src/…`) goes in `<project>/content`.
 */
export async function buildSite(content: string, env: Record<string, string> = {}, project = `${content}-site`): Promise<BuildResult> {
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(REPO, f))) cpSync(join(REPO, f), join(project, f), { recursive: true, filter: (src) => !/\.test\.tsx?$/.test(src) });
  }
  if (!existsSync(join(project, 'node_modules'))) symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(
    join(project, 'astro.test.config.mjs'),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: './.astro-cache/', vite: { ...config.vite, cacheDir: './.astro-cache/vite/' } };\n`,
  );
  const dist = join(project, 'dist');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, UPKEEP_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NODE_DISABLE_COMPILE_CACHE: '1', ...env };
  // vitest sets NODE_ENV=test, which would make Vite bundle the islands in development mode (React's dev build, with
  // the files' absolute paths): the site is built as `npm run build` builds it.
  delete childEnv.NODE_ENV;
  return run('npx', ['astro', 'build', '--config', 'astro.test.config.mjs', '--outDir', dist], {
    cwd: project,
    env: childEnv,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ failed: false, output: '', dist, log: stdout }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}`, dist, log: error.stdout }),
  );
}
