import type { TemplateResult } from 'lit';
import type { HeadingLevel } from '../../core/ldc-element.js';
import type { Definition, Option, Question, Text } from '../../eligibility/types.js';
import type { RawInput } from '../../eligibility/input.js';
import { checkboxes, radios, type ChoiceEntry } from '../../patterns/index.js';

/** Number and date questions' code and styles: their own chunk, loaded with a definition that asks one. */
type Inputs = typeof import('./question-inputs.js');
let inputs: Inputs | null = null;

/**
 * The code and styles for the kinds of question `definition` asks beyond radios and checkboxes
 * (resolves to the styles to adopt, none when it asks only those). Call before showing it.
 */
export async function loadQuestionKinds(definition: Definition): Promise<Inputs['inputFieldStyles']> {
  if (!definition.questions.some((q) => q.kind === 'number' || q.kind === 'date')) return [];
  inputs ??= await import('./question-inputs.js');
  return inputs.inputFieldStyles;
}

/** The number and date fields, loaded by loadQuestionKinds before the definition is shown. */
function inputFields(): Inputs {
  if (!inputs) throw new Error('number and date questions were shown before their code loaded');
  return inputs;
}

/** The field's id: error summary links and focus use it. */
export const FIELD_ID = 'answer';

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
      return inputFields().numberField(common, question, draft, host, words, onDraft);
    case 'date':
      return inputFields().dateField(common, draft, onDraft);
  }
}
