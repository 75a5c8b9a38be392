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
          'Every organisation in a signatories registry, with search, filters and sorting. The count is shown and announced as it changes; each organisation links to its evidence.',
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
export const DemoRegistry: Story = { args: { registry: '/assets/demo-registry.json' } };
export const FilteredToDeclaration: Story = {
  args: { registry: '/assets/demo-registry.json', scheme: 'local-digital-declaration-2018' },
};
export const Searched: Story = { args: { query: 'council' } };
export const NoResults: Story = { args: { query: 'zzz' } };
export const RegistryUnavailable: Story = { args: { registry: '/assets/no-such-registry.json' } };
