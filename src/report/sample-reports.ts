/**
 * Fixed `LintReport`s for the reporter tests (test-only). Findings are literal; their positions are computed from a
 * quoted piece of the source, so that a fixture edit cannot leave a position pointing at the wrong text.
 */
import { docsUrl } from '../engine/docs-url.ts';
import type { Finding, FindingEdit, FindingFix, Location, Severity } from '../findings/finding.ts';
import { positionAt } from '../workflow/source.ts';
import type { LintReport, RuleDescriptor } from './types.ts';

const CI = [
  'name: ci',
  'on:',
  '  pull_request:',
  '    branches: [main]',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  `      - run: echo "${'a very long command line '.repeat(8).trim()}" && make -j8 all`,
  '  test:',
  '    needs: [biuld]',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: make test',
  '',
].join('\n');

/** CRLF line endings and a tab inside a block scalar: both must render cleanly. */
const RELEASE = [
  'on: push',
  'jobs:',
  '  publish:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: |',
  '          make\trelease',
  '          ./upload.sh',
  '      - run: echo done',
  '      - run: echo really done',
  '',
].join('\r\n');

/** A file name with a space, and a message with markup that markdown must escape. */
const ODD = [
  'on: pull_request',
  'jobs:',
  '  "<b>x</b>":',
  '    runs-on: ubuntu-latest',
  '    steps: [{ run: echo }]',
  '',
].join('\n');

const SOURCES: ReadonlyMap<string, string> = new Map([
  ['.github/workflows/ci.yml', CI],
  ['.github/workflows/release.yml', RELEASE],
  ['.github/workflows/odd name.yml', ODD],
]);

const RULES: readonly RuleDescriptor[] = [
  descriptor(
    'missing-concurrency',
    'Cancel superseded pull request and branch runs with a top-level `concurrency` block',
    'waste',
    'warning',
    'safe',
  ),
  descriptor(
    'unknown-needs',
    'Name only jobs of the same workflow in `needs`',
    'correctness',
    'error',
    false,
  ),
  descriptor(
    'parse-error',
    'Report files that cannot be read or parsed, so that a broken file is never silently skipped',
    'correctness',
    'error',
    false,
  ),
  descriptor(
    'slow-example',
    'An example info rule with an unsafe fix and measured cost',
    'hygiene',
    'info',
    'unsafe',
  ),
];

