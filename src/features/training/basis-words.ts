import { decisionTable, type DecisionRow } from '../../../forms/consent-record.schema';
import { trainingText } from '../../content/training.content';

/**
 * A lawful basis as the trainer reads it: the basis and, where the consent stage settled on one,
 * the situation in words ("Consent (Adult with capacity who consents)"), never the decision table's
 * row number, which means nothing outside the project.
 */
export function basisWords(code: keyof typeof trainingText.basis, row?: number | null): string {
  const situation = row ? decisionTable[row as DecisionRow]?.situation : undefined;
  return situation ? `${trainingText.basis[code]} (${situation})` : trainingText.basis[code];
}
