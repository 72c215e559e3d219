import type { ConsentOutcome, DecisionRow } from '../forms/consent-record.schema';
import type { PathwayModel } from '../forms/organisation-profile.schema';
import { concernMachine, currentStep, type ConcernSnapshot } from './concern.machine';
import { consentMachine, currentConsentStep, type ConsentMachineInput, type ConsentSnapshot } from './consent.machine';
import {
  chartNextMoves,
  concernCharts,
  concernNextMoves,
  consentNextMoves,
  requestNextMoves,
  startConcern,
  startConsent,
  startRequest,
  takeMove,
  type Answered,
  type NextMove,
  type TrainingText,
} from './scenarios.moves';
import type { AnyMachineSnapshot } from 'xstate';
import { currentRequestStep, requestMachine, type RequestSnapshot } from './information-request.machine';
import type {
  BasisCode,
  ConcernMove,
  ConcernStage,
  ConsentMove,
  ConsentStage,
  DiscussionStep,
  MseMove,
  ExpectedDataProtection,
  RequestMove,
  RequestStage,
  Scenario,
  ScenarioMove,
  Stage,
} from './scenarios.schema';

/**
 * Judging the room's choices against a scenario's expected path (domain-spec §5.6 "compare the
 * learner's state path with the expected path"). Pure: the trainer's pages and the debrief use it.
 */

export type Verdict = 'expected' | 'accepted' | 'differs' | 'off-path';
export type MachineStage = ConcernStage | ConsentStage | RequestStage;
/** Any stage walked on a machine, as the judge sees it. */
export type JudgedStage = MachineStage;

export interface MoveJudgement {
  verdict: Verdict;
  /** The move the choice matched, or for `differs` the move the expected path takes from here. */
  move: ScenarioMove | null;
}

const same = (move: ScenarioMove, from: string, to: string) => move.from === from && move.to === to;

/** A stage's expected path and accepted alternatives, on one pathway model's chart. */
export interface StagePaths {
  expected: readonly ScenarioMove[];
  acceptable: readonly (readonly ScenarioMove[])[];
}

/** The pathway model a stage is judged on when none is named: the one every scenario was first written for. */
export const defaultModel: PathwayModel = 'bsw-reporting-chart';

/**
 * The paths a stage is judged on, on the model that ran: a concern stage's MSE paths on the MSE
 * chart. The other stages' machines are the same whatever the model. A concern stage with no path
 * on the model has none to judge against (the scenario's `models` says it does not run there).
 */
export function stagePaths(stage: JudgedStage, model: PathwayModel = defaultModel): StagePaths {
  if (stage.kind !== 'concern' || model === 'bsw-reporting-chart') return stage;
  return stage.mse ?? { expected: [], acceptable: [] };
}

/** A step of the machine taken by the room, from `from` to `to`, against the stage's paths on the model that ran. */
export function judgeMove(stage: JudgedStage, from: string, to: string, model: PathwayModel = defaultModel): MoveJudgement {
  const paths = stagePaths(stage, model);
  const expected = paths.expected.find((move) => same(move, from, to));
  if (expected) return { verdict: 'expected', move: expected };
  for (const path of paths.acceptable) {
    const accepted = path.find((move) => same(move, from, to));
    if (accepted) return { verdict: 'accepted', move: accepted };
  }
  const instead = paths.expected.find((move) => move.from === from) ?? paths.acceptable.flat().find((move) => move.from === from);
  return instead ? { verdict: 'differs', move: instead } : { verdict: 'off-path', move: null };
}

/** The move the expected path takes from this step, if it passes through it. */
export function expectedFrom(stage: JudgedStage, from: string, model: PathwayModel = defaultModel): ScenarioMove | null {
  return stagePaths(stage, model).expected.find((move) => move.from === from) ?? null;
}

export function judgeAnswer(step: DiscussionStep, answer: string): 'expected' | 'differs' {
  return step.expected.includes(answer) ? 'expected' : 'differs';
}

export const expectedEnd = (stage: JudgedStage, model: PathwayModel = defaultModel): string => stagePaths(stage, model).expected.at(-1)?.to ?? '';

/** Whether a machine stage that stopped at `end` matches the expected path, an accepted one, or neither. */
export function endVerdict(stage: JudgedStage, end: string, model: PathwayModel = defaultModel): 'expected' | 'accepted' | 'differs' {
  if (end === expectedEnd(stage, model)) return 'expected';
  return stagePaths(stage, model).acceptable.some((path) => path.at(-1)!.to === end) ? 'accepted' : 'differs';
}

