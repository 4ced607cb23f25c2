import { defineScenario } from '../define-scenario.ts';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Seed 002: a group per workflow and ref with `cancel-in-progress`, so that a newer run of the same branch cancels
 * the older one. Replayed on the measured arrivals: a superseded run stops at the newer run's creation and frees
 * its runners (which matters on a small self-hosted pool).
 */
export default defineScenario({
  id: 'missing-concurrency',
  description: 'Cancel superseded runs of the same branch',
  apply({ workflow, runs }) {
    // A mixed workflow gets `cancel-in-progress: ${{ github.event_name == 'pull_request' }}` from the fix.
    const mixed = workflow.triggers.some((trigger) => !PULL_REQUEST_EVENTS.has(trigger.event));
    return {
      runs,
      options: {
        concurrency: true,
        groupOf: (run) =>
          run.branch === null
            ? undefined
            : { group: `${run.branch}`, cancelInProgress: !mixed || PULL_REQUEST_EVENTS.has(run.event) },
      },
      assumptions: [
        'runs are grouped by branch; a newer run cancels the older one of its group at its measured creation time',
        mixed
          ? 'only pull request runs cancel; other runs of a group queue behind each other'
          : 'every run of a group cancels its predecessor',
      ],
    };
  },
});
