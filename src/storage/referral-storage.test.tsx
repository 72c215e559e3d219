// Saved referrals outlive the form: every form version's saved referral opens in this release with
// every answer kept; one from a newer release is refused with a clear message and left untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REFERRAL_FORM_VERSION } from '../../forms/referral-form.schema';
import { createVault, encryptJson } from './crypto';
import { migrateReferralState, referralFormChain, type ReferralFormChain, type StoredReferralState } from './migrations-referral-form';
import { draftSession } from './draft-session';
import { openHandover, sealHandover } from '../features/drafts/handover';
import { parseStoredReferral, storedReferral } from './referral-storage';
import { ReferralProvider, useReferral } from '../features/referral/referral-store';
import { StorageNotice } from '../features/referral/storage-notice';

const fixtureDir = `${process.cwd()}/tests/fixtures/referral-drafts/`;
/** The file that keeps a saved referral of each form version: "NPRF-2024/prevent-pathway-1" → "NPRF-2024-prevent-pathway-1.json". */
const fixtureName = (version: string) => `${version.replace(/[^A-Za-z0-9.-]+/g, '-')}.json`;
const readFixture = (name: string): { version: number; state: StoredReferralState } => JSON.parse(readFileSync(fixtureDir + name, 'utf8'));

/** Every answer a saved referral holds, as "value" strings (text typed, options chosen, boxes ticked): a multiset. */
function answers(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'boolean') return value ? ['true'] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(answers);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(answers);
  return [];
}

/** Each of `before`'s answers is somewhere in `after` (as many times as it was given). */
function expectEveryAnswerKept(before: unknown, after: unknown) {
  const left = answers(after);
  const lost: string[] = [];
  for (const answer of answers(before)) {
    const at = left.indexOf(answer);
    if (at === -1) lost.push(answer);
    else left.splice(at, 1);
  }
  expect(lost).toEqual([]);
}

const passphrase = 'harbour violet tractor';
const asFile = (text: string) => new File([text], 'handover.prevent.json', { type: 'application/json' });
const newerVersion = 'NPRF-2024/prevent-pathway-999';
const newerReferral = () => {
  const saved = readFixture(fixtureName(REFERRAL_FORM_VERSION));
  saved.state.draft.formVersion = newerVersion;
  return saved;
};

/**
 * A next form version as a real change would make it, to show a step in the chain at work: Gender is
 * renamed ("genderDescription") and Section K gains a field. The real chain gets steps like this one.
 */
const withNextVersion: ReferralFormChain = {
  versions: [...referralFormChain.versions, 'NPRF-2024/prevent-pathway-next'],
  steps: [
    ...referralFormChain.steps,
    (state) => {
      const sections = state.draft.sections as Record<string, Record<string, unknown>>;
      const { gender, ...individual } = sections.individual!;
      return {
        ...state,
        draft: {
          ...state.draft,
          sections: { ...sections, individual: { ...individual, genderDescription: gender }, employment: { ...sections.employment, volunteering: '' } },
        },
      };
    },
  ],
};

describe('the form versions a saved referral can have', () => {
  it('the chain ends at the version this release writes, with one step per version', () => {
    expect(referralFormChain.versions.at(-1)).toBe(REFERRAL_FORM_VERSION);
    expect(referralFormChain.steps).toHaveLength(referralFormChain.versions.length - 1);
    expect(new Set(referralFormChain.versions).size).toBe(referralFormChain.versions.length);
  });

  it('every version has a saved referral kept in tests/fixtures/referral-drafts/, and every fixture is of a known version', () => {
    const files = readdirSync(fixtureDir).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(referralFormChain.versions.map(fixtureName).sort());
    for (const version of referralFormChain.versions) expect(readFixture(fixtureName(version)).state.draft.formVersion).toBe(version);
  });
});

