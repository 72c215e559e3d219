import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * A statechart as a graph, read from the machine definition itself: every state node and every
 * transition (each guarded branch counts as its own edge). The trainer's live flowchart draws this,
 * and the scenarios walk it, so neither can drift from the machine the real pathway runs.
 */

export interface MachineGraphNode {
  /** The state node's id (`start`, `patientDiscussAndRecord`, `concern.pathway.patient` …). */
  id: string;
  /** The id of the compound state it sits in; null at the top level. */
  parent: string | null;
  kind: 'atomic' | 'compound' | 'final';
  /** Whether its parent enters it first. */
  initial: boolean;
}

export interface MachineGraphEdge {
  /** `source:EVENT:index`: unique per transition definition. */
  id: string;
  /** The state node that declares the transition. */
  source: string;
  /** The state node the transition targets, as the machine declares it. */
  target: string;
  /** The atomic state the transition lands on: compound targets resolve through their initial states. */
  to: string;
  event: string;
  /** The guard's name, when the transition is guarded. */
  guard: string | null;
}

export interface MachineGraph {
  nodes: MachineGraphNode[];
  edges: MachineGraphEdge[];
}

/** Where a transition into `node` lands: compound states enter through their initial child. */
export function landingState(node: AnyStateNode): AnyStateNode {
  let current = node;
  while (current.type === 'compound') {
    const next = current.initial.target[0];
    if (!next) break;
    current = next;
  }
  return current;
}

function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  // Higher-order guards (`and([...])`) are functions carrying their parts.
  const parts = (guard as { guards?: unknown[] }).guards;
  if (Array.isArray(parts)) return parts.map(guardName).filter(Boolean).join(' and ');
  return 'guarded';
}

function children(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

export function machineGraph(machine: AnyStateMachine): MachineGraph {
  const nodes: MachineGraphNode[] = [];
  const edges: MachineGraphEdge[] = [];
  const visit = (node: AnyStateNode, parent: AnyStateNode | null) => {
    const initialChild = parent && parent.type === 'compound' ? parent.initial.target[0] : undefined;
    nodes.push({
      id: node.id,
      parent: parent && parent !== machine.root ? parent.id : null,
      kind: node.type === 'final' ? 'final' : node.type === 'compound' ? 'compound' : 'atomic',
      initial: initialChild === node,
    });
    for (const [event, definitions] of node.transitions) {
      definitions.forEach((definition, index) => {
        const target = definition.target?.[0] ?? node;
        edges.push({
          id: `${node.id}:${event}:${index}`,
          source: node.id,
          target: target.id,
          to: landingState(target).id,
          event,
          guard: guardName(definition.guard),
        });
      });
    }
    for (const child of children(node)) visit(child, node);
  };
  for (const child of children(machine.root)) visit(child, machine.root);
  return { nodes, edges };
}

/** The ids of a state and all its ancestors below the root: transitions declared on any of them apply. */
export function selfAndAncestors(machine: AnyStateMachine, id: string): string[] {
  const ids: string[] = [];
  let node: AnyStateNode | undefined = machine.getStateNodeById(id);
  while (node && node !== machine.root) {
    ids.push(node.id);
    node = node.parent;
  }
  return ids;
}
