/**
 * ciscope uses itself: its own repository (the CI workflow, and every Dockerfile, compose file and .dockerignore of
 * the examples) gives no finding. .github/workflows/ci.yml runs the same check with the built CLI.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/api.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('ciscope on its own repository', () => {
  it('reports nothing, at any severity', async () => {
    const { findings, summary } = await lint(ROOT);
    expect(
      findings.map((finding) => `${finding.location.file}:${finding.location.start.line} ${finding.ruleId}`),
    ).toEqual([]);
    expect(summary).toEqual({ findings: 0, bySeverity: { error: 0, warning: 0, info: 0 } });
  });

  it('has a CI workflow that runs the tests, the CLI and the Action on the repository', () => {
    const workflow = readFileSync(new URL('../.github/workflows/ci.yml', import.meta.url), 'utf8');
    expect(workflow).toContain('run: .ci/run');
    expect(workflow).toMatch(/node bin\/ciscope\.js lint \. --fail-on info/);
    expect(workflow).toMatch(/uses: \.\/\n/);
  });
});