/** Findings of several rules, severities and shapes over three files, plus an unreadable one. */
export function severalFilesReport(): LintReport {
  const findings: Finding[] = [
    finding('missing-concurrency', 'warning', at('.github/workflows/ci.yml', 'pull_request'), {
      message:
        'Runs on `pull_request` with no `concurrency` that cancels in progress; every new push leaves the superseded run burning runner minutes.',
      fix: {
        title: 'Add a top-level `concurrency` block with `cancel-in-progress: true`',
        safety: 'safe',
        edits: [
          edit(
            at('.github/workflows/ci.yml', 'jobs:'),
            'concurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true\n\n',
            'insert',
          ),
        ],
      },
    }),
    finding('unknown-needs', 'error', at('.github/workflows/ci.yml', 'biuld'), {
      message: 'Job `test` needs `biuld`, which is not a job of this workflow.',
      related: [{ ...at('.github/workflows/ci.yml', 'build:'), message: 'Did you mean `build`?' }],
    }),
    finding('slow-example', 'info', at('.github/workflows/ci.yml', 'make -j8 all'), {
      message: 'A long line: the frame shows a window around the finding.',
      fix: {
        title: 'Replace `make -j8 all` with `make all`',
        safety: 'unsafe',
        edits: [edit(at('.github/workflows/ci.yml', 'make -j8 all'), 'make all')],
      },
      impact: {
        runnerMinutesPerRun: 2,
        runnerMinutesPerWeek: 100,
        usdPerMonth: 3.48,
        savingMinutesPerRun: 2,
        savingMinutesPerWeek: 100,
        savingUsdPerMonth: 3.48,
        runs: 120,
        basis: 'the measured time of step `Run make -j8 all` in 120 runs',
        pricing: { kind: 'hosted', sku: 'linux_2_core', usdPerMinute: 0.008 },
        overlap: {
          waste: 'step:.github/workflows/ci.yml:build:2',
          workflow: '.github/workflows/ci.yml',
          job: 'build',
          scopeMinutesPerWeek: 500,
        },
      },
    }),
    finding('slow-example', 'warning', at('.github/workflows/release.yml', 'make\trelease'), {
      message: 'A tab inside a CRLF file.',
    }),
    finding(
      'slow-example',
      'info',
      at(
        '.github/workflows/release.yml',
        'publish:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: |\r\n          make\trelease\r\n          ./upload.sh\r\n',
      ),
      {
        message: 'A range over six lines: the frame shows its first and last lines.',
      },
    ),
    finding('missing-concurrency', 'warning', at('.github/workflows/odd name.yml', 'pull_request'), {
      message: 'Job `<b>x</b>` pings @octocat in #1 with a | pipe, *stars* and an unmatched ` backtick.',
    }),
    finding(
      'parse-error',
      'error',
      {
        file: '.github/workflows/unreadable.yml',
        start: { line: 1, column: 1 },
        end: { line: 1, column: 1 },
      },
      {
        message: 'EACCES: permission denied',
      },
    ),
  ];
  return { findings, rules: RULES, filesAnalysed: 4, sources: SOURCES, toolVersion: '1.2.3' };
}

export function noFindingsReport(): LintReport {
  return { findings: [], rules: RULES.slice(0, 3), filesAnalysed: 3, sources: SOURCES, toolVersion: '1.2.3' };
}

/**
 * A report with history, in savings order: two fixes to one job and a workflow-wide saving (their total is less
 * than their sum), one waste found by two rules (counted once), a self-hosted saving (no dollars), a waste that
 * was not measured and a hygiene finding (no cost line).
 */
export function measuredReport(): LintReport {
  const CI_PATH = '.github/workflows/ci.yml';
  const hosted = { kind: 'hosted', sku: 'linux_2_core', usdPerMinute: 0.006 } as const;
  const impact = (
    saving: number,
    waste: string,
    job: string | undefined,
    scope: number,
    priced = true,
  ): NonNullable<Finding['impact']> => ({
    runnerMinutesPerRun: saving / 25,
    runnerMinutesPerWeek: saving,
    ...(priced ? { usdPerMonth: Math.round(saving * 0.006 * 4.35 * 100) / 100 } : {}),
    savingMinutesPerRun: saving / 25,
    savingMinutesPerWeek: saving,
    ...(priced ? { savingUsdPerMonth: Math.round(saving * 0.006 * 4.35 * 100) / 100 } : {}),
    runs: 100,
    basis: `the measured ${waste.split(':')[0]} waste`,
    pricing: priced ? hosted : { kind: 'self-hosted' },
    overlap: { waste, workflow: CI_PATH, ...(job === undefined ? {} : { job }), scopeMinutesPerWeek: scope },
  });
  const findings = [
    finding('missing-concurrency', 'warning', at(CI_PATH, 'pull_request'), {
      message: 'Runs on `pull_request` with no `concurrency`.',
      impact: impact(50, `superseded:${CI_PATH}`, undefined, 1000),
    }),
    finding('unpinned-tool-version', 'warning', at(CI_PATH, 'actions/checkout@v4'), {
      message: 'The tool is not pinned.',
      impact: impact(30, `cache:${CI_PATH}:build:0`, 'build', 400),
    }),
    finding('shared-cache-key', 'warning', at(CI_PATH, 'actions/checkout@v4'), {
      message: 'The cache key is shared.',
      impact: impact(30, `cache:${CI_PATH}:build:0`, 'build', 400),
    }),
    finding('matrix-rebuilds-image', 'warning', at(CI_PATH, 'make -j8 all'), {
      message: 'Every shard builds the image.',
      impact: impact(200, `shard-step:${CI_PATH}:build:1`, 'build', 400),
    }),
    finding('missing-concurrency', 'warning', at('.github/workflows/release.yml', 'push'), {
      message: 'Runs on `push` with no `concurrency`.',
      impact: {
        ...impact(12, 'superseded:.github/workflows/release.yml', undefined, 80, false),
        overlap: {
          waste: 'superseded:.github/workflows/release.yml',
          workflow: '.github/workflows/release.yml',
          scopeMinutesPerWeek: 80,
        },
      },
    }),
    finding('compose-bake-drops-cache', 'warning', at('.github/workflows/release.yml', 'make\trelease'), {
      message: 'The layer cache is dropped.',
      impactNote: 'not measured: step durations do not show whether a build hit its layer cache',
    }),
    finding('missing-permissions', 'warning', at(CI_PATH, 'on:'), {
      message: 'No top-level `permissions`.',
    }),
  ];
  return {
    findings,
    rules: RULES,
    filesAnalysed: 3,
    sources: SOURCES,
    toolVersion: '1.2.3',
    order: 'savings',
    history: true,
  };
}

