/** Why a new passphrase is refused (src/features/drafts/passphrase-strength.ts, loaded only where one is set). */
export const passphraseStrengthText = {
  /** A passphrase the strength check refuses: what is wrong, then what to do. */
  weak: (reason: string) => `Choose a passphrase that is harder to guess: ${reason} Three or four random words work well.`,
  weakDefault: 'this one could be guessed quickly.',
  /** By the estimator's warning (zxcvbn-ts keys). */
  weakBecause: {
    straightRow: 'it is a row of keys on the keyboard.',
    keyPattern: 'it is a pattern of keys on the keyboard.',
    simpleRepeat: 'it repeats the same characters.',
    extendedRepeat: 'it repeats the same group of characters.',
    sequences: 'it is a sequence, like abc or 1234.',
    recentYears: 'it contains a recent year.',
    dates: 'it contains a date.',
    topTen: 'it is one of the most used passwords.',
    topHundred: 'it is one of the most used passwords.',
    common: 'it is a commonly used password.',
    similarToCommon: 'it is very like a commonly used password.',
    wordByItself: 'a single word is easy to guess.',
    namesByThemselves: 'names on their own are easy to guess.',
    commonNames: 'it contains a common name.',
    userInputs: 'it contains words from this page.',
    pwned: 'it has appeared in data breaches.',
  },
};
