// @vitest-environment node
import '../../pdf/node-test-env';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { requestMachine, type RequestEvent } from '../../../machines/information-request.machine';
import { answer } from '../../../tests/fixtures/information-request-events';
import { buildReferralPdf, referralFileName } from '../../pdf/build-referral-pdf';
import { createNodeFontLoader } from '../../pdf/node-font-loader';
import { count, nonEmptyLines, pdftotext, squash } from '../../pdf/pdf-test-helpers';
import { mailtoFor, requestRecordDocument, requestReply } from './request-outputs';

const walk = (...events: RequestEvent[]) => {
  let [snapshot] = initialTransition(requestMachine);
  for (const event of events) [snapshot] = transition(requestMachine, snapshot, event);
  return snapshot.context;
};
const toDecision = [
  answer('urgentNo'),
  answer('requester'),
  answer('purposeChannel'),
  answer('formatMet'),
  answer('powersChannel'),
  answer('reasonGiven'),
  answer('items'),
  answer('checklist'),
  answer('consulted'),
];

describe('the reply to the requester', () => {
  it('release in part: subject marked OFFICIAL-SENSITIVE, released items, each withheld item with its reason, and the basis', () => {
    const reply = requestReply(walk(...toDecision, answer('partial'), answer('itemsDecided'), answer('signOff')));
    expect(reply.subject).toMatch(/^OFFICIAL-SENSITIVE: Your request for information: RQ-20261201-100000 \(your reference LA-REQ-042\)$/);
    expect(reply.body).toContain('- Named GP and practice contact');
    expect(reply.body).toContain('- Mental health diagnoses: Not necessary for the concern described');
    expect(reply.body).toContain('Counter-Terrorism and Security Act 2015, section 38');
    expect(reply.body).not.toMatch(/004|¶/);
    expect(mailtoFor(reply)).toContain(encodeURIComponent('OFFICIAL-SENSITIVE'));
  });
  it('ask for more: lists what is missing', () => {
    const reply = requestReply(walk(...toDecision, answer('askMore'), answer('missing'), answer('signOff')));
    expect(reply.body).toContain('sanctioned information sharing request proforma');
  });
  it('decline: gives the reasons', () => {
    const reply = requestReply(walk(...toDecision, answer('decline'), answer('declineReasons'), answer('signOff')));
    expect(reply.body).toContain('not a competent authority');
  });
  it('urgent: confirms what was shared by phone and asks for the written request', () => {
    const reply = requestReply(walk(answer('urgentYes'), answer('callMade'), answer('urgentRecorded')));
    expect(reply.body).toContain('Current ward and the risk described by the caller');
    expect(reply.body).toContain('written request');
  });
});

describe('the internal record as a PDF, read back with pdftotext', () => {
  it('is marked top and bottom of every page, names every item and reason, and its file name holds the reference only', async () => {
    const context = walk(...toDecision, answer('partial'), answer('itemsDecided'), answer('signOff'));
    const document = requestRecordDocument(context, '2026-12-01T12:00:00.000Z');
    const pdf = await buildReferralPdf(document, { loadFont: createNodeFontLoader() });
    const pages = pdftotext(pdf.bytes, 'layout');
    expect(pages).toHaveLength(pdf.pageCount);
    pages.forEach((page, i) => {
      const lines = nonEmptyLines(page);
      expect(lines[0], `top of page ${i + 1}`).toBe('OFFICIAL-SENSITIVE');
      expect(lines.at(-1), `bottom of page ${i + 1}`).toBe('OFFICIAL-SENSITIVE');
    });
    expect(count(pages.join('\n'), 'OFFICIAL-SENSITIVE')).toBe(2 * pdf.pageCount);
    const text = squash(pdftotext(pdf.bytes).join('\n'));
    for (const item of [
      'Dates of contact with the practice in the last 12 months',
      'Named GP and practice contact',
      'Mental health diagnoses',
      'Withheld: Not necessary for the concern described',
      'Dr C. Guardian, Caldicott Guardian',
      'Sam Lead, Safeguarding Locality Lead',
      'BSW ICB Prevent Policy, paragraph 70',
    ])
      expect(text).toContain(squash(item));
    expect(referralFileName(document)).toBe('prevent-internal-record-RQ-20261201-100000.pdf');
    console.log(`request record (release in part): ${pdf.pageCount} page(s)`);
  });
});
