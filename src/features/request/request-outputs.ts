import type { DocRow, DocSection, DocTable, ReferralDocument } from '../../../forms/document';
import { checklistKeys, citedPowers, type RequestDraft } from '../../../forms/information-request.schema';
import { citeSource } from '../../../forms/source-citation';
import { powerWords, purposeWords, decisionWords, type RequestContext, type RequestLogEntry } from '../../../machines/information-request.machine';
import { checklistQuestions, missingLabels, replyText, requestDocumentText as doc, requesterKindLabels } from '../../content/request.content';

/**
 * What a finished request gives: the reply to the requester (email text, OFFICIAL-SENSITIVE
 * subject) and the internal record of the decision, as a document the existing PDF code draws.
 * Pure functions of the machine's context; the pages only show and download them.
 */

export const REQUEST_FORM_VERSION = 'request-1';

/** A reference with no personal data: "RQ-" and the date and time the lead began (from the log). */
export function requestReference(log: readonly RequestLogEntry[]): string {
  const at = log[0]?.at ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(at);
  return match ? `RQ-${match[1]}${match[2]}${match[3]}-${match[4]}${match[5]}${match[6]}` : 'RQ';
}

const yesNo = (value: 'yes' | 'no' | 'unsure' | undefined) => (value === 'yes' ? 'Yes' : value === 'no' ? 'No' : value === 'unsure' ? 'Unsure' : '');
const row = (label: string, value: string | undefined): DocRow => ({ label, value: value ?? '' });

function powersText(draft: RequestDraft): string {
  const cited = citedPowers.filter((power) => draft.powers?.cited.includes(power)).map((power) => powerWords[power]);
  return [cited.length ? cited.join('; ') : doc.notCited, draft.powers?.notes ?? ''].filter(Boolean).join('\n');
}

function itemsRows(draft: RequestDraft): DocRow[] {
  const decided = draft.itemDecisions;
  return (draft.items ?? []).map((item, index) => {
    const decision = decided?.[index];
    let value: string;
    if (decision) value = decision.release === 'yes' ? doc.released : doc.withheld(decision.reason);
    else if (draft.decision === 'release') value = doc.released;
    else if (draft.decision === 'decline') value = doc.withheld(draft.declineReasons ?? '');
    else value = 'Not released: more information asked for first';
    return { label: `${index + 1}. ${item}`, value };
  });
}

function sectionsFor(draft: RequestDraft, reference: string): DocSection[] {
  if (draft.urgent === 'yes') {
    const call = draft.urgentCall;
    return [
      {
        heading: doc.sections.urgent,
        rows: [
          row(doc.rows.reference, reference),
          row(doc.rows.called, call?.called),
          row(doc.rows.calledAt, call?.calledAt),
          row(doc.rows.whatShared, call?.whatShared),
          row(doc.rows.urgentRequester, call?.requester),
        ],
      },
    ];
  }
  const sections: DocSection[] = [
    {
      heading: doc.sections.request,
      rows: [
        row(doc.rows.reference, reference),
        row(doc.rows.requesterKind, draft.requester ? requesterKindLabels[draft.requester.kind] : ''),
        row(doc.rows.organisation, draft.requester?.organisation),
        row(doc.rows.contact, draft.requester?.contact),
        row(doc.rows.theirReference, draft.requester?.theirReference),
        row(doc.rows.purpose, draft.purpose ? purposeWords[draft.purpose] : ''),
      ],
    },
    {
      heading: doc.sections.checks,
      rows: [
        row(doc.rows.inWriting, yesNo(draft.format?.inWriting)),
        row(doc.rows.proforma, yesNo(draft.format?.proforma)),
        row(doc.rows.secureEmail, yesNo(draft.format?.secureEmail)),
        row(doc.rows.powers, powersText(draft)),
        row(doc.rows.reason, draft.reason ? `${yesNo(draft.reason.given)}${draft.reason.formOfWords ? `: ${draft.reason.formOfWords}` : ''}` : ''),
        row(
          doc.rows.competent,
          draft.competentAuthority
            ? `${yesNo(draft.competentAuthority.answer)}${draft.competentAuthority.notes ? `: ${draft.competentAuthority.notes}` : ''}`
            : doc.notAsked,
        ),
      ],
    },
    {
      heading: doc.sections.questions,
      intro: [citeSource('004 ¶70')],
      rows: [
        ...checklistKeys.map((key) => row(checklistQuestions[key], yesNo(draft.checklist?.answers[key]))),
        row(doc.rows.checklistNotes, draft.checklist?.notes),
      ],
    },
    {
      heading: doc.sections.consultation,
      rows:
        draft.consultation?.consulted === 'yes'
          ? [
              row(doc.rows.consulted, 'Yes'),
              row(doc.rows.consultedWho, `${draft.consultation.who}, ${draft.consultation.when}`),
              row(doc.rows.advice, draft.consultation.advice),
            ]
          : [row(doc.rows.consulted, 'No'), row(doc.rows.whyNot, draft.consultation?.whyNot)],
    },
    {
      heading: doc.sections.decision,
      rows: [
        row(doc.rows.decision, draft.decision ? decisionWords[draft.decision] : ''),
        ...(draft.basis ? [row(doc.rows.basis, draft.basis)] : []),
        ...(draft.askMore
          ? [row(doc.rows.missing, [...draft.askMore.missing.map((key) => missingLabels[key]), draft.askMore.notes].filter(Boolean).join('\n'))]
          : []),
        ...(draft.declineReasons ? [row(doc.rows.declineReasons, draft.declineReasons)] : []),
      ],
    },
    { heading: doc.sections.items, rows: itemsRows(draft) },
  ];
  return sections;
}

