import type { Contact, ContactKey, Contacts } from '../../forms/organisation-profile.schema';
import { contactLabels, localContactText as text } from '../content/profile.content';

/** The number for a tel: link: "+44 (0)1632 960001" → "+441632960001"; the extension never goes in it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(\s*0\s*\)/, '').replace(/[^\d+]/g, '')}`;
}

/**
 * One local contact: its role, the name, and every way to reach it the profile gives. `unreachable`
 * says what to show when the profile has no such contact, or no way to reach it (the pathway pages
 * say where to ask instead); the emergency panel lists only contacts the profile has.
 */
export function LocalContactCard({
  contactKey,
  contact,
  role,
  unreachable,
}: {
  contactKey: ContactKey;
  contact: Contact | undefined;
  role?: string;
  unreachable?: string;
}) {
  const reachable = contact && (contact.phone || contact.email || contact.url);
  return (
    <li className="contacts__item local-contact">
      <span className="contacts__label local-contact__title">{role ?? contact?.role ?? contactLabels[contactKey]}</span>
      {contact?.name && <span className="contacts__when">{contact.name}</span>}
      {contact?.phone && (
        <span className="contacts__when">
          <a className="contacts__link" href={telHref(contact.phone)}>
            {contact.phone}
          </a>
          {contact.extension && `, ${text.extension(contact.extension)}`}
        </span>
      )}
      {contact?.email && (
        <span className="contacts__when">
          {text.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </span>
      )}
      {contact?.url && (
        <span className="contacts__when">
          <a href={contact.url} rel="noreferrer" target="_blank">
            {text.website} ({text.opensNewTab})
          </a>
        </span>
      )}
      {contact?.hours && <span className="contacts__when">{contact.hours}</span>}
      {!reachable && unreachable && <span className="contacts__when">{unreachable}</span>}
    </li>
  );
}

/** The profile's local contacts, in the order given; those the profile leaves out are skipped. */
export function LocalContactList({ contacts, keys }: { contacts: Contacts; keys: readonly ContactKey[] }) {
  const present = keys.flatMap((key) => {
    const contact = contacts[key];
    return contact ? [{ key, contact }] : [];
  });
  if (present.length === 0) return null;
  return (
    <ul className="contacts">
      {present.map(({ key, contact }) => (
        <LocalContactCard key={key} contactKey={key} contact={contact} />
      ))}
    </ul>
  );
}
