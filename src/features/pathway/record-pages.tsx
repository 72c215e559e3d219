import { emptyDateParts, fromIsoDate } from '../../../forms/date-input.schema';
import { checklistCaution, checklistLimits, indicatorGroupsFor, vulnerabilityGroup } from '../../../forms/indicators';
import {
  concernRecordSchema,
  discussionSchema,
  emergencyRecordSchema,
  leadInformedSchema,
  policeCalledSchema,
  urgentContactSchema,
  type ConcernRecordInput,
} from '../../../forms/pathway-answers.schema';
import { fieldText, type ActionContent, type Contactable, type RecordContent, type UrgentContactContent } from '../../content/concern.content';
import { ContactList } from '../../ui/contact-list';
import { Field, FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { answered } from '../../journey/answered';
import { useJourney, usePathwayJourney } from '../../journey/pathway-journey';
import { StepFromProfile } from './local-contacts';
import {
  checklistField,
  discussionFields,
  emergencyRecordFields,
  leadInformedFields,
  policeCalledFields,
  recordByFields,
  recordFields,
  urgentContactFields,
} from './record-fields';
import { StepFrame } from './step-frame';
import { EmergencyCard, Guidance, StepDonts, StepIntro } from '../../ui/step-guidance';

export function PageTitle({ content }: { content: { title: string; tabTitle: string } }) {
  const heading = usePageHeading(content.tabTitle);
  return (
    <h1 className="heading-l" tabIndex={-1} ref={heading}>
      {content.title}
    </h1>
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
      <StepIntro paragraphs={content.guidance} />
      <Form
        schema={concernRecordSchema}
        defaultValues={answeredContext?.record ? { ...answeredContext.record, whenNoticed: fromIsoDate(answeredContext.record.whenNoticed) } : emptyRecord}
        submitLabel={text.submit}
        onValid={(record) => send({ type: 'RECORD_SAVED', record, ...answered(content.title) })}
      >
        {/* The first field, then the prompts for it: the field is on a phone's first screen. */}
        <FieldList fields={recordFields.slice(0, 1)} />
        <details className="details">
          <summary className="details__summary">{text.forExampleSummary}</summary>
          <ul className="list">
            {content.forExample.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
        <FieldList fields={recordFields.slice(1)} />
        <details className="details">
          <summary className="details__summary">{text.indicatorsSummary}</summary>
          <div className="warning-text">
            <p>{checklistCaution}</p>
            <p>{checklistLimits}</p>
          </div>
          {groups.map((group, index) => (
            <Field key={group.id} field={checklistField(group, 'indicators', index === 0)} />
          ))}
          <Field field={checklistField(vulnerabilityGroup, 'vulnerabilities')} />
        </details>
        <FieldList fields={recordByFields} />
        <StepDonts paragraphs={content.guidance} />
      </Form>
      {/* Who to talk to, from the profile: after the form, so its first field is on a phone's first screen. */}
      <StepFromProfile />
    </StepFrame>
  );
}

/** "Contact Police. Use 999 and request Police presence." (004 flowchart F1, F3) */
export function PoliceCalledPage({ content }: { content: ActionContent & Contactable }) {
  const { send } = useJourney();
  const heading = usePageHeading(content.tabTitle);
  return (
    <StepFrame source={content.source}>
      {/* The NHS.UK emergency care card: the h1, 999 one tap away, and what to say. */}
      <EmergencyCard heading={content.title} level={1} headingRef={heading}>
        {content.contacts && <ContactList keys={content.contacts} prominent />}
        <Guidance paragraphs={content.guidance} plain />
      </EmergencyCard>
      <Form
        schema={policeCalledSchema}
        defaultValues={{ calledAt: '', reference: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'POLICE_CALLED', details, ...answered(content.title) })}
      >
        <FieldList fields={policeCalledFields} />
      </Form>
    </StepFrame>
  );
}

/** "Inform the Safeguarding Locality Lead" (004 flowchart F6, F22). */
export function LeadInformedPage({ content }: { content: ActionContent }) {
  const { send } = useJourney();
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <StepIntro paragraphs={content.guidance} />
      <Form
        schema={leadInformedSchema}
        defaultValues={{ informed: undefined, leadName: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'LEAD_INFORMED', details, ...answered(content.title) })}
      >
        <FieldList fields={leadInformedFields} />
        <StepDonts paragraphs={content.guidance} />
      </Form>
      <StepFromProfile />
    </StepFrame>
  );
}

/** Out of hours (004 ¶63–65): who to call now, then who was called and when, for the record. */
export function UrgentContactPage({ content }: { content: UrgentContactContent }) {
  const { send } = useJourney();
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <StepFromProfile />
      {content.contacts && <ContactList keys={content.contacts} prominent />}
      <StepIntro paragraphs={content.guidance} />
      <Form
        schema={urgentContactSchema}
        defaultValues={{ contacted: [], spokeTo: '', contactedAt: '', reference: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'URGENT_CONTACT_MADE', details, ...answered(content.title) })}
      >
        <FieldList fields={urgentContactFields} />
        <StepDonts paragraphs={content.guidance} />
      </Form>
    </StepFrame>
  );
}

/** Record after the call (domain-spec A9; 004 ¶62). */
export function EmergencyRecordPage({ content }: { content: ActionContent }) {
  const { send } = useJourney();
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <StepIntro paragraphs={content.guidance} />
      <Form
        schema={emergencyRecordSchema}
        defaultValues={{ whatHappened: '', exactWords: '' }}
        submitLabel={content.continueLabel}
        onValid={(record) => send({ type: 'EMERGENCY_RECORDED', record, ...answered(content.title) })}
      >
        <FieldList fields={emergencyRecordFields} />
        <StepDonts paragraphs={content.guidance} />
      </Form>
    </StepFrame>
  );
}

/** "Manager to discuss with the Safeguarding Locality Lead & HR colleague." (004 flowchart F20) */
export function DiscussionPage({ content }: { content: ActionContent }) {
  const { send, answeredContext } = usePathwayJourney('bsw');
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <StepIntro paragraphs={content.guidance} />
      <Form
        schema={discussionSchema}
        defaultValues={answeredContext?.discussion ?? { participants: '', notes: '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: 'DISCUSSED', details, ...answered(content.title) })}
      >
        <FieldList fields={discussionFields} />
        <StepDonts paragraphs={content.guidance} />
      </Form>
      <StepFromProfile />
    </StepFrame>
  );
}
