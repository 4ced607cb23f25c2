/** The one place that knows where rule documentation lives; SARIF, JSON and the docs header derive from it. */
export const DOCS_BASE_URL = 'https://github.com/ciscope/ciscope/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
