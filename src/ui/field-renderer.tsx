import type { ReactNode, Ref } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { CheckboxesFieldMeta, ChoiceFieldMeta, FieldMeta, OptionMeta, RepeatFieldMeta, YesNoFieldMeta } from '../../forms/field-meta';
import { uiText } from '../content/ui.content';
import { Choices, DateInput, TextArea, TextField } from './fields';
import { fieldId } from './field-ids';

/**
 * A choice whose legend is the page's h1 (the GOV.UK question page): a short hint under it, and any
 * longer guidance `after` the answers, so the question and its first answer share a phone's first screen.
 */
export interface PageHeadingField {
  name: string;
  ref: Ref<HTMLHeadingElement>;
  hint?: ReactNode;
  after?: ReactNode;
}

/**
 * Draws a page's fields from the field registry (forms/field-meta.ts): one component per kind of
 * field, so a label or rule changes in one place. With `heading`, the named choice's legend is the h1.
 */
export function FieldList({ fields, heading }: { fields: readonly FieldMeta[]; heading?: PageHeadingField }) {
  return (
    <>
      {fields.map((field) => (
        <Field key={field.name} field={field} heading={heading?.name === field.name ? heading : undefined} />
      ))}
    </>
  );
}

function ForExample({ prompts }: { prompts: readonly string[] }) {
  return (
    <details className="details">
      <summary className="details__summary">{uiText.forExample}</summary>
      <ul className="list">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </details>
  );
}

const withOptional = (label: string, optional?: boolean) => label + (optional ? ` ${uiText.optional}` : '');

export function Field({ field, heading }: { field: FieldMeta; heading?: PageHeadingField }) {
  switch (field.kind) {
    case 'choice':
    case 'checkboxes':
      return (
        <>
          <ChoiceField field={field} heading={heading} />
          {heading?.after}
        </>
      );
    case 'yesNo':
      return (
        <>
          <ChoiceField field={yesNoAsChoice(field)} heading={heading} />
          {heading?.after}
        </>
      );
    case 'text':
      return (
        <TextField
          name={field.name}
          label={field.label}
          hint={field.hint}
          optional={field.optional}
          autoComplete={field.autoComplete}
          width={field.width}
          inputMode={field.inputMode}
        />
      );
    case 'longtext':
      return (
        <>
          <TextArea name={field.name} label={field.label} hint={field.hint} optional={field.optional} rows={field.rows ?? 5} />
          {field.forExample && <ForExample prompts={field.forExample} />}
        </>
      );
    case 'date':
      return <DateInput name={field.name} legend={withOptional(field.label, field.optional)} hint={field.hint} />;
    case 'group':
      return (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend">{withOptional(field.label, field.optional)}</legend>
          {field.hint && <div className="nhsuk-hint">{field.hint}</div>}
          <FieldList fields={field.fields} />
        </fieldset>
      );
    case 'repeat':
      return <RepeatField field={field} />;
    case 'static':
      return (
        <div className="inset-text">
          {field.paragraphs.map((text) => (
            <p key={text} className="body">
              {text}
            </p>
          ))}
        </div>
      );
  }
}

/** The national form's Yes/No with its follow-up: radios whose "Yes" (or "No") reveals a text area. */
function yesNoAsChoice(field: YesNoFieldMeta): ChoiceFieldMeta {
  const { describe } = field;
  const option = (value: 'yes' | 'no'): OptionMeta => ({
    value,
    label: uiText[value],
    ...(describe?.requiredWhen === value
      ? { reveal: [{ kind: 'longtext', name: describe.name, label: describe.label, rows: 4 }], revealId: `${fieldId(describe.name)}-conditional` }
      : {}),
  });
  return { kind: 'choice', name: field.name, label: field.label, hint: field.hint, optional: field.optional, options: [option('yes'), option('no')] };
}

