import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent, within } from 'storybook/test';
import '../../src/define/blue-badge-checker.js';

const meta: Meta = {
  title: 'Components/Blue Badge checker/States',
  component: 'ldc-blue-badge-checker',
  parameters: {
    docs: {
      description: {
        component:
          'Error and configuration states. `<ldc-blue-badge-checker nation="england" council="Camden Council" apply-href="…">` is all a page needs.',
      },
    },
  },
};
export default meta;

export const ErrorNoAnswer: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="england"
      .progress=${{ answers: {}, step: 'applicant' }}
    ></ldc-blue-badge-checker>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ldc-blue-badge-checker')!;
    await (el as HTMLElement & { whenSettled(): Promise<void> }).whenSettled();
    await userEvent.click(within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Continue' }));
  },
};
export const UnknownNation: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker nation="atlantis">
      <a href="https://www.example.gov.uk/blue-badge">Apply for a Blue Badge</a>
    </ldc-blue-badge-checker>`,
};
export const HeadingLevel3: StoryObj = {
  render: () => html`<ldc-blue-badge-checker nation="wales" heading-level="3"></ldc-blue-badge-checker>`,
};
export const Under3AsEligible: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="england"
      under3-outcome="eligible"
      .progress=${{ answers: { applicant: 'someone-else', age: 'under-2', 'main-reason': 'child-equipment' }, step: 'result' }}
    ></ldc-blue-badge-checker>`,
};
/** Saved on "Check your answers" but the answers stop short of a result: it resumes at the next question. */
export const ResumesAtFirstUnansweredQuestion: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="england"
      .progress=${{ answers: { applicant: 'myself', age: '3-or-over' }, step: 'check' }}
    ></ldc-blue-badge-checker>`,
};
/** An apply link the URL policy refuses is left out (one console error names it); the result still shows. */
export const UnsafeApplyLinkLeftOut: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="england"
      apply-href="javascript:alert(1)"
      .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['wpms'] }, step: 'result' }}
    ></ldc-blue-badge-checker>`,
};
/** Not eligible without contact attributes: the reasons and next steps, but no contact details. */
export const NotEligibleWithoutContactDetails: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="england"
      .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['none'], 'main-reason': 'none' }, step: 'result' }}
    ></ldc-blue-badge-checker>`,
};
/** Contact details given as attributes: phone, email and contact page on "not eligible" and "contact the council". */
export const NotEligibleWithContactDetails: StoryObj = {
  render: () =>
    html`<ldc-blue-badge-checker
      nation="wales"
      council="Ashdown District Council"
      contact-phone="01234 567890"
      contact-email="bluebadges@example.gov.uk"
      contact-href="https://www.example.gov.uk/contact"
      .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['none'], 'main-reason': 'none' }, step: 'result' }}
    ></ldc-blue-badge-checker>`,
};
