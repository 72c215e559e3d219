import type { ReactNode, Ref } from 'react';
import type { z } from 'zod';
import { consentWizardText, type FieldText } from '../../content/consent.content';
import { uiText } from '../../content/ui.content';
import { Choices, DateInput, TextArea, TextField } from '../../ui/fields';
import { fieldsOf, type FieldKind } from './consent-page-schemas';

/**
 * A consent page's fields, drawn from its payload schema: one component per kind of field, labels
 * and hints from content keyed by the schema's field names. `prefix` nests them (`yes.whoConsented`).
 */
export function SchemaFields({
  schema,
  texts,
  prefix,
  rows = {},
  heading,
}: {
  schema: z.ZodObject;
  texts: Partial<Record<string, FieldText>>;
  prefix?: string;
  rows?: Partial<Record<string, number>>;
  /** A choice whose legend is the page's h1 (the GOV.UK question page), with the page's hint and guidance. */
  heading?: HeadingField;
}) {
  return (
    <>
      {fieldsOf(schema).map(([name, kind]) => (
        <SchemaField
          key={name}
          name={prefix ? `${prefix}.${name}` : name}
          kind={kind}
          text={texts[name] ?? { label: name }}
          rows={rows[name]}
          heading={heading?.name === name ? heading : undefined}
        />
      ))}
    </>
  );
}

export interface HeadingField {
  name: string;
  ref: Ref<HTMLHeadingElement>;
  hint: ReactNode;
}

const yesNoLabels: Partial<Record<string, string>> = { yes: uiText.yes, no: uiText.no };

function SchemaField({ name, kind, text, rows, heading }: { name: string; kind: FieldKind; text: FieldText; rows: number | undefined; heading?: HeadingField }) {
  switch (kind.kind) {
    case 'shortText':
      return <TextField name={name} label={text.label} hint={text.hint} />;
    case 'longText':
      return <TextArea name={name} label={text.label} hint={text.hint} rows={rows ?? 4} />;
    case 'lines':
      return <TextArea name={name} label={text.label} hint={text.hint ?? consentWizardText.legalGatewaysHint} rows={rows ?? 4} />;
    case 'date':
      return <DateInput name={name} legend={text.label} hint={text.hint} />;
    case 'choice':
      return (
        <Choices
          type="radio"
          name={name}
          legend={text.label}
          hint={heading ? heading.hint : text.hint}
          asPageHeading={Boolean(heading)}
          headingRef={heading?.ref}
          options={kind.values.map((value) => ({
            value,
            label: text.options?.[value]?.label ?? yesNoLabels[value] ?? value,
            hint: text.options?.[value]?.hint,
          }))}
        />
      );
    case 'person':
      return (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend">{text.label}</legend>
          {text.hint && <div className="hint">{text.hint}</div>}
          <TextField name={`${name}.name`} label={consentWizardText.decisionMaker.name} width="half" autoComplete="name" />
          <TextField name={`${name}.role`} label={consentWizardText.decisionMaker.role} width="half" autoComplete="organization-title" />
        </fieldset>
      );
    case 'dateTime':
      return (
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend">{text.label}</legend>
          {text.hint && <div className="hint">{text.hint}</div>}
          <DateInput name={`${name}.date`} legend={consentWizardText.decidedAt.date} />
          <TextField name={`${name}.time`} label={consentWizardText.decidedAt.time} hint={consentWizardText.decidedAt.timeHint} width="quarter" inputMode="text" />
        </fieldset>
      );
  }
}
