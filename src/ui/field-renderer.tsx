import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { FieldMeta } from '../../forms/field-meta';
import type { ReferralFieldMeta } from '../../forms/referral-form.schema';
import { uiText } from '../content/ui.content';
import { Choices, DateInput, TextArea, TextField } from './fields';
import { fieldId } from './field-ids';

/**
 * Draws a form section from its field metadata (forms/*.schema.ts): one component per kind of
 * field, so a label or rule changes in one place.
 */
export function FieldList({ fields }: { fields: readonly ReferralFieldMeta[] }) {
  return (
    <>
      {fields.map((field) => (
        <Field key={field.name} field={field} />
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

export function Field({ field }: { field: ReferralFieldMeta }) {
  switch (field.kind) {
    case 'choice':
      return <Choices type="radio" name={field.name} legend={field.label} hint={field.hint} optional={field.optional} options={field.options} />;
    case 'text':
      return <TextField name={field.name} label={field.label} hint={field.hint} optional={field.optional} autoComplete={field.autoComplete} width={field.width} inputMode={field.inputMode} />;
    case 'longtext':
      return (
        <>
          <TextArea name={field.name} label={field.label} hint={field.hint} optional={field.optional} rows={field.rows ?? 5} />
          {field.forExample && <ForExample prompts={field.forExample} />}
        </>
      );
    case 'date':
      return <DateInput name={field.name} legend={field.label + (field.optional ? ` ${uiText.optional}` : '')} hint={field.hint} />;
    case 'yesNo':
      return <YesNoField field={field} />;
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

/** Yes/No with a follow-up revealed under "Yes" (or "No"): the GOV.UK conditional reveal. */
function YesNoField({ field }: { field: Extract<FieldMeta, { kind: 'yesNo' }> }) {
  const answer = useWatch({ name: field.name }) as string | undefined;
  const describe = field.describe;
  const revealed = describe && answer === describe.requiredWhen;
  return (
    <Choices
      type="radio"
      name={field.name}
      legend={field.label}
      hint={field.hint}
      optional={field.optional}
      options={[
        { value: 'yes', label: uiText.yes },
        { value: 'no', label: uiText.no },
      ]}
      reveal={
        describe
          ? {
              value: describe.requiredWhen,
              id: `${fieldId(describe.name)}-conditional`,
              content: revealed ? <TextArea name={describe.name} label={describe.label} rows={4} /> : null,
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
function RepeatField({ field }: { field: Extract<FieldMeta, { kind: 'repeat' }> }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: field.name });
  const text = uiText.repeat[field.item];
  return (
    <fieldset className="fieldset form-group repeat">
      <legend className="fieldset__legend">{field.label + (field.optional ? ` ${uiText.optional}` : '')}</legend>
      {field.hint && <div className="hint">{field.hint}</div>}
      {fields.map((item, index) => (
        <div className="repeat__item" key={item.id}>
          <p className="repeat__title">{`${text.itemTitle} ${index + 1}`}</p>
          <RepeatItem field={field} index={index} />
          {fields.length > (field.min ?? 1) && (
            <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
              {`${uiText.remove} ${text.itemTitle.toLowerCase()} ${index + 1}`}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => append({ ...emptyItem[field.item] })}>
        {field.addLabel}
      </button>
    </fieldset>
  );
}

function RepeatItem({ field, index }: { field: Extract<FieldMeta, { kind: 'repeat' }>; index: number }) {
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
  return (
    <div className="choice">
      <input
        className="choice__input"
        type="radio"
        id={fieldId(name)}
        name={`${listName}-current`}
        checked={checked}
        onChange={() => {
          const count = (getValues(listName) as unknown[]).length;
          for (let i = 0; i < count; i++) setValue(`${listName}.${i}.current`, i === index, { shouldDirty: true });
        }}
      />
      <label className="choice__label" htmlFor={fieldId(name)}>
        {uiText.repeat.address.current}
      </label>
    </div>
  );
}
