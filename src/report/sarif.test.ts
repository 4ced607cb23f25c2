import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { noFindingsReport, severalFilesReport } from './sample-reports.ts';
import sarif, { FINGERPRINT_KEY } from './sarif.ts';
import type { LintReport } from './types.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../test/fixtures/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as object;
// The official schema's `language` pattern is not valid under the `u` flag that ajv uses by default.
// Both are CommonJS modules whose class/function is their `default` property under Node's ESM interop.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  partialFingerprints: Record<string, string>;
}
interface Log {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: Result[] }[];
}

function parse(report: LintReport): Log {
  return JSON.parse(sarif(report)) as Log;
}

describe('sarif reporter', () => {
  it.each([
    ['several files', severalFilesReport()],
    ['no findings', noFindingsReport()],
  ])('is valid SARIF 2.1.0 (%s)', (_, report) => {
    const log: unknown = JSON.parse(sarif(report));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('indexes every result into the rules array and maps info to note', () => {
    const run = parse(severalFilesReport()).runs[0]!;
    for (const result of run.results)
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(new Set(run.results.map((result) => result.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('percent-encodes file paths but keeps `/`', () => {
    const uris = parse(severalFilesReport()).runs[0]!.results.map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('.github/workflows/odd%20name.yml');
  });

  it('keeps fingerprints when the code moves, and changes them when the line changes', () => {
    const report = severalFilesReport();
    const fingerprints = (r: LintReport): string[] =>
      parse(r).runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]!);
    const before = fingerprints(report);

    const file = '.github/workflows/ci.yml';
    const moved = shiftLines(report, file, 3, '# a comment added at the top\n\n\n');
    expect(fingerprints(moved)).toEqual(before);

    const source = report.sources.get(file)!;
    const edited = {
      ...report,
      sources: new Map([
        ...report.sources,
        [file, source.replace('needs: [biuld]', 'needs: [ biuld, lint ]')],
      ]),
    };
    const changed = fingerprints(edited);
    const index = parse(report).runs[0]!.results.findIndex((result) => result.ruleId === 'unknown-needs');
    expect(changed.filter((hash, i) => hash !== before[i])).toHaveLength(1);
    expect(changed[index]).not.toBe(before[index]);
  });

  it('tells identical lines apart by their order', () => {
    const report = severalFilesReport();
    const first = report.findings[0]!;
    const twin: Finding = { ...first, location: { ...first.location } };
    const hashes = parse({ ...report, findings: [first, twin] }).runs[0]!.results.map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY],
    );
    expect(hashes[0]).toMatch(/:1$/);
    expect(hashes[1]).toBe(hashes[0]!.replace(/:1$/, ':2'));
  });
});

/** The report as if `prefix` (holding `count` lines) had been inserted at the top of `file`. */
function shiftLines(report: LintReport, file: string, count: number, prefix: string): LintReport {
  const shift = <T extends { line: number; column: number }>(position: T, path: string): T =>
    path === file ? { ...position, line: position.line + count } : position;
  return {
    ...report,
    sources: new Map([...report.sources].map(([path, text]) => [path, path === file ? prefix + text : text])),
    findings: report.findings.map((finding) => ({
      ...finding,
      location: {
        ...finding.location,
        start: shift(finding.location.start, finding.location.file),
        end: shift(finding.location.end, finding.location.file),
      },
    })),
  };
}
