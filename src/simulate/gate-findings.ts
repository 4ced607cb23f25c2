/** `gate-dropped` findings (in the lint contract) from the gates a change stops waiting for. */
import type { Finding } from '../findings/finding.ts';
import { toLocation } from '../engine/run-rules.ts';
import type { Workflow } from '../workflow/model.ts';
import type { DroppedGate } from './workflow-diff.ts';

export const GATE_DROPPED_DOCS = 'https://github.com/ciscope/ciscope/blob/main/docs/diff.md#gate-dropped';

export function gateDroppedFindings(head: Workflow, gates: readonly DroppedGate[]): Finding[] {
  return gates.map((gate) => {
    const job = head.jobsById.get(gate.job);
    const at = job?.needsNode?.key ?? job?.key;
    const chain = gate.path.map((id) => `\`${id}\``).join(' → ');
    const message =
      gate.path.length === 2
        ? `Job \`${gate.job}\` no longer waits for \`${gate.gate}\`: it can now run (and publish) even when \`${gate.gate}\` fails.`
        : `Job \`${gate.job}\` no longer waits for \`${gate.gate}\` (it did through ${chain}; the change cut \`${gate.cut[0]}\` → \`${gate.cut[1]}\`): it can now run even when \`${gate.gate}\` fails.`;
    return {
      ruleId: 'gate-dropped',
      messageId: 'gateDropped',
      message,
      severity: 'error',
      location:
        at === undefined
          ? { file: head.file.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
          : toLocation(at.range),
      related: [],
      docsUrl: GATE_DROPPED_DOCS,
    } satisfies Finding;
  });
}
