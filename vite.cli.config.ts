import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The `holobench` command line, prebuilt: plain JavaScript, so no TypeScript is stripped at run time, and one chunk
 * per lazily loaded command, so `holobench error` loads a few kilobytes. Every chunk lands flat in out/cli, two
 * folders below the repository like src-main/cli, so paths taken from import.meta.url mean the same in both.
 * zod is bundled (tree-shaking drops its 50 locales); other dependencies (native usb, serialport, msal) stay in
 * node_modules.
 */
const bundled = new Set(['zod']);
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies).filter((d) => !bundled.has(d)),
];

/**
 * Writes sources.json: the source files the bundle was built from and when. bin/holobench.mjs runs the bundle only
 * while none of them is newer, so an edited source is never shadowed by a stale build.
 */
function sourceList(): Plugin {
  return {
    name: 'holobench-source-list',
    generateBundle() {
      const root = `${import.meta.dirname}/`;
      const files = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes('/node_modules/') && !id.includes('\0'))
        .map((id) => id.slice(root.length).split('?')[0]!)
        .sort();
      this.emitFile({
        type: 'asset',
        fileName: 'sources.json',
        source: JSON.stringify({ builtAt: Date.now(), files }),
      });
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [sourceList()],
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    ssr: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'src-main/cli/main.ts'),
        'decode-worker': resolve(import.meta.dirname, 'src-main/core/packages/wim/decode-worker.ts'),
      },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // The station's texts in every language in one chunk of their own: data, not code, so the start-up test
        // can keep its code budget and weigh the catalogs apart.
        manualChunks: (id) => (/\/src-main\/shared\/i18n\/(en|de)\//.test(id) ? 'catalogs' : undefined),
      },
    },
  },
  ssr: { noExternal: [...bundled] },
});
