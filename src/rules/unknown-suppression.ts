import { closestRule, isKnownRule } from '../config/load.ts';
import { defineRule } from '../engine/define-rule.ts';
import { suppressionsOf } from '../engine/suppressions.ts';

export default defineRule({
  id: 'unknown-suppression',
  meta: {
    description: 'Name only existing rules in `# ciscope-ignore` comments',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    messages: {
      unknown: '`ciscope-ignore` names `{{id}}`, which is no ciscope rule, so it silences nothing.{{hint}}',
    },
  },
  check({ repo, report }) {
    for (const file of repo.files) {
      for (const suppressions of suppressionsOf(file).values()) {
        for (const suppression of suppressions) {
          for (const id of suppression.ruleIds) {
            if (isKnownRule(id.value)) continue;
            const suggestion = closestRule(id.value);
            const hint = suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
            report({ messageId: 'unknown', data: { id: id.value, hint }, at: id });
          }
        }
      }
    }
  },
});