/** `count` warnings in one file: for the markdown reporter's `<details>` and length limit. */
export function manyFindingsReport(count: number): LintReport {
  const location = at('.github/workflows/ci.yml', 'pull_request');
  const findings = Array.from({ length: count }, (_, index) =>
    finding(
      'missing-concurrency',
      'warning',
      { ...location, start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 2 } },
      {
        message: `Finding number ${index + 1} with a message long enough to fill the comment quickly: ${'x'.repeat(200)}`,
      },
    ),
  );
  return { findings, rules: RULES.slice(0, 1), filesAnalysed: 1, sources: SOURCES, toolVersion: '1.2.3' };
}

interface Extra {
  readonly message: string;
  readonly fix?: FindingFix;
  readonly related?: Finding['related'];
  readonly impact?: Finding['impact'];
  readonly impactNote?: string;
}

function finding(ruleId: string, severity: Severity, location: Location, extra: Extra): Finding {
  return {
    ruleId,
    messageId: 'message',
    message: extra.message,
    severity,
    location,
    related: extra.related ?? [],
    ...(extra.fix === undefined ? {} : { fix: extra.fix }),
    ...(extra.impact === undefined ? {} : { impact: extra.impact }),
    ...(extra.impactNote === undefined ? {} : { impactNote: extra.impactNote }),
    docsUrl: docsUrl(ruleId),
  };
}

type Located = Location & { readonly startOffset: number; readonly endOffset: number };

/** The location of the first occurrence of `needle` in `file`. */
function at(file: string, needle: string): Located {
  const text = SOURCES.get(file) ?? '';
  const startOffset = text.indexOf(needle);
  if (startOffset === -1) throw new Error(`sample: ${JSON.stringify(needle)} is not in ${file}`);
  const source = { path: file, text };
  const endOffset = startOffset + needle.length;
  return {
    file,
    start: positionAt(source, startOffset),
    end: positionAt(source, endOffset),
    startOffset,
    endOffset,
  };
}

function edit(location: Located, text: string, mode: 'replace' | 'insert' = 'replace'): FindingEdit {
  const end = mode === 'insert' ? location.start : location.end;
  const endOffset = mode === 'insert' ? location.startOffset : location.endOffset;
  return {
    file: location.file,
    start: location.start,
    end,
    startOffset: location.startOffset,
    endOffset,
    text,
  };
}

function descriptor(
  id: string,
  description: string,
  category: RuleDescriptor['category'],
  severity: Severity,
  fixable: RuleDescriptor['fixable'],
): RuleDescriptor {
  return { id, description, category, severity, fixable, docsUrl: docsUrl(id) };
}
