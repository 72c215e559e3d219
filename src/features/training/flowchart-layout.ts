import dagre from '@dagrejs/dagre';
import type { MachineGraph, MachineGraphEdge } from '../../../machines/scenarios.graph';

/**
 * Lays out a machine's graph (from `machineGraph`, read off the machine definition) with dagre:
 * states become boxes, compound states become the clusters around them, every transition an
 * arrow. Nothing here knows the flowchart's shape: change the machine and the drawing follows.
 *
 * Global escapes (the pathway's "this has become an emergency", accepted on every step) are drawn
 * as short arrows off each step rather than as lines across the whole chart: they are still one
 * arrow per transition, and the legend says where they go.
 */

export interface DiagramLabels {
  node: (id: string) => string;
  edge: (edge: MachineGraphEdge) => string;
  /** Transitions drawn as short arrows off their step. */
  isEscape: (edge: MachineGraphEdge) => boolean;
}

/** A labelled box, centred on (x, y). */
export interface ClusterBox {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface NodeBox extends ClusterBox {
  final: boolean;
}
export interface EdgePath {
  edge: MachineGraphEdge;
  label: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  escape: boolean;
}
export interface FlowchartLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  clusters: ClusterBox[];
  edges: EdgePath[];
}

/** Sizes in diagram units (pixels at 100% zoom): large enough to read from the back of a room. */
export const SIZES = {
  font: 22,
  line: 27,
  edgeFont: 19,
  clusterFont: 19,
  charWidth: 11.6,
  edgeCharWidth: 10.4,
  padX: 14,
  padY: 10,
  maxChars: 17,
  escapeLength: 26,
  clusterLabel: 32,
} as const;

/** Breaks a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number = SIZES.maxChars): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const longest = (lines: string[]) => Math.max(0, ...lines.map((line) => line.length));

export function layoutFlowchart(graph: MachineGraph, labels: DiagramLabels, rankdir: 'TB' | 'LR' = 'TB'): FlowchartLayout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir, nodesep: 34, ranksep: 50, edgesep: 14, marginx: 16, marginy: 16 + SIZES.clusterLabel });
  g.setDefaultEdgeLabel(() => ({}));

  const leaves = graph.nodes.filter((node) => node.kind !== 'compound');
  const compounds = graph.nodes.filter((node) => node.kind === 'compound');
  const lines = new Map<string, string[]>();
  for (const node of graph.nodes) lines.set(node.id, wrap(labels.node(node.id), node.kind === 'compound' ? 40 : SIZES.maxChars));

  for (const node of compounds) g.setNode(node.id, {});
  for (const node of leaves) {
    const text = lines.get(node.id)!;
    g.setNode(node.id, { width: longest(text) * SIZES.charWidth + 2 * SIZES.padX, height: text.length * SIZES.line + 2 * SIZES.padY });
  }
  for (const node of graph.nodes) if (node.parent) g.setParent(node.id, node.parent);

  // A transition declared on a compound state is drawn from the state it enters first.
  const drawnFrom = (edge: MachineGraphEdge) => {
    let id = edge.source;
    for (;;) {
      const node = graph.nodes.find((candidate) => candidate.id === id);
      const initial = node?.kind === 'compound' ? graph.nodes.find((child) => child.parent === id && child.initial) : undefined;
      if (!initial) return id;
      id = initial.id;
    }
  };

  for (const edge of graph.edges) {
    if (labels.isEscape(edge)) continue;
    const label = labels.edge(edge);
    g.setEdge(drawnFrom(edge), edge.to, { width: label.length * SIZES.edgeCharWidth + 12, height: SIZES.edgeFont + 10, labelpos: 'c' }, edge.id);
  }

  dagre.layout(g);

  const nodes: NodeBox[] = leaves.map((node) => {
    const box = g.node(node.id);
    return { id: node.id, lines: lines.get(node.id)!, x: box.x, y: box.y, width: box.width, height: box.height, final: node.kind === 'final' };
  });
  const clusters: ClusterBox[] = compounds.map((node) => {
    const box = g.node(node.id);
    // Room above each cluster for its label.
    return { id: node.id, lines: lines.get(node.id)!, x: box.x, y: box.y - SIZES.clusterLabel / 2, width: box.width, height: box.height + SIZES.clusterLabel };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const edges: EdgePath[] = graph.edges.map((edge) => {
    const label = labels.edge(edge);
    if (labels.isEscape(edge)) {
      const from = byId.get(drawnFrom(edge))!;
      const x = from.x + from.width / 2;
      return {
        edge,
        label,
        escape: true,
        points: [
          { x, y: from.y },
          { x: x + SIZES.escapeLength, y: from.y },
        ],
        labelX: x + SIZES.escapeLength,
        labelY: from.y,
      };
    }
    const drawn = g.edge({ v: drawnFrom(edge), w: edge.to, name: edge.id }) as { points: { x: number; y: number }[]; x: number; y: number };
    return { edge, label, escape: false, points: drawn.points, labelX: drawn.x, labelY: drawn.y };
  });

  const size = g.graph() as { width: number; height: number };
  return { width: Math.ceil(size.width + SIZES.escapeLength), height: Math.ceil(size.height), nodes, clusters, edges };
}

/** An SVG path through the points, with the corners rounded (a quadratic curve at each bend). */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  if (rest.length === 0) return `M${first!.x},${first!.y}`;
  const parts = [`M${first!.x},${first!.y}`];
  for (let index = 0; index < rest.length - 1; index += 1) {
    const corner = rest[index]!;
    const after = rest[index + 1]!;
    parts.push(`Q${corner.x},${corner.y} ${(corner.x + after.x) / 2},${(corner.y + after.y) / 2}`);
  }
  const last = rest.at(-1)!;
  parts.push(`L${last.x},${last.y}`);
  return parts.join(' ');
}
