import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { questionMeta, type QuestionArgs, type QuestionStory } from '../support/question-story.js';

const meta: Meta<QuestionArgs> = {
  title: 'Patterns/Radios',
  ...questionMeta(
    {
      kind: 'radios',
      label: 'Where do you live?',
      hint: 'Select the nation your council is in',
      requiredMessage: 'Select where you live',
      items: [
        { value: 'england', text: 'England' },
        { value: 'scotland', text: 'Scotland' },
        { value: 'wales', text: 'Wales' },
        { value: 'northern-ireland', text: 'Northern Ireland', hint: 'You will apply on nidirect' },
      ],
    },
    'One question per page, the legend as the page heading, no option chosen in advance. Used by every question of the eligibility checker.',
  ),
};
export default meta;

export const Default: QuestionStory = {};
export const Answered: QuestionStory = { args: { value: 'wales' } };
export const Error: QuestionStory = { args: { showErrors: true } };
export const Inline: QuestionStory = {
  args: {
    spec: {
      kind: 'radios',
      label: 'Do you get the higher rate of the mobility component?',
      requiredMessage: 'Select yes if you get the higher rate of the mobility component',
      inline: true,
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    },
  },
};
const conditionalSpec = {
  kind: 'radios' as const,
  label: 'How would you like to be contacted?',
  requiredMessage: 'Select how you would like to be contacted',
  items: [
    {
      value: 'email',
      text: 'Email',
      conditional: html`<p class="ldc-body">We will send a reminder to the address you gave when you applied.</p>`,
    },
    { value: 'post', text: 'Post' },
    { divider: 'or' },
    { value: 'none', text: 'Do not contact me' },
  ],
};
export const WithDividerAndConditional: QuestionStory = { args: { spec: conditionalSpec } };
export const ConditionalRevealOpen: QuestionStory = { args: { spec: conditionalSpec, value: 'email' } };
