/**
 * The Action's history mode needs DuckDB, whose native binding cannot be inlined into the committed bundle
 * (scripts/build.mjs leaves `@duckdb/node-api` external). When it is not resolvable from the bundle, it is
 * installed next to it, once per job, with the runner's own npm: a pinned version from the npm registry, no
 * lifecycle scripts (the binding ships prebuilt in `@duckdb/node-bindings-<platform>`). Nothing else is installed
 * at run time, and without `history: true` this file does nothing.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Kept equal to package.json's `@duckdb/node-api` by test/action.test.ts. */
export const DUCKDB_PACKAGE = '@duckdb/node-api@1.5.6-r.1';

export type Installer = (dir: string, spec: string) => void;

const npmInstall: Installer = (dir, spec) => {
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      dir,
      spec,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], shell: process.platform === 'win32' },
  );
};

/**
 * Makes `import('@duckdb/node-api')` work from this module: returns `'present'` when it already resolves (the
 * package installed with its dependencies, or a repository checkout), `'installed'` after installing it.
 */
export function ensureDuckDb(install: Installer = npmInstall): 'present' | 'installed' {
  if (resolves()) return 'present';
  // Node resolves a bare import from the importing file's directory upwards: `<bundle dir>/node_modules` is found.
  install(dirname(fileURLToPath(import.meta.url)), DUCKDB_PACKAGE);
  if (!resolves()) throw new Error(`${DUCKDB_PACKAGE} was installed but cannot be resolved`);
  return 'installed';
}

function resolves(): boolean {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}
