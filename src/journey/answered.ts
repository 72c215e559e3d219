/** What every answer event carries: the question as shown, and when the user answered. */
export const answered = (prompt: string) => ({ prompt, at: new Date().toISOString() });
