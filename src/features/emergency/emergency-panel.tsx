import { nationalContacts, nationalWebContacts, runHideTell } from '../../content/contacts';
import { emergencyText } from '../../content/emergency.content';
import { localContactText, urgentLocalContacts } from '../../content/profile.content';
import { useProfile } from '../../profile/profile-context';
import { ContactList } from '../../ui/contact-list';
import { LocalContactList } from '../../ui/local-contacts';

/**
 * On every page, before the main content: 999 and the Anti-Terrorist Hotline are always visible
 * and one Tab away; the other urgent routes open below. Nothing stands in front of 999
 * (domain-spec §1.4). The organisation profile's local contacts follow the national ones, which
 * never change (domain-spec §4.2).
 */
export function EmergencyPanel() {
  const { emergency, antiTerroristHotline } = nationalContacts;
  const profile = useProfile();
  const hasLocal = urgentLocalContacts.some((key) => profile.contacts[key] !== undefined);
  return (
    <aside className="emergency" id="urgent" aria-labelledby="urgent-title">
      <div className="width-container emergency__inner">
        <h2 className="emergency__title" id="urgent-title">
          {emergencyText.title}
        </h2>
        <p className="emergency__lead">
          <a className="emergency__call" href={`tel:${emergency.tel}`}>
            {emergencyText.call999}
          </a>{' '}
          <span>{emergencyText.call999When}</span>
        </p>
        <p className="emergency__hotline">
          {antiTerroristHotline.label}:{' '}
          <a href={`tel:${antiTerroristHotline.tel}`} className="emergency__link">
            {antiTerroristHotline.number}
          </a>
        </p>
        <details className="emergency__more">
          <summary>{emergencyText.more}</summary>
          <div className="emergency__body">
            <ContactList keys={['antiTerroristHotline', 'textphone', 'policeNonEmergency']} />
            {hasLocal && (
              <>
                <h3 className="emergency__subtitle">{localContactText.heading(profile.name)}</h3>
                <LocalContactList contacts={profile.contacts} keys={urgentLocalContacts} />
              </>
            )}
            <p>
              <a className="emergency__link" href={nationalWebContacts.reportOnlineMaterial.url} rel="noreferrer" target="_blank">
                {nationalWebContacts.reportOnlineMaterial.label} (gov.uk/report-terrorism, {emergencyText.opensNewTab})
              </a>
              <br />
              {nationalWebContacts.reportOnlineMaterial.when}
            </p>
            <h3 className="emergency__subtitle">{runHideTell.title}</h3>
            <ul className="list">
              {runHideTell.steps.map((step) => (
                <li key={step.word}>
                  <strong>{step.word}</strong> {step.text}
                </li>
              ))}
            </ul>
          </div>
        </details>
      </div>
    </aside>
  );
}
