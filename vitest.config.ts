import { defineConfig } from 'vitest/config';

// Unit tests need no Astro build: domain logic is pure and imports no `astro:*` modules.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
