// Drives the safeguarding lead's referral pages the way a person would: by label, one section at a
// time, checking each page (one h1, 999 reachable, axe clean) before answering it.
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

  /** From the task list, sections B to K with a fictional adult patient. */
  async completeSections(names: { forenames: string; surname: string }) {
    await this.page.getByRole('link', { name: /^B\. INDIVIDUAL/ }).click();
    await this.pathway.expectPage(/INDIVIDUAL’S BIOGRAPHICAL/);
    await this.text('Forename(s)', names.forenames);
    await this.text('Surname', names.surname);
    await this.date('Date of Birth', '14', '6', '1991');
    await this.page.getByRole('textbox', { name: 'Address', exact: true }).fill('12 Mill Lane\nSwindon');
    await this.page.getByRole('textbox', { name: /^Postcode/ }).fill('SN1 1AA');
    await this.page.getByRole('radio', { name: 'This is the individual’s current residence' }).check();
    await this.page.getByRole('textbox', { name: 'Telephone number' }).fill('07700 900123');
    await this.next('DESCRIBE CONCERNS');
    // Prefilled from the record of concern: leave it as it is.
    await this.next('COMPLEX NEEDS');
    await this.text(/Complex needs/, 'Recently lost his job; says nobody listens to him.');
    await this.next('ANY OTHER INFORMATION');
    await this.next('PERSON WHO FIRST IDENTIFIED THE CONCERNS');
    await this.yesNo('Do they wish to remain anonymous?', 'No');
    await this.text(/^Contact Telephone Number/, '01632 960001');
    await this.text(/^Email Address/, 'jo.smith@nhs.net');
    await this.next(/PERSON MAKING THIS REFERRAL/);
    await this.yesNo(/Is the person making this referral the person who first identified/, 'No');
    await this.text(/^Forename/, 'Alex');
    await this.text(/^Surname/, 'Morgan');
    await this.text(/^Professional Role & Organisation/, 'Safeguarding Lead, BSW ICB');
    await this.text(/^Contact Telephone Number/, '01632 960002');
    await this.next(/ORGANISATIONAL PREVENT CONTACT/);
    await this.yesNo(/Is the organisational Prevent contact the person making this referral/, 'Yes');
    await this.next('RELEVANT DATES');
    const today = new Date();
    await this.date('Date referral made to Prevent', String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear()));
    await this.next('SAFEGUARDING CONSIDERATIONS');
    await this.yesNo(/stated or diagnosed disabilities/, 'No');
    await this.yesNo(/informed the Individual that you are making this referral/, 'Yes', 'He agreed and asked for support.');
    await this.yesNo(/taken any direct action/, 'No');
    await this.yesNo(/discussed your concerns around the Individual with any other agencies/, 'No');
    await this.next(/EMPLOYMENT \/ EDUCATION/);
    await this.next('National Prevent Referral Form');
  }

  private async radio(group: string | RegExp, option: string) {
    await this.page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
  }

  /**
   * From the task list, the consent and lawful-basis decision for an adult with capacity who
   * consents (decision-table row 1), back to the task list.
   */
  async recordConsentOfAdultWhoConsents() {
    const p = this.pathway;
    await this.page.getByRole('link', { name: 'Consent and lawful basis for sharing' }).click();
    await p.expectPage('Check for existing records of the person');
    await this.radio('Is the person known to the service or practice?', 'Yes');
    await this.text('Which records did you search, and what did you find?', 'Outpatient and GP records: no earlier concerns');
    await p.continue();
    await p.expectPage(/planning or carrying out terrorist acts/);
    await this.radio(/planning or carrying out terrorist acts/, 'No');
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
}
