// What the three benchmark parts share: the machine description, table printing and the results files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.mjs';

export const RESULTS_DIR = join(REPO_ROOT, '.bench');

/** The machine and how busy it was: the machine is shared, so a figure means little without its load. */
export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
  };
}

/** Right-aligned columns after a left-aligned first one. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
        )
        .join('  '),
    )
    .join('\n');
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `.bench/<part>.json`, which `bench/run.mjs` gathers into `.bench/results.json`. */
export function writePart(part, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, `${part}.json`),
    `${JSON.stringify({ version: 1, part, date: new Date().toISOString(), ...data }, null, 2)}\n`,
  );
}

export function readPart(part) {
  return JSON.parse(readFileSync(join(RESULTS_DIR, `${part}.json`), 'utf8'));
}

/** A target as the results record it: what was asked, what was measured, whether it is met. */
export function target(name, limit, measured, unit = '') {
  return { name, limit, measured: Number(measured.toFixed(3)), unit, met: measured <= limit };
}

export function printTargets(targets) {
  for (const t of targets)
    process.stdout.write(
      `  ${t.met ? 'met    ' : 'MISSED '} ${t.name}: ${t.measured}${t.unit} (target ≤ ${t.limit}${t.unit})\n`,
    );
}
