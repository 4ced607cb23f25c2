/**
 * GitHub's own workflow parser as a second opinion on a fixed workflow: the fix must not add an error that
 * GitHub would reject the file for. `@actions/workflow-parser` imports its schema JSON without import attributes,
 * which plain Node rejects; vitest transforms it, and scripts/build.mjs bundles it into dist/.
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

/** The messages (without their `file (Line: n, Col: m)` prefix, which moves with every edit) of every error. */
export async function workflowSchemaErrors(path: string, text: string): Promise<string[]> {
  const result = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter());
  if (result.value !== undefined) {
    // Conversion adds the checks that need the whole document (job dependencies, reusable workflow calls).
    await convertWorkflowTemplate(result.context, result.value);
  }
  return result.context.errors.getErrors().map((error) => error.rawMessage);
}

/** Errors of `after` that `before` does not have (as a multiset: a second copy of an old error is new). */
export function newErrors(before: readonly string[], after: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const message of before) remaining.set(message, (remaining.get(message) ?? 0) + 1);
  const added: string[] = [];
  for (const message of after) {
    const count = remaining.get(message) ?? 0;
    if (count > 0) remaining.set(message, count - 1);
    else added.push(message);
  }
  return added;
}
