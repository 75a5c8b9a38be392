import type { TemplateResult } from 'lit';
import type { RawInput } from '../../eligibility/input.js';
import type { Question } from '../../eligibility/types.js';
import {
  controlStyles,
  dateInput,
  dateStyles,
  inputStyles,
  textInput,
  type DateParts,
  type FieldOptions,
} from '../../patterns/index.js';
import type { Words } from './question-field.js';

/**
 * Number and date questions: their own chunk with their styles, loaded with a definition that
 * asks one (question-field.ts), so a checker whose questions are all radios and checkboxes (every
 * Blue Badge nation) never downloads text inputs, date inputs or their CSS.
 */
export const inputFieldStyles = [controlStyles, inputStyles, dateStyles];

export function numberField(
  common: FieldOptions & { name: string },
  question: Question,
  draft: RawInput,
  host: string,
  words: Words,
  onDraft: (draft: RawInput) => void,
): TemplateResult {
  return textInput({
    ...common,
    value: typeof draft === 'string' ? draft : '',
    width: '10',
    inputmode: 'numeric',
    spellcheck: false,
    prefix: words(question.prefix) || undefined,
    suffix: words(question.suffix) || undefined,
    host,
    onInput: onDraft,
  });
}

export function dateField(
  common: FieldOptions & { name: string },
  draft: RawInput,
  onDraft: (draft: RawInput) => void,
): TemplateResult {
  return dateInput({ ...common, value: draft as DateParts, onInput: onDraft });
}
