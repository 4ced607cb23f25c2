// Copied by `npm run new-rule -- <id>`; files starting with `_` are not rules.
import { defineRule } from '../engine/define-rule.ts';

export default defineRule({
  id: '__ID__',
  meta: {
    description: '__DESCRIPTION__',
    category: 'waste',
    severity: 'warning',
    fixable: false,
    messages: {
      found: '__MESSAGE__',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        if (job.steps.length === 0) continue;
        // Replace with the rule's logic; report at the exact key or step:
        // report({ messageId: 'found', at: job.key });
      }
    }
  },
});
