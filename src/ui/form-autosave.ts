import { createContext } from 'react';

/**
 * Lets a page's forms keep what is typed before it is submitted (issue 4: "saved as the user types").
 * A provider (src/features/drafts/draft-gate.tsx) decides where; a Form inside it starts from the
 * values kept for this page and reports every change. Outside a provider, forms keep nothing.
 */
export interface FormAutosave {
  /** What was typed on this page and not yet submitted, if anything. */
  initial(): Record<string, unknown> | undefined;
  save(values: unknown): void;
}

export const FormAutosaveContext = createContext<FormAutosave | null>(null);
