import type { RuleDescriptor } from '../report/types.ts';
import type { Rule } from './define-rule.ts';
import { docsUrl } from './docs-url.ts';

export function describeRule(rule: Rule): RuleDescriptor {
  const { description, category, severity, fixable } = rule.meta;
  return { id: rule.id, description, category, severity, fixable, docsUrl: docsUrl(rule.id) };
}
