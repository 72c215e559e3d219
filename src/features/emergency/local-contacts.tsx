import type { Contact, ContactKey, Contacts } from '../../../forms/organisation-profile.schema';
import { contactLabels, localContactText as text } from '../../content/profile.content';

/** The number for a tel: link: "+44 (0)1632 960001" → "+441632960001"; the extension never goes in it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(\s*0\s*\)/, '').replace(/[^\d+]/g, '')}`;
}

function LocalContact({ contactKey, contact }: { contactKey: ContactKey; contact: Contact }) {
  const title = contact.role ?? contactLabels[contactKey];
  return (
    <li className="contacts__item local-contact">
      <span className="contacts__label local-contact__title">{title}</span>
      {contact.name && <span className="contacts__when">{contact.name}</span>}
      {contact.phone && (
        <span className="contacts__when">
          <a className="contacts__link" href={telHref(contact.phone)}>
            {contact.phone}
          </a>
          {contact.extension && `, ${text.extension(contact.extension)}`}
        </span>
      )}
      {contact.email && (
        <span className="contacts__when">
          {text.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </span>
      )}
      {contact.url && (
        <span className="contacts__when">
          <a href={contact.url} rel="noreferrer" target="_blank">
            {text.website} ({text.opensNewTab})
          </a>
        </span>
      )}
      {contact.hours && <span className="contacts__when">{contact.hours}</span>}
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
        <LocalContact key={key} contactKey={key} contact={contact} />
      ))}
    </ul>
  );
}
