import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { MachineGraphEdge } from '../../../machines/scenarios.graph';
import { diagramText } from '../../content/training.content';
import type { Diagram } from './diagrams';
import { SIZES, smoothPath } from './flowchart-layout';

export interface NextStep {
  edge: MachineGraphEdge;
  take: () => void;
}

interface FlowchartProps {
  diagram: Diagram;
  /** The steps stood on, in order, and which one is shown. */
  history: readonly string[];
  index: number;
  /** The transitions taken between consecutive steps of the history. */
  taken: ReadonlySet<string>;
  next: readonly NextStep[];
  /** Going back to a step; absent in the room view, which only follows. */
  onJump?: (step: string) => void;
  /** The presenter's zoom: 1 fits the chart to the width of its column. */
  zoom: number;
}

/** Fitting never shrinks the text below what the back of a room can read: past that, the chart scrolls. */
// Never below 18 px labels at 100% (issue 15: read from the back of a room); a narrower column scrolls.
const FIT = { min: 18 / SIZES.edgeFont, max: 1.2 } as const;

const MIN_HEIGHT = 360;

/**
 * The scale at which the chart fills its column's width, and the height left on screen below the
 * chart's top (so the current step, kept in view, is on the screen and not below the fold).
 */
function useFit(element: RefObject<HTMLDivElement | null>, width: number): { fit: number; height: number | undefined } {
  const [fit, setFit] = useState({ fit: 1, height: undefined as number | undefined });
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const available = target.clientWidth - 4;
      const top = target.getBoundingClientRect().top + window.scrollY;
      setFit({
        fit: available > 0 ? Math.min(FIT.max, Math.max(FIT.min, available / width)) : 1,
        height: Math.max(MIN_HEIGHT, window.innerHeight - top - 64),
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [element, width]);
  return fit;
}

type NodeState = 'current' | 'visited' | 'later' | 'next' | 'idle';

/**
 * The live flowchart: the machine's states and transitions as an SVG, laid out by dagre, with the
 * current step highlighted, the path taken traced and the possible next steps marked. The SVG is a
 * picture (role img, with a title and a description that names the current and next steps); the
 * controls on it are real buttons laid over it, so a click, Enter or Space takes a step.
 */
export function Flowchart({ diagram, history, index, taken, next, onJump, zoom: presenterZoom }: FlowchartProps) {
  // useId's characters are not all allowed in url(#…) references.
  const id = `flowchart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { layout, nodeLabel, edgeLabel } = diagram;
  const current = history[index]!;
  const viewport = useRef<HTMLDivElement>(null);
  const { fit, height } = useFit(viewport, layout.width);
  const zoom = fit * presenterZoom;

  const states = useMemo(() => {
    const map = new Map<string, NodeState>();
    history.forEach((step, position) => map.set(step, position < index ? 'visited' : position > index ? 'later' : 'current'));
    for (const step of next) if (!map.has(step.edge.to)) map.set(step.edge.to, 'next');
    return map;
  }, [history, index, next]);
  const nextEdges = useMemo(() => new Set(next.map((step) => step.edge.id)), [next]);
  const currentBox = layout.nodes.find((node) => node.id === current);

  // Keep the current step in view as the room moves, without scrolling the page itself.
  useEffect(() => {
    const element = viewport.current;
    if (!element || !currentBox) return;
    element.scrollLeft = Math.max(0, currentBox.x * zoom - element.clientWidth / 2);
    element.scrollTop = Math.max(0, currentBox.y * zoom - element.clientHeight / 3);
  }, [currentBox, zoom, height]);

  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const marker = (kind: string) => `url(#${id}-arrow-${kind})`;
  const edgeKind = (edge: MachineGraphEdge, escape: boolean) => (taken.has(edge.id) ? 'taken' : nextEdges.has(edge.id) ? 'next' : escape ? 'escape' : 'idle');

  return (
    <figure className="flowchart" aria-labelledby={`${id}-caption`}>
      <figcaption className="flowchart__caption" id={`${id}-caption`}>
        {diagram.content.title}
      </figcaption>
      {/* Without buttons on it (the room view, a handout), the chart itself takes focus, so it can be scrolled by keyboard. */}
      <div
        className="flowchart__viewport"
        ref={viewport}
        style={height ? { maxHeight: height } : undefined}
        {...(!onJump && next.length === 0 ? { tabIndex: 0, role: 'region', 'aria-label': diagram.content.title } : {})}
      >
        <div className="flowchart__canvas" style={{ width: layout.width * zoom, height: layout.height * zoom }}>
          <svg
            className="flowchart__svg"
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width * zoom}
            height={layout.height * zoom}
          >
            <title id={titleId}>{diagram.content.title}</title>
            <desc id={descId}>
              {diagramText.currentDescription(
                nodeLabel(current),
                next.map((step) => `${edgeLabel(step.edge)} → ${nodeLabel(step.edge.to)}`),
              )}
            </desc>
            <defs>
              {(['idle', 'taken', 'next', 'escape'] as const).map((kind) => (
                <marker
                  key={kind}
                  id={`${id}-arrow-${kind}`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerUnits="userSpaceOnUse"
                  markerWidth={kind === 'taken' ? 22 : 16}
                  markerHeight={kind === 'taken' ? 22 : 16}
                  orient="auto-start-reverse"
                >
                  <path d="M0,0 L10,5 L0,10 z" className={`flowchart__arrow flowchart__arrow--${kind}`} />
                </marker>
              ))}
            </defs>
            {layout.clusters.map((cluster) => (
              <g key={cluster.id} className="flowchart__cluster" data-state-node={cluster.id}>
                <rect x={cluster.x - cluster.width / 2} y={cluster.y - cluster.height / 2} width={cluster.width} height={cluster.height} rx={12} />
                <text x={cluster.x - cluster.width / 2 + 14} y={cluster.y - cluster.height / 2 + SIZES.clusterFont + 6} className="flowchart__cluster-label">
                  {cluster.lines.join(' ')}
                </text>
              </g>
            ))}
            {layout.edges.map((path) => {
              const kind = edgeKind(path.edge, path.escape);
              return (
                <g key={path.edge.id} className={`flowchart__edge flowchart__edge--${kind}`} data-transition={path.edge.id}>
                  <path d={smoothPath(path.points)} markerEnd={marker(kind)} />
                  {!path.escape && !nextEdges.has(path.edge.id) && (
                    <text x={path.labelX} y={path.labelY} dy="0.35em" textAnchor="middle" className="flowchart__edge-label">
                      {path.label}
                    </text>
                  )}
                </g>
              );
            })}
            {layout.nodes.map((node) => {
              const state = states.get(node.id) ?? 'idle';
              const top = node.y - node.height / 2;
              return (
                <g
                  key={node.id}
                  className={`flowchart__node flowchart__node--${state}${node.final ? ' flowchart__node--final' : ''}`}
                  data-state-node={node.id}
                  data-state={state}
                >
                  <rect x={node.x - node.width / 2} y={top} width={node.width} height={node.height} rx={node.final ? 22 : 6} />
                  <text x={node.x} y={top + SIZES.padY + SIZES.font - 2} textAnchor="middle">
                    {node.lines.map((line, position) => (
                      <tspan key={line} x={node.x} dy={position === 0 ? 0 : SIZES.line}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </svg>
          {onJump &&
            layout.nodes
              .filter((node) => states.get(node.id) === 'visited' || states.get(node.id) === 'later')
              .map((node) => (
                <button
                  key={`jump-${node.id}`}
                  type="button"
                  className="flowchart__jump"
                  style={{
                    left: (node.x - node.width / 2) * zoom,
                    top: (node.y - node.height / 2) * zoom,
                    width: node.width * zoom,
                    height: node.height * zoom,
                  }}
                  aria-label={diagramText.goTo(nodeLabel(node.id))}
                  onClick={() => onJump(node.id)}
                />
              ))}
          {next.map((step) => {
            const path = layout.edges.find((candidate) => candidate.edge.id === step.edge.id);
            if (!path) return null;
            return (
              <button
                key={`take-${step.edge.id}`}
                type="button"
                className={`flowchart__take${path.escape ? ' flowchart__take--escape' : ''}`}
                style={{ left: path.labelX * zoom, top: path.labelY * zoom, fontSize: Math.max(12, SIZES.edgeFont * zoom) }}
                aria-label={diagramText.takeNext(edgeLabel(step.edge), nodeLabel(step.edge.to))}
                onClick={step.take}
              >
                {edgeLabel(step.edge)}
              </button>
            );
          })}
        </div>
      </div>
      <ul className="flowchart__legend" aria-label={diagramText.legendHeading}>
        <li>
          <span className="flowchart__swatch flowchart__swatch--current" aria-hidden="true" /> {diagramText.legend.current}
        </li>
        <li>
          <span className="flowchart__swatch flowchart__swatch--visited" aria-hidden="true" /> {diagramText.legend.visited}
        </li>
        <li>
          <span className="flowchart__swatch flowchart__swatch--next" aria-hidden="true" /> {diagramText.legend.next}
        </li>
        {diagram.content.escapeLegend && (
          <li>
            <span className="flowchart__swatch flowchart__swatch--escape" aria-hidden="true" /> {diagram.content.escapeLegend}
          </li>
        )}
      </ul>
    </figure>
  );
}
