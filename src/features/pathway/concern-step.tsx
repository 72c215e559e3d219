import type { MseStepId } from '../../../machines/mse.machine';
import { stepContent, type StepContent } from '../../content/concern.content';
import { mseStepContent, type MseOutcomeContent } from '../../content/mse.content';
import { useJourney } from './journey';
import { ChoicePage, ConfirmPage, isChoiceStep, isConfirmStep } from './mse-pages';
import { OutcomePage } from './outcome-page';
import { StartPage, SubjectPage, YesNoPage } from './pages';
import type { PathwayStepId } from './pathways';
import { DiscussionPage, EmergencyRecordPage, LeadInformedPage, PoliceCalledPage, RecordPage, UrgentContactPage } from './record-pages';

/** One question type = one component; the step's content says which. */
export function ConcernStep() {
  const journey = useJourney();
  if (journey.pathway === 'bsw') {
    const content = stepContent[journey.step];
    if (content.kind === 'discussion') return <DiscussionPage content={content} />;
    return <SharedStep step={journey.step} content={content} />;
  }
  return <MseStep step={journey.step} />;
}

/** The MSE chart's own page kinds ('choice', 'confirm'); its other steps use the shared pages. */
function MseStep({ step }: { step: MseStepId }) {
  if (isChoiceStep(step)) return <ChoicePage key={step} step={step} content={mseStepContent[step]} />;
  if (isConfirmStep(step)) return <ConfirmPage key={step} step={step} content={mseStepContent[step]} />;
  return <SharedStep step={step} content={mseStepContent[step]} />;
}

/** The page kinds both pathways have. */
function SharedStep({ step, content }: { step: PathwayStepId; content: Exclude<StepContent, { kind: 'discussion' }> | MseOutcomeContent }) {
  switch (content.kind) {
    case 'start':
      return <StartPage content={content} />;
    case 'yesNo':
      return <YesNoPage key={step} step={step} content={content} />;
    case 'subject':
      return <SubjectPage content={content} />;
    case 'record':
      return <RecordPage key={step} content={content} />;
    case 'policeCalled':
      return <PoliceCalledPage content={content} />;
    case 'leadInformed':
      return <LeadInformedPage key={step} content={content} />;
    case 'emergencyRecord':
      return <EmergencyRecordPage content={content} />;
    case 'urgentContact':
      return <UrgentContactPage content={content} />;
    case 'outcome':
      return <OutcomePage key={step} content={content} />;
  }
}
