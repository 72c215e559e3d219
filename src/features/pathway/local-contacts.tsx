import { useId } from 'react';
import type { Contact, ContactKey, OrganisationProfile } from '../../../forms/organisation-profile.schema';
import { localContactText, type FromProfile } from '../../content/concern.content';
import { msePageText } from '../../content/mse.content';
import { localContactText as contactWords } from '../../content/profile.content';
import { LocalContactCard as SharedCard } from '../../ui/local-contacts';
import { useProfile } from '../../profile/profile-context';
import { useJourney } from '../../journey/pathway-journey';

/**
 * One local contact from the organisation profile: its role (or the role in general words), the
 * name, and every way to reach it the profile gives. Where the profile has no such contact, or no
 * way to reach it, a line says so and where to ask instead: never an empty card.
 */
export function LocalContactCard({ contactKey, contact }: { contactKey: ContactKey; contact: Contact | undefined }) {
  return (
    <SharedCard
      contactKey={contactKey}
      contact={contact}
      role={contact?.role ?? localContactText.roles[contactKey]}
      unreachable={contact ? localContactText.noWayToReach : localContactText.notInProfile}
    />
  );
}

/** The organisation's contacts named by key, in that order, under one heading. */
export function LocalContacts({ keys, profile }: { keys: readonly ContactKey[]; profile: OrganisationProfile }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="local-contacts">
      <h2 className="heading-m" id={headingId}>
        {localContactText.heading}
      </h2>
      <ul className="contacts">
        {keys.map((key) => (
          <LocalContactCard key={key} contactKey={key} contact={profile.contacts[key]} />
        ))}
      </ul>
    </section>
  );
}

/** The police Prevent page named by the profile, linked when the profile gives its address (002 "Referral Flowchart" box 4). */
function PolicePortal({ portal }: { portal: OrganisationProfile['mse'] }) {
  if (!portal) return null;
  return (
    <>
      <h2 className="heading-m">{msePageText.policePortalHeading}</h2>
      <p className="body">
        {portal.policePortalUrl ? (
          <a href={portal.policePortalUrl} rel="noopener noreferrer" target="_blank">
            {portal.policePortalName} ({contactWords.opensNewTab})
          </a>
        ) : (
          <strong>{portal.policePortalName}</strong>
        )}
      </p>
      {!portal.policePortalUrl && <p className="body">{msePageText.policePortalNoAddress}</p>}
    </>
  );
}

/** Everything a step shows from the organisation profile (`bswFromProfile`, `mseFromProfile`). */
export function FromProfileDetails({ from }: { from: FromProfile | undefined }) {
  const profile = useProfile();
  if (!from) return null;
  return (
    <>
      {from.policePortal && <PolicePortal portal={profile.mse} />}
      {from.lists?.map((list) =>
        profile[list].length > 0 ? (
          <div key={list}>
            <h2 className="heading-m">{msePageText[list]}</h2>
            <ul className="list list--bullet">
              {profile[list].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {from.contacts && from.contacts.length > 0 && <LocalContacts keys={from.contacts} profile={profile} />}
    </>
  );
}

/** What the current step shows from the profile. */
export function StepFromProfile() {
  return <FromProfileDetails from={useJourney().stepFacts.fromProfile} />;
}
