import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { FieldValues } from 'react-hook-form';
import { z } from 'zod/mini';
import type { Contacts } from '../../../forms/organisation-profile.schema';
import { missingFromRequest } from '../../../forms/information-request.schema';
import { citeSource } from '../../../forms/source-citation';
import { isRequestEnd, type RequestEvent, type RequestStepId } from '../../../machines/information-request.machine';
import { nationalContacts } from '../../content/contacts';
import { missingLabels, requestSteps, requestText as t } from '../../content/request.content';
import { JourneyProvider, useJourneyStep, type StepStore } from '../../journey/journey-provider';
import { FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { parseStoredRequest, requestJourney, storedRequest, type RequestEntry } from './request-journey';
import { RequestOutcomePage } from './request-outcome-page';
import { formSteps, isFormStep, pageSchema, type FormStep, type FormStepId } from './request-page-schemas';

type PageSchema = z.ZodMiniType<FieldValues, FieldValues>;
const shown = (title: string) => () => ({ prompt: title, at: new Date().toISOString() });

/**
 * Where the request is kept while the lead works. The app gives the keeper (src/app/request-route.tsx:
 * this tab's draft, so a reload, a passphrase-locked draft and a hand-over file all keep it); without
 * one, this tab's memory only. Either way the Back link, browser back and every step's URL work.
 */
export interface RequestKeeper {
  /** What was kept (untrusted: read with parseStoredRequest), or undefined. */
  load(): unknown;
  save(data: unknown): void;
  clear(): void;
}

let memory: unknown;
const memoryKeeper: RequestKeeper = {
  load: () => memory,
  save: (data) => void (memory = data),
  clear: () => void (memory = undefined),
};

export function useRequestStore(keeper: RequestKeeper = memoryKeeper): StepStore<typeof requestJourney> & { restart: () => void } {
  const [entries, setEntries] = useState<RequestEntry[]>(() => parseStoredRequest(keeper.load()) ?? [requestJourney.initialEntry()]);
  const advance = useCallback(
    (fromIndex: number, entry: RequestEntry) => {
      setEntries((current) => {
        const next = requestJourney.advance(current, fromIndex, entry);
        keeper.save(storedRequest(next));
        return next;
      });
    },
    [keeper],
  );
  const restart = useCallback(() => {
    keeper.clear();
    setEntries([requestJourney.initialEntry()]);
  }, [keeper]);
  return { entries, advance, restart };
}

/** /request/<step>: one question per page, driven by the request machine. The organisation's contacts and the keeper come from the app. */
export function RequestRoute({ contacts, keeper }: { contacts: Contacts; keeper?: RequestKeeper }) {
  const { step } = useParams();
  const store = useRequestStore(keeper);
  return (
    <JourneyProvider journey={requestJourney} store={store} slug={step}>
      <RequestStep contacts={contacts} restart={store.restart} />
    </JourneyProvider>
  );
}

function RequestStep({ contacts, restart }: { contacts: Contacts; restart: () => void }) {
  const { step } = useJourneyStep(requestJourney);
  if (isRequestEnd(step)) return <RequestOutcomePage key={step} restart={restart} />;
  if (step === 'urgent') return <UrgentPage key={step} />;
  if (step === 'urgentCall') return <UrgentCallPage key={step} />;
  if (isFormStep(step)) return <FormPage key={step} step={step} contacts={contacts} />;
  return null;
}

/** Every request page: back link, the page, the reminder that the decision is the lead's, the source. */
export function RequestFrame({ step, children }: { step: RequestStepId; children: ReactNode }) {
  const { previous, urlFor } = useJourneyStep(requestJourney);
  return (
    <>
      {previous && !isRequestEnd(step) ? (
        <Link to={urlFor(previous)} className="back-link">
          {t.back}
        </Link>
      ) : (
        <Link to="/" className="back-link">
          {t.back}
        </Link>
      )}
      {children}
      <p className="body">{t.supportNotDecision}</p>
      <p className="source">
        {t.sourceLabel} {citeSource(requestSteps[step].source)}
      </p>
    </>
  );
}

function Hint({ step }: { step: RequestStepId }) {
  const content = requestSteps[step] as { hint?: string; guidance?: readonly string[] };
  return (
    <>
      {content.hint && <p className="hint">{content.hint}</p>}
      {content.guidance?.map((text) => (
        <p key={text} className="body">
          {text}
        </p>
      ))}
    </>
  );
}

function NationalNumbers() {
  const emergency = nationalContacts.emergency;
  return (
    <ul className="contacts contacts--prominent">
      <li className="contacts__item">
        <a className="contacts__link" href={`tel:${emergency.tel}`}>
          <span className="contacts__label">{emergency.label}</span> <span className="contacts__number">{emergency.number}</span>
        </a>
        <span className="contacts__when">{emergency.when}</span>
      </li>
    </ul>
  );
}

function UrgentPage() {
  const { send, answeredEvent } = useJourneyStep(requestJourney);
  const content = requestSteps.urgent;
  const heading = usePageHeading(content.tabTitle);
  const schema = z.object({ answer: z.enum(['yes', 'no'], { error: t.needsAnswer }) });
  const before = answeredEvent?.type === 'ANSWER_YES' ? 'yes' : answeredEvent?.type === 'ANSWER_NO' ? 'no' : undefined;
  return (
    <RequestFrame step="urgent">
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={{ answer: before }}
        onValid={(value) => send({ type: value.answer === 'yes' ? 'ANSWER_YES' : 'ANSWER_NO', ...shown(content.title)() })}
      >
        <FieldList
          fields={[
            {
              kind: 'choice',
              name: 'answer',
              label: content.title,
              options: [
                { value: 'yes', label: t.yes },
                { value: 'no', label: t.no },
              ],
            },
          ]}
          heading={{ name: 'answer', ref: heading, hint: <p className="hint">{content.hint}</p> }}
        />
      </Form>
    </RequestFrame>
  );
}

function UrgentCallPage() {
  const { send } = useJourneyStep(requestJourney);
  const content = requestSteps.urgentCall;
  const heading = usePageHeading(content.tabTitle);
  return (
    <RequestFrame step="urgentCall">
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {content.title}
      </h1>
      <NationalNumbers />
      <p className="hint">{t.urgentCall.urgentLineHint}</p>
      <Hint step="urgentCall" />
      <button type="button" className="button" onClick={() => send({ type: 'CALL_MADE', ...shown(content.title)() })}>
        {t.urgentCall.done}
      </button>
    </RequestFrame>
  );
}

/** The organisation's Caldicott Guardian and Information Governance contacts, from its profile (004 ¶61, ¶69). */
function ConsultContacts({ contacts }: { contacts: Contacts }) {
  const people = (['caldicottGuardian', 'informationGovernance'] as const).flatMap((key) => (contacts[key] ? [{ key, contact: contacts[key] }] : []));
  return (
    <div className="inset-text">
      <h2 className="heading-s">{t.consult.contactsHeading}</h2>
      {people.length === 0 ? (
        <p className="body">{t.consult.noContacts}</p>
      ) : (
        <ul className="list">
          {people.map(({ key, contact }) => (
            <li key={key}>
              <strong>{t.consult[key]}</strong>
              {[contact.name, contact.role].filter(Boolean).length > 0 && `: ${[contact.name, contact.role].filter(Boolean).join(', ')}`}
              {contact.phone && (
                <>
                  {' '}
                  <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
                </>
              )}
              {contact.email && (
                <>
                  {' '}
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The App 4a §6 warning against needless refusal, where the decision is made. */
function NeedlessRefusalWarning() {
  return (
    <div className="warning-callout">
      <h2 className="heading-s">{t.decision.warningHeading}</h2>
      <p className="body">{t.decision.warning}</p>
      <p className="body">{t.decision.warningAfter}</p>
      <p className="source">{citeSource('004 App 4a §6')}</p>
    </div>
  );
}

function FormPage({ step, contacts }: { step: FormStepId; contacts: Contacts }) {
  const { snapshot, send, answeredEvent } = useJourneyStep(requestJourney);
  const page = formSteps[step] as FormStep;
  const content = requestSteps[step];
  const heading = usePageHeading(content.tabTitle);
  const { draft } = snapshot.context;
  const schema = useMemo(() => pageSchema(step, snapshot, shown(content.title)), [step, snapshot, content.title]);
  const fields = page.fields(draft);
  const missing = step === 'decision' ? missingFromRequest(draft) : [];
  const extra = step === 'consult' ? <ConsultContacts contacts={contacts} /> : step === 'decision' ? <NeedlessRefusalWarning /> : null;
  return (
    <RequestFrame step={step}>
      <Form
        schema={schema as unknown as PageSchema}
        defaultValues={page.defaults(draft, answeredEvent as RequestEvent | null)}
        onValid={(values) => send(page.toEvent(values, shown(content.title)(), draft))}
      >
        {page.headingField ? (
          <>
            <FieldList
              fields={fields}
              heading={{
                name: page.headingField,
                ref: heading,
                hint: (
                  <>
                    <Hint step={step} />
                    {missing.length > 0 && (
                      <p className="body">
                        {t.decision.closed}
                        {missing.map((key) => missingLabels[key].toLowerCase()).join('; ')}.
                      </p>
                    )}
                  </>
                ),
              }}
            />
            {extra}
          </>
        ) : (
          <>
            <h1 className="heading-l" tabIndex={-1} ref={heading}>
              {content.title}
            </h1>
            <Hint step={step} />
            {extra}
            <FieldList fields={fields} />
          </>
        )}
      </Form>
    </RequestFrame>
  );
}
