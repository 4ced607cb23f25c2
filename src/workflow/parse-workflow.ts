/** Builds the typed `Workflow` (and local action) model from a parsed YAML tree. Parsing happens once per file. */
import type { Value } from './expressions.ts';
import { UNKNOWN } from './expressions.ts';
import { buildJobGraph } from './job-graph.ts';
import { buildMatrix } from './matrix.ts';
import type {
  ActionRef,
  Concurrency,
  EnvBlock,
  EnvVar,
  Job,
  LocalAction,
  LPairRef,
  ModelProblem,
  Step,
  Trigger,
  Workflow,
  WorkflowInput,
} from './model.ts';
import type { SourceFile } from './source.ts';
import { asMap, asScalar, asSeq, LMap, parseYaml, scalarList, scalarString, toPlain } from './yaml-tree.ts';
import type { LNode, LScalar } from './yaml-tree.ts';

export interface ParseResult<T> {
  readonly model: T | undefined;
  readonly problems: readonly ModelProblem[];
}

export function parseWorkflow(file: SourceFile): ParseResult<Workflow> {
  const { root, problems: yamlProblems } = parseYaml(file, { mergeKeys: 'reject' });
  const problems: ModelProblem[] = yamlProblems.map((p) => ({
    ruleId: 'parse-error',
    message: p.message,
    range: p.range,
  }));
  if (yamlProblems.length > 0) return { model: undefined, problems };
  if (!(root instanceof LMap)) {
    const range = root?.range ?? { file, start: 0, end: 0 };
    problems.push({
      ruleId: 'parse-error',
      message: 'A workflow file must be a mapping with `on` and `jobs`.',
      range,
    });
    return { model: undefined, problems };
  }
  return { model: buildWorkflow(file, root, problems), problems };
}

function buildWorkflow(file: SourceFile, root: LMap, problems: ModelProblem[]): Workflow {
  const onPair = root.pair('on');
  const jobsPair = root.pair('jobs');
  if (onPair === undefined) {
    problems.push({
      ruleId: 'parse-error',
      message: 'A workflow needs an `on` key naming its triggers.',
      range: root.range,
    });
  }
  if (jobsPair === undefined) {
    problems.push({
      ruleId: 'parse-error',
      message: 'A workflow needs a `jobs` mapping.',
      range: root.range,
    });
  }
  const jobsNode = asMap(jobsPair?.value);
  const jobs: Job[] = [];
  const workflow = {
    file,
    root,
    name: asScalar(root.get('name')),
    onKey: onPair?.key,
    triggers: onPair === undefined ? [] : parseTriggers(onPair.value),
    env: parseEnv(root.get('env')),
    concurrency: parseConcurrency(root.pair('concurrency')),
    permissions: root.pair('permissions'),
    defaults: root.get('defaults'),
    jobsKey: jobsPair?.key,
    jobsNode,
    jobs,
    jobsById: new Map<string, Job>(),
    graph: undefined as unknown as Workflow['graph'],
  } satisfies Record<keyof Workflow, unknown>;
  for (const { key, value } of jobsNode?.pairs ?? []) {
    if (!(value instanceof LMap)) {
      problems.push({
        ruleId: 'parse-error',
        message: `Job \`${String(key.value)}\` must be a mapping.`,
        range: value.range,
      });
      continue;
    }
    const job = parseJob(workflow, key, value);
    jobs.push(job);
    (workflow.jobsById as Map<string, Job>).set(job.id, job);
  }
  workflow.graph = buildJobGraph(jobs, problems);
  return workflow;
}

function parseTriggers(node: LNode): Trigger[] {
  const map = asMap(node);
  if (map === undefined) {
    return scalarList(node).map((at) => trigger(String(at.value), at, undefined));
  }
  return map.pairs.map(({ key, value }) => trigger(String(key.value), key, asMap(value)));
}

function trigger(event: string, at: LScalar, config: LMap | undefined): Trigger {
  const strings = (key: string): readonly string[] | undefined =>
    config?.has(key) === true ? scalarList(config.get(key)).map((s) => String(s.value)) : undefined;
  return {
    event,
    at,
    config,
    branches: strings('branches'),
    branchesIgnore: strings('branches-ignore'),
    tags: strings('tags'),
    paths: strings('paths'),
    inputs: parseInputs(asMap(config?.get('inputs'))),
  };
}

