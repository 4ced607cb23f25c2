// Bundles the TypeScript sources into dist/ so that `npm ci` (through `prepare`) leaves a working CLI.
import { build } from 'esbuild';

/**
 * Dependencies stay external (resolved from node_modules at run time), except GitHub's workflow parser and its
 * expression package: they `import` JSON without import attributes, which Node rejects, so esbuild inlines them
 * (and their schema JSON). Both are pinned to the same exact version in package.json.
 */
const BUNDLED = /^@actions\/(workflow-parser|expressions)(\/|$)/;

await build({
  entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts', 'action/main': 'src/action/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [
    {
      name: 'external-except-workflow-parser',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) =>
          BUNDLED.test(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  sourcemap: true,
  // The history store's migrations (src/history/migrations/*.sql) are bundled as text.
  loader: { '.sql': 'text' },
  logLevel: 'warning',
});
