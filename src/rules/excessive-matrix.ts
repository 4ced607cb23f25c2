import { defineRule } from '../engine/define-rule.ts';
import { MATRIX_JOB_LIMIT } from '../workflow/matrix.ts';

export default defineRule({
  id: 'excessive-matrix',
  meta: {
    description: `Keep a matrix within GitHub's limit of ${MATRIX_JOB_LIMIT} jobs`,
    category: 'correctness',
    severity: 'error',
    fixable: false,
    messages: {
      overLimit: `\`matrix\` of job \`{{job}}\` expands to {{jobs}} jobs; GitHub starts at most ${MATRIX_JOB_LIMIT} jobs from one matrix and fails the run instead.`,
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        const overLimit = job.matrix?.overLimit;
        if (job.matrix === undefined || overLimit === undefined) continue;
        const jobs =
          overLimit.jobs === undefined
            ? `more than ${MATRIX_JOB_LIMIT}`
            : overLimit.jobs.toLocaleString('en');
        report({ messageId: 'overLimit', data: { job: job.id, jobs }, at: job.matrix.key });
      }
    }
  },
});
