import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { QuestionSpec } from './pattern-preview.js';
import './pattern-preview.js';

export interface QuestionArgs {
  spec: QuestionSpec;
  value: string | string[];
  showErrors: boolean;
}
export type QuestionStory = StoryObj<QuestionArgs>;

/**
 * Story metadata for a question pattern rendered on a one-question page. Spread it into a
 * literal `{ title, ...questionMeta() }`: Storybook reads the title without running code.
 */
export function questionMeta(spec: QuestionSpec, description: string): Meta<QuestionArgs> {
  return {
    args: { spec, value: spec.kind === 'checkboxes' ? [] : '', showErrors: false },
    argTypes: { spec: { control: 'object' }, showErrors: { control: 'boolean' } },
    parameters: { docs: { description: { component: description } } },
    render: (a) =>
      html`<ldc-question-example
        .spec=${a.spec}
        .value=${a.value}
        ?show-errors=${a.showErrors}
      ></ldc-question-example>`,
  };
}
