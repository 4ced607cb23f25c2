/**
 * Builds the partly known expression contexts for one trigger, job, matrix combination and step, and evaluates
 * YAML values in them. What a linter cannot know (secrets, step outputs, `$GITHUB_ENV`) stays unknown.
 */
import { evaluateTemplate, UNKNOWN, completeObject } from './expressions.ts';
import type { Contexts, Value } from './expressions.ts';
import type { EnvBlock, Job, Step, Trigger, Workflow } from './model.ts';
import { LMap, LSeq } from './yaml-tree.ts';
import type { LNode } from './yaml-tree.ts';

export interface Scope {
  readonly workflow: Workflow;
  /** The event the run was triggered by; unknown when undefined. */
  readonly trigger?: Trigger | undefined;
  readonly job?: Job | undefined;
  readonly combination?: Readonly<Record<string, Value>> | undefined;
  readonly step?: Step | undefined;
}

/** Events whose `inputs` context holds the declared inputs; for any other event it is empty. */
const EVENTS_WITH_INPUTS = new Set(['workflow_dispatch', 'workflow_call']);

/**
 * Contexts by scope: every rule that evaluates a job per trigger and combination asks for the same scopes, and the
 * `env` blocks are evaluated once per scope instead of once per rule. Keyed by identity; the model is immutable.
 */
const cache = new WeakMap<Workflow, Map<unknown, Map<unknown, Map<unknown, Map<unknown, Contexts>>>>>();

export function contextsFor(scope: Scope): Contexts {
  const { workflow, trigger, job, combination, step } = scope;
  let byTrigger = cache.get(workflow);
  if (byTrigger === undefined) cache.set(workflow, (byTrigger = new Map()));
  const byJob = getOrCreate(byTrigger, trigger);
  const byCombination = getOrCreate(byJob, job);
  const byStep = getOrCreate(byCombination, combination);
  let contexts = byStep.get(step);
  if (contexts === undefined) byStep.set(step, (contexts = buildContexts(scope)));
  return contexts;
}

function getOrCreate<V>(map: Map<unknown, Map<unknown, V>>, key: unknown): Map<unknown, V> {
  let inner = map.get(key);
  if (inner === undefined) map.set(key, (inner = new Map()));
  return inner;
}

function buildContexts(scope: Scope): Contexts {
  const { workflow, trigger, job, combination, step } = scope;
  const base: Record<string, Value> = {};
  if (trigger !== undefined) {
    base.github = { event_name: trigger.event };
    if (EVENTS_WITH_INPUTS.has(trigger.event) || trigger.calledFrom !== undefined) {
      const inputs: Record<string, Value> = {};
      for (const input of trigger.inputs)
        inputs[input.name] = input.default ?? (input.type === 'boolean' ? false : '');
      base.inputs = completeObject(inputs);
      // `github.event.inputs` of a dispatch holds the same inputs, booleans as strings
      // (https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#inputs-context).
      if (trigger.event === 'workflow_dispatch' && trigger.calledFrom === undefined) {
        const strings: Record<string, Value> = {};
        for (const [name, value] of Object.entries(inputs))
          strings[name] = typeof value === 'boolean' ? String(value) : value;
        base.github = { event_name: trigger.event, event: { inputs: completeObject(strings) } };
      }
    } else {
      base.inputs = completeObject({});
      // Only a dispatch has `github.event.inputs`; other payloads lack it (null), whatever else they hold.
      base.github = { event_name: trigger.event, event: { inputs: null } };
    }
  }
  // A combination holds every matrix key of its job: one it lacks reads as null, as GitHub evaluates it.
  if (combination !== undefined) base.matrix = completeObject({ ...combination });
  else if (job?.matrix === undefined && job !== undefined) base.matrix = null;

  // `env` at each level may read the contexts above it, and the levels below override the ones above.
  let env: Record<string, Value> = {};
  for (const block of [workflow.env, job?.env, step?.env]) {
    if (block === undefined) continue;
    env = { ...env, ...evaluateEnv(block, { ...base, env }) };
  }
  // Frozen: the object is shared by every caller of the same scope.
  return Object.freeze({ ...base, env: Object.freeze(env) });
}

function evaluateEnv(block: EnvBlock, contexts: Contexts): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const [name, variable] of block.vars) values[name] = evaluateNode(variable.value, contexts);
  return values;
}

/** Evaluates a YAML value: scalars through template interpolation, collections element by element. */
export function evaluateNode(node: LNode | undefined, contexts: Contexts): Value {
  if (node === undefined) return null;
  if (node.kind === 'scalar')
    return typeof node.value === 'string' ? evaluateTemplate(node.value, contexts) : node.value;
  if (node instanceof LSeq) return node.items.map((item) => evaluateNode(item, contexts));
  if (node instanceof LMap) {
    const object: Record<string, Value> = {};
    for (const pair of node.pairs) object[String(pair.key.value)] = evaluateNode(pair.value, contexts);
    return object;
  }
  return UNKNOWN;
}

/** The matrix combinations a job runs with: `[undefined]` for a job without matrix, `[]` when unknown. */
export function combinationsOf(job: Job): readonly (Readonly<Record<string, Value>> | undefined)[] {
  if (job.matrix === undefined) return [undefined];
  return job.matrix.combinations ?? [];
}
