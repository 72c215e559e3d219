// Drives the safeguarding lead's referral pages the way a person would: by label, one section at a
// time, checking each page (one h1, 999 reachable, axe clean) before answering it.
import type { Page } from 'playwright-core';
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
}
