import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** GitHub's workflow parser and expressions packages, which vitest inlines (see `server.deps.inline` below). */
const ACTIONS_PACKAGES = /[\\/]node_modules[\\/]@actions[\\/](workflow-parser|expressions)[\\/].*\.js$/;

export default defineConfig({
  // The history store's migrations are `.sql` files imported as text, as esbuild's `text` loader does in the bundle.
  plugins: [
    {
      name: 'sql-text',
      transform(code, id) {
        return id.endsWith('.sql')
          ? { code: `export default ${JSON.stringify(code)};`, map: null }
          : undefined;
      },
    },
    {
      // Their published `.js.map` files name TypeScript sources that are not in the package, and Vite warns about each
      // of the ~90 files on every run. Loaded without the `sourceMappingURL` comment, stack traces point at the
      // shipped JavaScript, which is what there is to read.
      name: 'actions-packages-without-sourcemaps',
      enforce: 'pre',
      load(id) {
        return ACTIONS_PACKAGES.test(id)
          ? { code: readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, ''), map: null }
          : undefined;
      },
    },
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The corpus and CLI tests spawn processes and read thousands of files; 2-core CI needs headroom.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // GitHub's workflow parser imports JSON without import attributes, which Node rejects; inlined, vite transforms it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
  },
});
