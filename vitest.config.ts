import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The corpus and CLI tests spawn processes and read thousands of files; 2-core CI needs headroom.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // GitHub's workflow parser imports JSON without import attributes, which Node rejects; inlined, vite transforms it.
    server: { deps: { inline: [/@actions\/workflow-parser/, /@actions\/expressions/] } },
  },
});
