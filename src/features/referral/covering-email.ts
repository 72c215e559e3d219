import { emailText } from '../../content/referral-export.content';

export interface CoveringEmailInput {
  /** The referral's reference: no personal data. */
  reference: string;
  /** The referral PDF's file name: the one attachment (never the internal decision record). */
  attachmentName: string;
  recipients: readonly string[];
  /** The basis wording for sharing, whenever the person was not informed or did not consent; else null. */
  basisWording: string | null;
  /** The sender's sign-off: name, role, organisation and contact number. */
  signOff: string;
  /** The organisation profile's marking descriptor, e.g. "PERSONAL DATA", where its policy uses one. */
  descriptor?: string;
}

export interface CoveringEmail {
  subject: string;
  to: string;
  body: string;
  /** A mailto: link with the same subject, recipients and body; the user attaches the referral PDF. */
  mailto: string;
  /** Recipients outside NHSmail's accredited domains: the subject needs [secure] (NHSmail encryption). */
  needsSecureTag: boolean;
}

/** Addresses on NHSmail (nhs.net) are secure between themselves; any other address needs [secure]. */
export const isNhsMail = (address: string) => /@nhs\.net$/i.test(address.trim());

/**
 * The covering email for the referral (004 App 4a §4): the marking (with the profile's descriptor) first in the subject, the basis
 * for sharing whenever the person was not informed or did not consent, and a reminder to send from
 * NHSmail. It names one attachment, the referral; the internal decision record is never sent
 * (legal-and-security §A.1 item 9). The app sends nothing itself.
 */
export function buildCoveringEmail(input: CoveringEmailInput): CoveringEmail {
  const recipients = input.recipients.map((r) => r.trim()).filter(Boolean);
  const needsSecureTag = recipients.some((address) => !isNhsMail(address));
  const marking = input.descriptor ? `OFFICIAL-SENSITIVE ${input.descriptor.toUpperCase()}` : 'OFFICIAL-SENSITIVE';
  const subject = `${marking} – ${emailText.subject} ${input.reference}${needsSecureTag ? ' [secure]' : ''}`;
  const paragraphs = [
    emailText.greeting,
    emailText.attached(input.reference, input.attachmentName),
    ...(input.basisWording ? [emailText.basisIntro, input.basisWording] : []),
    emailText.contact,
    input.signOff.trim() || emailText.signOffPlaceholder,
  ];
  const body = paragraphs.join('\n\n');
  const to = recipients.join('; ');
  const mailto = `mailto:${recipients.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, to, body, mailto, needsSecureTag };
}
