import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { z } from 'zod/mini';
import { PASSPHRASE_MIN_LENGTH, passphraseText } from '../../content/drafts.content';
import { describedBy, errorId, fieldId, hintId } from '../../ui/field-ids';

/**
 * A new passphrase, typed twice. Never trimmed or normalised here: what is typed is what is used.
 * One that is quick to guess is refused with the reason (checked asynchronously: the estimator loads on demand).
 */
export const newPassphraseSchema = z
  .object({
    passphrase: z.string().check(
      z.minLength(1, passphraseText.missing),
      z.minLength(PASSPHRASE_MIN_LENGTH, passphraseText.tooShort),
      z.superRefine(async (passphrase: string, context) => {
        if (passphrase.length < PASSPHRASE_MIN_LENGTH) return; // already refused, for its length
        // Loaded on demand: only the pages that set a passphrase ever fetch the estimator and its reasons.
        const { checkPassphraseStrength } = await import('./passphrase-strength');
        const strength = await checkPassphraseStrength(passphrase);
        if (!strength.ok) context.addIssue({ code: 'custom', message: strength.reason });
      }),
    ),
    confirm: z.string(),
  })
  .check(z.refine((values) => values.passphrase === values.confirm, { path: ['confirm'], message: passphraseText.mismatch }));

export const passphraseSchema = z.object({ passphrase: z.string().check(z.minLength(1, passphraseText.missing)) });

/**
 * A password input for a passphrase: paste and password managers allowed (WCAG 2.2 SC 3.3.8), with
 * a show/hide toggle so a long passphrase can be checked.
 */
export function PassphraseField({
  name,
  label,
  hint,
  autoComplete,
}: {
  name: string;
  label: string;
  hint?: string;
  autoComplete: 'new-password' | 'current-password' | 'off';
}) {
  const { register, formState } = useFormContext();
  const [shown, setShown] = useState(false);
  const error = (formState.errors[name] as { message?: string } | undefined)?.message;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={fieldId(name)}>
        {label}
      </label>
      {hint && (
        <div className="hint" id={hintId(name)}>
          {hint}
        </div>
      )}
      {error && (
        <p className="error-message" id={errorId(name)}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="passphrase">
        <input
          className={`input input--half${error ? ' input--error' : ''}`}
          id={fieldId(name)}
          type={shown ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
          {...register(name)}
        />
        <button type="button" className="button button--secondary passphrase__toggle" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {passphraseText.show}
        </button>
      </div>
    </div>
  );
}
