// Bundles the TypeScript sources into dist/ so that `npm ci` (through `prepare`) leaves a working CLI.
//   node scripts/build.mjs                 dist/cli.js and dist/index.js (what the CLI and the tests need)
//   node scripts/build.mjs --types         also dist/types/*.d.ts for the library (tsc, ~20 s; `npm run build`)
//   node scripts/build.mjs --action        also the Action's committed bundle, dist-action/main.js
//   node scripts/build.mjs --check-action  exit 1 when dist-action/main.js differs from a fresh bundle of src/
//   node scripts/build.mjs --out DIR       write DIR/dist instead of dist/ (test/package.test.ts packs from there)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const outIndex = argv.indexOf('--out');
const OUT = outIndex === -1 ? ROOT : resolve(argv[outIndex + 1] ?? '');

/**
 * The package's `dependencies` stay external (installed beside it, resolved at run time); everything else is
 * inlined. That is GitHub's workflow parser and its expression package above all: they `import` JSON without import
 * attributes, which Node rejects, so esbuild inlines them (their schema JSON and their own dependencies with them).
 * Both are pinned to the same exact version in package.json, as devDependencies since the bundle carries them.
 */
const RUNTIME = new Set(
  Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies),
);
const packageName = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The history store's migrations (src/history/migrations/*.sql) are bundled as text.
  loader: { '.sql': 'text' },
  logLevel: 'warning',
};

/**
 * The Action runs its one committed file with nothing installed (https://docs.github.com/en/actions/sharing-automations/creating-actions/creating-a-javascript-action),
 * so every dependency is inlined except DuckDB: its native binding cannot be bundled, and only the history mode
 * loads it (src/action/duckdb-at-run-time.ts installs it then). CommonJS dependencies inlined into an ES module
 * need `require`, which the banner provides. No source map, no timestamps: the bundle is byte-for-byte
 * reproducible, which `--check-action` relies on.
 */
export const actionBuild = {
  ...common,
  entryPoints: { main: 'src/action/main.ts' },
  outdir: 'dist-action',
  target: 'node24',
  external: ['@duckdb/node-api'],
  banner: {
    js: "import { createRequire as __ciscopeCreateRequire } from 'node:module'; const require = __ciscopeCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
};

if (args.has('--check-action')) {
  const result = await build({ ...actionBuild, write: false });
  const stale = result.outputFiles.filter((file) => {
    let committed = '';
    try {
      committed = readFileSync(file.path, 'utf8');
    } catch {}
    return committed !== file.text;
  });
  for (const file of stale)
    process.stderr.write(
      `${file.path.slice(ROOT.length + 1)} is out of date with src/; run \`npm run build:action\` and commit it\n`,
    );
  process.exit(stale.length === 0 ? 0 : 1);
}

await build({
  ...common,
  entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts' },
  outdir: join(OUT, 'dist'),
  target: 'node20',
  plugins: [
    {
      name: 'external-runtime-dependencies',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('node:') || RUNTIME.has(packageName(args.path))
            ? { path: args.path, external: true }
            : undefined,
        );
      },
    },
  ],
  sourcemap: true,
});

if (args.has('--action')) await build(actionBuild);

if (args.has('--types')) {
  // Declarations only (esbuild strips types): the library's `exports["."].types`.
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const types = join(OUT, 'dist', 'types');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--declarationDir', types], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
