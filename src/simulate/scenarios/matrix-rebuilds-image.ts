import { defineScenario } from '../define-scenario.ts';
import { isStep, locate } from '../locate.ts';
import { percentile } from '../percentile.ts';
import type { PlannedJob } from '../replay.ts';

const BUILD_JOB = 'build-image';

/**
 * Seed 000: build the image once in a `build-image` job, upload the tarball, and have every shard download and
 * `docker load` it instead of building. Shards then start after the build: the time to the first test output
 * moves right by the build, the runner-minutes drop by (shards − 1) builds.
 */
export default defineScenario({
  id: 'matrix-rebuilds-image',
  description: 'Build the image once and share it across the matrix shards',
  apply({ workflow, runs, finding, assumptions }) {
    if (finding === undefined) return { skipped: 'needs a matrix-rebuilds-image finding' };
    const { job, step } = locate(workflow, finding);
    if (job === undefined || step === undefined)
      return { skipped: 'the finding does not point at a build step' };
    const builds = runs.flatMap((run) =>
      run.jobs.filter((j) => j.jobId === job.id).flatMap((j) => j.steps.filter((s) => isStep(s, step))),
    );
    const buildMinutes = percentile(
      builds.map((s) => s.minutes),
      0.5,
    );
    if (buildMinutes === undefined)
      return { skipped: `no measured run of job \`${job.id}\` has the build step` };
    const changed = runs.map((run) => {
      const shards = run.jobs.filter((j) => j.jobId === job.id);
      if (shards.length === 0) return run;
      const first = shards[0] as PlannedJob;
      const buildIndex = first.steps.findIndex((s) => isStep(s, step));
      // The new job sets up like a shard (checkout, buildx …) up to the build, builds once and uploads.
      const setup = buildIndex === -1 ? [] : first.steps.slice(0, buildIndex);
      const setupMinutes = setup.reduce((sum, s) => sum + s.minutes, 0);
      const buildJob: PlannedJob = {
        key: BUILD_JOB,
        jobId: BUILD_JOB,
        needs: first.needs,
        pool: first.pool,
        minutes: setupMinutes + buildMinutes + assumptions.imageUploadMinutes,
        steps: [
          ...setup,
          { name: 'Build image', minutes: buildMinutes },
          { name: 'Upload image', minutes: assumptions.imageUploadMinutes },
        ],
      };
      const jobs = run.jobs.map((j) => {
        if (j.jobId !== job.id) return j;
        const built = j.steps.find((s) => isStep(s, step));
        const saved = (built?.minutes ?? 0) - assumptions.imageLoadMinutes;
        return {
          ...j,
          // The shards now wait for the build, which waits for what the shards waited for.
          needs: [BUILD_JOB],
          minutes: Math.max(0, j.minutes - saved),
          steps: j.steps.map((s) =>
            s === built ? { name: 'Load image', minutes: assumptions.imageLoadMinutes } : s,
          ),
        };
      });
      return { ...run, jobs: [buildJob, ...jobs] };
    });
    return {
      runs: changed,
      assumptions: [
        `one build takes the measured median of the build step, ${buildMinutes.toFixed(1)} min (from ${builds.length} shard builds)`,
        `exporting and uploading the image tarball takes ${assumptions.imageUploadMinutes} min, once per run`,
        `downloading and \`docker load\`ing it takes ${assumptions.imageLoadMinutes} min per shard (seed 000 measured ~15 s)`,
        'the build job sets up like a shard (the steps before the build) and runs on the same runner type',
      ],
    };
  },
});
