import type { ReferralDocument } from '../../forms/document';

/**
 * Builds the PDF of a document and hands it to the browser as a download. The PDF code (pdf-lib,
 * fontkit, the fonts) is imported only now, when the user asks for it. Rejects with the reason
 * (e.g. a font that could not be fetched) for the page to show; nothing is lost either way.
 */
export async function downloadPdf(document: ReferralDocument): Promise<{ name: string; pages: number }> {
  const [pdf, fonts] = await Promise.all([import('./build-referral-pdf'), import('./fonts')]);
  const result = await pdf.buildReferralPdf(document, { loadFont: fonts.browserFontLoader });
  const name = pdf.referralFileName(document);
  const url = URL.createObjectURL(new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: name });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, pages: result.pageCount };
}
