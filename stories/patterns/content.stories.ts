import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../support/pattern-preview.js';
import {
  backLink,
  button,
  errorSummary,
  insetText,
  linkButton,
  notificationBanner,
  panel,
  statusRegion,
  summaryList,
  warningText,
} from '../../src/patterns/index.js';

interface Args {
  content: () => TemplateResult;
}
const meta: Meta<Args> = {
  title: 'Patterns/Content and actions',
  parameters: {
    docs: {
      description: {
        component:
          'Buttons, back link, error summary, panel, inset and warning text, notification banner, summary list and the polite status region. Lit templates rendered inside each component’s shadow root.',
      },
    },
  },
  render: (a) => html`<ldc-pattern-preview .content=${a.content}></ldc-pattern-preview>`,
};
export default meta;
type Story = StoryObj<Args>;
const noop = () => undefined;

export const Buttons: Story = {
  args: {
    content: () =>
      html`<div class="ldc-button-group">
          ${button({ text: 'Continue', type: 'button' })}
          ${button({ text: 'Search again', variant: 'secondary', type: 'button' })}
          ${button({ text: 'Start again', variant: 'warning', type: 'button', hiddenText: ' and clear your answers' })}
        </div>
        ${button({ text: 'Start now', variant: 'start', type: 'button' })}`,
  },
};
export const BackLink: Story = { args: { content: () => backLink(noop) } };
export const ErrorSummary: Story = {
  args: {
    content: () =>
      html`${errorSummary([
          { target: 'postcode', text: 'Enter a postcode' },
          { target: 'address', text: 'Select an address' },
        ])}<label class="ldc-label" for="postcode">Postcode</label
        ><input class="ldc-input ldc-input--width-10" id="postcode" /><label class="ldc-label" for="address"
          >Address</label
        ><input class="ldc-input" id="address" />`,
  },
};
export const Panel: Story = {
  args: {
    content: () => panel('You’re eligible for a Blue Badge', html`You can apply to your council now`),
  },
};
export const PanelTitleOnly: Story = { args: { content: () => panel('Application complete', nothing) } };
export const InsetText: Story = {
  args: {
    content: () => insetText(html`<p class="ldc-body">It can take up to 12 weeks to get your badge.</p>`),
  },
};
export const WarningText: Story = {
  args: { content: () => warningText('You can be fined up to £1,000 if you do not tell your council about a change.') },
};
export const NotificationBanner: Story = {
  args: {
    content: () =>
      notificationBanner({
        id: 'banner',
        content: html`<p class="ldc-body">Collections move by one day in the week after a bank holiday.</p>`,
      }),
  },
};
export const NotificationBannerSuccess: Story = {
  args: {
    content: () =>
      notificationBanner({
        id: 'banner',
        type: 'success',
        content: html`<p class="ldc-body">Your calendar file has downloaded.</p>`,
      }),
  },
};
export const SummaryList: Story = {
  args: {
    content: () =>
      summaryList([
        {
          key: 'Where do you live?',
          value: 'England',
          action: { text: 'Change', hiddenText: 'where you live', onClick: noop },
        },
        {
          key: 'Which benefits do you get?',
          value: html`Disability Living Allowance (DLA)<br />Personal Independence Payment (PIP)`,
          action: { text: 'Change', hiddenText: 'which benefits you get', onClick: noop },
        },
        { key: 'Reference', value: 'Not provided' },
      ]),
  },
};
export const StatusRegion: Story = {
  args: {
    content: () =>
      html`<p class="ldc-body">The status region is visually hidden and announced politely:</p>
        ${statusRegion('3 addresses found')} ${linkButton('Search again', noop, 'for a different postcode')}`,
  },
};
