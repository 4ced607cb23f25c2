// Bundles the TypeScript sources into dist/ so that `npm ci` (through `prepare`) leaves a working CLI.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // The history store's migrations (src/history/migrations/*.sql) are bundled as text.
  loader: { '.sql': 'text' },
  logLevel: 'warning',
});
