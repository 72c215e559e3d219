import { Link } from 'react-router';
import { referralSections, sectionStatus, type SectionStatus } from '../../../forms/referral-form.schema';
import { handoverText } from '../../content/handover.content';
import { referralText } from '../../content/referral.content';
import { consentIsStale, consentRecordFrom } from './consent-state';
import { FromConcern } from './from-concern';
import type { ReferralState } from '../../storage/referral-storage';
import { useReferral } from './referral-store';
import { ReferralPage } from './referral-page';

function StatusTag({ status }: { status: SectionStatus | 'cannot-start' }) {
  return <strong className={`tag tag--${status}`}>{referralText.status[status]}</strong>;
}

function Task({ href, label, status, id }: { href: string; label: string; status: SectionStatus | 'cannot-start'; id: string }) {
  return (
    <li className="task-list__item">
      <Link className="task-list__link" to={href} aria-describedby={`${id}-status`}>
        {label}
      </Link>
      <span id={`${id}-status`}>
        <StatusTag status={status} />
      </span>
    </li>
  );
}

/** The lead's route: a task list of the form's sections with their status (GOV.UK task list). */
export function TaskListPage() {
  const { state, reset } = useReferral();
  return (
    <ReferralPage tabTitle={referralText.taskListTab} title={referralText.taskListTitle}>
      <p className="body">
        {referralText.referenceLabel}: <strong>{state.reference}</strong>
      </p>
      {referralText.intro.map((text) => (
        <p className="body" key={text}>
          {text}
        </p>
      ))}
      <FromConcern />
      <p className="body">
        {handoverText.leadPrompt} <Link to="/drafts/import?from=/referral">{handoverText.importTitle}</Link>
      </p>
      <p className="body">
        {referralText.requestPrompt} <Link to={referralText.requestPath}>{referralText.requestLink}</Link>
      </p>
      <h2 className="heading-m">{referralText.formSectionsHeading}</h2>
      <ul className="task-list">
        {referralSections.map((section) => (
          <Task
            key={section.id}
            id={`task-${section.id}`}
            href={`/referral/section/${section.id}`}
            label={`${section.letter}. ${referralText.sectionTitles[section.id]}`}
            status={sectionStatus(state.draft, section.id)}
          />
        ))}
      </ul>
      <h2 className="heading-m">{referralText.consentHeading}</h2>
      <ul className="task-list">
        <Task id="task-consent" href="/referral/consent" label={referralText.consentTask} status={consentTaskStatus(state)} />
      </ul>
      <h2 className="heading-m">{referralText.finishHeading}</h2>
      <ul className="task-list">
        <li className="task-list__item">
          <Link className="task-list__link" to="/referral/check">
            {referralText.checkTask}
          </Link>
        </li>
        <li className="task-list__item">
          <Link className="task-list__link" to="/referral/export">
            {referralText.exportTask}
          </Link>
        </li>
      </ul>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (window.confirm(referralText.clearConfirm)) reset();
        }}
      >
        {referralText.clear}
      </button>
    </ReferralPage>
  );
}

/** Completed only while the decision still fits the form: a changed age or subject reopens it. */
function consentTaskStatus(state: ReferralState): SectionStatus {
  if (!state.consent) return 'not-started';
  if (consentIsStale(state)) return 'in-progress';
  return consentRecordFrom(state.consent) ? 'completed' : 'in-progress';
}
