import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent } from 'storybook/test';
import { demoProvider } from '../../src/waste/providers/demo.js';
import type { WasteProvider } from '../../src/waste/types.js';
import type { LdcWasteLookup } from '../../src/components/waste-lookup/waste-lookup.js';
import '../../src/define/waste-lookup.js';

interface Args {
  provider?: string | WasteProvider;
  uprn: string;
  missedHref: string;
  cantFindHref: string;
  timeout: number;
}

const meta: Meta<Args> = {
  title: 'Components/Waste lookup',
  component: 'ldc-waste-lookup',
  args: {
    provider: 'demo',
    uprn: '',
    missedHref: 'https://www.example.gov.uk/bins/report-missed?uprn={uprn}',
    cantFindHref: 'https://www.example.gov.uk/bins',
    timeout: 10000,
  },
  argTypes: { provider: { control: 'inline-radio', options: ['demo', 'lwss', 'ukbcd', 'ics'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Postcode → address → bin days. These stories use `provider="demo"`, invented bin days for Ashdown District Council (fictional), and the lookup says so on screen: try **AA3 1AB** (4 houses), **AA3 1AD** (24 flats), **AA3 1AE** (no addresses) or **AA3 1AF** (300 addresses). There is no default provider: without one the lookup shows its configuration message and your fallback content (**No provider**).',
      },
    },
  },
  render: (a) =>
    html`<ldc-waste-lookup
      .provider=${a.provider}
      uprn=${a.uprn}
      missed-href=${a.missedHref}
      cant-find-href=${a.cantFindHref}
      timeout=${a.timeout}
    >
      <a href="https://www.example.gov.uk/bins">Find your bin day</a>
    </ldc-waste-lookup>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Types a postcode and presses Find bin days, as a resident would. */
const search =
  (postcode: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await el.whenSettled();
    const root = el.shadowRoot!;
    if (postcode) await userEvent.type(root.querySelector<HTMLInputElement>('#postcode')!, postcode);
    await userEvent.click(root.querySelector<HTMLButtonElement>('form button')!);
    await el.whenSettled();
  };

const never: WasteProvider = {
  findAddresses: () => new Promise(() => undefined),
  getCollections: () => new Promise(() => undefined),
};
const empty: WasteProvider = {
  ...demoProvider(),
  getCollections: async () => ({ services: [], collections: [] }),
};

export const Postcode: Story = {};
export const ErrorEmptyPostcode: Story = { play: search('') };
export const ErrorInvalidPostcode: Story = { play: search('AB12') };
export const ErrorNoAddresses: Story = { play: search('AA3 1AE') };
export const AddressRadios: Story = { play: search('AA3 1AB') };
export const AddressSelect: Story = { play: search('AA3 1AD') };
export const Results: Story = { args: { uprn: '100000001' } };
export const ResultsForAFlat: Story = { args: { uprn: '200000005' } };
export const Loading: Story = { args: { provider: never, uprn: '100000001' } };
export const SlowProvider: Story = { args: { provider: demoProvider({ delayMs: 2000 }) } };
export const NetworkError: Story = { args: { provider: demoProvider({ fail: 'network' }), uprn: '100000001' } };
export const Timeout: Story = { args: { provider: demoProvider({ delayMs: 5000 }), uprn: '100000001', timeout: 300 } };
export const NoCollections: Story = { args: { provider: empty, uprn: '100000001' } };
/** No `provider` at all: the configuration message and the fallback content, never invented bin days. */
export const NoProvider: Story = {
  render: (a) =>
    html`<ldc-waste-lookup cant-find-href=${a.cantFindHref}>
      <a href="https://www.example.gov.uk/bins">Find your bin day</a>
    </ldc-waste-lookup>`,
};
export const UnknownProvider: Story = { args: { provider: 'bartec' } };
export const MissingEndpoint: Story = { args: { provider: 'lwss' } };
