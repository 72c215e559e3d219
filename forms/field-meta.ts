/**
 * The field registry: what a form page needs to draw a field, declared as data beside the schema
 * that checks it, so a label, hint or rule lives in one place. One set of components in
 * src/ui/field-renderer.tsx draws every kind, for the referral, consent and pathway pages alike.
 * `name` is the field's path inside the page's values (react-hook-form dot notation).
 */
interface Base<Name extends string> {
  name: Name;
  /** The label (or legend), verbatim. */
  label: string;
  /** Help text under the label. */
  hint?: string;
  /** Shown as "(optional)" after the label. */
  optional?: boolean;
}

/** One radio or checkbox; with `reveal`, fields shown under it while it is chosen (the GOV.UK conditional reveal). */
export interface OptionMeta {
  value: string;
  label: string;
  hint?: string;
  reveal?: readonly FieldMeta[];
  /** The revealed block's id (default `<field>-<value>-conditional`). */
  revealId?: string;
}

/** A one-line text input. */
export interface TextFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'text';
  autoComplete?: string;
  width?: 'full' | 'half' | 'quarter';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
}
/** A text area; `forExample` prompts are shown in a "For example" details under it. */
export interface LongTextFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'longtext';
  rows?: number;
  forExample?: readonly string[];
}
/** Day, month and year (values `{ day, month, year }`). */
export interface DateFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'date';
}
/** Yes/No radios; with `describe`, a follow-up text revealed (and required) when the answer is `requiredWhen`. */
export interface YesNoFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'yesNo';
  describe?: { name: string; label: string; requiredWhen: 'yes' | 'no' };
}
/** Radios, each option with its own label, hint and revealed fields. */
export interface ChoiceFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'choice';
  options: readonly OptionMeta[];
}
/** Checkboxes; `idBase` gives the group its own ids where several groups share one field name. */
export interface CheckboxesFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'checkboxes';
  options: readonly OptionMeta[];
  idBase?: string;
}
/** Fields that answer one question together, in a fieldset (a person's name and role; a date and a time). */
export interface GroupFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'group';
  fields: readonly FieldMeta[];
}
/** A list the user can add to and remove from; at least `min` items shown. */
export interface RepeatFieldMeta<Name extends string = string> extends Base<Name> {
  kind: 'repeat';
  item: 'address' | 'phone' | 'email';
  addLabel: string;
  min?: number;
}
/** Text printed on the page, not a field. */
export interface StaticFieldMeta<Name extends string = string> {
  kind: 'static';
  name: Name;
  paragraphs: readonly string[];
}

/** Every kind of field a page can draw. `Name` narrows the top-level names to a schema's keys. */
export type FieldMeta<Name extends string = string> =
  | TextFieldMeta<Name>
  | LongTextFieldMeta<Name>
  | DateFieldMeta<Name>
  | YesNoFieldMeta<Name>
  | ChoiceFieldMeta<Name>
  | CheckboxesFieldMeta<Name>
  | GroupFieldMeta<Name>
  | RepeatFieldMeta<Name>
  | StaticFieldMeta<Name>;

/** The kinds the national referral form's sections use (forms/referral-document.ts prints each one). */
export type NationalFormFieldMeta = TextFieldMeta | LongTextFieldMeta | DateFieldMeta | YesNoFieldMeta | ChoiceFieldMeta | RepeatFieldMeta | StaticFieldMeta;

/** A page's fields, their names checked against the page schema's values. */
export type FieldsFor<Values> = readonly FieldMeta<Extract<keyof Values, string>>[];
