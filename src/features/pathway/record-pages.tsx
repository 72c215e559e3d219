import { emptyDateParts, fromIsoDate } from '../../../forms/date-input.schema';
import { citeSource } from '../../../forms/source-citation';
import { checklistCaution, checklistLimits, indicatorGroupsFor, vulnerabilityGroup, type ChecklistGroup } from '../../../forms/indicators';
import {
  concernRecordSchema,
  discussionSchema,
  emergencyRecordSchema,
  leadInformedSchema,
  leadToldSchema,
  policeCalledSchema,
  type ConcernRecordInput,
} from '../../../forms/pathway-answers.schema';
import { fieldText, type ActionContent, type Contactable, type RecordContent } from '../../content/concern.content';
import { ContactList } from '../emergency/contact-list';
import { Choices, DateInput, TextArea, TextField } from '../../ui/fields';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { answered } from './answered';
import { useJourney, usePathwayJourney } from './journey';
import { StepFromProfile } from './local-contacts';
import { Guidance } from './pages';
import { StepFrame } from './step-frame';

export function PageTitle({ content }: { content: { title: string; tabTitle: string } }) {
  const heading = usePageHeading(content.tabTitle);
  return (
    <h1 className="heading-l" tabIndex={-1} ref={heading}>
      {content.title}
    </h1>
  );
}

/** One group of a checklist. Groups after the first that share a field name get ids of their own. */
function Checklist({ group, name, first = true }: { group: ChecklistGroup; name: 'indicators' | 'vulnerabilities'; first?: boolean }) {
  return (
    <Choices
      type="checkbox"
      name={name}
      idBase={first ? undefined : `${name}-${group.id}`}
      legend={group.title}
      hint={citeSource(group.source) ? `${group.intro} (${citeSource(group.source)})` : group.intro}
      optional
      options={group.items.map((item) => ({ value: item.id, label: item.text }))}
    />
  );
}

const emptyRecord: ConcernRecordInput = {
  whatHappened: '',
  whenNoticed: emptyDateParts,
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: '',
  reporterName: '',
  reporterRole: '',
};

/** "Discuss with manager. Make a record of your concerns/observations." (004 flowchart F14–F17) */
export function RecordPage({ content }: { content: RecordContent }) {
  const { send, answeredContext, snapshot } = useJourney();
  // Capability indicators are for the safeguarding lead only: frontline staff and managers are not asked to weigh up a person's background.
  const groups = indicatorGroupsFor(snapshot.context.role);
  const text = fieldText.record;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <Guidance paragraphs={content.guidance} />
      <StepFromProfile />
      <details className="details">
        <summary className="details__summary">{text.forExampleSummary}</summary>
        <ul className="list">
          {content.forExample.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </details>
      <Form
        schema={concernRecordSchema}
        defaultValues={answeredContext?.record ? { ...answeredContext.record, whenNoticed: fromIsoDate(answeredContext.record.whenNoticed) } : emptyRecord}
        submitLabel={text.submit}
        onValid={(record) => send({ type: 'RECORD_SAVED', record, ...answered(content.title) })}
      >
        <TextArea name="whatHappened" label={text.whatHappened.label} hint={text.whatHappened.hint} rows={8} />
        <DateInput name="whenNoticed" legend={text.whenNoticed.legend} hint={text.whenNoticed.hint} />
        <TextArea name="exactWords" label={text.exactWords.label} hint={text.exactWords.hint} optional rows={3} />
        <TextArea name="opinion" label={text.opinion.label} hint={text.opinion.hint} optional rows={3} />
        <details className="details">
          <summary className="details__summary">{text.indicatorsSummary}</summary>
          <div className="warning-text">
            <p>{checklistCaution}</p>
            <p>{checklistLimits}</p>
          </div>
          {groups.map((group, index) => (
            <Checklist key={group.id} group={group} name="indicators" first={index === 0} />
          ))}
          <Checklist group={vulnerabilityGroup} name="vulnerabilities" />
        </details>
        <TextField name="discussedWith" label={text.discussedWith.label} hint={text.discussedWith.hint} />
        <TextField name="reporterName" label={text.reporterName.label} optional autoComplete="name" width="half" />
        <TextField name="reporterRole" label={text.reporterRole.label} optional autoComplete="organization-title" width="half" />
      </Form>
    </StepFrame>
  );
}

