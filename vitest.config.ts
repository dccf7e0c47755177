import { defineConfig } from 'vitest/config';

// The station speaks the system's language: tests (and the CLI runs they spawn) assert English texts, so they
// ask for English whatever the machine's locale. LANGUAGE (GNU's list, read before LANG) rather than LC_ALL: a
// locale that is not installed would break other programs the tests run (initdb refuses one). Language tests set
// their own.
process.env.LANGUAGE = 'en';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // Hostile inputs against the real executables and servers; each case carries its own time bound.
          name: 'attack',
          environment: 'node',
          include: ['test/attack/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
