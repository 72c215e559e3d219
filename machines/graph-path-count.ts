import { adjacencyMapToArray, type AdjacencyMap } from 'xstate/graph';

/**
 * How many routes lead from `start` to a final snapshot in a machine's adjacency map (xstate/graph
 * `getAdjacencyMap`), counted edge by edge: the graph tests check `getSimplePaths` against it, so a
 * chart edit changes the expected count with the chart, never by hand. An event that leaves the
 * snapshot as it was (an answer the guards refuse) is no route. The graphs the pathway tests walk
 * key every snapshot by its context, log included, so they have no cycles.
 */
export function countRoutesToEnd<S extends { status: string }, E>(adjacency: AdjacencyMap<S, E>, start: S, serialize: (snapshot: S) => string): number {
  const next = new Map<string, S[]>();
  for (const { state, nextState } of adjacencyMapToArray(adjacency)) {
    const from = serialize(state);
    if (serialize(nextState) !== from) next.set(from, [...(next.get(from) ?? []), nextState]);
  }
  const memo = new Map<string, number>();
  const count = (snapshot: S): number => {
    const key = serialize(snapshot);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const routes = (snapshot.status === 'done' ? 1 : 0) + (next.get(key) ?? []).reduce((sum, after) => sum + count(after), 0);
    memo.set(key, routes);
    return routes;
  };
  return count(start);
}
