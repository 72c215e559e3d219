import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { getReferralSection, referralSections, type ReferralSectionId } from '../../../forms/referral-form.schema';
import { referralText } from '../../content/referral.content';
import { uiText } from '../../content/ui.content';
import { FieldList } from '../../ui/field-renderer';
import { Form } from '../../ui/form';
import { withReferralDateToday } from './prefill-from-concern';
import { useReferral } from './referral-store';
import { ReferralPage } from './referral-page';

const isSectionId = (id: string | undefined): id is ReferralSectionId => referralSections.some((s) => s.id === id);

/**
 * One section of the referral form per page. Every change is kept as typed (valid or not), so
 * moving between sections or going back loses nothing; Continue checks the section and moves on.
 */
export function SectionPage() {
  const { section: id } = useParams();
  if (!isSectionId(id)) return <Navigate to="/referral" replace />;
  return <SectionForm key={id} id={id} />;
}

function SectionForm({ id }: { id: ReferralSectionId }) {
  const { state, updateSection } = useReferral();
  const navigate = useNavigate();
  const section = getReferralSection(id);
  // I2 "Date referral made" starts as today (kept, so "Check your answers" and the export agree with the page).
  const [values] = useState(() => (id === 'dates' ? withReferralDateToday(state.draft.sections).dates : state.draft.sections[id]));
  useEffect(() => {
    if (values !== state.draft.sections[id]) updateSection(id, values as never);
    // Once, when the page opens with a default filled in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const index = referralSections.findIndex((s) => s.id === id);
  const next = referralSections[index + 1];
  return (
    <ReferralPage
      back={{ to: '/referral', label: referralText.backToTasks }}
      tabTitle={`${section.letter}. ${referralText.sectionTitles[id]}`}
      title={referralText.sectionTitles[id]}
      caption={referralText.sectionCaption(section.letter)}
    >
      <Form
        schema={section.schema}
        defaultValues={values as never}
        submitLabel={referralText.saveAndContinue}
        onValuesChange={(values) => updateSection(id, values as never)}
        onValid={() => navigate(next ? `/referral/section/${next.id}` : '/referral')}
        secondary={
          <Link to="/referral" className="link-button">
            {uiText.back}
          </Link>
        }
      >
        <FieldList fields={section.fields} />
      </Form>
    </ReferralPage>
  );
}
