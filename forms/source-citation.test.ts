import { describe, expect, it } from 'vitest';
import { citeSource, citeSources, citeSourcesInText, seedTitles } from './source-citation';

describe('citeSource: the seeds by name', () => {
  it.each([
    ['000', 'NHS Prevent Training and Competencies Framework'],
    ['001', 'Hampshire and Isle of Wight Multi-Agency Prevent Training Strategy'],
    ['002', 'MSE ICB Prevent Policy'],
    ['003', 'Prevent duty core standards for healthcare (2024)'],
    ['004', 'BSW ICB Prevent Policy'],
  ])('%s on its own is the document title', (code, title) => {
    expect(citeSource(code)).toBe(title);
    expect(seedTitles[code as keyof typeof seedTitles]).toBe(title);
  });
});

describe('citeSource: parts of a document', () => {
  it.each([
    ['004 ¶66', 'BSW ICB Prevent Policy, paragraph 66'],
    ['004 ¶65–66', 'BSW ICB Prevent Policy, paragraphs 65 to 66'],
    ['004 ¶60, ¶65–66', 'BSW ICB Prevent Policy, paragraphs 60 and 65 to 66'],
    ['004 ¶56, ¶58, ¶70', 'BSW ICB Prevent Policy, paragraphs 56, 58 and 70'],
    ['004 App 4a §5', 'BSW ICB Prevent Policy, Appendix 4a, section 5'],
    ['004 App 4a §1–3', 'BSW ICB Prevent Policy, Appendix 4a, sections 1 to 3'],
    ['004 App 4a §1, §5', 'BSW ICB Prevent Policy, Appendix 4a, sections 1 and 5'],
    ['004 App 2', 'BSW ICB Prevent Policy, Appendix 2'],
    ['004 Appendix 2', 'BSW ICB Prevent Policy, Appendix 2'],
    ['004 App 3 Guidance notes', 'BSW ICB Prevent Policy, Appendix 3, guidance notes'],
    ['004 Summary', 'BSW ICB Prevent Policy, Summary of Policy'],
    ['004 Roles (Managers)', 'BSW ICB Prevent Policy, Roles and responsibilities (Managers)'],
    ['002 "Consent"', 'MSE ICB Prevent Policy, "Consent"'],
    ['002 "Consent" (Gillick competency)', 'MSE ICB Prevent Policy, "Consent" (Gillick competency)'],
    ['002 EIA', 'MSE ICB Prevent Policy, Equality Impact Assessment'],
    ['003 "Information management (providers)"', 'Prevent duty core standards for healthcare (2024), "Information management (providers)"'],
    ['000 §6.2', 'NHS Prevent Training and Competencies Framework, section 6.2'],
    ['000 §4, §8', 'NHS Prevent Training and Competencies Framework, sections 4 and 8'],
    ['001 §7 (Decision makers)', 'Hampshire and Isle of Wight Multi-Agency Prevent Training Strategy, section 7 (Decision makers)'],
  ])('%s → %s', (reference, words) => {
    expect(citeSource(reference)).toBe(words);
  });

  it('names the flowchart and drops its box ids', () => {
    expect(citeSource('004 flowchart (F4)')).toBe('BSW ICB Prevent Policy, reporting flowchart');
    expect(citeSource('004 flowchart (boxes F1, F3)')).toBe('BSW ICB Prevent Policy, reporting flowchart');
    expect(citeSource('004 flowchart (F22–F23)')).toBe('BSW ICB Prevent Policy, reporting flowchart');
    expect(citeSource('004 flowchart (END)')).toBe('BSW ICB Prevent Policy, reporting flowchart');
  });

  it('names the innermost heading of a nested one and drops our box numbers', () => {
    expect(citeSource('002 "Prevent and Channel referral process" › "Referral Flowchart" (box 8; domain-spec B4)')).toBe(
      'MSE ICB Prevent Policy, "Referral Flowchart"',
    );
    expect(citeSource('002 "Referral Flowchart" (box 4: "with or without consent/ knowledge (rationale)")')).toBe(
      'MSE ICB Prevent Policy, "Referral Flowchart" ("with or without consent/ knowledge (rationale)")',
    );
  });

  it('keeps a quotation in parentheses', () => {
    expect(citeSource('004 App 4a ("always document your decision-making and rationale at the time")')).toBe(
      'BSW ICB Prevent Policy, Appendix 4a ("always document your decision-making and rationale at the time")',
    );
  });
});

describe('citeSource: other documents', () => {
  it.each([
    ['NPRF J3', 'National Prevent Referral Form, question J3'],
    ['NPRF Section C', 'National Prevent Referral Form, section C'],
    ['NPRF REFERRAL PROCESS', 'National Prevent Referral Form, "Referral process"'],
    ['NPRF closing text', 'National Prevent Referral Form, closing text'],
    ['GMC Confidentiality 2017 ¶64', 'GMC Confidentiality guidance (2017), paragraph 64'],
    ['GMC ¶64', 'GMC Confidentiality guidance (2017), paragraph 64'],
    ['CTSA 2015 s36(4)(b)', 'Counter-Terrorism and Security Act 2015, section 36(4)(b)'],
    ['Care Act 2014', 'Care Act 2014'],
    ['Mental Capacity Act 2005', 'Mental Capacity Act 2005'],
  ])('%s → %s', (reference, words) => {
    expect(citeSource(reference)).toBe(words);
  });
});

