import { useMemo, useState, type ReactNode, type Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import { z } from 'zod/mini';
import { ageBands, scheduleOneConditions, type AgeBand, type ConsentDetails, type LawfulBasisChoice } from '../../../forms/consent-record.schema';
import { detailsDefaults, type ConsentEvent } from '../../../machines/consent.machine';
import type { ChoiceFieldMeta, FieldMeta, OptionMeta } from '../../../forms/field-meta';
import { consentContent, consentWizardText, type AgeContent, type ChoiceFormContent, type FormContent, type YesNoContent } from '../../content/consent.content';
import { FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { ContactList } from '../../ui/contact-list';
import { answered } from '../../journey/answered';
import { ConsentFrame, ConsentGuidance, saidByFrame } from './consent-frame';
import { useConsentJourney } from './consent-journey';
import {
  choiceEvent,
  choiceSchema,
  choiceSteps,
  detailsPage,
  fieldsOf,
  lawfulBasisPageSchema,
  formSteps,
  missingDetails,
  offeredConditions,
  pageFields,
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
type PageSchema = z.ZodMiniType<FieldValues, FieldValues>;

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
        <FieldList fields={[yesNoField(content)]} heading={{ name: 'answer', ref: heading, hint: lead(content) }} />
        {content.contacts && <ContactList keys={content.contacts} prominent />}
      </Form>
    </ConsentFrame>
  );
}

/** The question's radios; each answer with notes reveals them under it. */
function yesNoField(content: YesNoContent): ChoiceFieldMeta {
  const option = (value: 'yes' | 'no'): OptionMeta => {
    const { label, hint, notes } = content[value];
    return {
      value,
      label,
      hint,
      ...(notes
        ? {
            reveal: [{ kind: 'longtext', name: `${value}Notes`, label: notes.label, hint: notes.hint, optional: !notes.required, rows: 4 }],
            revealId: `${value}Notes-conditional`,
          }
        : {}),
    };
  };
  return { kind: 'choice', name: 'answer', label: content.title, options: [option('yes'), option('no')] };
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
        <FieldList
          fields={[{ kind: 'choice', name: 'ageBand', label: content.title, options: ageBands.map((value) => ({ value, ...content.options[value] })) }]}
          heading={{ name: 'ageBand', ref: heading, hint: lead(content) }}
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
    const first = fieldsOf(definition.fields)[0]![0];
    return refusedByMachine(pageSchemaFor(definition.schema, definition.fields, content.fields), snapshot, toEvent, () => refusedAt([first]));
    // toEvent only stamps the answer with the time: the schema depends on the step and the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [definition, content, snapshot]);
  const [defaultValues] = useState(() => toFormValues(definition.fields, answeredEvent ? definition.fromEvent(answeredEvent) : undefined));
  const fields = pageFields(definition.fields, content.fields);
  // When the first field asks the page's question, its legend is the h1 (no question asked twice).
  const first = fields[0]!;
  const questionField = first.kind === 'choice' && first.label === content.title ? first.name : null;
  const intro = lead(content);
  return (
    <ConsentFrame source={content.source}>
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={defaultValues}
        submitLabel={content.continueLabel}
        onValid={(value) => send(toEvent(value))}
      >
        {questionField === null && (
          <>
            <PageTitle title={content.title} headingRef={heading} />
            {intro}
          </>
        )}
        {content.contacts && <ContactList keys={content.contacts} prominent />}
        <FieldList fields={fields} heading={questionField === null ? undefined : { name: questionField, ref: heading, hint: intro }} />
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
      yes: toFormValues(definition.yes.fields, before?.answer === 'yes' ? before.payload : undefined),
      no: toFormValues(definition.no.fields, before?.answer === 'no' ? before.payload : undefined),
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
        <FieldList fields={[choiceField(step, content)]} heading={legendIsTitle ? { name: 'answer', ref: heading, hint: lead(content) } : undefined} />
      </Form>
    </ConsentFrame>
  );
}

/** Yes or no; an answer with fields of its own reveals them under it. */
function choiceField(step: ChoiceStepId, content: ChoiceFormContent<string, string>): ChoiceFieldMeta {
  const definition = choiceSteps[step];
  const option = (value: 'yes' | 'no'): OptionMeta => {
    const reveal = pageFields(definition[value].fields, content[value].fields, { prefix: value });
    return { value, label: content[value].label, hint: content[value].hint, ...(reveal.length > 0 ? { reveal, revealId: `${value}-conditional` } : {}) };
  };
  return { kind: 'choice', name: 'answer', label: content.legend, options: [option('yes'), option('no')] };
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
  const page = useMemo(() => detailsPage('parentsTold' in defaults), [defaults]);
  const toEvent = (details: ConsentDetails): ConsentEvent => ({ type: 'DETAILS_RECORDED', details, ...answered(content.title) });
  const schema = useMemo(() => {
    const fields = fieldsOf(page.fields).map(([name]) => name);
    return refusedByMachine(
      pageSchemaFor(page.schema, page.fields, content.fields),
      snapshot,
      (value) => toEvent(value as ConsentDetails),
      (value) => missingDetails(snapshot, value as ConsentDetails, fields, [fields[0]!]),
    );
    // toEvent only stamps the answer with the time: the schema depends on the snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, content, snapshot]);
  const [defaultValues] = useState(() => toFormValues(page.fields, answeredEvent?.type === 'DETAILS_RECORDED' ? answeredEvent.details : defaults));
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
        <FieldList fields={pageFields(page.fields, content.fields, { rows: detailsRows })} />
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
    () =>
      refusedByMachine(
        lawfulBasisPageSchema(fits, consentWizardText.basisErrors),
        snapshot,
        (value) => toEvent(value),
        () => refusedAt(['article9Condition']),
      ),
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
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={defaultValues}
        submitLabel={content.continueLabel}
        onValid={(value) => send(toEvent(value as LawfulBasisChoice))}
      >
        <PageTitle title={content.title} headingRef={heading} />
        {lead(content)}
        <FieldList fields={lawfulBasisFields(fits)} />
      </Form>
    </ConsentFrame>
  );
}

/** The Article 9 condition, whether alleged offences are involved (revealing the Article 10 condition) and the policy document. */
function lawfulBasisFields(fits: readonly (keyof typeof scheduleOneConditions)[]): FieldMeta[] {
  const { fields } = consentContent.lawfulBasis;
  const conditionOptions = fits.map((value) => ({ value, label: scheduleOneConditions[value].label, hint: scheduleOneConditions[value].conditions }));
  const yesNo = (name: 'offenceData' | 'appropriatePolicyDocument') =>
    (['yes', 'no'] as const).map((value) => {
      const option = (fields[name] as { options?: Record<string, { label: string; hint?: string }> }).options?.[value];
      return { value, label: option?.label ?? consentWizardText.yesNo[value], hint: option?.hint };
    });
  const article10: FieldMeta = { kind: 'choice', name: 'article10Condition', label: fields.article10Condition.label, options: conditionOptions };
  return [
    { kind: 'choice', name: 'article9Condition', label: fields.article9Condition.label, options: conditionOptions },
    {
      kind: 'choice',
      name: 'offenceData',
      label: fields.offenceData.label,
      hint: fields.offenceData.hint,
      options: yesNo('offenceData').map((option) =>
        option.value === 'yes' ? { ...option, reveal: [article10], revealId: 'article10Condition-conditional' } : option,
      ),
    },
    {
      kind: 'choice',
      name: 'appropriatePolicyDocument',
      label: fields.appropriatePolicyDocument.label,
      hint: fields.appropriatePolicyDocument.hint,
      options: yesNo('appropriatePolicyDocument'),
    },
  ];
}
