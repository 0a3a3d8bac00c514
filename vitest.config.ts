import { defineConfig } from 'vitest/config';

// Playwright specs (tests/e2e) are run by Playwright, not by vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks remove the sites the tests built (thousands of files): on a busy disk that took more than vitest's 10 s.
    hookTimeout: 120_000,
  },
});
