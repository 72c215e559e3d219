import type { ReferralDocument } from '../../forms/document';

/** The PDF code (pdf-lib, fontkit via the builder, the fonts' loader), fetched once per session. */
const pdfCode = () => Promise.all([import('./build-referral-pdf'), import('./fonts'), import('./font-texts'), import('./scripts'), import('@pdf-lib/fontkit')]);

/**
 * Gets the first export ready before the click: when the export page opens, fetch the PDF code
 * and the fonts this document needs (for DejaVu and Chinese, only the outlines its text uses), at idle
 * priority so the page itself never waits. Failures are left for the export to report.
 */
export function preparePdf(document: ReferralDocument): void {
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2_000 }) : setTimeout(run, 200));
  idle(() => {
    void pdfCode()
      .then(([, fonts, texts, scripts]) => {
        const loader = fonts.browserFontLoader.forText(texts.fontTexts(document));
        return Promise.all(scripts.fontsNeeded(document).map((id) => loader(id)));
      })
      .catch(() => undefined);
  });
}

/**
 * Builds the PDF of a document and hands it to the browser as a download. The PDF code (pdf-lib,
 * fontkit, the fonts) is imported only when the export page asks for it (preparePdf) or now.
 * Rejects with the reason (e.g. a font that could not be fetched) for the page to show; nothing is
 * lost either way.
 */
export async function downloadPdf(document: ReferralDocument): Promise<{ name: string; pages: number }> {
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
