import { useMemo } from 'react';
import type { PathwayStepId } from '../../journey/pathways';
import { pathwayAnswerWords } from '../../../machines/pathway-common';
import { beginAnswerSchema, subjectAnswerSchema, yesNoAnswerSchema } from '../../../forms/pathway-answers.schema';
import type { StartContent, SubjectContent, YesNoContent } from '../../content/concern.content';
import type { FieldMeta, OptionMeta } from '../../../forms/field-meta';
import { FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { answered } from '../../journey/answered';
import { useJourney } from '../../journey/pathway-journey';
import { StepFromProfile } from './local-contacts';
import { StepFrame } from './step-frame';
import { Guidance, questionParts, StepIntro } from '../../ui/step-guidance';

export { Guidance } from '../../ui/step-guidance';

/** A question's radios, as the field registry declares them. */
const radios = (name: string, label: string, options: readonly OptionMeta[]): FieldMeta => ({ kind: 'choice', name, label, options });

/** The answer the user gave to `step` before coming back to it, from the decision log. */
export function usePreviousLogEntry(step: PathwayStepId) {
  const { answeredContext } = useJourney();
  const log: readonly { step: string; answer: string; notes: string }[] = answeredContext?.log ?? [];
  return log.findLast((entry) => entry.step === step) ?? null;
}

export function StartPage({ content }: { content: StartContent }) {
  const { send, answeredContext } = useJourney();
  const heading = usePageHeading(content.tabTitle);
  return (
    <StepFrame source={content.source}>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {content.title}
      </h1>
      {/* Phone first: the first paragraph, the one question, then the rest (the don'ts before Continue). */}
      <StepIntro paragraphs={content.guidance?.slice(0, 1)} />
      <Form
        schema={beginAnswerSchema}
        defaultValues={{ role: answeredContext?.role ?? undefined }}
        onValid={({ role }) => send({ type: 'BEGIN', role, ...answered(content.roleLegend) })}
      >
        <FieldList
          fields={[
            radios(
              'role',
              content.roleLegend,
              (['staff', 'manager', 'lead'] as const).map((value) => ({ value, label: content.roles[value] })),
            ),
          ]}
        />
        <Guidance paragraphs={content.guidance?.slice(1)} />
        <ol className="phases">
          {content.phases.map((phase) => (
            <li key={phase.name}>
              <strong>{phase.name}.</strong> {phase.text}
            </li>
          ))}
        </ol>
      </Form>
    </StepFrame>
  );
}

const yesNoEvents = { yes: 'ANSWER_YES', no: 'ANSWER_NO', unreachable: 'LEAD_UNREACHABLE' } as const;

/** The radio a logged answer came from ("Yes", "No", or the lead not reached: pathway-common's words). */
function previousYesNo(answer: string): 'yes' | 'no' | 'unreachable' {
  if (answer === 'Yes') return 'yes';
  return answer === pathwayAnswerWords({ type: 'LEAD_UNREACHABLE', prompt: '', at: '' }) ? 'unreachable' : 'no';
}

export function YesNoPage({ step, content }: { step: PathwayStepId; content: YesNoContent }) {
  const { send } = useJourney();
  const heading = usePageHeading(content.tabTitle);
  const previous = usePreviousLogEntry(step);
  const schema = useMemo(
    () =>
      yesNoAnswerSchema({
        choose: content.chooseError,
        notesRequiredWhen: content.notes?.requiredWhen,
        notesMissing: content.notes?.missingError,
        allowUnreachable: Boolean(content.unreachable),
      }),
    [content],
  );
  const previousAnswer = previous ? previousYesNo(previous.answer) : undefined;
  return (
    <StepFrame source={content.source}>
      <Form
        schema={schema}
        defaultValues={{ answer: previousAnswer, notes: previous?.notes ?? '' }}
        onValid={({ answer, notes }) => send({ type: yesNoEvents[answer], notes, ...answered(content.title) })}
      >
        <FieldList
          fields={[
            radios('answer', content.title, [
              { value: 'yes', ...content.yes },
              { value: 'no', ...content.no },
              ...(content.unreachable ? [{ value: 'unreachable', ...content.unreachable }] : []),
            ]),
            ...(content.notes
              ? [{ kind: 'longtext', name: 'notes', label: content.notes.label, hint: content.notes.hint, optional: !content.notes.requiredWhen } as const]
              : []),
          ]}
          heading={{ name: 'answer', ref: heading, ...questionParts(content) }}
        />
      </Form>
      <StepFromProfile />
    </StepFrame>
  );
}

export function SubjectPage({ content }: { content: SubjectContent }) {
  const { send, answeredContext } = useJourney();
  const heading = usePageHeading(content.tabTitle);
  return (
    <StepFrame source={content.source}>
      <Form
        schema={subjectAnswerSchema}
        defaultValues={{ subject: answeredContext?.subject ?? undefined }}
        onValid={({ subject }) => send({ type: subject === 'patient' ? 'SELECT_PATIENT' : 'SELECT_COLLEAGUE', ...answered(content.title) })}
      >
        <FieldList
          fields={[
            radios('subject', content.title, [
              { value: 'patient', ...content.patient },
              { value: 'colleague', ...content.colleague },
            ]),
          ]}
          heading={{ name: 'subject', ref: heading }}
        />
      </Form>
    </StepFrame>
  );
}
