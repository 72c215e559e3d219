// Answering a request for information in real Chromium: one journey per decision (release, release in
// part, ask for more, decline) and the urgent route. axe runs on every page; the internal record is
// downloaded and read back with pdftotext (marking top and bottom of every page, every item and reason).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shoot = process.env.REQUEST_SCREENSHOTS === '1';

/** Waits for the page's h1, checks there is one, runs axe, optionally takes screenshots. */
async function onPage(page: Page, h1: string | RegExp, visited: string[]) {
  await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 10_000 }).toMatch(h1);
  await expect(page.locator('h1').count()).resolves.toBe(1);
  const path = new URL(page.url()).pathname;
  await expectNoAxeViolations(page, path);
  visited.push(path);
  if (shoot) {
    const slug = path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `${slug}-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

const cont = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

async function start(page: Page, visited: string[], urgent: 'Yes' | 'No') {
  await page.getByRole('link', { name: 'Answer a request for information' }).click();
  await onPage(page, 'Is anyone’s life at risk right now?', visited);
  // An empty answer: the error summary links to the field.
  await cont(page);
  await expect(page.getByRole('alert').innerText()).resolves.toContain('Choose an answer');
  await page.getByRole('radio', { name: urgent, exact: true }).check();
  await cont(page);
}

interface Request {
  kind: string;
  purpose: RegExp;
  proforma: 'Yes' | 'No';
  items: string[];
  competent?: 'Yes' | 'No' | 'Unsure';
}

async function answerRequest(page: Page, visited: string[], r: Request) {
  await onPage(page, 'Who is asking for the information?', visited);
  await page.getByRole('radio', { name: new RegExp(`^${r.kind}`) }).check();
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Example Council Prevent team');
  await page.getByRole('textbox', { name: 'Name and role of the person asking' }).fill('A. Officer, Prevent Coordinator');
  await page.getByRole('textbox', { name: /Their reference/ }).fill('LA-REQ-042');
  await cont(page);
  await onPage(page, 'What is the information for?', visited);
  await page.getByRole('radio', { name: r.purpose }).check();
  await cont(page);
  await onPage(page, 'How did the request come to you?', visited);
  await page.getByRole('group', { name: 'Was the request made in writing?' }).getByRole('radio', { name: 'Yes' }).check();
  await page
    .getByRole('group', { name: /sanctioned information sharing request proforma/ })
    .getByRole('radio', { name: r.proforma })
    .check();
  await page
    .getByRole('group', { name: /secure, protectively marked email/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await cont(page);
  await onPage(page, 'Which powers and exemptions does the request cite?', visited);
  await page.getByRole('checkbox', { name: /section 115/ }).check();
  await page.getByRole('checkbox', { name: /Channel partners’ duty to co-operate/ }).check();
  await cont(page);
  await onPage(page, 'Does the request explain why the person’s consent has not been sought?', visited);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('textbox', { name: /the reason the request gives/ }).fill('Informing the person may prejudice the safeguarding plan.');
  await cont(page);
  await onPage(page, 'What specific information is requested?', visited);
  await page.getByRole('textbox', { name: 'Items requested' }).fill(r.items.join('\n'));
  await cont(page);
  if (r.competent) {
    await onPage(page, 'Is the recipient a competent authority?', visited);
    await page.getByRole('radio', { name: r.competent, exact: true }).check();
    await cont(page);
  }
  await onPage(page, 'Questions to consider before sharing', visited);
  for (const fieldset of await page.locator('main fieldset').all()) await fieldset.getByRole('radio', { name: 'Yes', exact: true }).check();
  await cont(page);
  await onPage(page, 'Have you consulted your Caldicott Guardian or Information Governance team?', visited);
  await expect(page.getByText('Your organisation’s contacts').isVisible()).resolves.toBe(true);
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('textbox', { name: /who did you consult/ }).fill('Dr C. Guardian, Caldicott Guardian');
  await page.getByRole('textbox', { name: 'If yes, when?' }).fill('01/12/2026 11:00');
  await page.getByRole('textbox', { name: 'If yes, what did they advise?' }).fill('Release contact dates; withhold diagnoses.');
  await cont(page);
  await onPage(page, 'What have you decided?', visited);
  await expect(page.getByText('Do not refuse without need').isVisible()).resolves.toBe(true);
}

async function signOff(page: Page, visited: string[]) {
  await onPage(page, 'Record who decided and why', visited);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Lead');
  await page.getByRole('textbox', { name: 'Your role' }).fill('Safeguarding Locality Lead');
  await page.getByRole('textbox', { name: 'Date and time of the decision' }).fill('01/12/2026 11:30');
  await page.getByRole('textbox', { name: 'The search made and the rationale' }).fill('Searched the GP record; decided with the Caldicott Guardian.');
  await cont(page);
}

async function recordPdf(page: Page): Promise<{ name: string; text: string; pages: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the record (PDF)' }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'request-')), download.suggestedFilename());
  await download.saveAs(file);
  // Layout mode for where the marking sits on each page; plain mode (columns read one after the other) for the words.
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text, pages: layout.split('\f').filter((p) => p.trim() !== '') };
}

function expectMarked(pages: string[]) {
  for (const [i, page] of pages.entries()) {
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0], `top of page ${i + 1}`).toBe('OFFICIAL-SENSITIVE');
    expect(lines.at(-1), `bottom of page ${i + 1}`).toBe('OFFICIAL-SENSITIVE');
  }
}
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function finish(page: Page, title: string, visited: string[], theirReference = true) {
  await onPage(page, title, visited);
  const subject = await page.getByTestId('reply-subject').innerText();
  expect(subject).toMatch(
    theirReference
      ? /^OFFICIAL-SENSITIVE: Your request for information: RQ-\d{8}-\d{6} \(your reference LA-REQ-042\)$/
      : /^OFFICIAL-SENSITIVE: Your request for information: RQ-\d{8}-\d{6}$/,
  );
  const body = await page.getByRole('textbox', { name: 'Message' }).inputValue();
  const mailto = await page.getByRole('link', { name: 'Open in your email' }).getAttribute('href');
  expect(mailto).toContain(`subject=${encodeURIComponent(subject)}`);
  const pdf = await recordPdf(page);
  expect(pdf.name).toMatch(/^prevent-internal-record-RQ-\d{8}-\d{6}\.pdf$/);
  expectMarked(pdf.pages);
  return { body, pdf, text: flat(pdf.text) };
}

const items = ['Dates of contact in the last 12 months', 'Named GP and practice contact', 'Mental health diagnoses'];

test('release as asked: the reply lists every item and the basis; the record has every check and item', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  const visited: string[] = [];
  try {
    await app.goto('/');
    await start(app.page, visited, 'No');
    await answerRequest(app.page, visited, { kind: 'Channel panel', purpose: /^A Channel panel/, proforma: 'Yes', items });
    await app.page.getByRole('radio', { name: /^Release as asked/ }).check();
    await cont(app.page);
    await signOff(app.page, visited);
    const { body, pdf, text } = await finish(app.page, 'Decision recorded: release as asked', visited);
    for (const item of items) expect(body).toContain(`- ${item}`);
    expect(body).toContain('Crime and Disorder Act 1998, section 115');
    for (const item of items) expect(text).toContain(item);
    expect(text).toContain('Dr C. Guardian, Caldicott Guardian');
    console.log(`request release: ${visited.length} pages, PDF ${pdf.pages.length} page(s)`);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('release in part: each withheld item with its reason, in the reply and the record', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  const visited: string[] = [];
  try {
    await app.goto('/');
    await start(app.page, visited, 'No');
    await answerRequest(app.page, visited, { kind: 'Local authority', purpose: /^Prevent case management/, proforma: 'Yes', items });
    await app.page.getByRole('radio', { name: /^Release in part/ }).check();
    await cont(app.page);
    await onPage(app.page, 'Which items will you release?', visited);
    await app.page
      .getByRole('group', { name: /Item 1/ })
      .getByRole('radio', { name: 'Release' })
      .check();
    await app.page
      .getByRole('group', { name: /Item 2/ })
      .getByRole('radio', { name: 'Release' })
      .check();
    await app.page
      .getByRole('group', { name: /Item 3/ })
      .getByRole('radio', { name: 'Withhold' })
      .check();
    await cont(app.page);
    await expect(app.page.getByRole('alert').innerText()).resolves.toContain('Enter this');
    await app.page.getByRole('textbox', { name: 'If you withhold item 3, the reason' }).fill('Not necessary for the concern described.');
    await cont(app.page);
    await signOff(app.page, visited);
    const { body, text } = await finish(app.page, 'Decision recorded: release in part', visited);
    expect(body).toContain('- Mental health diagnoses: Not necessary for the concern described.');
    expect(text).toContain('Withheld: Not necessary for the concern described.');
    for (const item of items) expect(text).toContain(item);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('ask for more: no proforma, so release is not offered; the reply asks for it', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  const visited: string[] = [];
  try {
    await app.goto('/');
    await start(app.page, visited, 'No');
    await answerRequest(app.page, visited, { kind: 'Local authority', purpose: /^Prevent case management/, proforma: 'No', items });
    await expect(app.page.getByRole('radio', { name: /^Release as asked/ }).count()).resolves.toBe(0);
    await app.page.getByRole('radio', { name: /^Ask the requester/ }).check();
    await cont(app.page);
    await onPage(app.page, 'What does the requester need to send before you can decide?', visited);
    await expect(app.page.getByRole('checkbox', { name: /sanctioned information sharing request proforma/ }).isChecked()).resolves.toBe(true);
    await cont(app.page);
    await signOff(app.page, visited);
    const { body, text } = await finish(app.page, 'Decision recorded: ask the requester for what is missing', visited);
    expect(body).toContain('sanctioned information sharing request proforma');
    expect(text).toContain('sanctioned information sharing request proforma');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('decline: a crime purpose, not a competent authority; the reasons in the reply and the record', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  const visited: string[] = [];
  try {
    await app.goto('/');
    await start(app.page, visited, 'No');
    await answerRequest(app.page, visited, {
      kind: 'Another organisation',
      purpose: /^A counter-terrorism investigation/,
      proforma: 'Yes',
      items,
      competent: 'No',
    });
    await app.page.getByRole('radio', { name: /^Decline/ }).check();
    await cont(app.page);
    await onPage(app.page, 'Why are you declining the request?', visited);
    await app.page.getByRole('textbox', { name: 'Reasons' }).fill('The recipient is not a competent authority for a crime purpose.');
    await cont(app.page);
    await signOff(app.page, visited);
    const { body, text } = await finish(app.page, 'Decision recorded: declined', visited);
    expect(body).toContain('not a competent authority');
    expect(text).toContain('not a competent authority');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('urgent: 999 first, recorded afterwards; the Back link returns to the call page', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  const visited: string[] = [];
  try {
    await app.goto('/');
    await start(app.page, visited, 'Yes');
    await onPage(app.page, 'Call 999, or the requester’s urgent line, now', visited);
    await expect(app.page.getByRole('link', { name: /999/ }).first().getAttribute('href')).resolves.toBe('tel:999');
    await app.page.getByRole('button', { name: 'I have made the call: record it' }).click();
    await onPage(app.page, 'Record the urgent call', visited);
    await app.page.getByRole('link', { name: 'Back' }).click();
    await onPage(app.page, 'Call 999, or the requester’s urgent line, now', visited);
    await app.page.getByRole('button', { name: 'I have made the call: record it' }).click();
    await app.page.getByRole('textbox', { name: 'Who did you call?' }).fill('999, police control room');
    await app.page.getByRole('textbox', { name: 'Date and time of the call' }).fill('01/12/2026 10:05');
    await app.page.getByRole('textbox', { name: 'What did you share?' }).fill('Current ward and the risk described.');
    await cont(app.page);
    const { body, text } = await finish(app.page, 'Urgent call recorded', visited, false);
    expect(body).toContain('Current ward and the risk described.');
    expect(text).toContain('999, police control room');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});
