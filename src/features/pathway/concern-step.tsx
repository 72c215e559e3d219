import type { MseChoiceStep, MseConfirmStep } from '../../../machines/mse.machine';
import { useJourney } from '../../journey/pathway-journey';
import { ChoicePage, ConfirmPage } from './mse-pages';
import { OutcomePage } from './outcome-page';
import { StartPage, SubjectPage, YesNoPage } from './pages';
import type { PathwayStepContent, PathwayStepId } from '../../journey/pathways';
import { DiscussionPage, EmergencyRecordPage, LeadInformedPage, PoliceCalledPage, RecordPage, UrgentContactPage } from './record-pages';

/**
 * One question type = one component; the step's content says which, whatever the pathway model:
 * a new model whose steps use these kinds needs nothing here. The kinds only one chart has (the BSW
 * discussion; the MSE three-way choice and confirmation) read their own pathway's journey.
 */
export function ConcernStep() {
  const journey = useJourney();
  return <StepPage step={journey.step} content={journey.definition.contentOf(journey.step)} />;
}

function StepPage({ step, content }: { step: PathwayStepId; content: PathwayStepContent }) {
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
    case 'discussion':
      return <DiscussionPage content={content} />;
    case 'choice':
      return <ChoicePage key={step} step={step as MseChoiceStep} content={content} />;
    case 'confirm':
      return <ConfirmPage key={step} step={step as MseConfirmStep} content={content} />;
    case 'outcome':
      return <OutcomePage key={step} content={content} />;
  }
}
