import { initialTransition, type AnyStateMachine, type EventFromLogic, type InputFrom, type Snapshot, type SnapshotFrom } from 'xstate';
import { landingOf, type Landing } from './deep-link';
import { slugForStep } from './step-slug';

/**
 * A statechart journey, written once: a machine walked one step per page, one URL per step, every
 * step the user has stood on kept as the machine's persisted snapshot there (a history stack).
 * The machine decides; the URL follows. Going back restores an earlier snapshot; answering it
 * again drops the steps after it; a URL for a step not yet reached redirects to the furthest one.
 * The pathways (BSW, MSE), the consent questions and trainer mode are each one `defineJourney`.
 */

/** One step the user has stood on: the step and the machine's persisted snapshot there. */
export interface JourneyEntry<Id extends string = string, E = unknown> {
  step: Id;
  snapshot: Snapshot<unknown>;
  /** The answer that led here from the step before (journeys that keep answers): the page prefills from it. */
  event?: E;
}

export interface JourneySpec<J extends string, M extends AnyStateMachine, Id extends string> {
  id: J;
  machine: M;
  /** Every step a user can stand on: one page and one URL each. */
  stepIds: readonly Id[];
  /** The step a snapshot stands on. */
  currentStep: (snapshot: SnapshotFrom<M>) => Id;
  /** The page of a step. Callers may show the same journey under other URLs (trainer mode). */
  urlFor: (step: Id) => string;
  /** The step every stored journey must begin on; unchecked when the start depends on the machine's input. */
  startStep?: Id;
  /** Keep the answer (event) that reached each step in its entry, so a page can prefill from it. */
  keepsAnswers?: boolean;
  /**
   * A stored context must have exactly the fields of the machine's own initial context: tells apart
   * journeys whose machines share state names (the pathways' shared urgent route).
   */
  sameContextFields?: boolean;
}

export interface Journey<J extends string = string, M extends AnyStateMachine = AnyStateMachine, Id extends string = string> {
  readonly id: J;
  readonly machine: M;
  readonly stepIds: readonly Id[];
  readonly startStep: Id | undefined;
  readonly keepsAnswers: boolean;
  currentStep(snapshot: SnapshotFrom<M>): Id;
  isStep(step: unknown): step is Id;
  urlFor(step: Id): string;
  slugFor(step: Id): string;
  /** The step a URL's slug names, if it is one of this journey's. */
  stepForSlug(slug: string | null | undefined): Id | undefined;
  /** The entry to keep for a snapshot the machine has reached (with the answer that reached it, if kept). */
  persist(snapshot: SnapshotFrom<M>, event?: EventFromLogic<M>): JourneyEntry<Id, EventFromLogic<M>>;
  /** The first entry: the machine's initial state (started with `input` when it takes one). */
  initialEntry(input?: InputFrom<M>): JourneyEntry<Id, EventFromLogic<M>>;
  /** Restores a stored snapshot, checking that this machine can stand on it at that step. Throws when it cannot. */
  restore(entry: Pick<JourneyEntry<string>, 'step' | 'snapshot'>): SnapshotFrom<M>;
  /**
   * Reads stored entries back as untrusted input: a non-empty list, starting on the start step (when
   * fixed), every entry a step of this journey and a snapshot the machine can stand on there. Null
   * when not; otherwise the stored list itself, so it keeps its identity between renders.
   */
  parseEntries(value: unknown): JourneyEntry<Id, EventFromLogic<M>>[] | null;
  /** The deep-link rule: a URL for a step stood on shows that entry; any other goes to the furthest step. */
  landing(entries: readonly JourneyEntry<Id, unknown>[], slug: string | null | undefined): Landing<Id>;
  /** The entries after `entry` was reached from the step at `fromIndex`: later steps are dropped. */
  advance<E>(entries: readonly E[], fromIndex: number, entry: E): E[];
}

export type AnyJourney = Journey<string, AnyStateMachine, string>;
export type StepOf<J extends AnyJourney> = J['stepIds'][number];
export type EventOf<J extends AnyJourney> = EventFromLogic<J['machine']>;
export type SnapshotOf<J extends AnyJourney> = SnapshotFrom<J['machine']>;
export type EntryOf<J extends AnyJourney> = JourneyEntry<StepOf<J>, EventOf<J>>;

const fieldsOf = (context: unknown) => (typeof context === 'object' && context !== null ? Object.keys(context).sort().join() : '');

export function defineJourney<const J extends string, M extends AnyStateMachine, const Id extends string>(spec: JourneySpec<J, M, Id>): Journey<J, M, Id> {
  const { machine, stepIds, currentStep } = spec;
  let initialFields: string | undefined;
  const contextFields = () => (initialFields ??= fieldsOf(initialTransition(machine as AnyStateMachine)[0].context));
  const isStep = (step: unknown): step is Id => (stepIds as readonly unknown[]).includes(step);
  const persist = (snapshot: SnapshotFrom<M>, event?: EventFromLogic<M>): JourneyEntry<Id, EventFromLogic<M>> => ({
    step: currentStep(snapshot),
    snapshot: machine.getPersistedSnapshot(snapshot) as Snapshot<unknown>,
    ...(spec.keepsAnswers && event ? { event } : {}),
  });
  const restore = (entry: Pick<JourneyEntry<string>, 'step' | 'snapshot'>): SnapshotFrom<M> => {
    const persisted = entry.snapshot as { value?: unknown; context?: unknown };
    if (spec.sameContextFields && fieldsOf(persisted.context) !== contextFields()) throw new Error(`Stored context is not the ${spec.id} journey’s`);
    const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never }) as SnapshotFrom<M>;
    if (currentStep(snapshot) !== entry.step) throw new Error('Stored step does not match its snapshot');
    return snapshot;
  };
  const slugFor = (step: Id) => slugForStep(step);
  const stepForSlug = (slug: string | null | undefined) => stepIds.find((step) => slugFor(step) === slug);

  return {
    id: spec.id,
    machine,
    stepIds,
    startStep: spec.startStep,
    keepsAnswers: spec.keepsAnswers ?? false,
    currentStep,
    isStep,
    urlFor: spec.urlFor,
    slugFor,
    stepForSlug,
    persist,
    initialEntry(input) {
      const [snapshot] = initialTransition(machine as AnyStateMachine, input);
      return persist(snapshot as SnapshotFrom<M>);
    },
    restore,
    parseEntries(value) {
      if (!Array.isArray(value) || value.length === 0) return null;
      try {
        if (spec.startStep !== undefined && value[0].step !== spec.startStep) return null;
        for (const entry of value as JourneyEntry[]) {
          if (!isStep(entry.step)) return null;
          restore(entry);
        }
      } catch {
        return null;
      }
      return value as JourneyEntry<Id, EventFromLogic<M>>[];
    },
    // Only this journey's steps are named: a slug of another journey's step is a step not reached.
    landing: (entries, slug) => landingOf(entries, stepForSlug(slug) && slug),
    advance: (entries, fromIndex, entry) => [...entries.slice(0, fromIndex + 1), entry],
  };
}
