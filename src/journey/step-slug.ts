/**
 * A step's URL slug: its id in kebab case (`patientDiscussAndRecord` → `patient-discuss-and-record`).
 * Kept apart, free of runtime imports, so a page can link to a journey without loading it.
 */
export const slugForStep = (step: string) => step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
