/** A workflow's job graph as mermaid source (for markdown PR comments and the HTML report). */
export interface MermaidEdge {
  readonly from: string;
  readonly to: string;
  /** `removed` edges are drawn dashed and red, `added` ones thick. */
  readonly change?: 'added' | 'removed';
}

export interface MermaidGraph {
  readonly jobs: readonly { readonly id: string; readonly label?: string; readonly highlight?: boolean }[];
  /** `from` needs `to` is drawn as `to --> from` (the order jobs run in). */
  readonly edges: readonly MermaidEdge[];
}

export function mermaidFlowchart(graph: MermaidGraph): string {
  const ids = new Map(graph.jobs.map((job, index) => [job.id, `j${index}`]));
  const lines = ['flowchart LR'];
  for (const job of graph.jobs) lines.push(`  ${ids.get(job.id)}["${escapeLabel(job.label ?? job.id)}"]`);
  const styles: string[] = [];
  let index = 0;
  for (const edge of graph.edges) {
    const from = ids.get(edge.to);
    const to = ids.get(edge.from);
    if (from === undefined || to === undefined) continue;
    lines.push(
      `  ${from} ${edge.change === 'removed' ? '-.->' : edge.change === 'added' ? '==>' : '-->'} ${to}`,
    );
    if (edge.change === 'removed') styles.push(`  linkStyle ${index} stroke:#d73a49,stroke-dasharray:4`);
    if (edge.change === 'added') styles.push(`  linkStyle ${index} stroke:#2da44e`);
    index++;
  }
  const highlighted = graph.jobs.filter((job) => job.highlight === true).map((job) => ids.get(job.id));
  if (highlighted.length > 0) {
    lines.push('  classDef critical fill:#fff5b1,stroke:#bf8700');
    lines.push(`  class ${highlighted.join(',')} critical`);
  }
  return [...lines, ...styles].join('\n');
}

function escapeLabel(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
