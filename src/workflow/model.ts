/**
 * The read-only repository model that rules read. Every value keeps its source range (`Located`, or an `LNode`
 * whose `range` points into the file), so a finding can name the exact key or step.
 */
import type { Value } from './expressions.ts';
import type { Located, Range, SourceFile } from './source.ts';
import type { LMap, LNode, LScalar, LSeq } from './yaml-tree.ts';

export type { Located, Range, SourceFile } from './source.ts';
export type { LMap, LNode, LScalar, LSeq } from './yaml-tree.ts';

/** A problem found while building the model; the engine reports each as a finding of the named rule. */
export interface ModelProblem {
  readonly ruleId: 'parse-error' | 'unknown-needs' | 'needs-cycle';
  readonly message: string;
  readonly range: Range;
}

export interface Repository {
  /** Absolute path of the analysed directory. */
  readonly root: string;
  /**
   * `OWNER/NAME` of the repository when known (`--repo`, else the checkout's `origin` remote): a reusable workflow
   * called as `OWNER/NAME/.github/workflows/x.yml@ref` is then one of its own.
   */
  readonly slug?: string | undefined;
  readonly workflows: readonly Workflow[];
  /** Local actions (`action.yml`), keyed by their directory relative to the root (`.github/actions/setup`). */
  readonly actions: ReadonlyMap<string, LocalAction>;
  readonly dockerfiles: readonly Dockerfile[];
  readonly composeFiles: readonly ComposeFile[];
  readonly bakeFiles: readonly BakeFile[];
  readonly dockerignores: readonly Dockerignore[];
  /** Tool versions pinned in the repository (`.python-version`, `.nvmrc`, `packageManager`, `ARG UV_VERSION` …). */
  readonly pinnedTools: readonly PinnedTool[];
  /** Every file that was read, with the problems found in it; rules never see the file system. */
  readonly files: readonly SourceFile[];
  readonly problems: readonly ModelProblem[];
  /** Reads another text file of the repository (for rules that need e.g. a Dockerfile named in a step). */
  readonly readText: (path: string) => string | undefined;
}

export interface Workflow {
  readonly file: SourceFile;
  readonly root: LMap;
  readonly name: LScalar | undefined;
  /** The `on` key (for locating findings about triggers). */
  readonly onKey: LScalar | undefined;
  readonly triggers: readonly Trigger[];
  readonly env: EnvBlock;
  readonly concurrency: Concurrency | undefined;
  readonly permissions: LPairRef | undefined;
  readonly defaults: LNode | undefined;
  /** The `jobs` key and its map. */
  readonly jobsKey: LScalar | undefined;
  readonly jobsNode: LMap | undefined;
  readonly jobs: readonly Job[];
  readonly jobsById: ReadonlyMap<string, Job>;
  readonly graph: JobGraph;
}

export interface LPairRef {
  readonly key: LScalar;
  readonly value: LNode;
}

export interface Trigger {
  /** Event name as written (`pull_request`, `push`, `workflow_dispatch` …). */
  readonly event: string;
  readonly at: LScalar;
  /** The event's configuration map, when it has one. */
  readonly config: LMap | undefined;
  readonly branches: readonly string[] | undefined;
  readonly branchesIgnore: readonly string[] | undefined;
  readonly tags: readonly string[] | undefined;
  readonly paths: readonly string[] | undefined;
  /** `workflow_dispatch` / `workflow_call` inputs and their defaults. */
  readonly inputs: readonly WorkflowInput[];
  /**
   * Set on a caller's trigger seen from a reusable workflow it calls (`image-builds.ts` `runTriggers`, never the
   * parser): the calling job, with `inputs` holding as defaults the values that job passes.
   */
  readonly calledFrom?: Job;
}

export interface WorkflowInput {
  readonly name: string;
  readonly key: LScalar;
  readonly default: Value | undefined;
  readonly type: string | undefined;
}

export interface EnvBlock {
  readonly node: LMap | undefined;
  /** Variable name → its raw value (expressions not yet evaluated). */
  readonly vars: ReadonlyMap<string, EnvVar>;
}

export interface EnvVar {
  readonly name: string;
  readonly key: LScalar;
  readonly value: LNode;
}

export interface Concurrency {
  readonly key: LScalar;
  readonly node: LNode;
  readonly group: LNode | undefined;
  /** `cancel-in-progress` as written: a boolean scalar, an expression, or absent. */
  readonly cancelInProgress: LNode | undefined;
}

export interface Job {
  readonly id: string;
  readonly key: LScalar;
  readonly node: LMap;
  readonly workflow: Workflow;
  readonly name: LScalar | undefined;
  readonly needs: readonly LScalar[];
  readonly needsNode: LPairRef | undefined;
  readonly if: LNode | undefined;
  readonly runsOn: LNode | undefined;
  readonly env: EnvBlock;
  readonly permissions: LPairRef | undefined;
  readonly concurrency: Concurrency | undefined;
  readonly timeoutMinutes: LPairRef | undefined;
  readonly container: LNode | undefined;
  readonly strategyNode: LMap | undefined;
  readonly matrix: Matrix | undefined;
  /** A reusable-workflow call (`uses: ./.github/workflows/x.yml` or `owner/repo/...@ref`). */
  readonly uses: LScalar | undefined;
  readonly with: LMap | undefined;
  readonly stepsNode: LSeq | undefined;
  readonly steps: readonly Step[];
}