/** Radios or checkboxes; a chosen option's fields are revealed under it. */
function ChoiceField({ field, heading }: { field: ChoiceFieldMeta | CheckboxesFieldMeta; heading?: PageHeadingField }) {
  const chosen = useWatch({ name: field.name }) as string | undefined;
  const revealing = field.options.find((option) => option.value === chosen && option.reveal && option.reveal.length > 0);
  return (
    <Choices
      type={field.kind === 'checkboxes' ? 'checkbox' : 'radio'}
      name={field.name}
      idBase={field.kind === 'checkboxes' ? field.idBase : undefined}
      legend={field.label}
      hint={heading ? heading.hint : field.hint}
      asPageHeading={Boolean(heading)}
      headingRef={heading?.ref}
      optional={field.optional}
      options={field.options}
      revealIds={Object.fromEntries(
        field.options
          .filter((option) => option.reveal && option.reveal.length > 0)
          .map((option) => [option.value, option.revealId ?? `${fieldId(field.name)}-${option.value}-conditional`]),
      )}
      reveal={
        revealing
          ? {
              value: revealing.value,
              id: revealing.revealId ?? `${fieldId(field.name)}-${revealing.value}-conditional`,
              content: <FieldList fields={revealing.reveal!} />,
            }
          : undefined
      }
    />
  );
}

const emptyItem = {
  address: { address: '', postcode: '', current: false },
  phone: { number: '' },
  email: { address: '' },
} as const;

/** A list of addresses, telephone numbers or email addresses: add and remove rows. */
function RepeatField({ field }: { field: RepeatFieldMeta }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: field.name });
  const text = uiText.repeat[field.item];
  return (
    <fieldset className="nhsuk-fieldset nhsuk-form-group repeat">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{withOptional(field.label, field.optional)}</legend>
      {field.hint && <div className="nhsuk-hint">{field.hint}</div>}
      {fields.map((item, index) => (
        <div className="repeat__item" key={item.id}>
          <p className="repeat__title">{`${text.itemTitle} ${index + 1}`}</p>
          <RepeatItem field={field} index={index} />
          {fields.length > (field.min ?? 1) && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => remove(index)}>
              {`${uiText.remove} ${text.itemTitle.toLowerCase()} ${index + 1}`}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => append({ ...emptyItem[field.item] })}>
        {field.addLabel}
      </button>
    </fieldset>
  );
}

function RepeatItem({ field, index }: { field: RepeatFieldMeta; index: number }) {
  const base = `${field.name}.${index}`;
  const label = uiText.repeat[field.item].label;
  switch (field.item) {
    case 'address':
      return (
        <>
          <TextArea name={`${base}.address`} label={label} rows={3} />
          <TextField name={`${base}.postcode`} label={uiText.repeat.address.postcode} optional width="quarter" />
          <CurrentAddress listName={field.name} index={index} />
        </>
      );
    case 'phone':
      return <TextField name={`${base}.number`} label={label} width="half" inputMode="tel" />;
    case 'email':
      return <TextField name={`${base}.address`} label={label} width="half" inputMode="email" />;
  }
}

/** "This is the current residence": choosing one address un-chooses the others. */
function CurrentAddress({ listName, index }: { listName: string; index: number }) {
  const { setValue, getValues } = useFormContext();
  const name = `${listName}.${index}.current`;
  const checked = Boolean(useWatch({ name }));
  // A checkbox, not a lone radio: it can be unticked again, and ticking one address unticks the others.
  return (
    <div className="nhsuk-checkboxes nhsuk-form-group">
      <div className="nhsuk-checkboxes__item">
        <input
          className="nhsuk-checkboxes__input"
          type="checkbox"
          id={fieldId(name)}
          // Named so a tick given in the prerendered page before it was live is put back (src/ui/hydration.ts).
          name={name}
          checked={checked}
          onChange={(event) => {
            const chosen = event.currentTarget.checked;
            const count = (getValues(listName) as unknown[]).length;
            for (let i = 0; i < count; i++) setValue(`${listName}.${i}.current`, chosen && i === index, { shouldDirty: true });
          }}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={fieldId(name)}>
          {uiText.repeat.address.current}
        </label>
      </div>
    </div>
  );
}