export const basisOfOutcome: Record<ConsentOutcome, BasisCode | null> = {
  BASIS_CONSENT: 'CONSENT',
  BASIS_BEST_INTERESTS: 'BEST_INTERESTS',
  BASIS_PUBLIC_INTEREST: 'PUBLIC_INTEREST',
  BASIS_SERIOUS_CRIME: 'SERIOUS_CRIME',
  BASIS_URGENT_TRIAGE: null,
  NO_LAWFUL_BASIS: null,
};

export interface BasisReached {
  code: BasisCode | null;
  row: DecisionRow | null;
}

/** The lawful basis and decision-table row a consent snapshot has settled on (null while unsettled). */
export function basisReached(snapshot: ConsentSnapshot): BasisReached {
  const { outcome, row } = snapshot.context.draft;
  return { code: outcome ? basisOfOutcome[outcome] : null, row: row ?? null };
}

/**
 * The data-protection basis as the consent record holds it (legal-and-security §A.1 item 4): the
 * Article 9 condition, whether information about alleged offences is involved and its Article 10
 * condition, and whether the person was told (para 2 applies only when they were not).
 */
export interface RecordedDataProtection {
  article9Condition: string | null;
  offenceData: 'yes' | 'no' | null;
  article10Condition: string | null;
  informed: 'yes' | 'no' | null;
}

export function dataProtectionReached(snapshot: ConsentSnapshot): RecordedDataProtection {
  const draft = snapshot.context.draft as Partial<Record<keyof RecordedDataProtection, unknown>>;
  const read = <T extends string>(value: unknown): T | null => (typeof value === 'string' ? (value as T) : null);
  return {
    article9Condition: read(draft.article9Condition),
    offenceData: read<'yes' | 'no'>(draft.offenceData),
    article10Condition: read(draft.article10Condition),
    informed: read<'yes' | 'no'>(draft.informed),
  };
}

export interface BasisMismatch {
  part: 'article9Condition' | 'offenceData' | 'article10Condition' | 'notToldExemption';
  expected: string;
  recorded: string;
}

/**
 * Where a consent record's data-protection basis differs from the scenario's expected basis: empty
 * when it matches. Para 2 (`notToldExemption`) matches only a record where the person was not told.
 */
export function judgeDataProtection(expected: ExpectedDataProtection, recorded: RecordedDataProtection): BasisMismatch[] {
  const mismatches: BasisMismatch[] = [];
  const shown = (value: string | null) => value ?? 'not recorded';
  if (recorded.article9Condition !== expected.article9Condition)
    mismatches.push({ part: 'article9Condition', expected: expected.article9Condition, recorded: shown(recorded.article9Condition) });
  const offence = expected.offenceData ? 'yes' : 'no';
  if (recorded.offenceData !== offence) mismatches.push({ part: 'offenceData', expected: offence, recorded: shown(recorded.offenceData) });
  else if (expected.offenceData && recorded.article10Condition === null)
    mismatches.push({ part: 'article10Condition', expected: 'a Schedule 1 condition', recorded: 'not recorded' });
  const notTold = recorded.informed === null ? null : recorded.informed === 'no';
  if (notTold !== expected.notToldExemption)
    mismatches.push({
      part: 'notToldExemption',
      expected: expected.notToldExemption ? 'not told' : 'told',
      recorded: notTold === null ? 'not recorded' : notTold ? 'not told' : 'told',
    });
  return mismatches;
}

// ---------------------------------------------------------------------------------------------
// Following a path with training answers: the scenario tests, and the trainer's "show the expected path".
// ---------------------------------------------------------------------------------------------

function follow<TSnapshot, TMove extends ScenarioMove, TEvent>(
  start: TSnapshot,
  moves: readonly TMove[],
  stepOf: (snapshot: TSnapshot) => string,
  next: (snapshot: TSnapshot, move: TMove) => NextMove<TEvent>[],
  take: (snapshot: TSnapshot, event: TEvent) => TSnapshot,
): TSnapshot[] {
  const snapshots = [start];
  for (const move of moves) {
    const snapshot = snapshots.at(-1)!;
    if (stepOf(snapshot) !== move.from) throw new Error(`The path expects to be at ${move.from}, but the machine is at ${stepOf(snapshot)}`);
    const found = next(snapshot, move).find((candidate) => candidate.edge.event === move.event && candidate.edge.to === move.to);
    if (!found) throw new Error(`The machine does not go from ${move.from} by ${move.event} to ${move.to}`);
    snapshots.push(take(snapshot, found.event));
  }
  return snapshots;
}

const textFor = (move: ScenarioMove, record: string, basis?: ExpectedDataProtection): TrainingText => ({ notes: move.notes ?? move.why, record, basis });

