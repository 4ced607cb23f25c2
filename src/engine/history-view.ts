/**
 * What a history-aware rule may read about past runs. Filled from the store by `src/history/`; rules never query
 * the database themselves.
 */
export interface JobDurations {
  /** Successful attempts only, in minutes. */
  readonly maxMinutes: number;
  readonly p50Minutes: number;
  readonly runs: number;
}

export interface HistoryView {
  /** Duration figures of a job, by workflow path and job id; undefined when the job has no matched history. */
  jobDurations(workflowPath: string, jobId: string): JobDurations | undefined;
}
