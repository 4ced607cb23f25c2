#!/usr/bin/env node
/**
 * `npm start`: lints examples/demo with its recorded run history (examples/demo-history), so that the findings show
 * their measured minutes offline and without a token. The history is imported into a throw-away DuckDB file, the
 * way a user would with `ciscope import`, then `ciscope lint --db --repo` reads it. Extra arguments go to `lint`
 * (`npm start -- --format json`). The exit code is lint's, with `--fail-on none` unless one is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyAsRecent } from '../examples/demo-history/replay.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = 'flowmesh/flowmesh';

function node(args, options = {}) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

// A fresh checkout has no dist/ until `npm ci` runs `prepare`; build it rather than fail.
if (!existsSync(join(ROOT, 'dist', 'cli.js')) && node(['scripts/build.mjs']) !== 0) process.exit(2);

const work = mkdtempSync(join(tmpdir(), 'ciscope-demo-'));
let code = 2;
try {
  const history = join(work, 'history');
  const db = join(work, 'history.duckdb');
  const shift = copyAsRecent(history);
  const days = Math.round(shift / 86_400_000);
  process.stderr.write(
    `ciscope demo: run history of ${REPO} from examples/demo-history, replayed ${days} days later so that it is the last four weeks\n`,
  );
  const imported = node(['bin/ciscope.js', 'import', history, '--repo', REPO, '--db', db, '--quiet']);
  if (imported !== 0)
    process.stderr.write(
      'ciscope demo: the history did not import cleanly; the findings below may lack their cost\n',
    );
  // The demo is meant to show findings: that is success here, unless the caller asks for a threshold.
  const extra = process.argv.slice(2);
  const threshold = extra.some((arg) => arg.startsWith('--fail-on')) ? [] : ['--fail-on', 'none'];
  code = node([
    'bin/ciscope.js',
    'lint',
    'examples/demo',
    '--db',
    db,
    '--repo',
    REPO,
    ...threshold,
    ...extra,
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
