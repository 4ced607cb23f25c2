import type { ModelProblem } from '../workflow/model.ts';
import { defineRule } from './define-rule.ts';
import type { Rule } from './define-rule.ts';

/**
 * The rules whose findings the model itself finds while parsing (`parse-error`, `unknown-needs`, `needs-cycle`).
 * They are rules so that they can be configured, suppressed, documented and listed like any other.
 */
export function defineModelProblemRule(id: ModelProblem['ruleId'], description: string): Rule<'problem'> {
  return defineRule({
    id,
    meta: {
      description,
      category: 'correctness',
      severity: 'error',
      fixable: false,
      messages: { problem: '{{message}}' },
    },
    check({ repo, report }) {
      for (const problem of repo.problems) {
        if (problem.ruleId === id)
          report({ messageId: 'problem', data: { message: problem.message }, at: problem });
      }
    },
  });
}
