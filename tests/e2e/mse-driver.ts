// A script-like driver for the MSE pathway (the police-portal "Referral Flowchart", seed 002):
// the device's profile is MSE ICB's, set as the settings page would set it, before the app loads.
// Every page is checked as the concern pathway's are (one h1, 999 reachable, axe clean), by the
// same driver, and answered by label.
import { expect } from 'vitest';
import { newPage, type Browser } from './browser';
import { Pathway } from './pathway-driver';

export const MSE_PROFILE_CHOICE = { source: 'shipped', id: 'mse-icb' } as const;

export class MsePathway extends Pathway {
  /** A new page whose device has chosen the MSE ICB profile. */
  static async open(browser: Browser): Promise<MsePathway> {
    const app = await newPage(browser);
    await app.context.addInitScript((choice) => localStorage.setItem('prevent-pathway:profile', JSON.stringify(choice)), MSE_PROFILE_CHOICE);
    return new MsePathway(app);
  }

  /** From the home page's "Start now" to the urgent-help question, on the MSE chart. */
  override async start(role: RegExp = /I noticed the concern/): Promise<void> {
    await this.app.goto('/');
    await this.expectPage('Worried someone may be drawn into terrorism?');
    await this.page.getByRole('link', { name: 'Start now' }).click();
    await this.expectPage('You are worried about someone');
    expect(new URL(this.page.url()).pathname).toBe('/concern/mse-start');
    await this.choose(role);
    await this.continue();
    await this.expectPage('Is anyone in immediate danger, or do you think an attack may be about to happen?');
  }

  /** Urgent help: no; then whether the person is a member of staff, to the record page. */
  async toRecord(staff: boolean): Promise<void> {
    await this.start();
    await this.answerYesNo(/^No$/, 'Is the person you are concerned about a member of staff?');
    await this.choose(staff ? 'Yes, a member of staff' : 'No, not a member of staff');
    await this.continue();
    await this.expectPage(
      staff ? /^Make a record of your concern and share it with the person’s line manager$/ : 'Clarify the information and make a record of your concern',
    );
  }

  /** Not staff: record, then the Prevent Lead's advice. */
  async toLiaison(): Promise<void> {
    await this.toRecord(false);
    await this.fillRecord();
    await this.expectPage('Has the Prevent Lead advised that a referral should be made?');
  }

  /** Advised to refer, then the consent decision. */
  async toConsent(): Promise<void> {
    await this.toLiaison();
    await this.answerYesNo(
      /Yes, a referral is advised/,
      'Will the referral be made with the person’s consent and knowledge?',
      'Spoke to the Prevent Lead by phone on 4 November; advised to refer.',
    );
  }

  /** A "choice" page: one option, the rationale if given, Continue, and the next page. */
  async decide(option: string | RegExp, next: string | RegExp, rationale?: string): Promise<void> {
    await this.choose(option);
    // Without consent: the Prevent Lead who agreed, and when, are required.
    if ((await this.page.getByRole('textbox', { name: /Prevent Lead who agreed/ }).count()) > 0) {
      await this.fill(/Prevent Lead who agreed/, 'Pat Lead, ICB Prevent Lead');
      await this.fill(/^When they agreed/, '05/11/2026 14:30');
    }
    if (rationale !== undefined) await this.fill(/^(Your rationale|Reasons for the decision|Notes)/, rationale);
    await this.continue();
    await this.expectPage(next);
  }

  /** A "confirm" page: tick each item, the reference if given, Continue, and the next page. */
  async confirm(items: (string | RegExp)[], next: string | RegExp, reference?: string): Promise<void> {
    for (const item of items) await this.page.getByRole('checkbox', { name: item }).check();
    if (reference !== undefined) await this.fill(/^Reference number/, reference);
    await this.continue();
    await this.expectPage(next);
  }

  /** Consent given, the portal referral made and everyone told: the police's decision is next. */
  async toPoliceReview(): Promise<void> {
    await this.toConsent();
    await this.decide(
      /Yes, with their consent and knowledge/,
      'Make the referral through the police Prevent portal',
      'Consent given in clinic on 4 November, for a referral to Prevent.',
    );
    await this.confirm(
      ['I have submitted the referral through the police portal'],
      'Tell the Prevent Lead and share the concern with social care',
      'ESX-2026-0042',
    );
    await this.confirm(['I have notified the Prevent Lead of this referral', /I have shared the concern with local authority/], 'What did the police decide?');
  }

  /** The local contacts section's text. */
  async localContacts(): Promise<string> {
    return (await this.page.getByRole('region', { name: 'Contacts in your organisation' }).textContent()) ?? '';
  }
}
