/**
 * The recording covers four fixed weeks (April 2026), but `ciscope lint --db` measures the 30 days before now. To
 * replay it, every timestamp is moved by the same amount, so that the recording ends an hour ago: durations, queue
 * times and the order of runs are unchanged, only the calendar dates move. Used by scripts/demo.mjs (`npm start`)
 * and test/example.test.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RECORDING = dirname(fileURLToPath(import.meta.url));

/** GitHub's timestamps, as the recording writes them. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** The JSON files of the recording (runs listings and jobs listings), relative to its directory, sorted. */
export function recordingFiles(dir = RECORDING) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

function mapTimes(value, shift) {
  if (typeof value === 'string') return ISO.test(value) ? new Date(Date.parse(value) + shift).toISOString().replace(/\.000Z$/, 'Z') : value;
  if (Array.isArray(value)) return value.map((item) => mapTimes(item, shift));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTimes(item, shift)]));
  return value;
}

function latestTime(value) {
  if (typeof value === 'string') return ISO.test(value) ? Date.parse(value) : -Infinity;
  if (Array.isArray(value)) return value.reduce((latest, item) => Math.max(latest, latestTime(item)), -Infinity);
  if (value !== null && typeof value === 'object') return latestTime(Object.values(value));
  return -Infinity;
}

/**
 * Writes the recording into `to` with its timestamps moved so that the latest one is an hour before `now`;
 * returns the shift in milliseconds (whole seconds, so that the times keep GitHub's format).
 */
export function copyAsRecent(to, now = Date.now(), from = RECORDING) {
  const files = recordingFiles(from).map((file) => ({ file, json: JSON.parse(readFileSync(join(from, file), 'utf8')) }));
  const latest = files.reduce((max, { json }) => Math.max(max, latestTime(json)), -Infinity);
  const shift = Math.round((now - 3_600_000 - latest) / 1000) * 1000;
  for (const { file, json } of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    writeFileSync(join(to, file), JSON.stringify(mapTimes(json, shift)));
  }
  return shift;
}
