import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/define/signatories-list.js';

interface Args {
  registry: string;
  scheme: string;
  query: string;
}

const meta: Meta<Args> = {
  title: 'Components/Signatories list',
  component: 'ldc-signatories-list',
  args: { registry: '', scheme: '', query: '' },
  parameters: {
    docs: {
      description: {
        component:
          'Every organisation in a signatories registry, with search, filters and sorting, under a line naming who vouches for the list. A registry from `registry` is used only when its signature checks out against a publisher key built into the script (here a throwaway demo key). The count is shown and announced as it changes; each organisation links to its evidence.',
      },
    },
  },
  render: (a) =>
    html`<ldc-signatories-list registry=${a.registry} scheme=${a.scheme} query=${a.query}>
      <a href="https://www.localdigital.gov.uk/">See who has signed the Local Digital Declaration</a>
    </ldc-signatories-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const BundledRegistry: Story = {};
export const SignedDemoRegistry: Story = { args: { registry: '/signed/assets/demo-registry.json' } };
export const FilteredToDeclaration: Story = {
  args: { registry: '/signed/assets/demo-registry.json', scheme: 'local-digital-declaration-2018' },
};
export const TamperedRegistryRefused: Story = { args: { registry: '/signed/assets/demo-registry-tampered.json' } };
export const Searched: Story = { args: { query: 'council' } };
export const NoResults: Story = { args: { query: 'zzz' } };
export const RegistryUnavailable: Story = { args: { registry: '/assets/no-such-registry.json' } };
