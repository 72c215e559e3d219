import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import type { DecisionLogEntry } from '../../../machines/concern.machine';
import { consentMachine, type ConsentLogEntry } from '../../../machines/consent.machine';
import { requestMachine } from '../../../machines/information-request.machine';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { concernCharts } from '../../../machines/scenarios.moves';
import {
  basisReached,
  dataProtectionReached,
  debriefRows,
  judgeAnswer,
  judgeDataProtection,
  judgeMove,
  score,
  type BasisMismatch,
  type BasisReached,
  type DebriefRow,
  type RecordedDataProtection,
  type Score,
  type StageRecord,
} from '../../../machines/scenarios.judge';
import type { Scenario } from '../../../machines/scenarios.schema';
import { dataProtectionWords, scheduleOneWords, trainingText } from '../../content/training.content';
import { pathwayOfEntries, pathways } from '../../journey/pathways';
import { concernDiagrams, consentDiagramModel, edgeBetween, requestDiagramModel, type Diagram } from './diagrams';
import { sessionModel } from './scenario-model';
import type { ConcernEntry, ConsentEntry, DiscussionEntry, SessionState } from './session-store';
import { moveText } from './stage-parts';

const text = trainingText.debrief;

/** A debrief row in words, for the page and the PDF. */
export interface DebriefLine {
  stage: string;
  at: string;
  choice: string;
  expected: string;
  verdict: DebriefRow['verdict'] | 'corrected';
  /** What the room chose here first, before changing it, in words: empty when it did not change. */
  earlier: string;
  why: string;
  source: string;
}

export interface SessionResult {
  /** The pathway model the concern stage ran on, and was judged on. */
  model: PathwayModel;
  lines: DebriefLine[];
  /** The judge's counts, with the steps the room got right only after changing its choice counted apart. */
  score: Score & { corrected: number };
  /** The basis the consent decision settled on, when the scenario runs it and the room finished it. */
  basis: BasisReached | null;
  /** The data-protection basis the room recorded, judged against the consent stage's expected basis (finished decisions only). */
  dataProtection: { recorded: RecordedDataProtection; mismatches: BasisMismatch[] } | null;
  /** The concern pathway's decision log (either chart's entries have this shape). */
  concernLog: DecisionLogEntry[];
  consentLog: ConsentLogEntry[];
}

function machineLine(row: DebriefRow, diagram: Diagram, ancestors: (id: string) => string[]): DebriefLine {
  const edge = row.choice ? edgeBetween(diagram, row.at, row.choice, ancestors) : null;
  return {
    stage: row.stage.title,
    at: diagram.nodeLabel(row.at),
    choice: row.choice ? (edge ? `${diagram.edgeLabel(edge)} → ${diagram.nodeLabel(row.choice)}` : diagram.nodeLabel(row.choice)) : text.notReached,
    expected: row.move ? moveText(diagram, row.move) : '—',
    verdict: row.verdict,
    earlier: '',
    why: row.move?.why ?? '',
    source: row.move?.source ?? '',
  };
}

/** Whether a choice the room made first, and then changed, was off the expected path (on the model that ran). */
function wasMistake(row: DebriefRow, choice: string, model: PathwayModel): boolean {
  if (row.discussion) return judgeAnswer(row.discussion, choice) === 'differs';
  if (row.stage.kind === 'discussion') return false;
  const verdict = judgeMove(row.stage, row.at, choice, model).verdict;
  return verdict === 'differs' || verdict === 'off-path';
}

export interface DataProtectionSummary {
  expected: string;
  /** What the room recorded, in words; or that the decision was not completed. */
  recorded: string;
  /** Whether it matches, and if not, each difference in words. */
  verdict: string;
  differences: string[];
}

const dataProtectionText = text.dataProtection;

/** A recorded part in words: a Schedule 1 condition by its paragraph, anything else as it is. */
const partValue = (value: string) => (value in scheduleOneWords ? scheduleOneWords[value as keyof typeof scheduleOneWords] : value);

/** The data-protection judgement in words, for the debrief page and the PDF; null when the scenario runs no consent decision. */
export function dataProtectionSummary(scenario: Scenario, result: SessionResult): DataProtectionSummary | null {
  const stage = scenario.stages.find((candidate) => candidate.kind === 'consent');
  if (!stage) return null;
  const expected = dataProtectionWords(stage.expectedBasis);
  if (!result.dataProtection) return { expected, recorded: dataProtectionText.notRecorded, verdict: '', differences: [] };
  const { recorded, mismatches } = result.dataProtection;
  const recordedWords =
    recorded.article9Condition && recorded.offenceData && recorded.informed
      ? dataProtectionWords({
          article9Condition: recorded.article9Condition as keyof typeof scheduleOneWords,
          offenceData: recorded.offenceData === 'yes',
          notToldExemption: recorded.informed === 'no',
        })
      : dataProtectionText.notRecorded;
  return {
    expected,
    recorded: recordedWords,
    verdict: mismatches.length === 0 ? dataProtectionText.matches : dataProtectionText.differs,
    differences: mismatches.map((mismatch) =>
      dataProtectionText.difference(dataProtectionText.parts[mismatch.part], partValue(mismatch.expected), partValue(mismatch.recorded)),
    ),
  };
}

