import type { AdjacencyMap } from 'xstate/graph';

/**
 * How many routes lead from `start` to a final snapshot in a machine's adjacency map (xstate/graph
 * `getAdjacencyMap`), counted edge by edge: the graph tests check `getSimplePaths` against it, so a
 * chart edit changes the expected count with the chart, never by hand. An event that leaves the
 * snapshot as it was (an answer the guards refuse) is no route. The graphs the pathway tests walk
 * key every snapshot by its context, log included, so they have no cycles.
 */
export function countRoutesToEnd<S extends { status: string }, E>(adjacency: AdjacencyMap<S, E>, start: string, serialize: (snapshot: S) => string): number {
  const memo = new Map<string, number>();
  const count = (key: string): number => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const vertex = adjacency[key];
    if (!vertex) throw new Error(`No vertex ${key}`);
    let routes = vertex.state.status === 'done' ? 1 : 0;
    for (const { state } of Object.values(vertex.transitions)) {
      const next = serialize(state);
      if (next !== key) routes += count(next);
    }
    memo.set(key, routes);
    return routes;
  };
  return count(start);
}
