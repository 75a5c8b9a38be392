import type { TemplateResult } from 'lit';
import type { HeadingLevel } from '../../core/ldc-element.js';
import type { Answer, Option, Question, Text } from '../../eligibility/types.js';
import type { RawInput } from '../../eligibility/input.js';
import { checkboxes, dateInput, radios, textInput, type ChoiceEntry, type DateParts } from '../../patterns/index.js';

/** The field's id: error summary links and focus use it. */
export const FIELD_ID = 'answer';

/** What a field shows for a saved answer (the user's own text comes back as they typed it). */
export function draftFor(question: Question, answer: Answer | undefined): RawInput {
  if (answer === undefined) return question.kind === 'date' ? { day: '', month: '', year: '' } : undefined;
  if (question.kind === 'date' && typeof answer === 'string') {
    const [year, month, day] = answer.split('-');
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  if (question.kind === 'number') return String(answer);
  return answer as RawInput;
}

/** The words for a definition's text in this step's language and audience ('' when absent). */
export type Words = (text: Text | undefined) => string;

function entries(options: Option[], words: Words): ChoiceEntry[] {
  return options.flatMap((o) => [
    ...(o.dividerBefore ? [{ divider: words(o.dividerBefore) }] : []),
    { value: o.value, text: words(o.text), hint: words(o.hint) || undefined, exclusive: o.exclusive },
  ]);
}

/** One question page's field, through the shared patterns; the question is the page heading. */
export function questionField(
  question: Question,
  options: Option[],
  draft: RawInput,
  error: string | undefined,
  headingLevel: HeadingLevel,
  onDraft: (draft: RawInput) => void,
  host: string,
  words: Words,
): TemplateResult {
  const common = {
    id: FIELD_ID,
    name: question.id,
    label: words(question.text),
    hint: words(question.hint) || undefined,
    error,
    headingLevel,
  };
  switch (question.kind) {
    case 'radios':
      return radios({
        ...common,
        items: entries(options, words),
        value: draft as string | undefined,
        onChange: onDraft,
      });
    case 'checkboxes':
      return checkboxes({
        ...common,
        items: entries(options, words),
        values: Array.isArray(draft) ? draft : [],
        onChange: onDraft,
      });
    case 'number':
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
    case 'date':
      return dateInput({ ...common, value: draft as DateParts, onInput: onDraft });
  }
}
