/** The id of a field's first input: what the error summary links to. Dots in nested names become dashes. */
export const fieldId = (name: string) => name.replace(/\./g, '-');
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const errorId = (name: string) => `${fieldId(name)}-error`;

/** aria-describedby for a field: its hint and its error, when present. */
export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint && hintId(name), hasError && errorId(name)].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