describe.each(referralFormChain.versions.map((version) => [version]))('a referral saved with form %s', (version) => {
  const saved = () => readFixture(fixtureName(version));

  it('opens in this release with every answer kept', () => {
    const stored = saved();
    const before = JSON.stringify(stored);
    const loaded = parseStoredReferral(stored);
    if (loaded.status !== 'loaded') throw new Error(`not opened: ${JSON.stringify(loaded)}`);
    expect(loaded.state.draft.formVersion).toBe(REFERRAL_FORM_VERSION);
    expect(loaded.state.reference).toBe(stored.state.reference);
    expect(loaded.state.startedAt).toBe(stored.state.startedAt);
    expect(loaded.state.consent).toEqual(stored.state.consent);
    expect(loaded.state.concern).toEqual(stored.state.concern);
    expectEveryAnswerKept(stored.state.draft.sections, loaded.state.draft.sections);
    // Saved with this release's form: opened exactly as saved (later additions to the state, such as the export choices, take their defaults).
    if (version === REFERRAL_FORM_VERSION) {
      expect(loaded.migratedFrom).toBeUndefined();
      expect(loaded.state).toMatchObject(stored.state);
    }
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('opens from a hand-over file with every answer kept, and from one sealed by the release before encrypted drafts', async () => {
    const stored = saved();
    const file = await sealHandover('referral', stored, passphrase);
    if (!file.ok) throw new Error(file.error.code);
    // Envelope schema version 1 is the body as the tab kept it, `{ version: 1, state }`, before the draft metadata was added.
    const older = await encryptJson(await createVault(passphrase), 'referral', stored);
    if (!older.ok) throw new Error(older.error.code);
    for (const text of [file.value.text, older.value]) {
      const opened = await openHandover(asFile(text), passphrase);
      if (!opened.ok) throw new Error(opened.error.code);
      const loaded = parseStoredReferral(opened.value.data);
      if (loaded.status !== 'loaded') throw new Error(loaded.status);
      expectEveryAnswerKept(stored.state.draft.sections, loaded.state.draft.sections);
    }
  });

  it('is carried through a further version by that version’s step, every answer kept, nothing changed in what was stored', () => {
    const stored = saved();
    const before = JSON.stringify(stored);
    const loaded = parseStoredReferral(stored, withNextVersion);
    if (loaded.status !== 'loaded') throw new Error(loaded.status);
    expect(loaded.migratedFrom).toBe(version);
    expect(loaded.state.draft.formVersion).toBe('NPRF-2024/prevent-pathway-next');
    const individual = loaded.state.draft.sections.individual as unknown as Record<string, unknown>;
    expect(individual.gender).toBeUndefined();
    expect(individual.genderDescription).toBe((stored.state.draft.sections as { individual: { gender: string } }).individual.gender);
    expectEveryAnswerKept(stored.state.draft.sections, loaded.state.draft.sections);
    expect(JSON.stringify(stored)).toBe(before);
  });
});

describe('a referral saved by a newer release', () => {
  it('is refused as newer, not as damaged, and the stored value is not changed', () => {
    const stored = newerReferral();
    const before = JSON.stringify(stored);
    expect(parseStoredReferral(stored)).toEqual({ status: 'unreadable', reason: 'newer-version' });
    expect(migrateReferralState(stored.state)).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('one with no form version, or not a referral, is damaged', () => {
    const stored = readFixture(fixtureName(REFERRAL_FORM_VERSION));
    const { formVersion: _formVersion, ...draft } = stored.state.draft;
    expect(parseStoredReferral({ ...stored, state: { ...stored.state, draft } })).toEqual({ status: 'unreadable', reason: 'corrupt' });
    expect(parseStoredReferral({ version: 2, state: stored.state })).toEqual({ status: 'unreadable', reason: 'corrupt' });
    expect(parseStoredReferral({ ...stored, state: { ...stored.state, reference: 'Robin' } })).toEqual({ status: 'unreadable', reason: 'corrupt' });
    expect(parseStoredReferral(undefined)).toEqual({ status: 'empty' });
  });

  it('as a hand-over file: "saved by a newer version", nothing opened', async () => {
    const file = await sealHandover('referral', newerReferral(), passphrase);
    if (!file.ok) throw new Error(file.error.code);
    const opened = await openHandover(asFile(file.value.text), passphrase);
    expect(opened.ok ? 'opened' : opened.error).toMatchObject({
      code: 'newer-version',
      message: expect.stringMatching(/newer version/),
      action: expect.stringMatching(/Nothing on this device has been changed/),
    });
  });

  it('open in a tab: the referral pages say so, start a new referral, and the saved one stays on the device byte for byte', async () => {
    await draftSession.start();
    expect((await draftSession.setPassphrase(passphrase)).ok).toBe(true);
    const stored = newerReferral();
    draftSession.put('referral', stored);
    await draftSession.settled();
    const listed = await draftSession.list();
    if (!listed.ok || listed.value.length !== 1) throw new Error('not saved');
    const savedId = listed.value[0]!.id;

    function Probe() {
      const { state, storage, updateSection } = useReferral();
      return (
        <>
          <StorageNotice />
          <p data-testid="storage">{storage}</p>
          <button type="button" onClick={() => updateSection('concerns', { description: 'Typed after opening' })}>
            type
          </button>
          <p data-testid="reference">{state.reference}</p>
        </>
      );
    }
    render(
      <ReferralProvider>
        <Probe />
      </ReferralProvider>,
    );
    expect(screen.getByTestId('storage')).toHaveTextContent('newer-version');
    expect(screen.getByRole('status')).toHaveTextContent(/saved by a newer version of the referral form.*still on this device, unchanged/);
    expect(screen.getByTestId('reference')).not.toHaveTextContent(String(stored.state.reference));

    await act(async () => screen.getByRole('button', { name: 'type' }).click());
    await draftSession.settled();

    const after = await draftSession.list();
    if (!after.ok) throw new Error(after.error.code);
    expect(after.value).toHaveLength(2);
    const kept = await draftSession.read(savedId);
    expect(kept.ok && kept.value.data).toEqual(stored);
    const fresh = after.value.find((draft) => draft.id !== savedId)!;
    const started = await draftSession.read(fresh.id);
    const loaded = parseStoredReferral(started.ok ? started.value.data : undefined);
    expect(loaded.status === 'loaded' && loaded.state.draft.sections.concerns).toEqual({ description: 'Typed after opening' });
  });
});

describe.each([['bsw'], ['mse']] as const)('a referral saved with the %s pathway’s whole context, before the concern summary', (pathway) => {
  const saved = () => readFixture(`pathway-context/${pathway}-context.json`);

  it('opens with the context carried forward into a summary, every answer and every log entry kept, the stored value unchanged', () => {
    const stored = saved();
    const before = JSON.stringify(stored);
    const loaded = parseStoredReferral(stored);
    if (loaded.status !== 'loaded') throw new Error(`not opened: ${JSON.stringify(loaded)}`);
    const context = stored.state.concern as { subject: string; record: unknown; log: unknown[] };
    expect(loaded.state.concern).toMatchObject({ pathway, subject: context.subject, record: context.record, log: context.log });
    expect(loaded.state.concern?.log).toHaveLength(context.log.length);
    expect(loaded.state.concern?.preventLeadAdvice).toEqual(pathway === 'mse' ? { referralAdvised: true, notes: 'Prevent Lead advised a referral' } : null);
    expectEveryAnswerKept(stored.state.draft.sections, loaded.state.draft.sections);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('is kept as the summary from then on: saved again and read back, the same', () => {
    const loaded = parseStoredReferral(saved());
    if (loaded.status !== 'loaded') throw new Error(loaded.status);
    const again = parseStoredReferral(JSON.parse(JSON.stringify(storedReferral(loaded.state))));
    expect(again).toEqual({ status: 'loaded', state: loaded.state });
  });

  it('one whose context is damaged (a log entry that is not one) is not opened, and is left as it was', () => {
    const stored = saved();
    (stored.state.concern as { log: unknown[] }).log.push({ step: 'start' });
    const before = JSON.stringify(stored);
    expect(parseStoredReferral(stored)).toEqual({ status: 'unreadable', reason: 'corrupt' });
    expect(JSON.stringify(stored)).toBe(before);
  });
});
