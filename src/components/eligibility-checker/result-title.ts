import { msg } from '../../core/i18n.js';
import type { Definition, Evaluation, Text } from '../../eligibility/types.js';

/** Replaces {council} in definition text with the council's name. Text only, never markup. */
export const withCouncil = (text: string, council: string) => text.replaceAll('{council}', council);

/** The result's heading: the outcome's title, or for several outcomes the definition's results heading. */
export function resultTitle(c: {
  result: Extract<Evaluation, { type: 'outcome' }>;
  definition: Definition;
  words: (text: Text | undefined) => string;
}): string {
  return c.result.results.length > 1
    ? c.words(c.definition.resultsHeading) || msg('Your results')
    : c.words(c.result.outcome.title);
}
