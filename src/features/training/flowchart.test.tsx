import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { concernMachine } from '../../../machines/concern.machine';
import { consentMachine } from '../../../machines/consent.machine';
import { concernGraph, consentGraph } from '../../../machines/scenarios.moves';
import { concernDiagram, consentDiagram } from '../../content/training.content';
import { concernDiagramModel, consentDiagramModel, type Diagram } from './diagrams';
import { Flowchart } from './flowchart';

/** Counted straight from the definition, independently of `machineGraph`: every state node below the root, every transition in `node.on`. */
function countFromDefinition(machine: AnyStateMachine) {
  let states = 0;
  let transitions = 0;
  const visit = (node: AnyStateNode) => {
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      states += 1;
      transitions += Object.values(child.on).reduce((sum, definitions) => sum + (definitions as unknown[]).length, 0);
      visit(child);
    }
  };
  visit(machine.root);
  return { states, transitions };
}

function renderChart(diagram: Diagram, history: string[], next: { edgeId: string; take: () => void }[] = []) {
  const steps = next.map(({ edgeId, take }) => ({ edge: diagram.graph.edges.find((edge) => edge.id === edgeId)!, take }));
  const onJump = vi.fn();
  const view = render(<Flowchart diagram={diagram} history={history} index={history.length - 1} taken={new Set()} next={steps} onJump={onJump} zoom={1} />);
  return { ...view, onJump };
}

describe.each([
  ['the concern pathway', concernMachine, concernDiagramModel, { states: 27, transitions: 34 }],
  ['the consent decision', consentMachine, consentDiagramModel, { states: 26, transitions: 57 }],
] as const)('the flowchart of %s', (_, machine, model, known) => {
  it('has exactly the machine’s states and transitions: counted from the definition and from the drawing', () => {
    const fromDefinition = countFromDefinition(machine);
    // The numbers the machines have today: a change to a machine shows up here first.
    expect(fromDefinition).toEqual(known);
    const diagram = model();
    const first =
      diagram.graph.nodes.find((node) => node.kind !== 'compound' && node.initial && node.parent === null) ??
      diagram.graph.nodes.find((node) => node.kind !== 'compound')!;
    const { container } = renderChart(diagram, [first.id]);
    const drawnStates = [...container.querySelectorAll('[data-state-node]')].map((element) => element.getAttribute('data-state-node'));
    const drawnTransitions = [...container.querySelectorAll('[data-transition]')].map((element) => element.getAttribute('data-transition'));
    expect(drawnStates).toHaveLength(fromDefinition.states);
    expect(new Set(drawnStates).size).toBe(fromDefinition.states);
    expect(drawnTransitions).toHaveLength(fromDefinition.transitions);
    expect(new Set(drawnTransitions).size).toBe(fromDefinition.transitions);
    // And they are the machine's own ids.
    expect(new Set(drawnStates)).toEqual(new Set(diagram.graph.nodes.map((node) => node.id)));
  });
});

describe('the flowchart’s labels', () => {
  it('name every state and every transition override that exists', () => {
    for (const [graph, content] of [
      [concernGraph, concernDiagram],
      [consentGraph, consentDiagram],
    ] as const) {
      for (const node of graph.nodes) {
        const label = node.kind === 'compound' ? content.clusters[node.id] : (content.nodes as Record<string, string>)[node.id];
        expect(label, node.id).toBeTruthy();
      }
      const edgeIds = new Set(graph.edges.map((edge) => edge.id));
      for (const id of Object.keys(content.edges)) expect(edgeIds.has(id), id).toBe(true);
    }
  });
});

describe('the live flowchart', () => {
  it('is an image with a title, and a description naming where the room is and the next steps', () => {
    renderChart(
      concernDiagramModel(),
      ['start', 'immediateRisk'],
      [
        { edgeId: 'immediateRisk:ANSWER_YES:0', take: () => {} },
        { edgeId: 'immediateRisk:ANSWER_NO:0', take: () => {} },
      ],
    );
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(
      /The concern pathway.*You are here: Immediate risk\?\. Next steps: Yes → Call 999; ask for police presence; No → Is the person causing concern\?/,
    );
  });

  it('marks the current step, the steps before it and the possible next steps', () => {
    const { container } = renderChart(concernDiagramModel(), ['start', 'immediateRisk'], [{ edgeId: 'immediateRisk:ANSWER_NO:0', take: () => {} }]);
    const stateOf = (id: string) => container.querySelector(`[data-state-node="${id}"]`)?.getAttribute('data-state');
    expect(stateOf('immediateRisk')).toBe('current');
    expect(stateOf('start')).toBe('visited');
    expect(stateOf('isConcern')).toBe('next');
    expect(stateOf('endEmergency')).toBe('idle');
  });

  it('takes a next step with a real button (click, Enter), and goes back to a visited step', async () => {
    const user = userEvent.setup();
    const take = vi.fn();
    const { onJump } = renderChart(concernDiagramModel(), ['start', 'immediateRisk'], [{ edgeId: 'immediateRisk:ANSWER_NO:0', take }]);
    const button = screen.getByRole('button', { name: 'Take the next step: No → Is the person causing concern?' });
    await user.click(button);
    button.focus();
    await user.keyboard('{Enter}');
    expect(take).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Go back to: Start: worried about someone' }));
    expect(onJump).toHaveBeenCalledWith('start');
    expect(within(screen.getByRole('list', { name: 'Key' })).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
  });
});
