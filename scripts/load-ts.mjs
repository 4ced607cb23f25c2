// Loads a TypeScript module of src/ from a plain Node script (Node 20 cannot strip types): bundled by esbuild.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export async function loadTs(entry) {
  const outdir = new URL('../node_modules/.cache/ciscope-scripts/', import.meta.url);
  mkdirSync(outdir, { recursive: true });
  const outfile = new URL(`${entry.replace(/[^\w]+/g, '_')}.mjs`, outdir);
  await build({
    entryPoints: [entry],
    outfile: outfile.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile.pathname).href}?t=${Date.now()}`);
}
