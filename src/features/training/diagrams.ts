import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import type { MachineGraph, MachineGraphEdge } from '../../../machines/scenarios.graph';
import { concernGraph, consentGraph, mseGraph, requestGraph } from '../../../machines/scenarios.moves';
import { concernDiagram, consentDiagram, mseDiagram, requestDiagram, type DiagramContent } from '../../content/training.content';
import { layoutFlowchart, type FlowchartLayout } from './flowchart-layout';

/** A machine drawn for the trainer: its graph (from the definition), its labels and its layout. */
export interface Diagram {
  graph: MachineGraph;
  content: DiagramContent;
  layout: FlowchartLayout;
  nodeLabel: (id: string) => string;
  edgeLabel: (edge: MachineGraphEdge) => string;
}

function diagramOf(graph: MachineGraph, content: DiagramContent): () => Diagram {
  let built: Diagram | null = null;
  return () => {
    if (built) return built;
    const nodes = content.nodes as Readonly<Record<string, string>>;
    const events = content.events as Readonly<Record<string, string>>;
    const nodeLabel = (id: string) => nodes[id] ?? content.clusters[id] ?? id;
    const edgeLabel = (edge: MachineGraphEdge) => content.edges[edge.id] ?? events[edge.event] ?? edge.event;
    const isEscape = (edge: MachineGraphEdge) => content.escapeEvents.includes(edge.event);
    built = { graph, content, nodeLabel, edgeLabel, layout: layoutFlowchart(graph, { node: nodeLabel, edge: edgeLabel, isEscape }) };
    return built;
  };
}

/** Laid out once, on first use: the layout depends only on the machine. */
export const concernDiagramModel = diagramOf(concernGraph, concernDiagram);
export const consentDiagramModel = diagramOf(consentGraph, consentDiagram);
/** Answering a request for information (S11). */
export const requestDiagramModel = diagramOf(requestGraph, requestDiagram);
/** The MSE police-portal flowchart, for organisations whose profile names it. */
export const mseDiagramModel = diagramOf(mseGraph, mseDiagram);

/** The concern pathway's diagram on each pathway model, and the room view's name for it. */
export const concernDiagrams = {
  'bsw-reporting-chart': { diagram: concernDiagramModel, room: 'concern' },
  'mse-police-portal': { diagram: mseDiagramModel, room: 'mse' },
} as const satisfies Record<PathwayModel, { diagram: () => Diagram; room: string }>;

/** The transition between two consecutive steps of a history (a plain answer rather than the emergency escape, where both lead there). */
export function edgeBetween(diagram: Diagram, from: string, to: string, ancestorsOf: (id: string) => readonly string[]): MachineGraphEdge | null {
  const sources = new Set(ancestorsOf(from));
  const candidates = diagram.graph.edges.filter((edge) => sources.has(edge.source) && edge.to === to);
  return candidates.find((edge) => !diagram.content.escapeEvents.includes(edge.event)) ?? candidates[0] ?? null;
}

/** The transitions taken between consecutive steps of a history, up to the step shown. */
export function takenEdges(diagram: Diagram, steps: readonly string[], index: number, ancestorsOf: (id: string) => readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (let position = 1; position <= index; position += 1) {
    const edge = edgeBetween(diagram, steps[position - 1]!, steps[position]!, ancestorsOf);
    if (edge) ids.add(edge.id);
  }
  return ids;
}
