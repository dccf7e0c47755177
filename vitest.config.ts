import { defineConfig } from 'vitest/config';

// The station speaks the system's language: tests (and the CLI runs they spawn) assert English texts, so they
// run in an English locale whatever the machine's. Language tests set their own.
process.env.LC_ALL = 'en_US.UTF-8';
delete process.env.LANGUAGE;

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
