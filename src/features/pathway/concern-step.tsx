import { stepContent } from '../../content/concern.content';
import { useJourney } from './journey';
import { OutcomePage } from './outcome-page';
import { StartPage, SubjectPage, YesNoPage } from './pages';
import { DiscussionPage, EmergencyRecordPage, LeadInformedPage, PoliceCalledPage, RecordPage } from './record-pages';

/** One question type = one component; the step's content says which. */
export function ConcernStep() {
  const { step } = useJourney();
  const content = stepContent[step];
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
    case 'discussion':
      return <DiscussionPage content={content} />;
    case 'outcome':
      return <OutcomePage content={content} />;
  }
}
