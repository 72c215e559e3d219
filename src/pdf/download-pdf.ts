import type { ReferralDocument } from '../../forms/document';
import type { SessionFontLoader } from './fonts';

/** The PDF code (pdf-lib, fontkit via the builder, the fonts' loader), fetched once per session. */
const pdfCode = () => Promise.all([import('./build-referral-pdf'), import('./fonts'), import('./font-texts'), import('@pdf-lib/fontkit')]);

/**
 * Everything a first export does before it draws, done now: the PDF code, this document's fonts
 * (for DejaVu and Chinese, only the outlines its text uses), fontkit's reading of them, and one
 * build of the document, thrown away. That build is what makes the click's build fast: fontkit
 * reads a font's layout tables (character map, substitution and positioning rules) only as text
 * first needs them, and the engine compiles the shaping and PDF code only once it has run; a
 * first build pays for both (about 140 ms for a typical referral, 260 ms for the worst case, on
 * the 2-core test machine), a second one does not (25 and 100 ms). The bytes are not kept: the
 * click builds the document as it is then. `session` is the font loader to fill (the app's
 * shared one by default; the benchmark gives its own to count bytes).
 */
export async function preparePdfNow(document: ReferralDocument, session?: SessionFontLoader): Promise<void> {
  const [pdf, fonts, texts] = await pdfCode();
  const loader = (session ?? fonts.browserFontLoader).forText(texts.fontTexts(document));
  await pdf.buildReferralPdf(document, { loadFont: loader });
}

const prepared = new WeakSet<ReferralDocument>();
/** Preparations under way (begun, not only queued): a click on that document waits for it rather than building beside it. */
const running = new WeakMap<ReferralDocument, Promise<void>>();
let queue: Promise<void> = Promise.resolve();

/**
 * Gets the first export ready before the click (preparePdfNow), at idle priority so the page
 * itself never waits, one document after another. The export page calls it for each document it
 * offers, and "Check your answers" (the page before) for the referral, so a user who goes on to
 * export never meets a cold first export. A document already prepared is not prepared again.
 * Failures are left for the export to report.
 */
export function preparePdf(document: ReferralDocument): void {
  if (prepared.has(document)) return;
  prepared.add(document);
  const idle = () =>
    new Promise<void>((resolve) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2_000 }) : setTimeout(resolve, 200),
    );
  queue = queue.then(idle).then(() => {
    const preparation = preparePdfNow(document).catch(() => undefined);
    running.set(document, preparation);
    return preparation.finally(() => running.delete(document));
  });
}

/**
 * Builds the PDF of a document and hands it to the browser as a download. The PDF code (pdf-lib,
 * fontkit, the fonts) is imported only when a page asks for it (preparePdf) or now.
 * Rejects with the reason (e.g. a font that could not be fetched) for the page to show; nothing is
 * lost either way.
 */
export async function downloadPdf(document: ReferralDocument): Promise<{ name: string; pages: number }> {
  await running.get(document); // its fonts and code are on their way: building beside it would only double the work
  const [pdf, fonts, texts] = await pdfCode();
  const result = await pdf.buildReferralPdf(document, { loadFont: fonts.browserFontLoader.forText(texts.fontTexts(document)) });
  const name = pdf.referralFileName(document);
  const url = URL.createObjectURL(new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: name });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, pages: result.pageCount };
}