/** An earlier choice in words: the answer's label, or the step the room went to. */
function earlierWords(row: DebriefRow, choice: string, model: PathwayModel): string {
  if (row.discussion) return row.discussion.options.find((option) => option.id === choice)?.label ?? choice;
  const diagram =
    row.stage.kind === 'consent' ? consentDiagramModel() : row.stage.kind === 'request' ? requestDiagramModel() : concernDiagrams[model].diagram();
  return diagram.nodeLabel(choice);
}

/**
 * Everything the debrief and the export say about a session, from the session's entries. The concern
 * stage is judged on the model it ran on (`sessionModel`: the chart of its steps, else the one the
 * organisation's model picks).
 */
export function sessionResult(scenario: Scenario, state: SessionState, organisationModel: PathwayModel = 'bsw-reporting-chart'): SessionResult {
  const model = sessionModel(scenario, state, organisationModel);
  const chart = concernCharts[model];
  const records: Record<string, StageRecord> = {};
  let concernLog: DecisionLogEntry[] = [];
  let consentLog: ConsentLogEntry[] = [];
  let basis: BasisReached | null = null;
  let dataProtection: SessionResult['dataProtection'] = null;
  for (const stage of scenario.stages) {
    const entries = state.stages[stage.id];
    if (!entries) continue;
    records[stage.id] = { steps: entries as readonly (DiscussionEntry | { step: string })[] };
    const last = entries.at(-1);
    if (stage.kind === 'concern' && last) {
      // Restored by the journey of the chart the room ran (each checks the snapshot is its own).
      const snapshot = pathways[pathwayOfEntries(entries) ?? 'bsw'].restore(last as ConcernEntry) as { context: { log: DecisionLogEntry[] } };
      concernLog = snapshot.context.log;
    }
    if (stage.kind === 'consent' && last) {
      const snapshot = (last as ConsentEntry).snapshot;
      consentLog = snapshot.context.log;
      if (snapshot.status === 'done') {
        basis = basisReached(snapshot);
        const recorded = dataProtectionReached(snapshot);
        dataProtection = { recorded, mismatches: judgeDataProtection(stage.expectedBasis, recorded) };
      }
    }
  }
  const rows = debriefRows(scenario, records, model);
  const lines = rows.map((row): DebriefLine => {
    if (row.stage.kind === 'concern') return machineLine(row, concernDiagrams[model].diagram(), (id) => selfAndAncestors(chart.machine, id));
    if (row.stage.kind === 'consent') return machineLine(row, consentDiagramModel(), (id) => selfAndAncestors(consentMachine, id));
    if (row.stage.kind === 'request') return machineLine(row, requestDiagramModel(), (id) => selfAndAncestors(requestMachine, id));
    const step = row.discussion!;
    const label = (id: string) => step.options.find((option) => option.id === id)?.label ?? id;
    return {
      stage: row.stage.title,
      at: step.question,
      choice: row.choice ? label(row.choice) : text.notReached,
      expected: step.expected.map(label).join(' / '),
      verdict: row.verdict,
      earlier: '',
      why: step.why,
      source: step.source,
    };
  });
  // A step the room got right only after changing its choice is shown as corrected, with what it chose first.
  let corrected = 0;
  rows.forEach((row, index) => {
    if (row.verdict !== 'expected' && row.verdict !== 'accepted') return;
    const mistakes = state.earlier.filter(
      (earlier) => earlier.stageId === row.stage.id && earlier.at === row.at && earlier.choice !== row.choice && wasMistake(row, earlier.choice, model),
    );
    if (mistakes.length === 0) return;
    const line = lines[index]!;
    const words = [...new Set(mistakes.map((mistake) => earlierWords(row, mistake.choice, model)))];
    lines[index] = { ...line, verdict: 'corrected', earlier: text.earlierChoice(words.join('; ')) };
    corrected += 1;
  });
  const judged = score(rows);
  return {
    model,
    lines,
    score: {
      ...judged,
      expected: judged.expected - rows.filter((row, index) => row.verdict === 'expected' && lines[index]!.verdict === 'corrected').length,
      accepted: judged.accepted - rows.filter((row, index) => row.verdict === 'accepted' && lines[index]!.verdict === 'corrected').length,
      corrected,
    },
    basis,
    dataProtection,
    concernLog,
    consentLog,
  };
}
