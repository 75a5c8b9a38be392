import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { questionMeta, type QuestionArgs, type QuestionStory } from '../support/question-story.js';

const meta: Meta<QuestionArgs> = {
  title: 'Patterns/Checkboxes',
  ...questionMeta(
    {
      kind: 'checkboxes',
      label: 'Which benefits do you get?',
      hint: 'Select all that apply',
      requiredMessage: 'Select which benefits you get, or select ‘None of these’',
      items: [
        { value: 'dla', text: 'Disability Living Allowance (DLA)' },
        { value: 'pip', text: 'Personal Independence Payment (PIP)' },
        { value: 'wpms', text: 'War Pensioners’ Mobility Supplement' },
        { divider: 'or' },
        { value: 'none', text: 'None of these', exclusive: true },
      ],
    },
    'Checkboxes with an exclusive “None of these” option after “or”: choosing it clears the others, and choosing another clears it.',
  ),
};
export default meta;

export const Default: QuestionStory = {};
export const Answered: QuestionStory = { args: { value: ['dla', 'pip'] } };
export const ExclusiveChosen: QuestionStory = { args: { value: ['none'] } };
export const Error: QuestionStory = { args: { showErrors: true } };
export const ConditionalRevealOpen: QuestionStory = {
  args: {
    value: ['email'],
    spec: {
      kind: 'checkboxes',
      label: 'How would you like reminders?',
      hint: 'Select all that apply',
      requiredMessage: 'Select how you would like reminders',
      items: [
        {
          value: 'email',
          text: 'Email',
          conditional: html`<p class="ldc-body">We will use the email address on your account.</p>`,
        },
        { value: 'text', text: 'Text message' },
      ],
    },
  },
};
