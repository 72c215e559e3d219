import { TRAINING_MARKING, type DocSection, type DocTable, type ReferralDocument } from '../../../forms/document';
import { citeSource, citeSources } from '../../../forms/source-citation';
import { basisWords } from './basis-words';
import type { Scenario } from '../../../machines/scenarios.schema';
import { TRAINING_MARK, trainingText } from '../../content/training.content';
import { dataProtectionSummary, type SessionResult } from './debrief-rows';

const text = trainingText.pdf;
const pad = (n: number) => String(n).padStart(2, '0');
/** DD/MM/YYYY HH:MM, as every export prints times. */
const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/**
 * The training session as a document for `buildReferralPdf`: the scenario, the room's choices
 * against the expected path, the debrief and the decision logs, with `training: true` so that every
 * page carries the watermark. A pure function of the session.
 */
export function trainingDocument(scenario: Scenario, result: SessionResult, generatedAt: Date): ReferralDocument {
  const debrief = trainingText.debrief;
  const { score } = result;
  const expectedBasis = scenario.expectedBasis;
  const dataProtection = dataProtectionSummary(scenario, result);

  const sections: DocSection[] = [
    {
      heading: text.scenarioHeading,
      intro: [`${TRAINING_MARK}. ${trainingText.markDetail}`],
      rows: [
        { label: text.rows.scenario, value: `${scenario.id} “${scenario.title}” (${scenario.coverage})` },
        { label: text.rows.setting, value: scenario.setting },
        { label: text.rows.learners, value: scenario.roleTypes.map((type) => trainingText.roleTypes[type]).join(', ') },
        { label: text.rows.levels, value: trainingText.levelList(scenario.levels) },
        { label: text.rows.profile, value: trainingText.model.pdfValue(result.model) },
        { label: text.rows.vignette, value: scenario.vignette.join('\n') },
      ],
    },
    {
      heading: text.resultHeading,
      rows: [{ label: debrief.tableCaption, value: debrief.scoreLine(score.expected, score.accepted, score.differs + score.offPath, score.notReached) }],
    },
    {
      heading: text.basisHeading,
      rows: [
        {
          label: text.basisRows.expected,
          value: [
            basisWords(expectedBasis.code, expectedBasis.row),
            ...expectedBasis.alternatives.map((code) => `${debrief.alternatives} ${trainingText.basis[code]}`),
          ].join('\n'),
        },
        {
          label: text.basisRows.reached,
          value: scenario.stages.some((stage) => stage.kind === 'consent')
            ? result.basis?.code
              ? basisWords(result.basis.code, result.basis.row)
              : debrief.basisNotReached
            : debrief.basisNotModelled,
        },
        ...(dataProtection
          ? [
              { label: debrief.dataProtection.expected, value: dataProtection.expected },
              {
                label: debrief.dataProtection.recorded,
                value: [dataProtection.recorded, dataProtection.verdict, ...dataProtection.differences].filter(Boolean).join('\n'),
              },
            ]
          : []),
        { label: text.basisRows.explanation, value: expectedBasis.explanation },
        { label: text.basisRows.sources, value: citeSources(expectedBasis.sources) },
      ],
    },
    { heading: text.pitfallsHeading, rows: scenario.pitfalls.map((pitfall) => ({ label: citeSource(pitfall.source), value: pitfall.text })) },
    { heading: text.debriefHeading, rows: scenario.debrief.map((point) => ({ label: citeSource(point.source), value: point.text })) },
  ];

  const columns = debrief.columns;
  const appendices: DocTable[] = [
    {
      heading: text.choicesHeading,
      columns: [columns.stage, columns.step, columns.choice, columns.expected, columns.verdict, columns.why],
      rows: result.lines.map((line) => [
        line.stage,
        line.at,
        line.earlier ? `${line.choice} (${line.earlier})` : line.choice,
        line.expected,
        debrief.verdicts[line.verdict],
        line.why && citeSource(line.source) ? `${line.why} (${citeSource(line.source)})` : line.why || citeSource(line.source),
      ]),
    },
  ];
  const logColumns = [text.logColumns.when, text.logColumns.question, text.logColumns.answer, text.logColumns.notes];
  if (result.concernLog.length > 0)
    appendices.push({
      heading: text.concernLogHeading,
      columns: logColumns,
      rows: result.concernLog.map((entry) => [when(entry.at), entry.question, entry.answer, entry.notes]),
    });
  if (result.consentLog.length > 0)
    appendices.push({
      heading: text.consentLogHeading,
      columns: logColumns,
      rows: result.consentLog.map((entry) => [when(entry.at), entry.question, entry.answer, entry.notes]),
    });

  const stamp = `${generatedAt.getFullYear()}${pad(generatedAt.getMonth() + 1)}${pad(generatedAt.getDate())}-${pad(generatedAt.getHours())}${pad(generatedAt.getMinutes())}`;
  return {
    title: text.title(scenario.id, scenario.title),
    marking: TRAINING_MARKING,
    fileStem: 'prevent-training-session',
    reference: text.reference(scenario.id, stamp),
    generatedAt: generatedAt.toISOString(),
    formVersion: 'training',
    sections,
    appendices,
    training: true,
  };
}
