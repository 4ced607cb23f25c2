/** The generated header of `docs/rules/<id>.md`, derived from the rule's meta (STYLE convention 21). */
import type { Rule } from './define-rule.ts';

export const HEADER_END = '<!-- end of generated header -->';
const HEADER_START =
  "<!-- Generated from the rule's meta by `npm run gen`: edit below the end marker only -->";

export function docsHeader(rule: Rule): string {
  const { description, category, severity, fixable } = rule.meta;
  const fix = fixable === false ? 'none' : fixable;
  const history = rule.meta.requires?.includes('history') === true ? ' (uses run history when present)' : '';
  return `${HEADER_START}
# ${rule.id}

${description}${history}

| Category | Default severity | Fix |
| --- | --- | --- |
| ${category} | ${severity} | ${fix} |
${HEADER_END}
`;
}

/** Replaces the header of an existing page, keeping the hand-written body. */
export function withHeader(rule: Rule, page: string): string {
  const end = page.indexOf(HEADER_END);
  const body = end === -1 ? `\n${page}` : page.slice(end + HEADER_END.length + 1);
  return docsHeader(rule) + body;
}
