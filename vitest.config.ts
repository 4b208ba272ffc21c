import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // No test may read the project's own story (articles/, src/content/): a user's story must never break the suite.
    setupFiles: ['test/helpers/forbid-own-story.ts'],
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/trust/**'] },
      },
      {
        // Builds throwaway sites from broken, hostile, empty and changing inputs (test/trust/). One file at a time:
        // the builds share the project's caches and the machine's cores.
        extends: true,
        test: {
          name: 'trust',
          include: ['test/trust/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
      {
        // Builds the real site once (test/site/build-sites.ts) and checks what a reader and a host get.
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/build-sites.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