export interface Step {
  readonly index: number;
  readonly node: LMap;
  readonly job: Job;
  readonly id: string | undefined;
  readonly name: LScalar | undefined;
  readonly uses: LScalar | undefined;
  /** `uses` split into its parts; `docker://` and local (`./`) references have no ref. */
  readonly action: ActionRef | undefined;
  readonly run: LScalar | undefined;
  readonly with: LMap | undefined;
  readonly env: EnvBlock;
  readonly if: LNode | undefined;
}

export interface ActionRef {
  /** `docker/build-push-action`, `./.github/actions/setup`, or `docker://alpine:3`. Lower-cased for owner/repo. */
  readonly name: string;
  readonly ref: string | undefined;
  readonly local: boolean;
}

export interface Matrix {
  readonly key: LScalar;
  readonly node: LNode;
  /** `matrix: ${{ fromJSON(...) }}` or a dimension given by an expression: the combinations are not known. */
  readonly dynamic: boolean;
  /** The expanded combinations, when known. */
  readonly combinations: readonly Readonly<Record<string, Value>>[] | undefined;
  /** Number of jobs GitHub starts, when known. */
  readonly size: number | undefined;
  /**
   * Set when the matrix expands to more than GitHub's 256 jobs (then `combinations` and `size` are undefined: the
   * expansion stops at the limit). `jobs` is the full count when it is cheap to know.
   */
  readonly overLimit?: { readonly jobs: number | undefined };
}

export interface JobGraph {
  /** Job ids in an order where every job follows its needs (cycles broken arbitrarily). */
  readonly order: readonly string[];
  /** Direct needs, only of jobs that exist. */
  readonly needs: ReadonlyMap<string, readonly string[]>;
  /** Every job a job transitively waits for. */
  upstream(jobId: string): ReadonlySet<string>;
  /** Every job that transitively waits for a job. */
  downstream(jobId: string): ReadonlySet<string>;
}

export interface LocalAction {
  readonly file: SourceFile;
  readonly dir: string;
  readonly root: LMap;
  /** `composite`, `docker`, `node20` … */
  readonly using: string | undefined;
  readonly steps: readonly Step[];
}

// ---- the Docker side ----

export interface Dockerfile {
  readonly file: SourceFile;
  readonly instructions: readonly DockerInstruction[];
  /** `ARG NAME=value` defaults, by name. */
  readonly args: ReadonlyMap<string, Located<string>>;
}

export interface DockerInstruction {
  /** Upper-cased keyword: `FROM`, `COPY`, `RUN` … */
  readonly keyword: string;
  /** The arguments after the keyword, with continuation lines joined. */
  readonly args: string;
  readonly range: Range;
}

export interface ComposeFile {
  readonly file: SourceFile;
  readonly root: LMap;
  readonly services: readonly ComposeService[];
}

export interface ComposeService {
  readonly name: string;
  readonly key: LScalar;
  readonly node: LMap;
  readonly build: LNode | undefined;
  readonly image: LScalar | undefined;
  /** The `x-bake` map under `build`, if any. */
  readonly xBake: LPairRef | undefined;
  /** Keys of cache settings under `x-bake` (`cache-from`, `cache-to`, `cache_from`, `cache_to`). */
  readonly xBakeCache: readonly LScalar[];
  /** `build.cache_from` / `build.cache_to` keys: compose's own cache settings, which bake does receive. */
  readonly buildCache: readonly LScalar[];
  /** The build context relative to the repository root (`build: ./dir` or `build.context`), when literal. */
  readonly context: string | undefined;
  /** The Dockerfile relative to the repository root, when `build` is set and the path is literal. */
  readonly dockerfile: string | undefined;
}

export interface BakeFile {
  readonly file: SourceFile;
  /** Whether any target declares `cache-from` or `cache-to`. */
  readonly hasCache: boolean;
  readonly targets: readonly string[];
  /** The targets with what rules need of them; a later definition of one name is merged by bake, listed here apart. */
  readonly targetDefinitions: readonly BakeTarget[];
  /** `group "name" { targets = [...] }`, by name. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

export interface BakeTarget {
  readonly name: string;
  /** The target's header (`target "name"`, or its JSON key). */
  readonly range: Range;
  /** The `cache-from` / `cache-to` attribute names, located. */
  readonly cache: readonly Located<string>[];
  readonly inherits: readonly string[];
  /** Literal `context` and `dockerfile` (bake resolves `dockerfile` against `context`). */
  readonly context: string | undefined;
  readonly dockerfile: string | undefined;
}

export interface Dockerignore {
  readonly file: SourceFile;
  /** The build context directory this file applies to, relative to the root (`.` for the root). */
  readonly dir: string;
  readonly patterns: readonly DockerignorePattern[];
}

export interface DockerignorePattern {
  readonly pattern: string;
  readonly negated: boolean;
  readonly range: Range;
}

export interface PinnedTool {
  /** `python`, `node`, `uv`, `pnpm`, `go`, `java`, `ruby`, `rust` … */
  readonly tool: string;
  readonly version: string;
  /** Where it is pinned. */
  readonly at: Located<string>;
}
