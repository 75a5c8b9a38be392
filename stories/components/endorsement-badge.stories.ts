import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/define/endorsement-badge.js';

interface Args {
  orgId: string;
  scheme: string;
  size: string;
  appearance: string;
  registry: string;
  registrySignature: string;
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
    registrySignature: '',
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
          'Shows that a council endorses the Local Digital Coalition Action Plan, verified against the signatories registry: the bundled one, or one from `registry` whose detached signature checks out against a publisher key built into the script. It names who vouches ("Listed by …, updated …") and never trusts the page: nothing the page sets makes an organisation verified. In this Storybook a throwaway demo key, made when Storybook started, signs the demo registries; the published package trusts no key yet. It is not an official government mark.',
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
      registry-signature=${a.registrySignature}
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
/** A registry fetched from a URL, verified: its signature (`demo-registry.json.sig` beside it) checks out. */
export const SignedRegistryVerified: Story = {
  args: {
    orgId: 'ashdown-district-council',
    scheme: 'local-digital-declaration-2018',
    registry: '/signed/assets/demo-registry.json',
  },
  parameters: {
    docs: {
      description: {
        story:
          'The demo registry, fetched with its detached signature and verified against the trusted publisher key. The badge names the publisher whose key signed it and the date of the registry.',
      },
    },
  },
};
export const DeclarationCoPublisher: Story = {
  args: {
    orgId: 'westmere-borough-council',
    scheme: 'local-digital-declaration-2018',
    registry: '/signed/assets/demo-registry.json',
  },
};
/** A registry changed after it was signed: refused, fallback content shown, the reason in the console. */
export const TamperedRegistryRefused: Story = {
  args: {
    orgId: 'E07000999',
    scheme: 'local-digital-declaration-2018',
    registry: '/signed/assets/demo-registry-tampered.json',
  },
  parameters: {
    docs: {
      description: {
        story:
          'A copy of the demo registry with one organisation added after signing, served beside the original signature. The signature no longer matches, so the badge makes no claim: it shows its fallback content and logs the reason with `console.error`.',
      },
    },
  },
};
/** A registry with no signature: refused in the same way. */
export const UnsignedRegistryRefused: Story = {
  args: {
    orgId: 'ashdown-district-council',
    scheme: 'local-digital-declaration-2018',
    registry: '/assets/demo-registry.json',
  },
};
export const NotFound: Story = { args: { orgId: 'E07000999' } };
export const RegistryUnavailable: Story = { args: { registry: '/assets/no-such-registry.json' } };
export const MissingOrgId: Story = { args: { orgId: '' } };
