import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { concernMachine, type ConcernEvent } from '../../../machines/concern.machine';
import { mseMachine, type MseEvent } from '../../../machines/mse.machine';
import { recordNoteText, stepContent } from '../../content/concern.content';
import { mseStepContent } from '../../content/mse.content';
import { recordNote } from './record-note';

const at = (minute: number) => `2026-12-06T02:${String(minute).padStart(2, '0')}:00.000Z`;
const record = {
  whatHappened: 'A visitor said a relative talked about doing something at the weekend at a crowded venue',
  whenNoticed: '2026-12-05',
  exactWords: 'doing something at the weekend',
  opinion: 'I think the visitor was frightened',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Duty manager',
  reporterName: 'Alex Nurse',
  reporterRole: 'Staff nurse, Ward 3',
};
const urgent = {
  contacted: ['antiTerroristHotline' as const],
  spokeTo: 'Call handler',
  contactedAt: '02:40',
  reference: 'ATH 77',
  notes: 'Tell the lead in the morning',
};

function drive<E>(machine: typeof concernMachine | typeof mseMachine, events: E[]) {
  let [snapshot] = initialTransition(machine as typeof concernMachine);
  for (const event of events) [snapshot] = transition(machine as typeof concernMachine, snapshot, event as ConcernEvent);
  return snapshot;
}

describe('the note for the patient record', () => {
  it('at 3 am, lead unreachable → hotline: date and time, facts, who it was discussed with, who was called and when, the decision and next step, and no opinion', () => {
    const events: ConcernEvent[] = [
      { type: 'BEGIN', role: 'staff', prompt: 'Role', at: at(1) },
      { type: 'ANSWER_NO', prompt: 'Immediate risk?', at: at(2) },
      { type: 'ANSWER_YES', prompt: 'Concern?', at: at(3) },
      { type: 'SELECT_PATIENT', prompt: 'Who?', at: at(4) },
      { type: 'RECORD_SAVED', record, prompt: 'Record', at: at(5) },
      { type: 'ANSWER_YES', prompt: 'Escalate?', at: at(6) },
      { type: 'LEAD_INFORMED', details: { informed: 'not-yet', leadName: '', notes: '' }, prompt: 'Inform the lead', at: at(7) },
      { type: 'ANSWER_NO', prompt: 'Can it wait?', at: at(8) },
      { type: 'URGENT_CONTACT_MADE', details: urgent, prompt: 'Call for advice now', at: at(40) },
    ];
    const snapshot = drive(concernMachine, events);
    expect(snapshot.status).toBe('done');
    const note = recordNote(snapshot.context, stepContent.endUrgentAdviceSought);
    const lines = note.split('\n');
    expect(lines[0]).toMatch(/^Prevent concern – 06\/12\/2026 \d\d:40$/);
    expect(note).toContain(`What was noticed (first noticed 05/12/2026): ${record.whatHappened}`);
    expect(note).toContain('Words used: “doing something at the weekend”');
    expect(note).toContain('Discussed with: Duty manager');
    expect(note).toContain('Advice sought out of hours: Contacted the Anti-Terrorist Hotline at 02:40; spoke to Call handler; reference ATH 77');
    expect(note).toContain(`Decision: ${stepContent.endUrgentAdviceSought.title}`);
    expect(note).toContain('Next step: You, or the nurse in charge or duty manager: Next working day: tell the safeguarding lead');
    expect(note).toContain('Recorded by: Alex Nurse, Staff nurse, Ward 3');
    expect(note).not.toContain(record.opinion);
    expect(note).not.toContain('Safeguarding lead told');
  });

  it('after 999: the call, the emergency record and the lead told; nothing it does not hold (no record of concern)', () => {
    const events: ConcernEvent[] = [
      { type: 'BEGIN', role: 'staff', prompt: 'Role', at: at(1) },
      { type: 'ANSWER_YES', prompt: 'Immediate risk?', at: at(2) },
      { type: 'POLICE_CALLED', details: { calledAt: '02:05', reference: 'CAD 12', notes: '' }, prompt: 'Call 999', at: at(5) },
      { type: 'LEAD_INFORMED', details: { informed: 'yes', leadName: 'Sam Lead', notes: '' }, prompt: 'Tell the lead', at: at(9) },
      { type: 'EMERGENCY_RECORDED', record: { whatHappened: 'Threat made at reception', exactWords: '' }, prompt: 'Record', at: at(12) },
    ];
    const note = recordNote(drive(concernMachine, events).context, stepContent.endEmergency);
    expect(note).toContain('What happened: Threat made at reception');
    expect(note).toContain('999 called at 02:05');
    expect(note).toContain('Safeguarding lead told: Sam Lead');
    expect(note).toContain('Reference: CAD 12');
    expect(note).not.toContain('What was noticed');
    expect(note).not.toContain('Discussed with');
  });

  it('on the MSE chart, the portal reference is the reference', () => {
    const events: MseEvent[] = [
      { type: 'BEGIN', role: 'staff', prompt: 'Role', at: at(1) },
      { type: 'ANSWER_NO', prompt: 'Urgent?', at: at(2) },
      { type: 'SELECT_PATIENT', prompt: 'Staff?', at: at(3) },
      { type: 'RECORD_SAVED', record, prompt: 'Clarify', at: at(4) },
      { type: 'ANSWER_YES', prompt: 'Advised?', at: at(5) },
      { type: 'REFER_WITH_CONSENT', notes: 'Agreed in clinic', prompt: 'Consent', at: at(6) },
      { type: 'PORTAL_SUBMITTED', details: { confirmed: ['portalSubmitted'], reference: 'PRV-42', notes: '' }, prompt: 'Portal', at: at(7) },
      { type: 'NOTIFIED', details: { confirmed: ['preventLeadNotified', 'socialCareShared'], reference: '', notes: '' }, prompt: 'Notify', at: at(8) },
      { type: 'CHANNEL_PANEL', prompt: 'Police decision', at: at(9) },
    ];
    const snapshot = drive(mseMachine, events);
    expect(snapshot.status).toBe('done');
    expect(recordNote(snapshot.context, mseStepContent.mseEndChannelPanel)).toContain('Reference: PRV-42');
  });
});

describe('the words used in the note', () => {
  it('are in quotation marks once, even when typed with their own', () => {
    expect(recordNoteText.lines.words('“They had it coming – all of them.”')).toBe('Words used: “They had it coming – all of them.”');
    expect(recordNoteText.lines.words('"quoted"')).toBe('Words used: “quoted”');
    expect(recordNoteText.lines.words('not quoted')).toBe('Words used: “not quoted”');
  });
});
