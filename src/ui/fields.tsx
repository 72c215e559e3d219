import type { ReactNode } from 'react';
import { get, useFormContext, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { uiText } from '../content/ui.content';
import { describedBy, errorId, fieldId, hintId } from './field-ids';

function useFieldError(name: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext();
  const error = get(errors, name) as { message?: string } | undefined;
  return error?.message;
}

function Hint({ name, children }: { name: string; children?: ReactNode }) {
  return children ? (
    <div className="hint" id={hintId(name)}>
      {children}
    </div>
  ) : null;
}

function ErrorMessage({ name, message }: { name: string; message: string | undefined }) {
  return message ? (
    <p className="error-message" id={errorId(name)}>
      <span className="visually-hidden">{uiText.errorPrefix}</span> {message}
    </p>
  ) : null;
}

const optionalSuffix = (optional?: boolean) => (optional ? ` ${uiText.optional}` : '');

export function TextField({
  name,
  label,
  hint,
  optional,
  autoComplete,
  width = 'full',
  inputMode,
}: {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  autoComplete?: string;
  width?: 'full' | 'half' | 'quarter';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} optional={optional}>
      {(control, error) => (
        <input className={`input input--${width}${error ? ' input--error' : ''}`} type="text" inputMode={inputMode} autoComplete={autoComplete ?? 'off'} spellCheck={false} {...control} />
      )}
    </LabelledField>
  );
}

export function TextArea({ name, label, hint, optional, rows = 5 }: { name: string; label: string; hint?: ReactNode; optional?: boolean; rows?: number }) {
  return (
    <LabelledField name={name} label={label} hint={hint} optional={optional}>
      {(control, error) => <textarea className={`textarea${error ? ' textarea--error' : ''}`} rows={rows} {...control} />}
    </LabelledField>
  );
}

/**
 * One labelled control: label, hint, error message, and the control wired to react-hook-form with
 * its id, `aria-invalid` and `aria-describedby` (bulletproof-react's Form field pattern).
 */
function LabelledField({
  name,
  label,
  hint,
  optional,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  children: (control: ReturnType<UseFormRegister<FieldValues>> & { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }, error: string | undefined) => ReactNode;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={fieldId(name)}>
        {label + optionalSuffix(optional)}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} message={error} />
      {children(
        {
          id: fieldId(name),
          ...(error ? { 'aria-invalid': true as const } : {}),
          'aria-describedby': describedBy(name, Boolean(hint), Boolean(error)),
          ...register(name),
        },
        error,
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Radios or checkboxes in a fieldset. With `asPageHeading`, the legend is the page's h1
 * (the GOV.UK question-page pattern), and `headingRef` lets the page move focus to it.
 */
export function Choices({
  type,
  name,
  legend,
  hint,
  options,
  asPageHeading,
  headingRef,
  optional,
  reveal,
  idBase,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly Option[];
  asPageHeading?: boolean;
  headingRef?: React.Ref<HTMLHeadingElement>;
  optional?: boolean;
  /** GOV.UK conditional reveal: content shown under the option with this value while it is chosen. */
  reveal?: { value: string; id: string; content: ReactNode };
  /** Where several checkbox groups share one field name (the record's indicator lists): ids for this group's hint and options. */
  idBase?: string;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const base = idBase ?? name;
  const described = idBase ? [hint && hintId(base), error && errorId(name)].filter(Boolean).join(' ') || undefined : describedBy(name, Boolean(hint), Boolean(error));
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={described}>
        <legend className={asPageHeading ? 'fieldset__legend fieldset__legend--page' : 'fieldset__legend'}>
          {asPageHeading ? (
            <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
              {legend}
            </h1>
          ) : (
            legend + optionalSuffix(optional)
          )}
        </legend>
        <Hint name={base}>{hint}</Hint>
        <ErrorMessage name={name} message={error} />
        <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
          {options.map((option, index) => {
            const id = index === 0 ? fieldId(base) : `${fieldId(base)}-${option.value}`;
            const optionHintId = `${id}-item-hint`;
            return (
              <div className="choice" key={option.value}>
                <input
                  className="choice__input"
                  id={id}
                  type={type}
                  value={option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  {...register(name)}
                />
                <label className="choice__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="choice__hint hint" id={optionHintId}>
                    {option.hint}
                  </div>
                )}
                {reveal?.value === option.value && reveal.content && (
                  <div className="choice__conditional" id={reveal.id}>
                    {reveal.content}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The GOV.UK date-input pattern: day, month and year as separate numeric text fields. */
export function DateInput({ name, legend, hint }: { name: string; legend: string; hint?: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const parts = [
    { part: 'day', label: uiText.day, width: 'input--2' },
    { part: 'month', label: uiText.month, width: 'input--2' },
    { part: 'year', label: uiText.year, width: 'input--4' },
  ] as const;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} message={error} />
        <div className="date-input">
          {parts.map(({ part, label, width }, index) => {
            const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${part}`;
            return (
              <div className="date-input__item" key={part}>
                <label className="label date-input__label" htmlFor={id}>
                  {label}
                </label>
                <input
                  className={`input ${width}${error ? ' input--error' : ''}`}
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  {...register(`${name}.${part}`)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
