// Drives the safeguarding lead's referral pages the way a person would: by label, one section at a
// time, checking each page (one h1, 999 reachable, axe clean) before answering it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Pathway } from './pathway-driver';

export class Referral {
  constructor(private readonly pathway: Pathway) {}

  get page(): Page {
    return this.pathway.page;
  }

  private async date(group: string | RegExp, day: string, month: string, year: string) {
    const fields = this.page.getByRole('group', { name: group });
    await fields.getByRole('textbox', { name: 'Day' }).fill(day);
    await fields.getByRole('textbox', { name: 'Month' }).fill(month);
    await fields.getByRole('textbox', { name: 'Year' }).fill(year);
  }

  private async yesNo(question: string | RegExp, answer: 'Yes' | 'No', details?: string) {
    const group = this.page.getByRole('group', { name: question });
    await group.getByRole('radio', { name: answer, exact: true }).check();
    if (details !== undefined) await group.getByRole('textbox').fill(details);
  }

  private async text(label: string | RegExp, value: string) {
    await this.page.getByRole('textbox', { name: label }).fill(value);
  }

  private async next(heading: string | RegExp) {
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
    await this.pathway.expectPage(heading);
  }

  /**
   * A nurse records a concern about a patient and escalates it; the lead picks it up in the same tab
   * and copies the record of concern into the form: the task list, nothing asked twice.
   */
  async openFromEscalatedConcern() {
    const p = this.pathway;
    await p.toSubject('A patient');
    await p.fillRecord();
    await p.answerYesNo(/Yes, escalate/, 'Inform the safeguarding lead');
    await p.choose('Yes');
    await p.continue();
    await p.expectPage('No further action is required from you');
    await this.page.getByRole('link', { name: /Safeguarding lead: complete the National Prevent Referral Form/ }).click();
    await p.expectPage('National Prevent Referral Form');
    await this.page.getByRole('button', { name: 'Use the record of concern' }).click();
    await expect.poll(() => this.page.getByText('The record of concern has been copied into the form').count()).toBe(1);
  }

  /**
   * From the task list, sections B to K with a fictional adult patient. `anonymous`: the person who
   * first identified the concerns asked not to be identified to the individual (section F "Yes").
   */
  async completeSections(names: { forenames: string; surname: string }, options: { anonymous?: boolean } = {}) {
    await this.page.getByRole('link', { name: /^B\. Individual’s biographical/ }).click();
    await this.pathway.expectPage(/Individual’s biographical/);
    await this.text('Forename(s)', names.forenames);
    await this.text('Surname', names.surname);
    await this.date('Date of Birth', '14', '6', '1991');
    await this.page.getByRole('textbox', { name: 'Address', exact: true }).fill('12 Mill Lane\nSwindon');
    await this.page.getByRole('textbox', { name: /^Postcode/ }).fill('SN1 1AA');
    await this.page.getByRole('checkbox', { name: 'This is the individual’s current residence' }).check();
    await this.page.getByRole('textbox', { name: 'Telephone number' }).fill('07700 900123');
    await this.next('Describe concerns');
    // Prefilled from the record of concern: leave it as it is.
    await this.next('Complex needs');
    await this.text(/Complex needs/, 'Recently lost his job; says nobody listens to him.');
    await this.next('Any other information');
    await this.next('Person who first identified the concerns');
    await this.yesNo('Do they wish to remain anonymous?', options.anonymous ? 'Yes' : 'No');
    await this.text(/^Forename/, 'Jo');
    await this.text(/^Surname/, 'Smithfield');
    await this.text(/^Contact Telephone Number/, '01632 960001');
    await this.text(/^Email Address/, 'jo.smith@nhs.net');
    await this.next(/Person making this referral/);
    await this.yesNo(/Is the person making this referral the person who first identified/, 'No');
    await this.text(/^Forename/, 'Alex');
    await this.text(/^Surname/, 'Morgan');
    await this.text(/^Professional Role & Organisation/, 'Safeguarding Lead, BSW ICB');
    await this.text(/^Contact Telephone Number/, '01632 960002');
    await this.next(/organisational Prevent contact/);
    await this.yesNo(/Is the organisational Prevent contact the person making this referral/, 'Yes');
    await this.next('Relevant dates');
    // I2 starts as today: nothing to type.
    const today = new Date();
    const referralDate = this.page.getByRole('group', { name: 'Date referral made to Prevent' });
    await expect(referralDate.getByRole('textbox', { name: 'Day' }).inputValue()).resolves.toBe(String(today.getDate()));
    await expect(referralDate.getByRole('textbox', { name: 'Year' }).inputValue()).resolves.toBe(String(today.getFullYear()));
    await this.next('Safeguarding considerations');
    await this.yesNo(/stated or diagnosed disabilities/, 'No');
    // J2 is not filled from the nurse's talk with their ward manager: the lead answers it.
    await expect(
      this.page
        .getByRole('group', { name: /discussed this Individual with your organisations Safeguarding/ })
        .getByRole('radio', { checked: true })
        .count(),
    ).resolves.toBe(0);
    await this.yesNo(/discussed this Individual with your organisations Safeguarding/, 'Yes', 'I am the safeguarding lead making this referral.');
    await this.yesNo(/informed the Individual that you are making this referral/, 'Yes', 'He agreed and asked for support.');
    await this.yesNo(/taken any direct action/, 'No');
    await this.yesNo(/discussed your concerns around the Individual with any other agencies/, 'No');
    await this.next(/employment or education/);
    await this.next('National Prevent Referral Form');
  }

