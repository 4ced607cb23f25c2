/**
 * `ciscope compare`: groups of runs chosen by filters (`branch=main since=2025-03-01`), their wall clock and
 * runner-minutes per run, and each later group against the first with the verdict of compare-stats.ts. Seed 001's
 * baseline / cache write / cache read table is what it produces: a few runs per column, where the spread decides
 * whether a difference is one.
 *
 * A run counts by its latest attempt (what the user waited for): wall clock from its first job start to its last
 * job end, runner-minutes summed over that attempt's jobs.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import type { DuckDbHistoryStore } from './duckdb-store.ts';
import { compareGroups, groupFigures } from './compare-stats.ts';
import type { Difference, GroupFigures } from './compare-stats.ts';

export type FilterTerm =
  | { readonly key: 'branch' | 'event' | 'conclusion' | 'workflow'; readonly value: string }
  | { readonly key: 'sha'; readonly value: string }
  | { readonly key: 'runs'; readonly ids: readonly number[] }
  | { readonly key: 'since' | 'until'; readonly ms: number };

export interface RunFilter {
  /** As the user wrote it. */
  readonly text: string;
  readonly terms: readonly FilterTerm[];
}

/** A filter the user wrote wrong: the message names the term. */
export class FilterError extends Error {}

export const FILTER_KEYS = [
  'branch',
  'sha',
  'runs',
  'since',
  'until',
  'workflow',
  'event',
  'conclusion',
] as const;
const DAY = 86_400_000;

/** Whitespace-separated `key=value` terms, ANDed. */
export function parseFilter(text: string): RunFilter {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0)
    throw new FilterError(`a filter needs at least one key=value term (${FILTER_KEYS.join(', ')})`);
  const terms = words.map((word): FilterTerm => {
    const equals = word.indexOf('=');
    const key = equals === -1 ? word : word.slice(0, equals);
    const value = equals === -1 ? '' : word.slice(equals + 1);
    if (equals === -1 || !(FILTER_KEYS as readonly string[]).includes(key)) {
      throw new FilterError(
        `\`${word}\` is not a filter term; use key=value with a key of ${FILTER_KEYS.join(', ')}`,
      );
    }
    if (value === '') throw new FilterError(`\`${word}\` has no value`);
    switch (key) {
      case 'sha':
        if (!/^[0-9a-f]{4,40}$/i.test(value))
          throw new FilterError(`\`${word}\`: a commit SHA (prefix) is 4 to 40 hex digits`);
        return { key, value: value.toLowerCase() };
      case 'runs': {
        const ids = value.split(',');
        if (!ids.every((id) => /^\d+$/.test(id)))
          throw new FilterError(`\`${word}\`: runs= takes run ids separated by commas`);
        return { key, ids: ids.map(Number) };
      }
      case 'since':
      case 'until': {
        const ms = parseDate(value);
        if (ms === undefined)
          throw new FilterError(`\`${word}\`: a date is YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)`);
        // `until=2025-03-05` includes that whole day.
        return { key, ms: key === 'until' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? ms + DAY : ms };
      }
      default:
        return { key: key as 'branch' | 'event' | 'conclusion' | 'workflow', value };
    }
  });
  return { text: words.join(' '), terms };
}

