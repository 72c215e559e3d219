import { nationalContacts } from '../content/contacts';

/** Phone contacts as tel: links, read from the one place numbers live. */
export function ContactList({ keys, prominent }: { keys: readonly (keyof typeof nationalContacts)[]; prominent?: boolean }) {
  return (
    <ul className={prominent ? 'contacts contacts--prominent' : 'contacts'}>
      {keys.map((key) => {
        const contact = nationalContacts[key];
        return (
          <li key={key} className="contacts__item">
            <a className="contacts__link" href={`tel:${contact.tel}`}>
              <span className="contacts__label">{contact.label}</span> <span className="contacts__number">{contact.number}</span>
            </a>
            <span className="contacts__when">{contact.when}</span>
          </li>
        );
      })}
    </ul>
  );
}
