import { describe, expect, it } from 'vitest';
import { nationalContacts } from './contacts';
import { emergencyText } from './emergency.content';
import { homeText } from './home.content';
import { mseStepContent } from './mse.content';
import { stepContent } from './concern.content';

/** Every string in a content value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (key === 'source' ? [] : strings(inner)));
  return [];
}

const immediateQuestion = 'Is anyone in immediate danger, or do you think an attack may be about to happen?';

describe('frontline copy (issue 11 item 4)', () => {
  it('asks about danger to anyone or an attack about to happen, keeping the flowchart’s own words as the hint', () => {
    expect(stepContent.immediateRisk.title).toBe(immediateQuestion);
    expect(stepContent.immediateRisk.hint).toContain(
      '“Is the person indicating or showing behaviours that suggest they are likely to be an immediate risk of initiating a violent extremist attack?”',
    );
    expect(mseStepContent.mseImmediateRisk.title).toBe(immediateQuestion);
    expect(mseStepContent.mseImmediateRisk.hint).toContain('“If you require urgent police assistance, call 999.”');
  });

  it('says ideology is not required: a fascination with mass violence is enough to talk to the manager or lead, citing the Southport review in words', () => {
    for (const guidance of [stepContent.isConcern.guidance, mseStepContent.mseClarify.guidance]) {
      const said = guidance.join(' ');
      expect(said).toMatch(
        /fascination with mass violence or attacks, even without any clear ideology, is enough reason to talk to your manager or safeguarding lead/,
      );
      expect(said).toContain('(Southport Prevent learning review, February 2025)');
    }
  });

  it('tells staff not to look at the person’s phone or search for them online, wherever they are asked to record', () => {
    for (const guidance of [
      stepContent.start.guidance,
      stepContent.patientDiscussAndRecord.guidance,
      stepContent.colleagueDiscussAndRecord.guidance,
      mseStepContent.mseClarify.guidance,
      mseStepContent.mseStaffRecord.guidance,
    ])
      expect(guidance.join(' ')).toMatch(/[Dd]o not look at their phone or search for them online/);
    expect(stepContent.patientDiscussAndRecord.forExample.join(' ')).not.toMatch(/How do you know about it/);
  });

  it('expands MASH and HR where the pathway first uses them', () => {
    for (const text of strings(stepContent).concat(strings(mseStepContent))) {
      if (/\bMASH\b/.test(text)) expect(text).toContain('Multi-Agency Safeguarding Hub (MASH)');
    }
    expect(stepContent.colleagueEscalate.hint).toContain('Human Resources (HR)');
  });

  it('shows text relay (18001 101) with the 101 number wherever 101 appears', () => {
    expect(nationalContacts.policeNonEmergency.number).toBe('101 (text relay: 18001 101)');
    expect(nationalContacts.policeNonEmergency.tel).toBe('101');
    const all = [...strings(stepContent), ...strings(mseStepContent), ...strings(homeText), ...strings(emergencyText)];
    for (const text of all) if (/\b101\b/.test(text)) expect(text).toContain('18001 101');
  });

  it('the emergency panel and home page say 999 is also for an attack that may be about to happen', () => {
    expect(emergencyText.call999When).toMatch(/immediate danger or you think an attack may be about to happen/);
    expect(homeText.intro.join(' ')).toMatch(/immediate danger, or you think an attack may be about to happen, call 999/);
  });

  it('cites no seed by its code in any user-facing string (sources are kept apart for citation)', () => {
    for (const text of [...strings(stepContent), ...strings(mseStepContent), ...strings(homeText), ...strings(emergencyText)])
      expect(text).not.toMatch(/\b00[0-4] ¶|domain-spec|\bR18\b|\brow \d/);
  });
});
