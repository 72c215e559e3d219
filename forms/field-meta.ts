/**
 * What a form page needs to draw a field, kept beside the schemas so labels and rules live in one
 * place. `name` is the field's path inside its section's values (react-hook-form dot notation).
 */
interface Base {
  name: string;
  /** The national form's label, verbatim apart from normalised spacing. */
  label: string;
  /** Help text (the form's placeholder, reworded as a hint where needed). */
  hint?: string;
  /** Shown as "(optional)" after the label. */
  optional?: boolean;
}

export type FieldMeta =
  | (Base & { kind: 'text'; autoComplete?: string; width?: 'full' | 'half' | 'quarter'; inputMode?: 'text' | 'numeric' | 'tel' | 'email' })
  | (Base & { kind: 'longtext'; rows?: number; forExample?: readonly string[] })
  | (Base & { kind: 'date' })
  /** Yes/No radios; with `describe`, a follow-up text revealed (and required) when the answer is `requiredWhen`. */
  | (Base & { kind: 'yesNo'; describe?: { name: string; label: string; requiredWhen: 'yes' | 'no' } })
  /** Radios with more options than yes and no. */
  | (Base & { kind: 'choice'; options: readonly { value: string; label: string }[] })
  /** A list the user can add to and remove from; at least `min` items shown. */
  | (Base & { kind: 'repeat'; item: 'address' | 'phone' | 'email'; addLabel: string; min?: number })
  /** Text printed on the page, not a field. */
  | { kind: 'static'; name: string; paragraphs: readonly string[] };
