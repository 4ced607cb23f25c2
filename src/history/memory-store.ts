/**
 * An in-memory `HistoryStore` (STYLE convention 29): the test double for sync's unit tests. It keeps the store's
 * contract — a run and its jobs replace any earlier copy as one unit — and nothing else.
 */
import type { RepoRef, RunWithJobs, WorkflowRecord } from './records.ts';
import type { HistoryStore, SyncCursor } from './store.ts';

export class MemoryHistoryStore implements HistoryStore {
  readonly repos: RepoRef[] = [];
  readonly runs = new Map<number, RunWithJobs & { readonly repoId: number }>();
  readonly cursors = new Map<string, SyncCursor>();
  readonly etags = new Map<string, string>();
  private readonly workflowsByRepo = new Map<number, Map<number, WorkflowRecord>>();
  /** The number of runs of each `writeRuns` call, for tests of how sync batches its writes. */
  readonly writes: number[] = [];

  async upsertRepo(repo: RepoRef): Promise<number> {
    const index = this.repos.findIndex(
      (known) =>
        known.owner.toLowerCase() === repo.owner.toLowerCase() &&
        known.name.toLowerCase() === repo.name.toLowerCase(),
    );
    if (index >= 0) return index + 1;
    this.repos.push(repo);
    return this.repos.length;
  }

  async upsertWorkflows(repoId: number, workflows: readonly WorkflowRecord[]): Promise<void> {
    const stored = this.workflowsByRepo.get(repoId) ?? new Map<number, WorkflowRecord>();
    for (const workflow of workflows) stored.set(workflow.id, workflow);
    this.workflowsByRepo.set(repoId, stored);
  }

  async workflows(repoId: number): Promise<readonly WorkflowRecord[]> {
    return [...(this.workflowsByRepo.get(repoId)?.values() ?? [])].sort((a, b) => a.id - b.id);
  }

  async writeRuns(repoId: number, runs: readonly RunWithJobs[]): Promise<void> {
    this.writes.push(runs.length);
    for (const entry of runs) this.runs.set(entry.run.id, { ...structuredClone(entry), repoId });
  }

  async completedRunIds(repoId: number, workflowId: number): Promise<ReadonlySet<number>> {
    const ids = new Set<number>();
    for (const entry of this.runs.values()) {
      if (entry.repoId === repoId && entry.run.workflowId === workflowId && entry.run.status === 'completed')
        ids.add(entry.run.id);
    }
    return ids;
  }

  async getCursor(repoId: number, workflowId: number): Promise<SyncCursor | undefined> {
    return this.cursors.get(`${repoId}/${workflowId}`);
  }

  async setCursor(repoId: number, workflowId: number, cursor: SyncCursor): Promise<void> {
    this.cursors.set(`${repoId}/${workflowId}`, cursor);
  }

  async getEtag(url: string): Promise<string | undefined> {
    return this.etags.get(url);
  }

  async setEtag(url: string, etag: string): Promise<void> {
    this.etags.set(url, etag);
  }

  async close(): Promise<void> {}
}
