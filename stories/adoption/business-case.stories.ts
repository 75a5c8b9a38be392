import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LdcBusinessCase } from './business-case/business-case.js';
import { EXAMPLE_INPUTS } from './business-case/calculator.js';
import './business-case/business-case.js';

const meta: Meta = {
  title: 'Adoption/Business case',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The calculator on the business case page: example figures to start, the saving each month and year, the sums in words, and numbers filled in from the usage events.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const typed = (values: Partial<Record<keyof typeof EXAMPLE_INPUTS, string>>) =>
  ({ ...Object.fromEntries(Object.entries(EXAMPLE_INPUTS).map(([k, v]) => [k, String(v)])), ...values }) as never;

/** Presses "Work it out". */
const workItOut: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<LdcBusinessCase>('ldc-business-case')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('form > button[type=submit]')!.click();
  await el.updateComplete;
};

/** The example figures, labelled as examples, and what they would save. */
export const Examples: Story = { render: () => html`<ldc-business-case></ldc-business-case>` };

/** A council's own figures, worked out. */
export const OwnFigures: Story = {
  render: () =>
    html`<ldc-business-case
      .typed=${typed({ checkerCompletions: '1,250', notEligibleShare: '22.5', refusedCost: '£31.40', binLookups: '12000' })}
    ></ldc-business-case>`,
  play: workItOut,
};

/** Figures that are not numbers: the error summary and each field's message. */
export const Errors: Story = {
  render: () =>
    html`<ldc-business-case
      .typed=${typed({ checkerCompletions: 'lots', notEligibleShare: '130', callCost: '' })}
    ></ldc-business-case>`,
  play: workItOut,
};

/** Filled in from the events the components sent to a page's dataLayer. */
export const FromEvents: Story = {
  render: () =>
    html`<ldc-business-case
      .events=${[
        ...Array.from({ length: 14 }, () => ({ event: 'ldc_completed', ldc_outcome: 'eligible' })),
        ...Array.from({ length: 6 }, () => ({ event: 'ldc_completed', ldc_outcome: 'not-eligible' })),
        ...Array.from({ length: 90 }, () => ({ event: 'ldc_completed', ldc_outcome: 'collections-found' })),
        { event: 'ldc_started', ldc_component: 'ldc-blue-badge-checker' },
      ]}
    ></ldc-business-case>`,
};

/** Filled in from a report pasted from an analytics tool. */
export const FromReport: Story = {
  render: () => html`<ldc-business-case></ldc-business-case>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LdcBusinessCase>('ldc-business-case')!;
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#report')!;
    area.value = [
      'Event name, Component, Outcome, Event count',
      'ldc_completed, ldc-blue-badge-checker, eligible, 310',
      'ldc_completed, ldc-blue-badge-checker, not-eligible, 140',
      'ldc_completed, ldc-waste-lookup, collections-found, 5120',
      'ldc_started, ldc-blue-badge-checker, , 700',
    ].join('\n');
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Use these counts'))!
      .click();
    await el.updateComplete;
  },
};

/** A report with nothing the calculator can use. */
export const ReportNotUnderstood: Story = {
  render: () => html`<ldc-business-case></ldc-business-case>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LdcBusinessCase>('ldc-business-case')!;
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#report')!;
    area.value = 'Page views, 12000';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Use these counts'))!
      .click();
    await el.updateComplete;
  },
};
