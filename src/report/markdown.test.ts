import { describe, expect, it } from 'vitest';
import markdown, { code, GITHUB_COMMENT_LIMIT, inline } from './markdown.ts';
import { manyFindingsReport } from './sample-reports.ts';

describe('markdown reporter', () => {
  it('folds the findings into <details> when there are many', () => {
    const output = markdown(manyFindingsReport(11), { color: false });
    expect(output).toContain(
      '<details><summary><code>.github/workflows/ci.yml</code>: 11 findings</summary>',
    );
    expect(markdown(manyFindingsReport(10), { color: false })).not.toContain('<details>');
  });

  it("stays under GitHub's comment limit, cutting at a finding and saying so", () => {
    const output = markdown(manyFindingsReport(2000), { color: false });
    expect(output.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shown = output.match(/^- \*\*warning\*\*/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(100);
    expect(output).toContain(`Showing ${shown} of 2000 findings`);
    expect(output.trimEnd().endsWith('for the full list.')).toBe(true);
  });

  it('honours a smaller limit', () => {
    const output = markdown(manyFindingsReport(50), { color: false, maxLength: 3000 });
    expect(output.length).toBeLessThanOrEqual(3000);
    expect(output).toContain('</details>');
  });
});

describe('inline', () => {
  it.each([
    ['keeps code spans and escapes the rest', 'Job `<b>` has *stars*', 'Job `<b>` has \\*stars\\*'],
    ['escapes HTML outside code', 'a <img src=x> b', 'a &lt;img src=x&gt; b'],
    ['stops mentions and issue links', '@octocat fixed #12', '@&#8203;octocat fixed #&#8203;12'],
    ['treats an unmatched backtick as text', 'a `b` c ` d', 'a `b` c \\` d'],
    ['joins lines', 'one\n  two', 'one two'],
  ])('%s', (_, input, expected) => {
    expect(inline(input)).toBe(expected);
  });

  it('fences code that contains backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
});
