// Helpers for the journeys served by real nginx (tests/e2e/nginx-*.e2e.ts): a recorder for
// Content-Security-Policy violations and for every request, and the safeguarding lead's whole job
// (concern → referral → PDF) built from the pathway and referral drivers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppPage } from './browser';
import { Pathway } from './pathway-driver';
import { Referral } from './referral-driver';

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  page: string;
}

export interface BrowserRecord {
  /** `securitypolicyviolation` events from every document the context opened. */
  violations: CspViolation[];
  /** Console messages of any level that mention the Content Security Policy or Permissions-Policy. */
  policyConsole: string[];
  /** Every request the context made (method and URL), in order, including the app's own. */
  requests: string[];
  /** Requests that failed, with the browser's reason (e.g. net::ERR_BLOCKED_BY_CSP). */
  failed: string[];
}

/**
 * Starts recording before the first navigation: call it right after newPage(). The listener is an
 * init script (run before the page's own scripts in every document) reporting through a binding.
 */
export async function recordPolicyAndRequests(app: AppPage): Promise<BrowserRecord> {
  const record: BrowserRecord = { violations: [], policyConsole: [], requests: [], failed: [] };
  await app.context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    record.violations.push(violation);
  });
  await app.context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
        report({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
          page: location.href,
        });
      },
      true,
    );
  });
  app.page.on('console', (message) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) record.policyConsole.push(`${message.type()}: ${message.text()}`);
  });
  app.context.on('request', (request) => record.requests.push(`${request.method()} ${request.url()}`));
  app.context.on('requestfailed', (request) => record.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return record;
}

/**
 * A nurse records a concern and escalates it; the lead completes the referral form from it,
 * records consent (an adult who consents), and downloads the PDF. Returns the PDF's text.
 */
export async function concernToReferralPdf(app: AppPage): Promise<{ file: string; text: string }> {
  const referral = new Referral(new Pathway(app));
  await referral.openFromEscalatedConcern();
  await referral.completeSections({ forenames: 'Łukasz', surname: 'Ashdown-Nowak' });
  await referral.recordConsentOfAdultWhoConsents();
  await referral.toExportWithRecipients();

  const { page } = app;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the referral (PDF)' }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'nginx-referral-')), download.suggestedFilename());
  await download.saveAs(file);
  return { file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}
