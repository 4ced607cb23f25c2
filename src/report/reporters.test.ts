/** Each reporter on fixed reports, compared with golden files (STYLE.md 19): `vitest -u` rewrites them for review. */
import { describe, expect, it } from 'vitest';
import { reporters } from './index.ts';
import type { ReporterName } from './index.ts';
import { measuredReport, noFindingsReport, severalFilesReport } from './sample-reports.ts';

const CASES = {
  'several-files': severalFilesReport,
  'no-findings': noFindingsReport,
  measured: measuredReport,
};

describe.each(Object.keys(reporters) as ReporterName[])('%s reporter', (name) => {
  it.each(Object.entries(CASES))('%s', async (caseName, build) => {
    const output = reporters[name](build(), { color: false });
    await expect(output).toMatchFileSnapshot(`../../test/golden/${caseName}.${name}.txt`);
  });
});