function parseDate(text: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)Z)?$/.exec(text);
  if (match === null) return undefined;
  const ms = Date.parse(`${match[1]}T${match[2] ?? '00:00'}${match[2]?.length === 5 ? ':00' : ''}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface RunMeasure {
  readonly id: number;
  readonly path: string;
  readonly name: string;
  readonly wallClockMinutes: number;
  readonly runnerMinutes: number;
}

/** The runs of a repository that pass the filter (and one of `workflows`, when given), with their figures. */
export async function runsMatching(
  store: DuckDbHistoryStore,
  repoId: number,
  filter: RunFilter,
  workflows: readonly string[] = [],
): Promise<RunMeasure[]> {
  const params: DuckDBValue[] = [repoId];
  const param = (value: DuckDBValue): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const workflowMatch = (file: string): string => {
    const value = param(file.replace(/^\.\//, ''));
    return `(path = ${value} OR path LIKE '%/' || ${value} OR name = ${value})`;
  };
  const conditions = filter.terms.map((term) => {
    switch (term.key) {
      case 'branch':
        return `head_branch = ${param(term.value)}`;
      case 'event':
        return `event = ${param(term.value)}`;
      case 'conclusion':
        return `lower(conclusion) = lower(${param(term.value)})`;
      case 'workflow':
        return workflowMatch(term.value);
      case 'sha':
        return `starts_with(lower(head_sha), ${param(term.value)})`;
      case 'runs':
        return `id IN (${term.ids.map((id) => param(BigInt(id))).join(', ')})`;
      case 'since':
        return `created_ms >= ${param(BigInt(term.ms))}`;
      case 'until':
        return `created_ms < ${param(BigInt(term.ms))}`;
    }
  });
  if (workflows.length > 0) conditions.push(`(${workflows.map(workflowMatch).join(' OR ')})`);
  const rows = await store.query(
    `WITH last AS (SELECT run_id, max(run_attempt) AS attempt FROM jobs GROUP BY run_id),
     candidates AS (
       SELECT r.id, coalesce(r.path, w.path, '') AS path, coalesce(r.name, w.name, '') AS name, r.event, r.head_branch, r.head_sha,
         r.conclusion, coalesce(r.created_at_ms, r.run_started_at_ms) AS created_ms
       FROM runs r LEFT JOIN workflows w ON w.repo_id = r.repo_id AND w.id = r.workflow_id
       WHERE r.repo_id = $1 AND NOT r.placeholder),
     chosen AS (SELECT * FROM candidates WHERE ${conditions.length === 0 ? 'true' : conditions.join(' AND ')})
     SELECT c.id, c.path, c.name,
       (max(j.completed_at_ms) - min(j.started_at_ms)) / 60000.0 AS wall,
       sum(j.completed_at_ms - j.started_at_ms) / 60000.0 AS runner
     FROM chosen c JOIN last ON last.run_id = c.id JOIN jobs j ON j.run_id = c.id AND j.run_attempt = last.attempt
     WHERE j.started_at_ms IS NOT NULL AND j.completed_at_ms >= j.started_at_ms
     GROUP BY c.id, c.path, c.name ORDER BY c.id`,
    params,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    path: String(row.path),
    name: String(row.name),
    wallClockMinutes: Number(row.wall),
    runnerMinutes: Number(row.runner),
  }));
}

export interface ComparedGroup {
  readonly label: string;
  readonly filter: string;
}

export interface GroupResult {
  readonly label: string;
  readonly runIds: readonly number[];
  readonly wallClockMinutes: GroupFigures;
  readonly runnerMinutesPerRun: GroupFigures;
}

export interface DifferenceResult {
  readonly label: string;
  readonly against: string;
  readonly wallClockMinutes: Difference;
  readonly runnerMinutesPerRun: Difference;
}

export interface WorkflowComparison {
  readonly path: string;
  readonly name: string;
  readonly groups: readonly GroupResult[];
  /** Every group after the first, against the first. */
  readonly differences: readonly DifferenceResult[];
}

export interface Comparison {
  readonly groups: readonly ComparedGroup[];
  readonly workflows: readonly WorkflowComparison[];
}

/** Per workflow that has runs in any group: the figures of each group, and each later group against the first. */
export async function compareRuns(
  store: DuckDbHistoryStore,
  repoId: number,
  groups: readonly { readonly label: string; readonly filter: RunFilter }[],
  workflows: readonly string[] = [],
): Promise<Comparison> {
  const matched: RunMeasure[][] = [];
  for (const group of groups) matched.push(await runsMatching(store, repoId, group.filter, workflows));
  const paths = [...new Set(matched.flat().map((run) => run.path))].sort();
  const [first] = groups;
  return {
    groups: groups.map((group) => ({ label: group.label, filter: group.filter.text })),
    workflows: paths.map((path) => {
      const runsOf = matched.map((runs) => runs.filter((run) => run.path === path));
      const results = groups.map((group, index): GroupResult => {
        const runs = runsOf[index] ?? [];
        return {
          label: group.label,
          runIds: runs.map((run) => run.id),
          wallClockMinutes: groupFigures(runs.map((run) => run.wallClockMinutes)),
          runnerMinutesPerRun: groupFigures(runs.map((run) => run.runnerMinutes)),
        };
      });
      const base = runsOf[0] ?? [];
      const differences = groups.slice(1).map((group, index): DifferenceResult => {
        const other = runsOf[index + 1] ?? [];
        const labels = [first?.label ?? '', group.label] as const;
        return {
          label: group.label,
          against: first?.label ?? '',
          wallClockMinutes: compareGroups(
            base.map((run) => run.wallClockMinutes),
            other.map((run) => run.wallClockMinutes),
            'min',
            labels,
          ),
          runnerMinutesPerRun: compareGroups(
            base.map((run) => run.runnerMinutes),
            other.map((run) => run.runnerMinutes),
            'runner-min',
            labels,
            'amount',
          ),
        };
      });
      const name = matched.flat().find((run) => run.path === path)?.name ?? '';
      return { path, name, groups: results, differences };
    }),
  };
}
