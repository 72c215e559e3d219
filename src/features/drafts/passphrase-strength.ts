import { passphraseStrengthText as passphraseText } from '../../content/passphrase-strength.content';

/**
 * How guessable a new passphrase is, by @zxcvbn-ts/core with the language-independent lists
 * (common passwords, keyboard patterns, sequences, dates). Loaded on demand, so only the pages that
 * set a passphrase (the device's, or a hand-over file's) ever fetch it.
 */
export const MIN_SCORE = 3; // zxcvbn's "safely unguessable: moderate protection from offline slow-hash attacks"

export type Strength = { ok: true; score: number } | { ok: false; score: number; reason: string };

type Check = (passphrase: string) => { score: number; feedback: { warning: string | null } };
let loading: Promise<Check> | null = null;

/** Starts fetching the estimator (a page that sets a passphrase calls this when it opens). */
export function loadStrengthChecker(): Promise<Check> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const factory = new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
    return (passphrase: string) => factory.check(passphrase) as ReturnType<Check>;
  });
  loading.catch(() => (loading = null));
  return loading;
}

/** Refuses a passphrase that is quick to guess, with the reason in plain words. */
export async function checkPassphraseStrength(passphrase: string): Promise<Strength> {
  const check = await loadStrengthChecker();
  const { score, feedback } = check(passphrase);
  if (score >= MIN_SCORE) return { ok: true, score };
  const reasons = passphraseText.weakBecause as Record<string, string>;
  return { ok: false, score, reason: passphraseText.weak((feedback.warning && reasons[feedback.warning]) || passphraseText.weakDefault) };
}
