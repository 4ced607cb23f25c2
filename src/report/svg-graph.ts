/**
 * A workflow's job graph as inline SVG, for the HTML report: jobs in columns by their depth in the `needs` graph
 * (the order they can run in), edges from a job to the jobs that need it, the critical path highlighted. No
 * script and no external renderer, so the report is one self-contained file.
 */
export interface SvgJob {
  readonly id: string;
  readonly needs: readonly string[];
  /** A second line under the name: `11 shards`, `3.9 min` … */
  readonly detail?: string;
}

const NODE_WIDTH = 180;
const NODE_HEIGHT = 44;
const COLUMN_GAP = 60;
const ROW_GAP = 16;
const PADDING = 12;

export function svgJobGraph(jobs: readonly SvgJob[], critical: ReadonlySet<string>, title: string): string {
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle: reported as a finding elsewhere; draw it flat
    seen.add(id);
    const job = jobs.find((candidate) => candidate.id === id);
    const value = Math.max(-1, ...(job?.needs ?? []).map((need) => depthOf(need, seen))) + 1;
    depth.set(id, value);
    return value;
  };
  for (const job of jobs) depthOf(job.id, new Set());

  const columns: SvgJob[][] = [];
  for (const job of jobs) (columns[depth.get(job.id) ?? 0] ??= []).push(job);
  const position = new Map<string, { x: number; y: number }>();
  columns.forEach((column, x) => {
    column.forEach((job, y) => {
      position.set(job.id, {
        x: PADDING + x * (NODE_WIDTH + COLUMN_GAP),
        y: PADDING + y * (NODE_HEIGHT + ROW_GAP),
      });
    });
  });
  const width = PADDING * 2 + Math.max(1, columns.length) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
  const height =
    PADDING * 2 + Math.max(1, ...columns.map((column) => column.length)) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;

  const edges: string[] = [];
  for (const job of jobs) {
    const to = position.get(job.id);
    if (to === undefined) continue;
    for (const need of job.needs) {
      const from = position.get(need);
      if (from === undefined) continue;
      const onPath = critical.has(job.id) && critical.has(need);
      const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2, to.x, to.y + NODE_HEIGHT / 2];
      const bend = (x2 - x1) / 2;
      edges.push(
        `<path class="edge${onPath ? ' critical' : ''}" d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" marker-end="url(#arrow)"/>`,
      );
    }
  }
  const nodes = jobs.map((job) => {
    const at = position.get(job.id) ?? { x: 0, y: 0 };
    const label = truncate(job.id, 24);
    return `<g class="job${critical.has(job.id) ? ' critical' : ''}" transform="translate(${at.x},${at.y})"><title>${escapeXml(job.id)}</title><rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/><text x="10" y="18">${escapeXml(label)}</text>${job.detail === undefined ? '' : `<text class="detail" x="10" y="35">${escapeXml(job.detail)}</text>`}</g>`;
  });
  return `<svg class="job-graph" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>${edges.join('')}${nodes.join('')}</svg>`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
