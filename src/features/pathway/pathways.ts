import { initialTransition, type AnyStateMachine, type EventFromLogic, type Snapshot, type SnapshotFrom } from 'xstate';
import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import { concernMachine, currentStep, stepIds, stepMeta, type Phase, type StepId } from '../../../machines/concern.machine';
import { currentMseStep, mseMachine, mseStepIds, mseStepMeta, type MseStepId } from '../../../machines/mse.machine';
import { bswFromProfile, stepContent } from '../../content/concern.content';
import { mseFromProfile, mseStepContent, type FromProfile } from '../../content/mse.content';

/**
 * A pathway the wizard can run: its statechart, its steps and what each step says. The journey,
 * its storage and the pages are written once over this; the organisation profile's `pathwayModel`
 * says which one a new concern follows (`pathwayForModel`), and a stored journey names its own.
 */

export const pathwayIds = ['bsw', 'mse'] as const;
export type PathwayId = (typeof pathwayIds)[number];
/** A step of either pathway: the ids are distinct, except the shared urgent route. */
export type PathwayStepId = StepId | MseStepId;

/** One step the user has stood on: the step and the machine's persisted snapshot there. */
export interface JourneyEntry<Id extends string = StepId> {
  step: Id;
  snapshot: Snapshot<unknown>;
}

function definePathway<P extends PathwayId, Id extends PathwayStepId, M extends AnyStateMachine, C>(pathway: {
  id: P;
  machine: M;
  stepIds: readonly Id[];
  /** The step every journey of this pathway starts on. */
  startStep: Id;
  meta: { readonly [S in Id]: { readonly phase: Phase | null; readonly outcome?: string } };
  currentStep: (snapshot: SnapshotFrom<M>) => Id;
  content: C;
  /** What each step shows from the organisation profile (local contacts, lists, the police portal). */
  fromProfile: Partial<Record<Id, FromProfile>>;
}) {
  const { machine } = pathway;
  let initialFields: string | undefined;
  const contextFields = () => (initialFields ??= Object.keys(initialTransition(machine as AnyStateMachine)[0].context as object).sort().join());
  return {
    ...pathway,
    isOutcome: (step: Id): boolean => 'outcome' in pathway.meta[step],
    phase: (step: Id): Phase | null => pathway.meta[step].phase,
    isStep: (step: unknown): step is Id => (pathway.stepIds as readonly unknown[]).includes(step),
    persist(snapshot: SnapshotFrom<M>): JourneyEntry<Id> {
      return { step: pathway.currentStep(snapshot), snapshot: machine.getPersistedSnapshot(snapshot) as Snapshot<unknown> };
    },
    initialEntry(): JourneyEntry<Id> {
      const [snapshot] = initialTransition(machine as AnyStateMachine);
      return this.persist(snapshot as SnapshotFrom<M>);
    },
    /**
     * Restores a snapshot, checking that it is one this machine can stand on and that its context
     * has this machine's fields (not the other pathway's). Throws when it is not.
     */
    restore(entry: JourneyEntry<Id>): SnapshotFrom<M> {
      const persisted = entry.snapshot as { value?: unknown; context?: unknown };
      const fields = (context: unknown) => (typeof context === 'object' && context !== null ? Object.keys(context).sort().join() : '');
      if (fields(persisted.context) !== contextFields()) throw new Error('Stored context is not this pathway’s');
      const snapshot = machine.resolveState({ value: persisted.value as never, context: persisted.context as never }) as SnapshotFrom<M>;
      if (pathway.currentStep(snapshot) !== entry.step) throw new Error('Stored step does not match its snapshot');
      return snapshot;
    },
  };
}

/** The BSW ICB "Reporting flow chart for Raising Concerns" (seed 004; domain-spec §1.1). */
export const bswPathway = definePathway({
  id: 'bsw',
  machine: concernMachine,
  stepIds,
  startStep: 'start',
  meta: stepMeta,
  currentStep,
  content: stepContent,
  fromProfile: bswFromProfile,
});

/** The MSE ICB "Referral Flowchart" and the police online portal (seed 002; domain-spec §1.2). */
export const msePathway = definePathway({
  id: 'mse',
  machine: mseMachine,
  stepIds: mseStepIds,
  startStep: 'mseStart',
  meta: mseStepMeta,
  currentStep: currentMseStep,
  content: mseStepContent,
  fromProfile: mseFromProfile,
});

export type BswPathway = typeof bswPathway;
export type MsePathway = typeof msePathway;
export type AnyPathway = BswPathway | MsePathway;
export type StepOf<P extends AnyPathway> = P['stepIds'][number];
export type EventOf<P extends AnyPathway> = EventFromLogic<P['machine']>;
export type SnapshotOf<P extends AnyPathway> = SnapshotFrom<P['machine']>;

export const pathways = { bsw: bswPathway, mse: msePathway } as const satisfies Record<PathwayId, AnyPathway>;

/** The pathway an organisation profile asks for. */
export function pathwayForModel(model: PathwayModel): PathwayId {
  return model === 'mse-police-portal' ? 'mse' : 'bsw';
}

/** Which pathway a list of entries belongs to: the one whose start step is the first entry's. */
export function pathwayOfEntries(entries: readonly { step: string }[]): PathwayId | null {
  const first = entries[0]?.step;
  return pathwayIds.find((id) => pathways[id].startStep === first) ?? null;
}
