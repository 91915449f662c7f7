/**
 * The memory settings `npm run build` sets (package.json `build`; build-env.test.ts keeps the two the same), for the
 * builds that do not go through it: the schedule's --build / UPKEEP_BUILD command and the bench's builds.
 *
 * - MALLOC_ARENA_MAX=2: glibc gives every thread that allocates (the bundler's, the OG image workers') an arena of its
 *   own and returns little of it: https://www.gnu.org/software/libc/manual/html_node/Memory-Allocation-Tunables.html
 * - --max-semi-space-size=8: V8's young generation capped at 8 MB per semi-space:
 *   https://nodejs.org/api/cli.html#--max-semi-space-sizesize-in-mib
 *
 * Together ~300 MB less peak memory at 200 clients, at the same CPU time (docs/performance.md, issue 12). The V8 flag
 * that bounds the heap's growth (--heap-growing-percent) is not allowed in NODE_OPTIONS: astro.config.mjs sets it,
 * so every build has it however it is started.
 */
export const BUILD_MEMORY_ENV = { MALLOC_ARENA_MAX: '2', NODE_OPTIONS: '--max-semi-space-size=8' } as const;