  private async radio(group: string | RegExp, option: string | RegExp) {
    await this.page
      .getByRole('group', { name: group })
      .getByRole('radio', { name: option, exact: typeof option === 'string' })
      .check();
  }

  /**
   * From the task list, the consent and lawful-basis decision for an adult with capacity who
   * consents (decision-table row 1), back to the task list.
   */
  async recordConsentOfAdultWhoConsents() {
    const p = this.pathway;
    await this.page.getByRole('link', { name: 'Consent and lawful basis for sharing' }).click();
    // The terrorism-planning question comes first (legal-and-security §A.1 item 6).
    await p.expectPage(/planning or carrying out terrorist acts/);
    await this.radio(/planning or carrying out terrorist acts/, 'No');
    await p.continue();
    await p.expectPage('Check for existing records of the person');
    await this.radio('Is the person known to the service or practice?', 'Yes');
    await this.text('Which records did you search, and what did you find?', 'Outpatient and GP records: no earlier concerns');
    await p.continue();
    await p.expectPage(/Is limited information needed urgently/);
    await this.radio(/needed urgently/, 'No');
    await p.continue();
    await p.expectPage(/grounds to doubt/);
    await this.radio(/grounds to doubt/, 'No');
    await p.continue();
    await p.expectPage('Is it appropriate to seek consent?');
    await this.radio('Is it appropriate to seek consent?', 'Yes');
    await p.continue();
    await p.expectPage('Did they give informed consent?');
    await this.radio(/Did they give informed consent to/, 'Yes');
    await this.text('Who gave consent?', 'The patient');
    await this.text('What did they consent to?', 'The referral, and sharing with the local authority and the police');
    const today = new Date();
    await this.date('Date consent was given', String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear()));
    await this.text('How were they informed?', 'Face to face, with the Prevent leaflet');
    await p.continue();
    await p.expectPage(/consulted your Caldicott Guardian/);
    await this.radio(/consulted your Caldicott/, 'Yes');
    await this.text('Name and role of the person you consulted', 'Dr Jo Guardian, Caldicott Guardian');
    await p.continue();
    // The basis is chosen, not assumed (§A.1 item 4): a consent route is offered paragraph 6.
    await p.expectPage('Choose the lawful basis for sharing');
    await this.radio(/which Data Protection Act 2018 Schedule 1 condition/, /paragraph 6/);
    await this.radio('Does the information include information about alleged offences?', 'No');
    await this.radio(/appropriate policy document/, 'Yes');
    await p.continue();
    await p.expectPage('Record the decision and your rationale');
    await this.text('Capacity or competence notes', 'No grounds to doubt capacity');
    await this.text(/^Justification/, 'To safeguard the patient from being drawn into terrorism');
    await this.text('What will be shared, and why it is the minimum necessary', 'The referral form only');
    await this.text(/Who will receive it/, 'Local Authority Prevent Lead; MASH');
    const decisionMaker = this.page.getByRole('group', { name: /Who made the decision/ });
    await decisionMaker.getByRole('textbox', { name: 'Name' }).fill('Alex Morgan');
    await decisionMaker.getByRole('textbox', { name: 'Role' }).fill('Safeguarding Locality Lead');
    await p.continue('Save the decision');
    await p.expectPage('Your decision and rationale are recorded');
    await this.page.getByRole('link', { name: 'Back to the task list' }).click();
    await p.expectPage('National Prevent Referral Form');
  }

  /** From the task list: check your answers, then the export page with recipients and sign-off saved. */
  async toExportWithRecipients() {
    const p = this.pathway;
    await this.page.getByRole('link', { name: 'Check your answers' }).click();
    await p.expectPage('Check your answers before exporting');
    await this.page.getByRole('link', { name: 'Continue to export' }).click();
    await p.expectPage('Export the referral');
    await this.text('Recipients’ email addresses', 'mash@nhs.net, prevent.lead@council.gov.uk');
    await this.text(/Your sign-off/, 'Alex Morgan, Safeguarding Locality Lead, 01632 960002');
    await this.page.getByRole('button', { name: 'Save recipients' }).click();
    await p.expectPage('Export the referral');
  }

  /** Downloads one of the export page's two PDFs and reads it back with pdftotext. */
  async download(which: 'referral' | 'internal record'): Promise<{ name: string; text: string; pages: string[] }> {
    const button = which === 'referral' ? 'Download the referral (PDF)' : 'Download the internal decision record (PDF)';
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'referral-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { name: download.suggestedFilename(), text, pages: text.split('\f').filter((page) => page.trim() !== '') };
  }
}
