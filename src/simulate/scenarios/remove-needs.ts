import { defineScenario } from '../define-scenario.ts';
import { gatesLost } from '../workflow-diff.ts';

/**
 * `--remove-needs JOB:DEP`: run JOB without waiting for DEP (parallelise). Reports the gates JOB stops waiting for,
 * directly or transitively — seed 003 lost the connector smoke test this way, twice.
 */
export default defineScenario({
  id: 'remove-needs',
  description: 'Run a job without waiting for one of its needs',
  apply({ workflow, runs, argument }) {
    const [jobId, dependency] = (argument ?? '').split(':');
    if (jobId === undefined || dependency === undefined || !workflow.jobsById.has(jobId)) {
      return { skipped: `\`${argument ?? ''}\` is not JOB:DEP of this workflow` };
    }
    if (!(workflow.graph.needs.get(jobId) ?? []).includes(dependency))
      return { skipped: `\`${jobId}\` does not need \`${dependency}\`` };
    const afterNeeds = new Map(workflow.graph.needs);
    afterNeeds.set(
      jobId,
      (afterNeeds.get(jobId) ?? []).filter((need) => need !== dependency),
    );
    const ids = workflow.jobs.map((job) => job.id);
    const shardsOf = (run: (typeof runs)[number], id: string) =>
      run.jobs.filter((j) => j.jobId === id).map((j) => j.key);
    const changed = runs.map((run) => ({
      ...run,
      jobs: run.jobs.map((j) => {
        if (j.jobId !== jobId) return j;
        const dropped = new Set(shardsOf(run, dependency));
        return { ...j, needs: j.needs.filter((need) => !dropped.has(need)) };
      }),
    }));
    return {
      runs: changed,
      gatesLost: gatesLost(ids, workflow.graph.needs, ids, afterNeeds),
      assumptions: [
        `\`${jobId}\` keeps its measured duration and starts as soon as its remaining needs complete`,
      ],
    };
  },
});