function parseInputs(node: LMap | undefined): WorkflowInput[] {
  if (node === undefined) return [];
  return node.pairs.map(({ key, value }) => {
    const spec = asMap(value);
    const defaultNode = spec?.get('default');
    const type = scalarString(spec?.get('type'));
    let defaultValue: Value | undefined;
    if (defaultNode !== undefined && defaultNode.kind === 'scalar') {
      const raw = defaultNode.value;
      defaultValue = typeof raw === 'string' && raw.includes('${{') ? UNKNOWN : raw;
    }
    return { name: String(key.value), key, default: defaultValue, type };
  });
}

export function parseEnv(node: LNode | undefined): EnvBlock {
  const map = asMap(node);
  const vars = new Map<string, EnvVar>();
  for (const { key, value } of map?.pairs ?? [])
    vars.set(String(key.value), { name: String(key.value), key, value });
  return { node: map, vars };
}

function parseConcurrency(pair: LPairRef | undefined): Concurrency | undefined {
  if (pair === undefined) return undefined;
  const map = asMap(pair.value);
  return {
    key: pair.key,
    node: pair.value,
    group: map === undefined ? pair.value : map.get('group'),
    cancelInProgress: map?.get('cancel-in-progress'),
  };
}

function parseJob(workflow: Workflow, key: LScalar, node: LMap): Job {
  const strategy = asMap(node.get('strategy'));
  const matrixPair = strategy?.pair('matrix');
  const stepsNode = asSeq(node.get('steps'));
  const steps: Step[] = [];
  const job: Job = {
    id: String(key.value),
    key,
    node,
    workflow,
    name: asScalar(node.get('name')),
    needs: scalarList(node.get('needs')),
    needsNode: node.pair('needs'),
    if: node.get('if'),
    runsOn: node.get('runs-on'),
    env: parseEnv(node.get('env')),
    permissions: node.pair('permissions'),
    concurrency: parseConcurrency(node.pair('concurrency')),
    timeoutMinutes: node.pair('timeout-minutes'),
    container: node.get('container'),
    strategyNode: strategy,
    matrix: matrixPair === undefined ? undefined : buildMatrix(matrixPair),
    uses: asScalar(node.get('uses')),
    with: asMap(node.get('with')),
    stepsNode,
    steps,
  };
  stepsNode?.items.forEach((item, index) => {
    if (item instanceof LMap) steps.push(parseStep(job, item, index));
  });
  return job;
}

export function parseStep(job: Job, node: LMap, index: number): Step {
  const uses = asScalar(node.get('uses'));
  return {
    index,
    node,
    job,
    id: scalarString(node.get('id')),
    name: asScalar(node.get('name')),
    uses,
    action: uses === undefined ? undefined : parseActionRef(String(uses.value ?? '')),
    run: asScalar(node.get('run')),
    with: asMap(node.get('with')),
    env: parseEnv(node.get('env')),
    if: node.get('if'),
  };
}

export function parseActionRef(uses: string): ActionRef {
  if (uses.startsWith('./') || uses.startsWith('.\\'))
    return { name: uses.replace(/\/+$/, ''), ref: undefined, local: true };
  if (uses.startsWith('docker://')) return { name: uses, ref: undefined, local: false };
  const at = uses.lastIndexOf('@');
  return at === -1
    ? { name: uses.toLowerCase(), ref: undefined, local: false }
    : { name: uses.slice(0, at).toLowerCase(), ref: uses.slice(at + 1), local: false };
}

/** Local composite/docker/node actions (`action.yml`). Their steps are modelled like a job's steps. */
export function parseLocalAction(file: SourceFile, dir: string): ParseResult<LocalAction> {
  const { root, problems: yamlProblems } = parseYaml(file);
  const problems: ModelProblem[] = yamlProblems.map((p) => ({
    ruleId: 'parse-error',
    message: p.message,
    range: p.range,
  }));
  if (!(root instanceof LMap)) {
    if (problems.length === 0) {
      problems.push({
        ruleId: 'parse-error',
        message: 'An action file must be a mapping.',
        range: { file, start: 0, end: 0 },
      });
    }
    return { model: undefined, problems };
  }
  const runs = asMap(root.get('runs'));
  const steps: Step[] = [];
  // Composite steps have no job of their own; a synthetic one keeps `Step.job` total for rules.
  const pseudoJob = { id: dir, steps, env: parseEnv(undefined) } as unknown as Job;
  asSeq(runs?.get('steps'))?.items.forEach((item, index) => {
    if (item instanceof LMap) steps.push(parseStep(pseudoJob, item, index));
  });
  return { model: { file, dir, root, using: scalarString(runs?.get('using')), steps }, problems };
}

/** Plain value of a `with:` input (for evaluation); re-exported so rules need not know the YAML tree. */
export function plainValue(node: LNode | undefined): unknown {
  return toPlain(node);
}
