import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // nodejieba loads its dictionary in about a second per worker process.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
