import { useMemo } from 'react';
import { z } from 'zod/mini';
import { Link } from 'react-router';
import type { FieldMeta, OptionMeta } from '../../../forms/field-meta';
import { choiceAnswerSchema, confirmAnswerSchema } from '../../../forms/mse-answers.schema';
import {
  mseChoices,
  mseConfirmations,
  mseLeadAgreementRequired,
  mseRationaleRequired,
  referrerPartEnded,
  type MseChoice,
  type MseChoiceStep,
  type MseConfirmStep,
} from '../../../machines/mse.machine';
import { pathwayText } from '../../content/concern.content';
import { mseLeadAgreementText, msePageText, type AnyChoiceContent, type AnyConfirmContent } from '../../content/mse.content';
import { FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { answered } from '../../journey/answered';
import { DecisionLog } from './decision-log';
import { usePathwayJourney } from '../../journey/pathway-journey';
import { StepFromProfile } from './local-contacts';
import { questionParts, StepDonts, StepIntro } from '../../ui/step-guidance';
import { PageTitle } from './record-pages';
import { StepFrame } from './step-frame';

type OptionContent = { label: string; hint?: string; tooltip?: string };

/** Where the machine keeps each step's decision, to prefill the page when the user comes back. */
const decisionKey = { mseStaffRiskAssessment: 'staffAssessment', mseConsent: 'consent', msePoliceReview: 'policeDecision' } as const satisfies Record<
  MseChoiceStep,
  string
>;
const confirmationKey = { mseSubmitPortal: 'portal', mseNotify: 'notified' } as const satisfies Record<MseConfirmStep, string>;

export const isChoiceStep = (step: string): step is MseChoiceStep => step in mseChoices;
export const isConfirmStep = (step: string): step is MseConfirmStep => step in mseConfirmations;

/**
 * A three-way decision (domain-spec §1.2): one radio per option in the machine's order, and the
 * rationale, required for the options the machine requires it for (`mseRationaleRequired`). The
 * legend is the page's h1 (the GOV.UK question page).
 */
export function ChoicePage({ step, content }: { step: MseChoiceStep; content: AnyChoiceContent }) {
  const { send, answeredContext, snapshot, training } = usePathwayJourney('mse');
  const heading = usePageHeading(content.tabTitle);
  // The police review: the referrer's part is over, and the decision may never reach them, so
  // their record can be printed here, without one (not in training: the trainer's handouts and
  // debrief are the session's paper).
  const partEnded = referrerPartEnded(step);
  const options = mseChoices[step] as readonly MseChoice[] as readonly [MseChoice, ...MseChoice[]];
  const optionContent = content.options as Record<MseChoice, OptionContent>;
  const notesAlwaysOptional = !options.some((option) => (mseRationaleRequired as readonly string[]).includes(option));
  const schema = useMemo(
    () =>
      z.intersection(
        choiceAnswerSchema({
          options,
          rationaleRequired: mseRationaleRequired,
          choose: content.chooseError,
          notesMissing: content.notes.missingError,
        }),
        leadAgreementSchema,
      ),
    [options, content],
  );
  const previous = answeredContext?.[decisionKey[step]] ?? null;
  const agreement = previous && 'leadAgreement' in previous ? previous.leadAgreement : undefined;
  return (
    <StepFrame source={content.source}>
      <div className={partEnded ? 'no-print' : undefined}>
        <Form
          schema={schema}
          defaultValues={{ choice: previous?.choice, notes: previous?.notes ?? '', leadName: agreement?.name ?? '', leadAgreedAt: agreement?.agreedAt ?? '' }}
          onValid={({ choice, notes, leadName, leadAgreedAt }) =>
            send({
              type: choice,
              notes,
              ...(needsLeadAgreement(choice) ? { leadAgreement: { name: leadName, agreedAt: leadAgreedAt } } : {}),
              ...answered(content.title),
            })
          }
        >
          <FieldList
            fields={choiceFields(content, options, optionContent, notesAlwaysOptional)}
            heading={{ name: 'choice', ref: heading, ...questionParts(content) }}
          />
        </Form>
      </div>
      <StepFromProfile />
      {partEnded && (
        <>
          <DecisionLog context={snapshot.context} />
          {!training && (
            <div className="button-group no-print">
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                {pathwayText.print}
              </button>
            </div>
          )}
        </>
      )}
    </StepFrame>
  );
}

const needsLeadAgreement = (choice: string) => (mseLeadAgreementRequired as readonly string[]).includes(choice);

/** Without consent: the Prevent Lead who agreed, and when, are required (checked only for that option). */
const leadAgreementSchema = z
  .object({
    choice: z.optional(z.string()),
    leadName: z.string().check(z.trim(), z.maxLength(500)),
    leadAgreedAt: z.string().check(z.trim(), z.maxLength(500)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.choice || !needsLeadAgreement(value.choice)) return;
      if (value.leadName === '') ctx.addIssue({ code: 'custom', path: ['leadName'], message: mseLeadAgreementText.name.missingError });
      if (value.leadAgreedAt === '') ctx.addIssue({ code: 'custom', path: ['leadAgreedAt'], message: mseLeadAgreementText.agreedAt.missingError });
    }),
  );

