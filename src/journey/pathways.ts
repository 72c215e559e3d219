import type { PathwayModel } from '../../forms/organisation-profile.schema';
import type { ConcernSummary } from '../../forms/concern-summary.schema';
import { concernMachine, concernSummary, currentStep, stepIds, stepMeta, type Phase, type StepId } from '../../machines/concern.machine';
import { currentMseStep, mseConcernSummary, mseMachine, mseStepIds, mseStepMeta } from '../../machines/mse.machine';
import { bswFromProfile, stepContent, type StepContent } from '../content/concern.content';
import { mseFromProfile, mseStepContent, type FromProfile, type MseStepContent } from '../content/mse.content';
import { defineJourney, type JourneyEntry as Entry, type JourneySpec, type StepOf as JourneyStepOf } from './define-journey';
import { defineRegistry } from './journey-registry';
import type { AnyStateMachine, ContextFrom, EventFromLogic, SnapshotFrom } from 'xstate';
import { urlForStep } from './urls';

/**
 * A pathway the wizard can run: a journey (src/journey/define-journey.ts) over its statechart, and
 * what each step says. The journey, its storage and the pages are written once over this; the
 * organisation profile's `pathwayModel` says which one a new concern follows (`pathwayForModel`),
 * and a stored journey names its own. A new pathway model is its machine, its content and one
 * line in `pathwayList`.
 */

/** One step the user has stood on: the step and the machine's persisted snapshot there. */
export type JourneyEntry<Id extends string = StepId> = Entry<Id>;

/** What any pathway's content module says a step is: its `kind` picks the page (concern-step.tsx). */
export type PathwayStepContent = StepContent | MseStepContent;

function definePathway<
  const P extends string,
  const Model extends PathwayModel,
  M extends AnyStateMachine,
  const Id extends string,
  C extends { readonly [S in Id]: PathwayStepContent },
>(
  pathway: Omit<JourneySpec<P, M, Id>, 'urlFor' | 'sameContextFields'> & {
    /** The organisation profile's name for this pathway model. */
    model: Model;
    startStep: Id;
    meta: { readonly [S in Id]: { readonly phase: Phase | null; readonly outcome?: string } };
    content: C;
    /** What each step shows from the organisation profile (local contacts, lists, the police portal). */
    fromProfile: Partial<Record<Id, FromProfile>>;
    /** What the pathway hands to the referral, from the context at a step. */
    summary: (context: ContextFrom<M>) => ConcernSummary;
  },
) {
  // The pathways share the urgent route's state names: a stored context must be this machine's.
  const journey = defineJourney({ ...pathway, urlFor: urlForStep, sameContextFields: true });
  return {
    ...journey,
    startStep: pathway.startStep,
    model: pathway.model,
    meta: pathway.meta,
    content: pathway.content,
    /** A step's content, whichever pathway: the pages pick their kind from it. */
    contentOf: (step: string): PathwayStepContent => {
      if (!(step in pathway.content)) throw new Error(`No content for the ${pathway.id} step "${step}"`);
      return pathway.content[step as Id];
    },
    fromProfile: pathway.fromProfile,
    /** The hand-off to the referral from a stored step (checked against this machine). */
    summaryOf: (entry: Entry<string>): ConcernSummary => pathway.summary((journey.restore(entry) as { context: ContextFrom<M> }).context),
    isOutcome: (step: Id): boolean => 'outcome' in pathway.meta[step],
    phase: (step: Id): Phase | null => pathway.meta[step].phase,
  };
}

/**
 * The registry: every pathway model, one line each. The BSW ICB "Reporting flow chart for Raising
 * Concerns" (seed 004; domain-spec §1.1); the MSE ICB "Referral Flowchart" and the police online
 * portal (seed 002; domain-spec §1.2). A journey kept before there were two is the BSW one.
 */
export const pathwayRegistry = defineRegistry(
  [
    definePathway({
      id: 'bsw',
      model: 'bsw-reporting-chart',
      machine: concernMachine,
      stepIds,
      startStep: 'start',
      meta: stepMeta,
      currentStep,
      content: stepContent,
      fromProfile: bswFromProfile,
      summary: concernSummary,
    }),
    definePathway({
      id: 'mse',
      model: 'mse-police-portal',
      machine: mseMachine,
      stepIds: mseStepIds,
      startStep: 'mseStart',
      meta: mseStepMeta,
      currentStep: currentMseStep,
      content: mseStepContent,
      fromProfile: mseFromProfile,
      summary: mseConcernSummary,
    }),
  ] as const,
  { legacy: 'bsw' },
);

export const bswPathway = pathwayRegistry.byId.bsw;
export const msePathway = pathwayRegistry.byId.mse;
export const pathwayIds = pathwayRegistry.ids;
export const pathways = pathwayRegistry.byId;
export type PathwayId = (typeof pathwayIds)[number];
export type AnyPathway = (typeof pathwayRegistry.list)[number];
export type BswPathway = typeof bswPathway;
export type MsePathway = typeof msePathway;
/** A step of any pathway: the ids are distinct, except the shared urgent route. */
export type PathwayStepId = JourneyStepOf<AnyPathway>;
export type StepOf<P extends AnyPathway> = P['stepIds'][number];
export type EventOf<P extends AnyPathway> = EventFromLogic<P['machine']>;
export type SnapshotOf<P extends AnyPathway> = SnapshotFrom<P['machine']>;

/** Every profile model has its pathway: a model missing from the registry fails the type check here. */
const missingModel: Exclude<PathwayModel, AnyPathway['model']> extends never ? true : false = true;
void missingModel;

/** The pathway an organisation profile asks for. */
export function pathwayForModel(model: PathwayModel): PathwayId {
  return pathwayRegistry.list.find((pathway) => pathway.model === model)!.id;
}

/** Which pathway a list of entries belongs to: the one whose start step is the first entry's. */
export const pathwayOfEntries = pathwayRegistry.ofEntries;

/** What a stored journey hands to the referral, from its furthest step, whichever pathway it follows. */
export const concernSummaryOf = (pathway: PathwayId, entries: readonly Entry<string>[]): ConcernSummary =>
  pathways[pathway].summaryOf(entries[entries.length - 1]!);