describe('citeSource: several references', () => {
  it('converts each of a ";" list', () => {
    expect(citeSource('004 ¶56; GMC Confidentiality 2017 ¶64')).toBe('BSW ICB Prevent Policy, paragraph 56; GMC Confidentiality guidance (2017), paragraph 64');
    expect(citeSource('004 ¶55; 002 "Consent"; 004 ¶35')).toBe(
      'BSW ICB Prevent Policy, paragraph 55; MSE ICB Prevent Policy, "Consent"; BSW ICB Prevent Policy, paragraph 35',
    );
  });

  it('names a document once for consecutive references to it', () => {
    expect(citeSource('004 flowchart (F4); 004 ¶66')).toBe('BSW ICB Prevent Policy, reporting flowchart and paragraph 66');
    expect(citeSource('004 ¶35; 004 ¶37')).toBe('BSW ICB Prevent Policy, paragraphs 35 and 37');
    expect(citeSource('004 ¶61; 004 App 4; 004 App 4a §6')).toBe('BSW ICB Prevent Policy, paragraph 61, Appendix 4 and Appendix 4a, section 6');
    expect(citeSource('004 ¶60, ¶65–66; 004 ¶61; 004 App 4')).toBe('BSW ICB Prevent Policy, paragraphs 60, 61 and 65 to 66 and Appendix 4');
  });

  it('does not split inside a parenthesis', () => {
    expect(citeSource('002 "Prevent and Channel referral process" (staff route; domain-spec B1)')).toBe(
      'MSE ICB Prevent Policy, "Prevent and Channel referral process" (staff route)',
    );
  });

  it('joins a list of references', () => {
    expect(citeSources(['004 ¶60', '004 ¶66'])).toBe('BSW ICB Prevent Policy, paragraphs 60 and 66');
    expect(citeSources([])).toBe('');
  });
});

describe('citeSource: our own references never reach a reader', () => {
  it.each([
    ['domain-spec A8', ''],
    ['legal-and-security §A row 8', ''],
    ['Decision-table row 7', ''],
    ['R18', ''],
    ['row 7', ''],
    ['rows 1–3', ''],
    ['(F4)', ''],
    ['', ''],
  ])('%s alone → nothing', (reference, words) => {
    expect(citeSource(reference)).toBe(words);
  });

  it.each([
    ['004 ¶60, ¶65–66; legal-and-security §A row 8', 'BSW ICB Prevent Policy, paragraphs 60 and 65 to 66'],
    ['004 flowchart; domain-spec A8', 'BSW ICB Prevent Policy, reporting flowchart'],
    [
      '004 flowchart (box F11); 004 ¶29; 002 Scope (domain-spec A8)',
      'BSW ICB Prevent Policy, reporting flowchart and paragraph 29; MSE ICB Prevent Policy, Scope',
    ],
    ['003 "Information management (providers)"; R18', 'Prevent duty core standards for healthcare (2024), "Information management (providers)"'],
    ['004 App 4; 004 App 4a §1 (R13)', 'BSW ICB Prevent Policy, Appendix 4 and Appendix 4a, section 1'],
    ['Decision-table row 7; 004 ¶56', 'BSW ICB Prevent Policy, paragraph 56'],
    [
      '002 "Prevent and Channel referral process" (staff route; domain-spec B1, §1.2 mse.staff.riskAssessment)',
      'MSE ICB Prevent Policy, "Prevent and Channel referral process" (staff route)',
    ],
  ])('%s → %s', (reference, words) => {
    expect(citeSource(reference)).toBe(words);
  });

  it('treats null and undefined as no source', () => {
    expect(citeSource(null)).toBe('');
    expect(citeSource(undefined)).toBe('');
  });
});

describe('references inside prose', () => {
  it('cites each bracket of references and keeps the prose', () => {
    expect(citeSourcesInText('Informed consent (004 ¶55)')).toBe('Informed consent (BSW ICB Prevent Policy, paragraph 55)');
    expect(citeSourcesInText('Public interest (004 ¶56, ¶58; 004 App 4a §5)')).toBe(`Public interest (${citeSource('004 ¶56, ¶58; 004 App 4a §5')})`);
    expect(citeSourcesInText('(004 ¶65–66; 002 "Consent"; GMC Confidentiality 2017 ¶64)')).toBe(
      `(${citeSource('004 ¶65–66; 002 "Consent"; GMC Confidentiality 2017 ¶64')})`,
    );
  });

  it('drops a bracket of only our own references, and leaves other brackets alone', () => {
    expect(citeSourcesInText('Row 8 applies (domain-spec §1.5). Call 999 (or 112).')).toBe('Row 8 applies. Call 999 (or 112).');
    expect(citeSourcesInText('Not told (004 ¶60)')).not.toMatch(/¶|004/);
  });
});
