import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/define/endorsement-badge.js';

interface Args {
  orgId: string;
  scheme: string;
  size: string;
  appearance: string;
  registry: string;
}

const meta: Meta<Args> = {
  title: 'Components/Endorsement badge',
  component: 'ldc-endorsement-badge',
  args: {
    orgId: 'E09000007',
    scheme: 'local-digital-coalition-2016',
    size: 'medium',
    appearance: 'light',
    registry: '',
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    appearance: { control: 'inline-radio', options: ['light', 'dark', 'outline'] },
    scheme: { control: 'inline-radio', options: ['local-digital-coalition-2016', 'local-digital-declaration-2018'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Shows that a council endorses the Local Digital Coalition Action Plan, verified against the signatories registry (the bundled one, or yours with `registry`). It never trusts the page: there is no attribute that makes an organisation verified. It is not an official government mark.',
      },
    },
  },
  render: (a) =>
    html`<ldc-endorsement-badge
      org-id=${a.orgId}
      scheme=${a.scheme}
      size=${a.size}
      appearance=${a.appearance}
      registry=${a.registry}
    >
      <a href="https://www.example.gov.uk/digital">Our digital strategy</a>
    </ldc-endorsement-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Verified: Story = {};
export const Dark: Story = { args: { appearance: 'dark' } };
export const Outline: Story = { args: { appearance: 'outline' } };
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large' } };
export const AllVariants: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; justify-items: start">
      ${['light', 'dark', 'outline'].flatMap((appearance) =>
        ['small', 'medium', 'large'].map(
          (size) =>
            html`<ldc-endorsement-badge
              org-id="E08000035"
              size=${size}
              appearance=${appearance}
            ></ldc-endorsement-badge>`,
        ),
      )}
    </div>`,
};
export const DeclarationSignatoryWithDate: Story = {
  args: {
    orgId: 'ashdown-district-council',
    scheme: 'local-digital-declaration-2018',
    registry: '/assets/demo-registry.json',
  },
};
export const DeclarationCoPublisher: Story = {
  args: {
    orgId: 'westmere-borough-council',
    scheme: 'local-digital-declaration-2018',
    registry: '/assets/demo-registry.json',
  },
};
export const NotFound: Story = { args: { orgId: 'E07000999' } };
export const RegistryUnavailable: Story = { args: { registry: '/assets/no-such-registry.json' } };
export const MissingOrgId: Story = { args: { orgId: '' } };
