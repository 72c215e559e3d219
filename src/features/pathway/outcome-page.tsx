import { Link } from 'react-router';
import type { OutcomeContent } from '../../content/concern.content';
import type { MseOutcomeContent } from '../../content/mse.content';
import { afterReferralText, pathwayText } from '../../content/concern.content';
import { usePageHeading } from '../../ui/page-heading';
import { ContactList } from '../../ui/contact-list';
import { DecisionLog } from './decision-log';
import { useJourney } from '../../journey/pathway-journey';
import { StepFromProfile } from './local-contacts';
import { Guidance } from './pages';
import { AfterReferral, RecordNotePanel } from './record-note-panel';
import { StepFrame } from './step-frame';
import { EmergencyCard } from '../../ui/step-guidance';

/** Every end of the flowchart: what happens next, who does it, who to contact, and the record. */
export function OutcomePage({ content }: { content: OutcomeContent | MseOutcomeContent }) {
  const { snapshot, reset, training } = useJourney();
  const heading = usePageHeading(content.tabTitle);
  return (
    <StepFrame source={content.source}>
      <div className="panel panel--outcome">
        <h1 className="heading-l" tabIndex={-1} ref={heading}>
          {content.title}
        </h1>
      </div>
      <Guidance paragraphs={content.guidance} />
      <h2 className="heading-m">{pathwayText.nextHeading}</h2>
      <dl className="summary-list summary-list--next">
        {content.next.map((item) => (
          <div className="summary-list__row" key={item.what}>
            <dt className="summary-list__key">{item.who}</dt>
            <dd className="summary-list__value">{item.what}</dd>
          </div>
        ))}
      </dl>
      <StepFromProfile />
      {/* An end that lists 999 shows its contacts in the NHS.UK emergency care card. */}
      {content.contacts &&
        (content.contacts.includes('emergency') ? (
          <EmergencyCard heading={pathwayText.contactsHeading}>
            <ContactList keys={content.contacts} />
          </EmergencyCard>
        ) : (
          <>
            <h2 className="heading-m">{pathwayText.contactsHeading}</h2>
            <ContactList keys={content.contacts} />
          </>
        ))}
      {content.leadMayRefer && !training && (
        <p className="body">
          <Link to="/referral">{pathwayText.toReferral}</Link>
        </p>
      )}
      {(afterReferralText.outcomes as readonly string[]).includes(content.outcome) && <AfterReferral />}
      <RecordNotePanel source={snapshot.context} outcome={content} />
      <DecisionLog context={snapshot.context} />
      {/* Training: the trainer's controls restart, and the session exports a watermarked PDF instead of a print. */}
      {!training && (
        <div className="button-group no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {pathwayText.print}
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            {pathwayText.startAgain}
          </button>
        </div>
      )}
    </StepFrame>
  );
}
