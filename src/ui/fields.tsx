import { Fragment, type ReactNode } from 'react';
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
    <div className="nhsuk-hint" id={hintId(name)}>
      {children}
    </div>
  ) : null;
}

function ErrorMessage({ name, message }: { name: string; message: string | undefined }) {
  return message ? (
    <p className="nhsuk-error-message" id={errorId(name)}>
      <span className="nhsuk-u-visually-hidden">{uiText.errorPrefix}</span> {message}
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
        <input
          className={`nhsuk-input input--${width}${error ? ' nhsuk-input--error' : ''}`}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          spellCheck={false}
          {...control}
        />
      )}
    </LabelledField>
  );
}

export function TextArea({ name, label, hint, optional, rows = 5 }: { name: string; label: string; hint?: ReactNode; optional?: boolean; rows?: number }) {
  return (
    <LabelledField name={name} label={label} hint={hint} optional={optional}>
      {(control, error) => <textarea className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`} rows={rows} {...control} />}
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
  children: (
    control: ReturnType<UseFormRegister<FieldValues>> & { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string },
    error: string | undefined,
  ) => ReactNode;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={fieldId(name)}>
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
 * Radios or checkboxes in a fieldset, drawn with the NHS.UK design system's markup. With
 * `asPageHeading`, the legend is the page's h1 (the GOV.UK question-page pattern), and `headingRef`
 * lets the page move focus to it.
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
  revealIds,
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
  /** The options that reveal fields when chosen, with the id of what they reveal (their `aria-controls`). */
  revealIds?: Readonly<Record<string, string>>;
  /** Where several checkbox groups share one field name (the record's indicator lists): ids for this group's hint, error and options. */
  idBase?: string;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const base = idBase ?? name;
  const described = describedBy(base, Boolean(hint), Boolean(error));
  const kind = type === 'radio' ? 'nhsuk-radios' : 'nhsuk-checkboxes';
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={described}>
        <legend className={asPageHeading ? 'nhsuk-fieldset__legend nhsuk-fieldset__legend--l' : 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s'}>
          {asPageHeading ? (
            <h1 className="nhsuk-fieldset__heading" tabIndex={-1} ref={headingRef}>
              {legend}
            </h1>
          ) : (
            legend + optionalSuffix(optional)
          )}
        </legend>
        <Hint name={base}>{hint}</Hint>
        <ErrorMessage name={base} message={error} />
        <div className={kind}>
          {options.map((option, index) => {
            const id = index === 0 ? fieldId(base) : `${fieldId(base)}-${option.value}`;
            const optionHintId = `${id}-item-hint`;
            const controls = revealIds?.[option.value] ?? (reveal?.value === option.value ? reveal.id : undefined);
            return (
              <Fragment key={option.value}>
                <div className={`${kind}__item`}>
                  <input
                    className={`${kind}__input`}
                    id={id}
                    type={type}
                    value={option.value}
                    aria-describedby={option.hint ? optionHintId : undefined}
                    aria-controls={controls}
                    {...register(name)}
                  />
                  <label className={`nhsuk-label ${kind}__label`} htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div className={`nhsuk-hint ${kind}__hint`} id={optionHintId}>
                      {option.hint}
                    </div>
                  )}
                </div>
                {/* Always in the page (hidden until chosen), so the option's aria-controls names an element that exists. */}
                {controls && (
                  <div
                    className={reveal?.value === option.value && reveal.content ? `${kind}__conditional` : `${kind}__conditional ${kind}__conditional--hidden`}
                    id={controls}
                    hidden={reveal?.value !== option.value || !reveal.content}
                  >
                    {reveal?.value === option.value && reveal.content}
                  </div>
                )}
              </Fragment>
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
    { part: 'day', label: uiText.day, width: 'nhsuk-input--width-2' },
    { part: 'month', label: uiText.month, width: 'nhsuk-input--width-2' },
    { part: 'year', label: uiText.year, width: 'nhsuk-input--width-4' },
  ] as const;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} message={error} />
        <div className="nhsuk-date-input">
          {parts.map(({ part, label, width }, index) => {
            const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${part}`;
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={id}>
                  {label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input ${width}${error ? ' nhsuk-input--error' : ''}`}
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
