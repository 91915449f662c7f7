import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BUILD_MEMORY_ENV } from './build-env.ts';

it('is what `npm run build` sets, so the schedule and the bench build as it does', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const build = scripts.build!.split('astro build')[0]!;
  // package.json lets the environment choose the arena count (${MALLOC_ARENA_MAX:-2}), with the same default.
  expect(build).toContain(`MALLOC_ARENA_MAX=\${MALLOC_ARENA_MAX:-${BUILD_MEMORY_ENV.MALLOC_ARENA_MAX}}`);
  expect(build).toContain(`NODE_OPTIONS=${BUILD_MEMORY_ENV.NODE_OPTIONS}`);
});
