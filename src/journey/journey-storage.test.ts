import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { concernMachine, currentStep } from '../../machines/concern.machine';
import { mseMachine, mseStepIds } from '../../machines/mse.machine';
import { initialEntry, parseStoredJourney, restoreSnapshot, stepForSlug, storedJourney, type JourneyEntry } from './journey-storage';
import { bswPathway, msePathway, pathwayForModel, pathwayOfEntries } from './pathways';
import { slugForStep, urlForStep } from './urls';

/** What a draft or a hand-over file does: the stored value goes through JSON and back. */
const roundTrip = (entries: readonly JourneyEntry<never>[] | JourneyEntry[]) =>
  parseStoredJourney(JSON.parse(JSON.stringify(storedJourney(entries as JourneyEntry<never>[]))));

function entryAfterBegin(): JourneyEntry {
  const start = restoreSnapshot(initialEntry());
  const [next] = transition(concernMachine, start, { type: 'BEGIN', role: 'staff', prompt: 'Which best describes you?', at: '2026-11-23T09:00:00.000Z' });
  return { step: currentStep(next), snapshot: concernMachine.getPersistedSnapshot(next) };
}

describe('keeping the journey', () => {
  it('saves and loads the steps taken, restoring each snapshot', () => {
    const entries = [initialEntry(), entryAfterBegin()];
    const loaded = roundTrip(entries);
    expect(loaded).toEqual({ status: 'loaded', pathway: 'bsw', entries: JSON.parse(JSON.stringify(entries)) });
    if (loaded.status !== 'loaded') throw new Error('not loaded');
    expect(bswPathway.restore(loaded.entries[1] as JourneyEntry).context.role).toBe('staff');
  });

  it('refuses what it cannot read: bad JSON, another version, an unknown step, a snapshot that does not match its step', () => {
    const cases = [
      'not json',
      JSON.stringify({ version: 99, entries: [initialEntry()] }),
      JSON.stringify({ version: 1, entries: [] }),
      JSON.stringify({ version: 1, entries: [{ ...initialEntry(), step: 'somewhere' }] }),
      JSON.stringify({ version: 1, entries: [{ ...initialEntry(), step: 'immediateRisk' }] }),
      JSON.stringify({ version: 1, entries: [{ step: 'start', snapshot: { value: { nowhere: 'x' }, context: {} } }] }),
    ];
    for (const raw of cases) {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        continue; // not JSON: the encrypted store refuses it before the journey sees it
      }
      expect(parseStoredJourney(value), raw).toEqual({ status: 'unreadable' });
    }
  });
});

function mseEntriesToSubject(): JourneyEntry<string>[] {
  const at = '2026-11-23T09:00:00.000Z';
  const first = msePathway.initialEntry();
  const [begun] = transition(mseMachine, msePathway.restore(first), { type: 'BEGIN', role: 'manager', prompt: 'Which best describes you?', at });
  const [noRisk] = transition(mseMachine, begun, { type: 'ANSWER_NO', prompt: 'Does anyone need urgent police assistance now?', at });
  return [first, msePathway.persist(begun), msePathway.persist(noRisk)];
}

describe('a journey keeps its pathway', () => {
  it('each pathway starts on its own start step', () => {
    expect(bswPathway.initialEntry().step).toBe(bswPathway.startStep);
    expect(msePathway.initialEntry().step).toBe(msePathway.startStep);
    expect(pathwayForModel('mse-police-portal')).toBe('mse');
    expect(pathwayForModel('bsw-reporting-chart')).toBe('bsw');
  });

  it('an MSE journey is stored naming its pathway, and read back under the MSE machine', () => {
    const entries = mseEntriesToSubject();
    expect(pathwayOfEntries(entries)).toBe('mse');
    expect(storedJourney(entries as JourneyEntry<never>[])).toMatchObject({ version: 1, pathway: 'mse' });
    const loaded = roundTrip(entries as JourneyEntry<never>[]);
    if (loaded.status !== 'loaded') throw new Error(`not loaded: ${loaded.status}`);
    expect(loaded.pathway).toBe('mse');
    expect(loaded.entries.map((entry) => entry.step)).toEqual(['mseStart', 'mseImmediateRisk', 'mseSubject']);
    const last = msePathway.restore(loaded.entries.at(-1) as JourneyEntry<(typeof mseStepIds)[number]>);
    expect(last.context.role).toBe('manager');
    expect(last.context.log.map((entry) => entry.step)).toEqual(['mseStart', 'mseImmediateRisk']);
  });

  it('round-trips both pathways through storedJourney and parseStoredJourney (what a draft keeps)', () => {
    const bsw = [initialEntry(), entryAfterBegin()];
    const mse = mseEntriesToSubject();
    expect(parseStoredJourney(JSON.parse(JSON.stringify(storedJourney(bsw))))).toEqual({
      status: 'loaded',
      pathway: 'bsw',
      entries: JSON.parse(JSON.stringify(bsw)),
    });
    expect(parseStoredJourney(JSON.parse(JSON.stringify(storedJourney(mse as JourneyEntry<never>[]))))).toEqual({
      status: 'loaded',
      pathway: 'mse',
      entries: JSON.parse(JSON.stringify(mse)),
    });
  });

  it('reads a journey kept before there were two pathways (no pathway named) as the BSW one', () => {
    const entries = [initialEntry(), entryAfterBegin()];
    expect(parseStoredJourney(JSON.parse(JSON.stringify({ version: 1, entries })))).toMatchObject({ status: 'loaded', pathway: 'bsw' });
  });

  it('refuses a journey whose entries are not its named pathway’s, or an unknown pathway', () => {
    const mse = JSON.parse(JSON.stringify(mseEntriesToSubject()));
    const bsw = JSON.parse(JSON.stringify([initialEntry(), entryAfterBegin()]));
    const cases = [
      { version: 1, pathway: 'bsw', entries: mse },
      { version: 1, entries: mse },
      { version: 1, pathway: 'mse', entries: bsw },
      { version: 1, pathway: 'elsewhere', entries: bsw },
      // An MSE step id whose snapshot is the BSW machine's.
      { version: 1, pathway: 'mse', entries: [mse[0], { ...bsw[1], step: 'mseImmediateRisk' }] },
      // Not starting at the start.
      { version: 1, pathway: 'mse', entries: mse.slice(1) },
    ];
    for (const value of cases) expect(parseStoredJourney(value), JSON.stringify(value).slice(0, 80)).toEqual({ status: 'unreadable' });
  });
});

describe('one URL per step', () => {
  it('maps step ids to kebab-case URLs and back', () => {
    expect(slugForStep('colleagueManagerWithLeadAndHr')).toBe('colleague-manager-with-lead-and-hr');
    expect(urlForStep('immediateRisk')).toBe('/concern/immediate-risk');
    expect(stepForSlug('patient-discuss-and-record')).toBe('patientDiscussAndRecord');
    expect(stepForSlug('nowhere')).toBeUndefined();
    expect(stepForSlug(undefined)).toBeUndefined();
    expect(urlForStep('mseStaffRiskAssessment')).toBe('/concern/mse-staff-risk-assessment');
    expect(stepForSlug('mse-submit-portal', mseStepIds)).toBe('mseSubmitPortal');
    // The shared urgent route has one URL in both pathways; a BSW step is not an MSE one.
    expect(stepForSlug('emergency-call-police', mseStepIds)).toBe('emergencyCallPolice');
    expect(stepForSlug('patient-escalate', mseStepIds)).toBeUndefined();
  });
});
