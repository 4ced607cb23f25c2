import { defineScenario } from '../define-scenario.ts';
import { isStep, locate } from '../locate.ts';

/**
 * Seed 003: build only the native platform on push (the foreign one on demand). The emulated share of a
 * multi-platform build is not measured per platform by GitHub, so it is derived from an assumed QEMU slowdown.
 */
export default defineScenario({
  id: 'qemu-emulated-build',
  description: 'Build the foreign platform only on demand',
  apply({ workflow, runs, finding, assumptions }) {
    if (finding === undefined) return { skipped: 'needs a qemu-emulated-build finding' };
    const { job, step } = locate(workflow, finding);
    if (job === undefined || step === undefined)
      return { skipped: 'the finding does not point at a build step' };
    // One native and one emulated platform: the emulated one takes `slowdown` times as long as the native one.
    const slowdown = assumptions.emulationSlowdown;
    const foreignShare = slowdown / (1 + slowdown);
    const changed = runs.map((run) => ({
      ...run,
      jobs: run.jobs.map((j) => {
        if (j.jobId !== job.id) return j;
        let saved = 0;
        const steps = j.steps.map((s) => {
          if (!isStep(s, step)) return s;
          saved = s.minutes * foreignShare;
          return { ...s, minutes: s.minutes - saved };
        });
        return { ...j, steps, minutes: j.minutes - saved };
      }),
    }));
    return {
      runs: changed,
      assumptions: [
        `an emulated platform builds ${slowdown}× slower than the native one (QEMU user-mode emulation is commonly 3–10× slower), so ${Math.round(foreignShare * 100)}% of a two-platform build step is the foreign platform`,
        'runs that asked for the foreign platform on purpose (a dispatch input) are not told apart: the saving is an upper bound',
      ],
    };
  },
});
