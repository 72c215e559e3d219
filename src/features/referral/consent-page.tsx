import { Link } from 'react-router';
import { ageBandLabels, ageBandOf, type ConsentStepId } from '../../../machines/consent.machine';
import { consentContent, consentWizardText } from '../../content/consent.content';
import { usePageHeading } from '../../ui/page-heading';
import { ConsentJourney, useConsentJourney } from './consent-journey';
import { ConsentOutcomePage } from './consent-outcome-page';
import { choiceSteps, formSteps, type ChoiceStepId, type FormStepId } from './consent-page-schemas';
import { AgePage, ChoiceFormPage, DetailsPage, FormPage, LawfulBasisPage, YesNoPage } from './consent-question-pages';
import { consentInputFrom, consentIsStale, readConsentState, restoreConsentSnapshot } from './consent-state';
import { useReferral } from './referral-store';
import { StorageNotice } from './storage-notice';

const isFormStep = (step: ConsentStepId): step is FormStepId => step in formSteps;
const isChoiceStep = (step: ConsentStepId): step is ChoiceStepId => step in choiceSteps;

/**
 * /referral/consent: the consent and lawful-basis decision, one question per page, driven by the
 * consent machine and kept in the referral. If the referral now describes the person differently
 * (another age band), the lead starts again rather than carry on with a stale decision.
 */
export function ConsentPage() {
  const { state } = useReferral();
  if (consentIsStale(state)) return <StaleConsentPage />;
  return (
    <ConsentJourney input={consentInputFrom(state)}>
      <ConsentStep />
    </ConsentJourney>
  );
}

/** One question type = one component; the step's content says which. */
function ConsentStep() {
  const { step } = useConsentJourney();
  const content = consentContent[step];
  switch (content.kind) {
    case 'yesNo':
      return <YesNoPage key={step} content={content} />;
    case 'age':
      return <AgePage key={step} content={content} />;
    case 'choiceForm':
      return isChoiceStep(step) ? <ChoiceFormPage key={step} step={step} content={content} /> : null;
    case 'form':
      if (step === 'details') return <DetailsPage key={step} />;
      if (step === 'lawfulBasis') return <LawfulBasisPage key={step} />;
      return isFormStep(step) ? <FormPage key={step} step={step} content={content} /> : null;
    case 'outcome':
      return <ConsentOutcomePage key={step} content={content} />;
  }
}

function StaleConsentPage() {
  const { state, update } = useReferral();
  const text = consentWizardText.stale;
  const heading = usePageHeading(text.tabTitle);
  const read = readConsentState(state.consent);
  const input = consentInputFrom(state);
  const used = read.status === 'loaded' ? read.state : null;
  const bandThen = used ? restoreConsentSnapshot(used.snapshots.at(-1)!).context.ageBand : null;
  const bandNow = ageBandOf(input.age);
  const label = (band: typeof bandNow) => (band ? ageBandLabels[band] : text.unknownAge);
  return (
    <>
      <Link to="/referral" className="back-link">
        {consentWizardText.backToTasks}
      </Link>
      <StorageNotice />
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {text.title}
      </h1>
      <p className="body">{used && used.input.subject !== input.subject ? text.subjectBody : text.body(label(bandThen), label(bandNow))}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => update((current) => ({ ...current, consent: null }))}>
          {text.restart}
        </button>
      </div>
    </>
  );
}
