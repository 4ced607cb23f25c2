/**
 * The HTML report rendered by a real Chromium (Debian's package, installed by .ci/run): the page must lay out with
 * every finding and every job graph, load nothing from outside, and produce a screenshot.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyAsRecent } from '../examples/demo-history/replay.mjs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const project = new URL('..', import.meta.url).pathname;
const inCi = process.env.CI !== undefined && process.env.CI !== '';

// Flags from the machine notes: without the background-networking ones Chromium tries to reach Google's hosts.
function chromium(args: readonly string[], work: string): string {
  if (CHROMIUM === undefined) throw new Error('chromium is not installed');
  const result = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(work, 'profile')}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  if (result.status !== 0) throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

describe.skipIf(CHROMIUM === undefined && !inCi)('ciscope report --html in Chromium', () => {
  let work: string;
  let page: string;
  let findings: number;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ciscope-html-'));
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.github/workflows'), { recursive: true });
    for (const name of readdirSync(join(project, 'test/fixtures/whatif'))) {
      cpSync(join(project, 'test/fixtures/whatif', name), join(repo, '.github/workflows', name));
    }
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: project });
    page = join(work, 'report.html');
    execFileSync(process.execPath, [join(project, 'bin/ciscope.js'), 'report', repo, '--html', page], {
      stdio: 'ignore',
    });
    const lint = spawnSync(
      process.execPath,
      [join(project, 'bin/ciscope.js'), 'lint', repo, '--format', 'json'],
      { encoding: 'utf8' },
    );
    findings = (JSON.parse(lint.stdout) as { findings: unknown[] }).findings.length;
  });

  it('lays out every finding and every job graph', () => {
    const dom = chromium(['--dump-dom', `file://${page}`], work);
    expect(findings).toBeGreaterThan(3);
    expect(dom.match(/<li class="finding /g)?.length).toBe(findings);
    expect(dom.match(/<svg class="job-graph"/g)?.length).toBe(2);
    // The critical path of the regression workflow is highlighted: both of its jobs.
    expect(dom.match(/<g class="job critical"/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('is self-contained: no script, no external resource', () => {
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/);
    expect(html).toContain("default-src 'none'");
  });

  it('renders to a screenshot', () => {
    const png = join(work, 'report.png');
    chromium(['--window-size=1200,1600', `--screenshot=${png}`, `file://${page}`], work);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width
    expect(bytes.length).toBeGreaterThan(20_000); // a blank page compresses to a few KB
  });

  it('shows where the time goes and the measured cost when the store holds history', () => {
    const history = join(work, 'demo-history');
    const db = join(work, 'demo.duckdb');
    copyAsRecent(history);
    const cli = join(project, 'bin/ciscope.js');
    execFileSync(
      process.execPath,
      [cli, 'import', history, '--repo', 'flowmesh/flowmesh', '--db', db, '--quiet'],
      { stdio: 'ignore' },
    );
    const demoPage = join(work, 'demo.html');
    execFileSync(
      process.execPath,
      [
        cli,
        'report',
        join(project, 'examples/demo'),
        '--db',
        db,
        '--repo',
        'flowmesh/flowmesh',
        '--html',
        demoPage,
      ],
      {
        stdio: 'ignore',
      },
    );
    const dom = chromium(['--dump-dom', `file://${demoPage}`], work);
    expect(dom).toContain('<section id="history">');
    expect(dom).toMatch(/<p class="impact">saves [\d.]+ runner-min\/week .*; basis: /);
    // With durations for every job, critical paths are given in minutes.
    expect(dom).toMatch(/critical path \d+\.\d min p50/);
  });
});