function signOffSection(draft: RequestDraft): DocSection[] {
  const s = draft.signOff;
  return s
    ? [
        {
          heading: doc.sections.signOff,
          rows: [row(doc.rows.decisionMaker, `${s.decisionMaker}, ${s.role}`), row(doc.rows.decidedAt, s.decidedAt), row(doc.rows.rationale, s.rationale)],
        },
      ]
    : [];
}

const logTime = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : iso;
};

/** The internal record of the decision (never sent to the requester): OFFICIAL-SENSITIVE on every page. */
export function requestRecordDocument(context: RequestContext, generatedAt: string): ReferralDocument {
  const reference = requestReference(context.log);
  const log: DocTable = {
    heading: doc.sections.log,
    columns: doc.logColumns,
    rows: context.log.map((entry) => [logTime(entry.at), entry.question, entry.answer, entry.notes, citeSource(entry.source)]),
  };
  return {
    kind: 'internal-record',
    title: doc.title,
    marking: 'OFFICIAL-SENSITIVE',
    reference,
    generatedAt,
    formVersion: REQUEST_FORM_VERSION,
    sections: [...sectionsFor(context.draft, reference), ...signOffSection(context.draft)],
    appendices: [log],
    appendicesRunOn: true,
  };
}

export interface RequestReply {
  to: string;
  subject: string;
  body: string;
}

/** The reply to the requester: what is released and on what basis, what is needed first, or why not. */
export function requestReply(context: RequestContext): RequestReply {
  const { draft } = context;
  const reference = requestReference(context.log);
  const theirs = draft.requester?.theirReference ? ` (your reference ${draft.requester.theirReference})` : '';
  const subject = `${replyText.subjectPrefix}: ${replyText.subject(reference)}${theirs}`;
  const lines: string[] = [];
  const signOff = draft.signOff ? replyText.signOff(draft.signOff.decisionMaker, draft.signOff.role) : '';
  if (draft.urgent === 'yes' && draft.urgentCall) {
    lines.push(replyText.urgent(draft.urgentCall.called, draft.urgentCall.calledAt), '', draft.urgentCall.whatShared, '', replyText.urgentClose);
  } else {
    lines.push(replyText.greeting(draft.requester?.contact ?? ''), '', replyText.thanks(draft.requester?.organisation ?? '', draft.purpose), '');
    const powers = citedPowers
      .filter((power) => draft.powers?.cited.includes(power))
      .map((power) => powerWords[power])
      .join('; ');
    switch (draft.decision) {
      case 'release':
        lines.push(replyText.release, ...(draft.items ?? []).map((item) => `- ${item}`), '', replyText.basis(powers));
        if (draft.basis) lines.push(replyText.basisOwn(draft.basis));
        break;
      case 'partial': {
        const decided = draft.itemDecisions ?? [];
        lines.push(replyText.partial, '', replyText.releasedHeading, ...decided.filter((item) => item.release === 'yes').map((item) => `- ${item.item}`), '');
        lines.push(
          replyText.withheldHeading,
          ...decided.filter((item) => item.release === 'no').map((item) => `- ${item.item}: ${item.reason}`),
          '',
          replyText.basis(powers),
        );
        if (draft.basis) lines.push(replyText.basisOwn(draft.basis));
        break;
      }
      case 'ask-more':
        lines.push(replyText.askMore, ...(draft.askMore?.missing ?? []).map((key) => `- ${missingLabels[key]}`));
        if (draft.askMore?.notes) lines.push(`- ${draft.askMore.notes}`);
        lines.push('', replyText.askMoreClose);
        break;
      case 'decline':
        lines.push(replyText.decline, '', draft.declineReasons ?? '', '', replyText.declineClose);
        break;
      default:
        break;
    }
  }
  lines.push('', replyText.handling);
  if (signOff) lines.push('', signOff);
  return { to: '', subject, body: lines.join('\n') };
}

/** A mailto: link for the reply (the lead adds the address and the attachments). */
export const mailtoFor = (reply: RequestReply) =>
  `mailto:${encodeURIComponent(reply.to)}?subject=${encodeURIComponent(reply.subject)}&body=${encodeURIComponent(reply.body)}`;
