import { defineConfig } from 'vitest/config';

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