export function followConcernMoves(moves: readonly ConcernMove[], answered: (step: string) => Answered, record: string): ConcernSnapshot[] {
  return follow(
    startConcern(),
    moves,
    currentStep,
    (snapshot, move) => concernNextMoves(snapshot, answered(move.from), () => textFor(move, record)),
    (snapshot, event) => takeMove(concernMachine, snapshot, event),
  );
}

/** Follows a concern path on a pathway model's chart (the BSW reporting chart or the MSE flowchart), with training answers. */
export function followChartMoves(
  model: PathwayModel,
  moves: readonly (ConcernMove | MseMove)[],
  answered: (step: string) => Answered,
  record: string,
): AnyMachineSnapshot[] {
  const chart = concernCharts[model];
  return follow<AnyMachineSnapshot, ConcernMove | MseMove, { type: string }>(
    chart.start(),
    moves,
    chart.currentStep,
    (snapshot, move) => chartNextMoves(chart, snapshot, answered(move.from), () => textFor(move, record)),
    (snapshot, event) => takeMove(chart.machine, snapshot, event),
  );
}

/** Follows a consent path; `basis` is the data-protection basis the scenario expects the path to end with. */
export function followConsentMoves(
  input: ConsentMachineInput,
  moves: readonly ConsentMove[],
  answered: (step: string) => Answered,
  record: string,
  basis?: ExpectedDataProtection,
): ConsentSnapshot[] {
  return follow(
    startConsent(input),
    moves,
    currentConsentStep,
    (snapshot, move) => consentNextMoves(snapshot, answered(move.from), () => textFor(move, record, basis)),
    (snapshot, event) => takeMove(consentMachine, snapshot, event),
  );
}

/** Follows a request-for-information path (S11) on the request machine, with training answers. */
export function followRequestMoves(moves: readonly RequestMove[], answered: (step: string) => Answered): RequestSnapshot[] {
  return follow(
    startRequest(),
    moves,
    currentRequestStep,
    (snapshot, move) => requestNextMoves(snapshot, answered(move.from), () => textFor(move, '')),
    (snapshot, event) => takeMove(requestMachine, snapshot, event),
  );
}

// ---------------------------------------------------------------------------------------------
// The debrief: every choice the room made, and every expected step it did not reach.
// ---------------------------------------------------------------------------------------------

/** What the room did in one stage: the steps it stood on in order, with discussion answers. */
export interface StageRecord {
  steps: readonly { step: string; answer?: string | null }[];
}

export interface DebriefRow {
  stage: Stage;
  /** The machine step the choice was made at, or the discussion step's id. */
  at: string;
  /** Where the room went (machine) or what it answered (discussion); null when not reached. */
  choice: string | null;
  verdict: Verdict | 'not-reached';
  /** The move matched, or the one the expected path takes (machine stages). */
  move: ScenarioMove | null;
  /** The discussion step (discussion stages). */
  discussion: DiscussionStep | null;
}

/** The debrief's rows; a concern stage is judged on the pathway model that ran (`model`). */
export function debriefRows(scenario: Scenario, records: Readonly<Record<string, StageRecord | undefined>>, model: PathwayModel = defaultModel): DebriefRow[] {
  const rows: DebriefRow[] = [];
  for (const stage of scenario.stages) {
    const steps = records[stage.id]?.steps ?? [];
    if (stage.kind === 'discussion') {
      for (const discussion of stage.steps) {
        const answer = steps.find((entry) => entry.step === discussion.id)?.answer ?? null;
        rows.push({
          stage,
          at: discussion.id,
          choice: answer,
          verdict: answer === null ? 'not-reached' : judgeAnswer(discussion, answer),
          move: null,
          discussion,
        });
      }
      continue;
    }
    const visited = new Set<string>();
    for (let index = 1; index < steps.length; index += 1) {
      const from = steps[index - 1]!.step;
      const to = steps[index]!.step;
      visited.add(from);
      const judged = judgeMove(stage, from, to, model);
      rows.push({ stage, at: from, choice: to, verdict: judged.verdict, move: judged.move, discussion: null });
    }
    for (const move of stagePaths(stage, model).expected) {
      if (!visited.has(move.from)) rows.push({ stage, at: move.from, choice: null, verdict: 'not-reached', move, discussion: null });
    }
  }
  return rows;
}

export type Score = Record<'expected' | 'accepted' | 'differs' | 'offPath' | 'notReached', number>;

export function score(rows: readonly DebriefRow[]): Score {
  const count = (verdict: DebriefRow['verdict']) => rows.filter((row) => row.verdict === verdict).length;
  return { expected: count('expected'), accepted: count('accepted'), differs: count('differs'), offPath: count('off-path'), notReached: count('not-reached') };
}
