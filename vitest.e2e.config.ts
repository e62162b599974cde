import { defineConfig } from 'vitest/config';

// Browser tests against the built site in dist/ (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
