import type { Meta } from '@storybook/web-components-vite';
import { questionMeta, type QuestionArgs, type QuestionStory } from '../support/question-story.js';

const options = Array.from({ length: 12 }, (_, i) => ({
  value: `1000000${i}`,
  text: `${i + 1} Meadow Lane, Ashdown, AB1 2CD`,
}));

const meta: Meta<QuestionArgs> = {
  title: 'Patterns/Select',
  ...questionMeta(
    {
      kind: 'select',
      label: 'Select an address',
      hint: '12 addresses found',
      requiredMessage: 'Select an address',
      options,
    },
    'For long lists only, such as the addresses at a postcode; use radios for a few options.',
  ),
};
export default meta;

export const Default: QuestionStory = {};
export const Chosen: QuestionStory = { args: { value: '10000003' } };
export const Error: QuestionStory = { args: { showErrors: true } };
