import { defineScenario } from '../define-scenario.ts';
import { isStep, locate } from '../locate.ts';

/** Seed 003: skip `docker/setup-qemu-action` when no build of the job targets a foreign platform. */
export default defineScenario({
  id: 'qemu-setup-unused',
  description: 'Skip the QEMU set-up step that no build uses',
  apply({ workflow, runs, finding }) {
    if (finding === undefined) return { skipped: 'needs a qemu-setup-unused finding' };
    const { job, step } = locate(workflow, finding);
    if (job === undefined || step === undefined) return { skipped: 'the finding does not point at a step' };
    const changed = runs.map((run) => ({
      ...run,
      jobs: run.jobs.map((j) => {
        if (j.jobId !== job.id) return j;
        const removed = j.steps.filter((s) => isStep(s, step)).reduce((sum, s) => sum + s.minutes, 0);
        return { ...j, steps: j.steps.filter((s) => !isStep(s, step)), minutes: j.minutes - removed };
      }),
    }));
    return { runs: changed, assumptions: ['the measured duration of the set-up step is saved in every run'] };
  },
});
