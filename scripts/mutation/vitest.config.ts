import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The vitest config of one mutation run: the same tests, with one seam of the source broken on the way into the
 * test process (a transform, so no file on disk ever changes). HOLOBENCH_MUTATION says where and how;
 * HOLOBENCH_MUTATION_MARK is written when the break was made, so a break that no longer matches the source is
 * caught rather than counted as "the suite failed".
 */
interface Mutation {
  file: string;
  find: string;
  replace: string;
}

const raw = process.env.HOLOBENCH_MUTATION;
const mutation: Mutation | null = raw ? (JSON.parse(raw) as Mutation) : null;
const mark = process.env.HOLOBENCH_MUTATION_MARK;

const breakSeam: Plugin = {
  name: 'holobench-mutation',
  enforce: 'pre',
  transform(code, id) {
    if (!mutation || !id.split('?')[0]!.endsWith(mutation.file)) return null;
    if (!code.includes(mutation.find)) throw new Error(`mutation no longer matches ${mutation.file}: ${mutation.find}`);
    if (mark) writeFileSync(mark, mutation.file);
    return code.replace(mutation.find, mutation.replace);
  },
};

export default defineConfig({
  plugins: [breakSeam],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    include: ['test/**/*.test.ts'],
    // The module cache on disk would hand back unbroken code (or keep a broken one for the next run).
    fsModuleCache: false,
  },
});
