import { describe, expect, it } from 'vitest';
import { codeFrame, sourceLines } from './code-frame.ts';
import { manyFindingsReport, noFindingsReport, severalFilesReport } from './sample-reports.ts';
import text from './text.ts';

const ESC = '\u001b';

describe('text reporter', () => {
  it('writes no escape codes without colour, and colours severities with it', () => {
    expect(text(severalFilesReport(), { color: false })).not.toContain(ESC);
    const coloured = text(severalFilesReport(), { color: true });
    expect(coloured).toContain(`${ESC}[31merror`);
    expect(coloured).toContain(`${ESC}[33mwarning`);
  });

  it('shows control characters of a file as pictures instead of sending them to the terminal', () => {
    const report = noFindingsReport();
    const [finding] = manyFindingsReport(1).findings;
    const source = 'on: pull_request\u001b[2J\n';
    const output = text(
      {
        ...report,
        sources: new Map([['.github/workflows/ci.yml', source]]),
        findings: [{ ...finding!, message: 'bell \u0007' }],
      },
      { color: false },
    );
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(output).toContain('pull_request\u241b[2J');
    expect(output).toContain('bell \u2407');
  });

  it('says so when there is nothing to report', () => {
    expect(text(noFindingsReport(), { color: false })).toBe(
      'No findings in 3 files analysed: no wasted runner time found.\n',
    );
  });
});

describe('codeFrame', () => {
  const lines = sourceLines('a: 1\r\nbb: 2\r\n\tc: 3\r\nd: 4\r\n');

  it('strips CRLF and underlines the range', () => {
    expect(codeFrame(lines, { line: 2, column: 1 }, { line: 2, column: 3 })).toEqual([
      '  1 | a: 1',
      '> 2 | bb: 2',
      '    | ^^',
      '  3 |     c: 3',
    ]);
  });

  it('expands tabs so that the caret stays under the text', () => {
    expect(codeFrame(lines, { line: 3, column: 2 }, { line: 3, column: 3 })).toEqual([
      '  2 | bb: 2',
      '> 3 |     c: 3',
      '    |     ^',
      '  4 | d: 4',
    ]);
  });

  it('treats a range ending at column 1 as ending on the line before', () => {
    const frame = codeFrame(lines, { line: 1, column: 1 }, { line: 2, column: 1 });
    expect(frame.filter((line) => line.startsWith('>'))).toEqual(['> 1 | a: 1']);
  });

  it('marks an empty range with one caret', () => {
    expect(codeFrame(lines, { line: 4, column: 5 }, { line: 4, column: 5 })).toContain('    |     ^');
  });

  it('gives no frame for a position past the end of the file', () => {
    expect(codeFrame(lines, { line: 40, column: 1 }, { line: 40, column: 1 })).toEqual([]);
  });
});

describe('summary line', () => {
  it('counts unsafe fixes apart, with the flag they need', () => {
    const report = severalFilesReport();
    const unsafeOnly = {
      ...report,
      findings: report.findings.filter((finding) => finding.fix?.safety === 'unsafe'),
    };
    expect(text(unsafeOnly, { color: false }).trimEnd().split('\n').at(-1)).toBe(
      '1 finding (0 errors, 0 warnings, 1 info) in 1 file; 1 fixable with `ciscope fix --unsafe`',
    );
  });
});
