import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { EXAMPLES } from '../support/definition-playground.js';
import '../support/definition-playground.js';

const meta: Meta = {
  title: 'Components/Eligibility checker/Definition playground',
  parameters: {
    docs: {
      description: {
        component:
          'Paste or load an eligibility definition: its problems, each with its path; the live checker; its flowchart (a list, and Mermaid text to draw it); and its personas run. The same engine as the checkers and `ldc-definition`. Nothing leaves your browser.',
      },
    },
  },
};
export default meta;

const text = (value: unknown) => JSON.stringify(value, null, 2);

/** Starts from the Council Tax checker and its personas. */
export const Playground: StoryObj = {
  render: () => html`<story-definition-playground></story-definition-playground>`,
};

/** A definition with problems: each is listed with its path, and the checker is not shown. */
export const DefinitionWithProblems: StoryObj = {
  render: () => {
    const d = structuredClone(EXAMPLES['blue-badge-wales'].definition) as {
      questions: { options?: { next?: string }[] }[];
      criteria: { source: string }[];
    };
    d.questions[0].options![0].next = 'how-old';
    d.questions[3].options![0] = { ...d.questions[3].options![0], next: 'nowhere' };
    return html`<story-definition-playground .source=${text(d)}></story-definition-playground>`;
  },
};

/** Text that is not JSON at all. */
export const NotJson: StoryObj = {
  render: () => html`<story-definition-playground .source=${'{ "id": "half-written",'}></story-definition-playground>`,
};

/** Personas run against the Blue Badge rules for England: one of them expects the wrong result. */
export const PersonasRun: StoryObj = {
  render: () => {
    const personas = structuredClone(EXAMPLES['blue-badge-england'].personas) as {
      personas: { expect: { outcome?: string } }[];
    };
    personas.personas[0].expect = { outcome: 'may-be-eligible' };
    return html`<story-definition-playground
      .source=${text(EXAMPLES['blue-badge-england'].definition)}
      .personasSource=${text(personas)}
    ></story-definition-playground>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('story-definition-playground')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const run = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Run the personas'),
    )!;
    run.click();
  },
};
