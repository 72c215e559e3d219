import { useMemo, useState, type ReactNode, type Ref } from 'react';
import { useWatch, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import { ageBands, scheduleOneConditions, type AgeBand, type ConsentDetails, type LawfulBasisChoice } from '../../../forms/consent-record.schema';
import { detailsDefaults, type ConsentEvent } from '../../../machines/consent.machine';
import { consentContent, consentWizardText, type AgeContent, type ChoiceFormContent, type FormContent, type YesNoContent } from '../../content/consent.content';
import { Choices, TextArea } from '../../ui/fields';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { ContactList } from '../emergency/contact-list';
import { answered } from '../pathway/answered';
import { SchemaFields } from './consent-fields';
import { ConsentFrame, ConsentGuidance, saidByFrame } from './consent-frame';
import { useConsentJourney } from './consent-journey';
import {
  choiceEvent,
  choiceSchema,
  choiceSteps,
  detailsPageSchema,
  fieldsOf,
  lawfulBasisPageSchema,
  formSteps,
  missingDetails,
  offeredConditions,
  pageSchemaFor,
  refusedAt,
  refusedByMachine,
  toFormValues,
  yesNoEvent,
  yesNoSchema,
  type ChoiceStepId,
  type ChoiceValues,
  type FormStepId,
  type YesNoValues,
} from './consent-page-schemas';

/** The Form wrapper takes any zod schema over field values; the consent pages' schemas are built at run time. */
type PageSchema = z.ZodType<FieldValues, FieldValues>;

function PageTitle({ title, headingRef }: { title: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
      {title}
    </h1>
  );
}

/** The page's hint and guidance under its h1, less what the frame says on every page; undefined when nothing is left. */
function lead({ hint, guidance }: { hint?: string; guidance?: readonly string[] }): ReactNode {
  const ownHint = hint && !saidByFrame(hint) ? hint : undefined;
  const own = (guidance ?? []).filter((text) => !saidByFrame(text));
  if (!ownHint && own.length === 0) return undefined;
  return (
    <>
      {ownHint && <p className="hint">{ownHint}</p>}
      <ConsentGuidance paragraphs={own} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Yes or no: each answer's notes revealed under it.
// ---------------------------------------------------------------------------------------------

export function YesNoPage({ content }: { content: YesNoContent }) {
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const schema = useMemo(
    () =>
      refusedByMachine(
        yesNoSchema(content),
        snapshot,
        (value) => yesNoEvent(value, answered(content.title)),
        (value) => refusedAt([`${value.answer}Notes`]),
      ),
    [content, snapshot],
  );
  const before = answeredEvent?.type === 'ANSWER_YES' ? 'yes' : answeredEvent?.type === 'ANSWER_NO' ? 'no' : undefined;
  const notes = answeredEvent?.type === 'ANSWER_YES' || answeredEvent?.type === 'ANSWER_NO' ? (answeredEvent.notes ?? '') : '';
  return (
    <ConsentFrame source={content.source}>
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={{ answer: before, yesNotes: before === 'yes' ? notes : '', noNotes: before === 'no' ? notes : '' }}
        onValid={(value) => send(yesNoEvent(value as YesNoValues, answered(content.title)))}
      >
        <YesNoChoices content={content} headingRef={heading} />
        {content.contacts && <ContactList keys={content.contacts} prominent />}
      </Form>
    </ConsentFrame>
  );
}

function YesNoChoices({ content, headingRef }: { content: YesNoContent; headingRef: Ref<HTMLHeadingElement> }) {
  const answer = useWatch({ name: 'answer' }) as 'yes' | 'no' | undefined;
  const notes = answer ? content[answer].notes : undefined;
  return (
    <Choices
      type="radio"
      name="answer"
      legend={content.title}
      asPageHeading
      headingRef={headingRef}
      hint={lead(content)}
      options={(['yes', 'no'] as const).map((value) => ({ value, label: content[value].label, hint: content[value].hint }))}
      reveal={
        answer && notes
          ? {
              value: answer,
              id: `${answer}Notes-conditional`,
              content: <TextArea key={answer} name={`${answer}Notes`} label={notes.label} hint={notes.hint} optional={!notes.required} rows={4} />,
            }
          : undefined
      }
    />
  );
}

// ---------------------------------------------------------------------------------------------
// How old is the person: three radios.
// ---------------------------------------------------------------------------------------------

export function AgePage({ content }: { content: AgeContent }) {
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const toEvent = (ageBand: AgeBand): ConsentEvent => ({ type: 'AGE_GIVEN', ageBand, ...answered(content.title) });
  const schema = useMemo(
    () =>
      refusedByMachine(
        z.object({ ageBand: z.enum(ageBands, { error: content.chooseError }) }),
        snapshot,
        ({ ageBand }) => toEvent(ageBand),
        () => refusedAt(['ageBand']),
      ),
    // toEvent only stamps the answer with the time: the schema depends on the content and the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [content, snapshot],
  );
  return (
    <ConsentFrame source={content.source}>
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={{ ageBand: answeredEvent?.type === 'AGE_GIVEN' ? answeredEvent.ageBand : undefined }}
        onValid={(value) => send(toEvent((value as { ageBand: AgeBand }).ageBand))}
      >
        <Choices
          type="radio"
          name="ageBand"
          legend={content.title}
          asPageHeading
          headingRef={heading}
          hint={lead(content)}
          options={ageBands.map((value) => ({ value, ...content.options[value] }))}
        />
      </Form>
    </ConsentFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// A page that collects one record.
// ---------------------------------------------------------------------------------------------

export function FormPage({ step, content }: { step: FormStepId; content: FormContent<string> }) {
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const definition = formSteps[step];
  const toEvent = (value: unknown) => definition.toEvent(value as never, answered(content.title));
  const schema = useMemo(() => {
    const first = fieldsOf(definition.schema)[0]![0];
    return refusedByMachine(pageSchemaFor(definition.schema, content.fields), snapshot, toEvent, () => refusedAt([first]));
    // toEvent only stamps the answer with the time: the schema depends on the step and the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [definition, content, snapshot]);
  const [defaultValues] = useState(() => toFormValues(definition.schema, answeredEvent ? definition.fromEvent(answeredEvent) : undefined));
  // When the first field asks the page's question, its legend is the h1 (no question asked twice).
  const [firstName, firstKind] = fieldsOf(definition.schema)[0]!;
  const questionField = firstKind.kind === 'choice' && content.fields[firstName]?.label === content.title ? firstName : null;
  const intro = lead(content);
  return (
    <ConsentFrame source={content.source}>
      <Form schema={schema as unknown as PageSchema} defaultValues={defaultValues} submitLabel={content.continueLabel} onValid={(value) => send(toEvent(value))}>
        {questionField === null && (
          <>
            <PageTitle title={content.title} headingRef={heading} />
            {intro}
          </>
        )}
        {content.contacts && <ContactList keys={content.contacts} prominent />}
        <SchemaFields
          schema={definition.schema}
          texts={content.fields}
          heading={questionField === null ? undefined : { name: questionField, ref: heading, hint: intro }}
        />
      </Form>
    </ConsentFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// A choice whose answers reveal their own fields and send their own events.
// ---------------------------------------------------------------------------------------------

export function ChoiceFormPage({ step, content }: { step: ChoiceStepId; content: ChoiceFormContent<string, string> }) {
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const definition = choiceSteps[step];
  const toEvent = (value: unknown) => choiceEvent(definition, value as ChoiceValues, answered(content.legend));
  const schema = useMemo(
    () =>
      refusedByMachine(choiceSchema(definition, { yes: content.yes.fields, no: content.no.fields }, content.chooseError), snapshot, toEvent, () =>
        refusedAt(['answer']),
      ),
    // toEvent only stamps the answer with the time: the schema depends on the step and the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [definition, content, snapshot],
  );
  const [defaultValues] = useState(() => {
    const before = answeredEvent ? definition.fromEvent(answeredEvent) : undefined;
    return {
      answer: before?.answer,
      yes: toFormValues(definition.yes.schema, before?.answer === 'yes' ? before.payload : undefined),
      no: toFormValues(definition.no.schema, before?.answer === 'no' ? before.payload : undefined),
    };
  });
  const legendIsTitle = content.legend === content.title;
  return (
    <ConsentFrame source={content.source}>
      <Form schema={schema as unknown as PageSchema} defaultValues={defaultValues} onValid={(value) => send(toEvent(value))}>
        {!legendIsTitle && (
          <>
            <PageTitle title={content.title} headingRef={heading} />
            {lead(content)}
          </>
        )}
        <ChoiceFields step={step} content={content} headingRef={legendIsTitle ? heading : undefined} />
      </Form>
    </ConsentFrame>
  );
}

function ChoiceFields({ step, content, headingRef }: { step: ChoiceStepId; content: ChoiceFormContent<string, string>; headingRef?: Ref<HTMLHeadingElement> }) {
  const answer = useWatch({ name: 'answer' }) as 'yes' | 'no' | undefined;
  const definition = choiceSteps[step];
  const revealed = answer && fieldsOf(definition[answer].schema).length > 0;
  return (
    <Choices
      type="radio"
      name="answer"
      legend={content.legend}
      asPageHeading={Boolean(headingRef)}
      headingRef={headingRef}
      hint={headingRef ? lead(content) : undefined}
      options={(['yes', 'no'] as const).map((value) => ({ value, label: content[value].label, hint: content[value].hint }))}
      reveal={
        revealed
          ? {
              value: answer,
              id: `${answer}-conditional`,
              content: <SchemaFields key={answer} schema={definition[answer].schema} texts={content[answer].fields} prefix={answer} />,
            }
          : undefined
      }
    />
  );
}

// ---------------------------------------------------------------------------------------------
// The last page: the mandatory items, the rationale in model wording, the basis and gateways.
// ---------------------------------------------------------------------------------------------

const detailsRows: Partial<Record<keyof ConsentDetails, number>> = { rationale: 12, rationaleWordingApproved: 2, basis: 4, legalGateways: 6 };

export function DetailsPage() {
  const content = consentContent.details;
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const defaults = useMemo(() => detailsDefaults(snapshot.context), [snapshot.context]);
  // The parents' part is asked only when the record does not already hold it (needsParentsTold).
  const payload = useMemo(() => detailsPageSchema('parentsTold' in defaults), [defaults]);
  const toEvent = (details: ConsentDetails): ConsentEvent => ({ type: 'DETAILS_RECORDED', details, ...answered(content.title) });
  const schema = useMemo(() => {
    const fields = fieldsOf(payload).map(([name]) => name);
    return refusedByMachine(pageSchemaFor(payload, content.fields), snapshot, (value) => toEvent(value as ConsentDetails), (value) =>
      missingDetails(snapshot, value as ConsentDetails, fields, [fields[0]!]),
    );
    // toEvent only stamps the answer with the time: the schema depends on the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [payload, content, snapshot]);
  const [defaultValues] = useState(() => toFormValues(payload, answeredEvent?.type === 'DETAILS_RECORDED' ? answeredEvent.details : defaults));
  return (
    <ConsentFrame source={content.source}>
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={defaultValues}
        submitLabel={content.continueLabel}
        onValid={(value) => send(toEvent(value as ConsentDetails))}
      >
        <PageTitle title={content.title} headingRef={heading} />
        {lead(content)}
        <SchemaFields schema={payload} texts={content.fields} rows={detailsRows} />
      </Form>
    </ConsentFrame>
  );
}

// ---------------------------------------------------------------------------------------------
// The basis page: the Article 9 condition (only those that fit the route), Article 10 where alleged
// offences are involved, and the appropriate policy document.
// ---------------------------------------------------------------------------------------------

export function LawfulBasisPage() {
  const content = consentContent.lawfulBasis;
  const { snapshot, send, answeredEvent } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const toEvent = (basis: LawfulBasisChoice): ConsentEvent => ({ type: 'BASIS_CHOSEN', basis, ...answered(content.title) });
  const fits = useMemo(() => offeredConditions(snapshot), [snapshot]);
  const schema = useMemo(
    () => refusedByMachine(lawfulBasisPageSchema(fits, consentWizardText.basisErrors), snapshot, (value) => toEvent(value), () => refusedAt(['article9Condition'])),
    // toEvent only stamps the answer with the time: the schema depends on the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fits, snapshot],
  );
  const before = answeredEvent?.type === 'BASIS_CHOSEN' ? answeredEvent.basis : undefined;
  const [defaultValues] = useState(() => ({
    // One condition fits: it is the answer, shown chosen.
    article9Condition: before?.article9Condition ?? (fits.length === 1 ? fits[0] : undefined),
    offenceData: before?.offenceData,
    article10Condition: before?.article10Condition ?? undefined,
    appropriatePolicyDocument: before?.appropriatePolicyDocument,
  }));
  return (
    <ConsentFrame source={content.source}>
      <Form schema={schema as unknown as PageSchema} defaultValues={defaultValues} submitLabel={content.continueLabel} onValid={(value) => send(toEvent(value as LawfulBasisChoice))}>
        <PageTitle title={content.title} headingRef={heading} />
        {lead(content)}
        <LawfulBasisFields fits={fits} />
      </Form>
    </ConsentFrame>
  );
}

function LawfulBasisFields({ fits }: { fits: readonly (keyof typeof scheduleOneConditions)[] }) {
  const { fields } = consentContent.lawfulBasis;
  const offenceData = useWatch({ name: 'offenceData' }) as 'yes' | 'no' | undefined;
  const conditionOptions = fits.map((value) => ({ value, label: scheduleOneConditions[value].label, hint: scheduleOneConditions[value].conditions }));
  const yesNo = (name: 'offenceData' | 'appropriatePolicyDocument') =>
    (['yes', 'no'] as const).map((value) => {
      const option = (fields[name] as { options?: Record<string, { label: string; hint?: string }> }).options?.[value];
      return { value, label: option?.label ?? consentWizardText.yesNo[value], hint: option?.hint };
    });
  return (
    <>
      <Choices type="radio" name="article9Condition" legend={fields.article9Condition.label} options={conditionOptions} />
      <Choices
        type="radio"
        name="offenceData"
        legend={fields.offenceData.label}
        hint={fields.offenceData.hint}
        options={yesNo('offenceData')}
        reveal={
          offenceData === 'yes'
            ? {
                value: 'yes',
                id: 'article10Condition-conditional',
                content: <Choices type="radio" name="article10Condition" legend={fields.article10Condition.label} options={conditionOptions.map((option) => ({ ...option, value: option.value }))} />,
              }
            : undefined
        }
      />
      <Choices
        type="radio"
        name="appropriatePolicyDocument"
        legend={fields.appropriatePolicyDocument.label}
        hint={fields.appropriatePolicyDocument.hint}
        options={yesNo('appropriatePolicyDocument')}
      />
    </>
  );
}
