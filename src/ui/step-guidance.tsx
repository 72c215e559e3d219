import type { ReactNode, Ref } from 'react';
import { uiText } from '../content/ui.content';

/**
 * How a step's guidance (content modules' `guidance` paragraphs) is laid out, phone first: the
 * question and its first answer come before anything long (issue 15). Every word of the content is
 * kept; only where it sits changes.
 */

const dontPrefix = /^Do not /;

/** Splits a paragraph into its sentences (full stops followed by a space). */
const sentences = (text: string) => text.split(/(?<=\.)\s+(?=[A-Z])/);

/**
 * A paragraph whose closing sentences each start "Do not …" is a Don't list (the NHS.UK pattern),
 * with any sentences before them as its lead-in; any other paragraph is a paragraph.
 */
export function splitDonts(text: string): { before: string; donts: string[] } | null {
  const parts = sentences(text);
  let first = parts.length;
  while (first > 0 && dontPrefix.test(parts[first - 1] ?? '')) first--;
  if (first === parts.length) return null;
  return { before: parts.slice(0, first).join(' '), donts: parts.slice(first).map((part) => part.replace(dontPrefix, '').replace(/\.$/, '')) };
}

/** The NHS.UK Do and Don't list, as the cross list ("do not …"). */
export function DontList({ items }: { items: readonly string[] }) {
  return (
    <div className="nhsuk-card nhsuk-card--feature nhsuk-do-dont-list">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">{uiText.doDont.dont}</h2>
        <ul className="nhsuk-list nhsuk-list--cross" role="list">
          {items.map((item) => (
            <li key={item}>
              <svg
                className="nhsuk-icon nhsuk-icon--cross"
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 24 24"
                width="16"
                height="16"
                focusable="false"
                aria-hidden="true"
              >
                <path d="M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4z M7 18.5c-.4 0-.8-.1-1.1-.4-.6-.6-.6-1.5 0-2.1l10-10c.6-.6 1.5-.6 2.1 0 .6.6.6 1.5 0 2.1l-10 10c-.3.3-.6.4-1 .4z" />
              </svg>
              {`${uiText.doDont.doNot} ${item.charAt(0).toLowerCase()}${item.slice(1)}`}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** One paragraph of guidance: a paragraph, or its lead-in and a Don't list. */
function Paragraph({ text }: { text: string }) {
  const split = splitDonts(text);
  if (!split) return <p className="nhsuk-body">{text}</p>;
  return (
    <>
      {split.before && <p className="nhsuk-body">{split.before}</p>}
      <DontList items={split.donts} />
    </>
  );
}

/** Paragraphs of guidance, as content gives them (don'ts as a Don't list); `inset` puts them in inset text, `plain` keeps them paragraphs. */
export function Guidance({ paragraphs, inset, plain }: { paragraphs?: readonly string[]; inset?: boolean; plain?: boolean }) {
  if (!paragraphs?.length) return null;
  // Inside a card (the emergency care card), paragraphs stay paragraphs.
  if (plain)
    return (
      <>
        {paragraphs.map((text) => (
          <p key={text} className="nhsuk-body">
            {text}
          </p>
        ))}
      </>
    );
  const prose = paragraphs.filter((text) => !splitDonts(text));
  const body = paragraphs.map((text) => <Paragraph key={text} text={text} />);
  // Inset text holds plain paragraphs only; a Don't list is a card of its own after it.
  if (!inset) return <>{body}</>;
  return (
    <>
      {prose.length > 0 && (
        <div className="nhsuk-inset-text">
          {prose.map((text) => (
            <p key={text} className="nhsuk-body">
              {text}
            </p>
          ))}
        </div>
      )}
      {paragraphs
        .filter((text) => splitDonts(text))
        .map((text) => (
          <Paragraph key={text} text={text} />
        ))}
    </>
  );
}

/**
 * A step that is not a question (a record, an action, a start page): the first paragraph under the
 * h1, and the rest in "More about this step" (an NHS.UK details), so the first field is on the first
 * screen of a phone. Don'ts are never folded away: `StepDonts` draws them as a Don't list, at the
 * end of the form, before its button.
 */
export function StepIntro({ paragraphs }: { paragraphs?: readonly string[] }) {
  if (!paragraphs?.length) return null;
  const [lead = '', ...rest] = paragraphs;
  const folded = rest.filter((text) => !splitDonts(text));
  return (
    <>
      {!splitDonts(lead) && <p className="nhsuk-body">{lead}</p>}
      {folded.length > 0 && (
        <MoreAbout>
          <Guidance paragraphs={folded} />
        </MoreAbout>
      )}
    </>
  );
}

/** The don'ts among a step's guidance (with any lead-in words), as a Don't list. */
export function StepDonts({ paragraphs }: { paragraphs?: readonly string[] }) {
  return <Guidance paragraphs={paragraphs?.filter((text) => splitDonts(text))} />;
}

/** The NHS.UK details component. */
export function MoreAbout({ summary = uiText.moreAboutStep, children }: { summary?: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/**
 * A question page's text: the short hint under the question (the legend is the page's h1), and its
 * guidance `after` the answers, inset, so the question and its first answer share the first screen.
 */
export function questionParts(content: { hint?: string; guidance?: readonly string[] }): { hint?: ReactNode; after?: ReactNode } {
  return { hint: content.hint, after: content.guidance?.length ? <Guidance paragraphs={content.guidance} inset /> : undefined };
}

/**
 * The NHS.UK emergency care card (red, "Immediate action required"): the 999 pages and the
 * emergency outcome. `heading` is the card's heading, at `level`.
 */
export function EmergencyCard({
  heading,
  level = 2,
  headingRef,
  children,
}: {
  heading: string;
  level?: 1 | 2;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency">
      <div className="nhsuk-card__heading-container">
        <Heading className="nhsuk-card__heading" tabIndex={level === 1 ? -1 : undefined} ref={headingRef}>
          {/* The page's own h1 says what to do; a card heading inside a page is announced as the pattern does. */}
          {level === 2 && <span className="nhsuk-u-visually-hidden">{uiText.immediateAction} </span>}
          {heading}
        </Heading>
        <span className="nhsuk-card--care__arrow" aria-hidden="true" />
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  );
}
