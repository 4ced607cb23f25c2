/**
 * The bundled demo (`examples/demo/`, what `npm start` lints) must show every seed incident. Each rule expected to
 * fire is tested only once it is registered, so the test grows as rules land instead of failing before they exist.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { lintDirectory } from '../src/engine/run-rules.ts';
import type { Finding } from '../src/findings/finding.ts';
import { rules } from '../src/rules/index.ts';
import { REPO_ROOT } from './support/shared-dir.ts';

const DEMO = resolve(REPO_ROOT, 'examples/demo');
const WORKFLOWS = '.github/workflows';

/** Rule id → the file that shows its incident (the finding, or one of its related locations, is there). */
const EXPECTED: Readonly<Record<string, string>> = {
  // seed 000: 11 shards rebuilding one image, and no `permissions` (CodeQL's finding)
  'matrix-rebuilds-image': `${WORKFLOWS}/regression.yml`,
  'missing-permissions': `${WORKFLOWS}/regression.yml`,
  'missing-timeout': `${WORKFLOWS}/regression.yml`,
  // seed 001: COMPOSE_BAKE drops x-bake caches; bake-action's git context; two compose builds in a row
  'compose-bake-drops-cache': `${WORKFLOWS}/e2e.yml`,
  'bake-git-context-cache-miss': `${WORKFLOWS}/server-tests.yml`,
  'sequential-image-builds': `${WORKFLOWS}/e2e.yml`,
  // seed 002: superseded PR runs on a self-hosted pool, one setup-uv cache key, uv unpinned against the runner image
  'missing-concurrency': `${WORKFLOWS}/unit-tests.yml`,
  'shared-cache-key': `${WORKFLOWS}/check-pr-title.yml`,
  'unpinned-tool-version': `${WORKFLOWS}/unit-tests.yml`,
  'dockerignore-drops-tool-config': '.dockerignore',
  // seed 003: arm64 under QEMU on every push to main, and a QEMU set-up for an amd64-only build
  'qemu-emulated-build': `${WORKFLOWS}/build-images.yml`,
  'qemu-setup-unused': `${WORKFLOWS}/build-images.yml`,
};

/** The demo is valid: GitHub would run every workflow of it. */
const SILENT = ['parse-error', 'unknown-needs', 'needs-cycle'];

const registered = new Set(rules.map((rule) => rule.id));
const { findings } = lintDirectory(DEMO, { rules });

function filesOf(finding: Finding): string[] {
  return [finding.location.file, ...finding.related.map((related) => related.file)];
}

describe('examples/demo', () => {
  for (const [ruleId, file] of Object.entries(EXPECTED)) {
    it.skipIf(!registered.has(ruleId))(`${ruleId} fires, in ${file}`, () => {
      const ofRule = findings.filter((finding) => finding.ruleId === ruleId);
      expect(ofRule.length, `no ${ruleId} finding`).toBeGreaterThan(0);
      expect(ofRule.flatMap(filesOf)).toContain(file);
    });
  }

  for (const ruleId of SILENT) {
    it(`${ruleId} stays silent`, () => {
      expect(registered.has(ruleId)).toBe(true);
      expect(findings.filter((finding) => finding.ruleId === ruleId).map((f) => `${f.location.file}: ${f.message}`)).toEqual([]);
    });
  }

  it('flags every pull request workflow without concurrency, and only those', () => {
    const flagged = findings.filter((finding) => finding.ruleId === 'missing-concurrency').map((f) => f.location.file);
    expect(flagged.sort()).toEqual(
      ['check-pr-title.yml', 'e2e.yml', 'lint-typecheck.yml', 'regression.yml', 'unit-tests.yml'].map((name) => `${WORKFLOWS}/${name}`),
    );
  });

  it('prints the same findings through the CLI, offline, with exit code 1 (`npm start`)', async () => {
    let stdout = '';
    let stderr = '';
    const exitCode = await main(['lint', 'examples/demo', '--format', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: {},
      cwd: REPO_ROOT,
      isTTY: false,
    });
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
    const printed = (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings;
    expect(printed.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(
      findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.start.line}`),
    );
  });
});
