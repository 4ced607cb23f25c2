import { describe, expect, it } from 'vitest';
import missingConcurrency from '../rules/missing-concurrency.ts';
import unknownNeeds from '../rules/unknown-needs.ts';
import { dedent } from '../testing/rule-tester.ts';
import { buildRepository, memorySource } from '../workflow/repository.ts';
import { defineRule } from './define-rule.ts';
import { RuleFailure, runRules } from './run-rules.ts';
import type { RuleSettings } from './run-rules.ts';

const WORKFLOW = '.github/workflows/ci.yml';

function lint(files: Record<string, string>, settings: RuleSettings = {}) {
  const repository = buildRepository('/repo', memorySource(files));
  return runRules(repository, { rules: [missingConcurrency, unknownNeeds], ...settings }).map(
    (finding) =>
      `${finding.location.file}:${finding.location.start.line} ${finding.severity} ${finding.ruleId}`,
  );
}

const PR_WITH_BAD_NEEDS = dedent`
  on: pull_request
  jobs:
    test:
      needs: [biuld]
      runs-on: ubuntu-latest
      steps: [{ run: make test }]
`;

const ONLY_NEEDS = { only: ['unknown-needs'] };

describe('inline suppression', () => {
  it('reports both findings without a comment', () => {
    expect(lint({ [WORKFLOW]: PR_WITH_BAD_NEEDS })).toEqual([
      `${WORKFLOW}:1 warning missing-concurrency`,
      `${WORKFLOW}:4 error unknown-needs`,
    ]);
  });

  it.each([
    [
      'on the line above',
      PR_WITH_BAD_NEEDS.replace(
        '    needs:',
        '    # ciscope-ignore unknown-needs: built by another workflow\n    needs:',
      ),
    ],
    [
      'at the end of the line',
      PR_WITH_BAD_NEEDS.replace('needs: [biuld]', 'needs: [biuld] # ciscope-ignore unknown-needs: reason'),
    ],
    [
      'in a list of rule ids',
      PR_WITH_BAD_NEEDS.replace(
        'needs: [biuld]',
        'needs: [biuld] # ciscope-ignore missing-timeout, unknown-needs',
      ),
    ],
  ])('silences only the named rule %s', (_, code) => {
    expect(lint({ [WORKFLOW]: code })).toEqual([`${WORKFLOW}:1 warning missing-concurrency`]);
  });

  it('does not silence another rule, nor a finding two lines below', () => {
    const otherRule = PR_WITH_BAD_NEEDS.replace(
      'needs: [biuld]',
      'needs: [biuld] # ciscope-ignore missing-concurrency',
    );
    expect(lint({ [WORKFLOW]: otherRule })).toContain(`${WORKFLOW}:4 error unknown-needs`);
    const tooFar = PR_WITH_BAD_NEEDS.replace('  test:', '  # ciscope-ignore unknown-needs\n  test:');
    expect(lint({ [WORKFLOW]: tooFar })).toContain(`${WORKFLOW}:5 error unknown-needs`);
  });

  it('works in CRLF files', () => {
    const code = PR_WITH_BAD_NEEDS.replace(
      '    needs:',
      '    # ciscope-ignore unknown-needs\n    needs:',
    ).replace(/\n/g, '\r\n');
    expect(lint({ [WORKFLOW]: code })).toEqual([`${WORKFLOW}:1 warning missing-concurrency`]);
  });

  it('counts only real YAML comments: the words in a `run:` script or a string silence nothing (issue 14)', () => {
    const inScript = dedent`
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: |
                make test
                # ciscope-ignore unknown-needs
          needs: [biuld]
    `;
    expect(lint({ [WORKFLOW]: inScript }, ONLY_NEEDS)).toEqual([`${WORKFLOW}:9 error unknown-needs`]);
    const inString = inScript.replace(
      '          # ciscope-ignore unknown-needs',
      '    env: { A: "# ciscope-ignore unknown-needs" }',
    );
    expect(lint({ [WORKFLOW]: inString }, ONLY_NEEDS)).toEqual([`${WORKFLOW}:9 error unknown-needs`]);
    const realComment = inScript.replace('    needs:', '    # ciscope-ignore unknown-needs\n    needs:');
    expect(lint({ [WORKFLOW]: realComment }, ONLY_NEEDS)).toEqual([]);
  });

  it('needs the id: a bare marker silences nothing', () => {
    const code = PR_WITH_BAD_NEEDS.replace('needs: [biuld]', 'needs: [biuld] # ciscope-ignore');
    expect(lint({ [WORKFLOW]: code })).toHaveLength(2);
  });
});

describe('rule settings', () => {
  it('changes severities and turns rules off', () => {
    expect(
      lint(
        { [WORKFLOW]: PR_WITH_BAD_NEEDS },
        { severities: { 'unknown-needs': 'info', 'missing-concurrency': 'off' } },
      ),
    ).toEqual([`${WORKFLOW}:4 info unknown-needs`]);
  });

  it('runs only the named rules', () => {
    expect(lint({ [WORKFLOW]: PR_WITH_BAD_NEEDS }, { only: ['unknown-needs'] })).toEqual([
      `${WORKFLOW}:4 error unknown-needs`,
    ]);
  });

  it('drops findings in ignored files and keeps the others', () => {
    const files = { [WORKFLOW]: PR_WITH_BAD_NEEDS, '.github/workflows/legacy.yml': PR_WITH_BAD_NEEDS };
    expect(lint(files, { isIgnored: (path) => path.endsWith('legacy.yml') })).toEqual([
      `${WORKFLOW}:1 warning missing-concurrency`,
      `${WORKFLOW}:4 error unknown-needs`,
    ]);
  });

  it('sorts findings by file, then position', () => {
    const files = {
      '.github/workflows/b.yml': PR_WITH_BAD_NEEDS,
      '.github/workflows/a.yml': PR_WITH_BAD_NEEDS,
    };
    expect(lint(files)).toEqual([
      '.github/workflows/a.yml:1 warning missing-concurrency',
      '.github/workflows/a.yml:4 error unknown-needs',
      '.github/workflows/b.yml:1 warning missing-concurrency',
      '.github/workflows/b.yml:4 error unknown-needs',
    ]);
  });

  it('wraps a crashing rule in a RuleFailure that names it', () => {
    const crashing = defineRule({
      id: 'crashing',
      meta: { description: 'Crash', category: 'hygiene', severity: 'info', fixable: false, messages: {} },
      check() {
        throw new TypeError('boom');
      },
    });
    const repository = buildRepository('/repo', memorySource({ [WORKFLOW]: PR_WITH_BAD_NEEDS }));
    expect(() => runRules(repository, { rules: [crashing] })).toThrow(RuleFailure);
    expect(() => runRules(repository, { rules: [crashing] })).toThrow('rule crashing failed: boom');
  });
});
