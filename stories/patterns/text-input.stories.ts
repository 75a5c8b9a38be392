import type { Meta } from '@storybook/web-components-vite';
import { questionMeta, type QuestionArgs, type QuestionStory } from '../support/question-story.js';

const meta: Meta<QuestionArgs> = {
  title: 'Patterns/Text input',
  ...questionMeta(
    {
      kind: 'text',
      label: 'What is your postcode?',
      hint: 'For example, AA3 1AB',
      requiredMessage: 'Enter a postcode',
      width: '10',
      autocomplete: 'postal-code',
      spellcheck: false,
    },
    'Label, hint, error and input share one shadow root. Fixed widths (2, 3, 4, 5, 10, 20, 30) or fluid widths (one-quarter … three-quarters); an unknown width falls back to full and warns once.',
  ),
};
export default meta;

export const Default: QuestionStory = {};
export const Filled: QuestionStory = { args: { value: 'AB1 2CD' } };
export const Error: QuestionStory = { args: { showErrors: true } };
export const Numeric: QuestionStory = {
  args: {
    spec: {
      kind: 'text',
      label: 'How many points did you score for moving around?',
      hint: 'This is on your PIP award letter',
      requiredMessage: 'Enter your points for moving around',
      width: '3',
      inputmode: 'numeric',
      spellcheck: false,
    },
  },
};
export const FluidWidth: QuestionStory = {
  args: {
    spec: {
      kind: 'text',
      label: 'Full name',
      requiredMessage: 'Enter your full name',
      width: 'two-thirds',
      autocomplete: 'name',
      spellcheck: false,
      headingLevel: 2,
    },
  },
};