/** "Contact Police. Use 999 and request Police presence." (004 flowchart F1, F3) */
export function PoliceCalledPage({ content }: { content: ActionContent & Contactable }) {
  const { send } = useJourney();
  const text = fieldText.policeCalled;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      {content.contacts && <ContactList keys={content.contacts} prominent />}
      <Guidance paragraphs={content.guidance} />
      <Form
        schema={policeCalledSchema}
        defaultValues={{ calledAt: '', reference: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'POLICE_CALLED', details, ...answered(content.title) })}
      >
        <TextField name="calledAt" label={text.calledAt.label} hint={text.calledAt.hint} optional width="quarter" />
        <TextField name="reference" label={text.reference.label} hint={text.reference.hint} optional width="half" />
        <TextArea name="notes" label={text.notes.label} hint={text.notes.hint} optional rows={3} />
      </Form>
    </StepFrame>
  );
}

/** "Inform the Safeguarding Locality Lead" (004 flowchart F6, F22). */
export function LeadInformedPage({ content }: { content: ActionContent }) {
  const { send } = useJourney();
  const text = fieldText.leadInformed;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <Guidance paragraphs={content.guidance} />
      <StepFromProfile />
      <Form
        schema={content.mustHaveInformed ? leadToldSchema : leadInformedSchema}
        defaultValues={{ informed: undefined, leadName: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'LEAD_INFORMED', details, ...answered(content.title) })}
      >
        <Choices
          type="radio"
          name="informed"
          legend={text.informed.legend}
          options={[
            { value: 'yes', label: text.informed.yes },
            { value: 'not-yet', label: text.informed.notYet, hint: text.informed.notYetHint },
          ]}
        />
        <TextField name="leadName" label={text.leadName.label} optional width="half" />
        <TextArea name="notes" label={text.notes.label} hint={text.notes.hint} optional rows={3} />
      </Form>
    </StepFrame>
  );
}

/** Record after the call (domain-spec A9; 004 ¶62). */
export function EmergencyRecordPage({ content }: { content: ActionContent }) {
  const { send } = useJourney();
  const text = fieldText.emergencyRecord;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <Guidance paragraphs={content.guidance} />
      <Form
        schema={emergencyRecordSchema}
        defaultValues={{ whatHappened: '', exactWords: '' }}
        submitLabel={content.continueLabel}
        onValid={(record) => send({ type: 'EMERGENCY_RECORDED', record, ...answered(content.title) })}
      >
        <TextArea name="whatHappened" label={text.whatHappened.label} hint={text.whatHappened.hint} rows={8} />
        <TextArea name="exactWords" label={text.exactWords.label} hint={text.exactWords.hint} optional rows={3} />
      </Form>
    </StepFrame>
  );
}

/** "Manager to discuss with the Safeguarding Locality Lead & HR colleague." (004 flowchart F20) */
export function DiscussionPage({ content }: { content: ActionContent }) {
  const { send, answeredContext } = usePathwayJourney('bsw');
  const text = fieldText.discussion;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <Guidance paragraphs={content.guidance} />
      <StepFromProfile />
      <Form
        schema={discussionSchema}
        defaultValues={answeredContext?.discussion ?? { participants: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'DISCUSSED', details, ...answered(content.title) })}
      >
        <TextField name="participants" label={text.participants.label} hint={text.participants.hint} />
        <TextArea name="notes" label={text.notes.label} hint={text.notes.hint} optional rows={4} />
      </Form>
    </StepFrame>
  );
}