/**
 * The options in the machine's order, with the Prevent Lead's agreement revealed under "without
 * consent", and the rationale. A term's explanation is shown with its hint, not in a tooltip:
 * always visible, never lost on hover (WCAG 1.4.13).
 */
function choiceFields(
  content: AnyChoiceContent,
  options: readonly MseChoice[],
  optionContent: Record<MseChoice, OptionContent>,
  notesAlwaysOptional: boolean,
): FieldMeta[] {
  const text = mseLeadAgreementText;
  const leadAgreement: FieldMeta[] = [
    { kind: 'text', name: 'leadName', label: text.name.label, hint: text.name.hint },
    { kind: 'text', name: 'leadAgreedAt', label: text.agreedAt.label, hint: text.agreedAt.hint, width: 'half' },
  ];
  return [
    {
      kind: 'choice',
      name: 'choice',
      label: content.title,
      options: options.map((value): OptionMeta => {
        const option = optionContent[value];
        return {
          value,
          label: option.label,
          hint: [option.hint, option.tooltip].filter(Boolean).join(' ') || undefined,
          ...(needsLeadAgreement(value) ? { reveal: leadAgreement, revealId: 'leadAgreement-conditional' } : {}),
        };
      }),
    },
    { kind: 'longtext', name: 'notes', label: content.notes.label, hint: content.notes.hint, optional: notesAlwaysOptional, rows: 4 },
  ];
}

/**
 * Things done outside this app (the portal referral; telling the Prevent Lead and social care),
 * which the referrer confirms: every item must be ticked to go on. What the profile says about
 * where to go follows the form, so the question is on a phone's first screen.
 */
export function ConfirmPage({ step, content }: { step: MseConfirmStep; content: AnyConfirmContent }) {
  const { send, answeredContext } = usePathwayJourney('mse');
  const { event, items } = mseConfirmations[step];
  const itemContent = content.items as Record<(typeof items)[number], { label: string; hint?: string; missingError: string }>;
  const schema = useMemo(() => confirmAnswerSchema({ items: items.map((id) => ({ id, missing: itemContent[id].missingError })) }), [items, itemContent]);
  const previous = answeredContext?.[confirmationKey[step]] ?? null;
  return (
    <StepFrame source={content.source}>
      <PageTitle content={content} />
      <StepIntro paragraphs={content.guidance} />
      {content.toReferral && (
        <p className="body">
          <Link to="/referral">{msePageText.toReferral}</Link>
        </p>
      )}
      <Form
        schema={schema}
        defaultValues={{ confirmed: previous ? [...previous.confirmed] : [], reference: previous?.reference ?? '', notes: previous?.notes ?? '' }}
        submitLabel={content.continueLabel}
        onValid={(details) => send({ type: event, details, ...answered(content.title) })}
      >
        <FieldList
          fields={[
            {
              kind: 'checkboxes',
              name: 'confirmed',
              label: content.legend,
              options: items.map((id) => ({ value: id, label: itemContent[id].label, hint: itemContent[id].hint })),
            },
            ...('reference' in content && content.reference
              ? [{ kind: 'text', name: 'reference', label: content.reference.label, hint: content.reference.hint, optional: true, width: 'half' } as const]
              : []),
            { kind: 'longtext', name: 'notes', label: content.notes.label, hint: content.notes.hint, optional: true, rows: 3 },
          ]}
        />
        <StepDonts paragraphs={content.guidance} />
      </Form>
      {/* Where to go, from the profile: right after the form, so its first answer is on a phone's first screen. */}
      <StepFromProfile />
    </StepFrame>
  );
}
