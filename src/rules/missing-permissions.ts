import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import type { Job, Repository } from '../workflow/model.ts';
import { mergedAccess, requiredPermissionsOfJob } from '../workflow/required-permissions.ts';
import type { Access, PermissionScope } from '../workflow/required-permissions.ts';

/** Jobs named in the message before it says "and N more". */
const LISTED_JOBS = 5;

export default defineRule({
  id: 'missing-permissions',
  meta: {
    description: 'Give the `GITHUB_TOKEN` least-privilege `permissions` instead of the repository default',
    category: 'hygiene',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      missingPermissions:
        'No top-level `permissions`, and {{jobs}} {{verb}} none: the `GITHUB_TOKEN` gets the repository default, which may be write access to everything.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      if (workflow.permissions !== undefined || workflow.jobsKey === undefined) continue;
      // A reusable workflow runs with at most what its caller grants: the caller's block is the one to write.
      if (
        workflow.triggers.length > 0 &&
        workflow.triggers.every((trigger) => trigger.event === 'workflow_call')
      )
        continue;
      const bare = workflow.jobs.filter((job) => job.permissions === undefined);
      if (bare.length === 0) continue;
      const plan = planPermissions(bare, repo);
      const jobsKey = workflow.jobsKey;
      report({
        messageId: 'missingPermissions',
        data: { jobs: listJobs(bare), verb: bare.length === 1 ? 'sets' : 'set' },
        at: workflow.onKey ?? { range: { file: workflow.file, start: 0, end: 0 } },
        fix: {
          title: fixTitle(plan),
          // Inferred from a table: an action it does not know may need a scope the block leaves out.
          unsafe: plan.unknown.length > 0,
          edits: (fixer) => [
            fixer.insertLinesBefore(jobsKey, 'permissions:\n  contents: read\n\n'),
            ...plan.elevated.flatMap(({ job, access }) => jobPermissionsEdit(fixer, job, access)),
          ],
        },
      });
    }
  },
});

interface Elevated {
  readonly job: Job;
  /** Every scope the job's block grants, `contents` first. */
  readonly access: ReadonlyMap<PermissionScope, Access>;
}

interface Plan {
  readonly elevated: readonly Elevated[];
  readonly unknown: readonly string[];
}

/**
 * Workflow level gets `contents: read`; a job that needs more gets its own block (seed 000: workflow
 * `contents: read`, build job `actions: write`), which replaces the workflow's, so it restates `contents`.
 */
function planPermissions(jobs: readonly Job[], repo: Repository): Plan {
  const elevated: Elevated[] = [];
  const unknown = new Set<string>();
  for (const job of jobs) {
    const required = requiredPermissionsOfJob(job, repo);
    for (const what of required.unknown) unknown.add(`job \`${job.id}\` uses ${what}`);
    const merged = mergedAccess(required.needs);
    const beyondRead = [...merged].some(([scope, access]) => !(scope === 'contents' && access === 'read'));
    if (!beyondRead) continue;
    const access = new Map<PermissionScope, Access>([['contents', merged.get('contents') ?? 'read']]);
    for (const [scope, level] of [...merged].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (scope !== 'contents') access.set(scope, level);
    elevated.push({ job, access });
  }
  return { elevated, unknown: [...unknown] };
}

function jobPermissionsEdit(
  fixer: Fixer,
  job: Job,
  access: ReadonlyMap<PermissionScope, Access>,
): TextEdit[] {
  const lines = [...access].map(([scope, level]) => `  ${scope}: ${level}`).join('\n');
  if (job.node.flow) {
    const flow = [...access].map(([scope, level]) => `${scope}: ${level}`).join(', ');
    return [fixer.addToMap(job.node, 'permissions', `{ ${flow} }`)];
  }
  const anchor = job.node.pair('steps') ?? job.node.pair('uses') ?? job.node.pairs[job.node.pairs.length - 1];
  if (anchor === undefined) return [];
  return [fixer.insertLinesBefore(anchor.key, `permissions:\n${lines}\n`)];
}

function fixTitle(plan: Plan): string {
  const parts = ['Add top-level `permissions: { contents: read }`'];
  if (plan.elevated.length > 0) {
    const jobs = plan.elevated.map(({ job, access }) => {
      const extra = [...access].filter(([scope, level]) => !(scope === 'contents' && level === 'read'));
      return `\`${job.id}\` (${extra.map(([scope, level]) => `\`${scope}: ${level}\``).join(', ')})`;
    });
    parts.push(` and job-level permissions for ${jobs.join(', ')}`);
  }
  if (plan.unknown.length > 0) {
    const shown = plan.unknown.slice(0, 3).join('; ');
    const more = plan.unknown.length > 3 ? `; and ${plan.unknown.length - 3} more` : '';
    parts.push(`; review first: ${shown}${more}, whose needs ciscope cannot infer`);
  }
  return parts.join('');
}

function listJobs(jobs: readonly Job[]): string {
  const named = jobs.slice(0, LISTED_JOBS).map((job) => `\`${job.id}\``);
  const rest = jobs.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  return `${jobs.length === 1 ? 'job' : 'jobs'} ${list}`;
}
