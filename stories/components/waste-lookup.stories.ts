import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { userEvent } from 'storybook/test';
import { demoProvider } from '../../src/waste/providers/demo.js';
import { registerWasteProvider, registeredProviders } from '../../src/waste/providers/index.js';
import type { WasteProvider } from '../../src/waste/types.js';
import type { LdcWasteLookup } from '../../src/components/waste-lookup/waste-lookup.js';
import '../../src/define/waste-lookup.js';

interface Args {
  provider?: string | WasteProvider;
  providerOptions?: string;
  serviceMap?: string;
  postcodeAreas?: string;
  uprn: string;
  today?: string;
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
          'Postcode → address → bin days. These stories use `provider="demo"`, invented bin days for Ashdown District Council (fictional), and the lookup says so on screen: try **AA3 1AB** (4 houses), **AA3 1AD** (24 flats), **AA3 1AE** (no addresses), **AA3 1AF** (300 addresses) or **ZZ9 9ZZ** (not in the council’s area). There is no default provider: without one the lookup shows its configuration message and your fallback content (**No provider**). Stories of a collection day fix `today` to Tuesday 1 December 2026.',
      },
    },
  },
  render: (a) =>
    html`<ldc-waste-lookup
      .provider=${a.provider}
      provider-options=${a.providerOptions ?? ''}
      service-map=${a.serviceMap ?? ''}
      postcode-areas=${a.postcodeAreas ?? ''}
      uprn=${a.uprn}
      today=${a.today ?? ''}
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

/** Opens the bin days of the story's UPRN, then clicks a control found by `selector`. */
const click =
  (selector: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await el.whenSettled();
    await userEvent.click(el.shadowRoot!.querySelector<HTMLElement>(selector)!);
    await el.whenSettled();
  };

/** A council's own provider, registered by name (see Write your own provider). */
if (!registeredProviders().includes('ashdown-example'))
  registerWasteProvider('ashdown-example', (options) => ({
    ...demoProvider({ delayMs: typeof options.delayMs === 'number' ? options.delayMs : 0 }),
    example: true,
  }));

const TUESDAY = '2026-12-01';

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
/** A provider that never answers: the loading state (it never settles, on purpose). */
export const Loading: Story = {
  args: { provider: never, uprn: '100000001' },
  parameters: { ldc: { settles: false } },
};
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

// ---- issue 14: the states added for councils going live ----------------------------------------

/** "Remind me the evening before" at 20:00: the calendar file gets a reminder in every event. */
export const ReminderChoice: Story = {
  args: { uprn: '100000001', today: TUESDAY },
  play: click('input[name=reminder][value="20:00"]'),
};
/**
 * A calendar file that could not be made (the browser refused to hold it): said in place of the
 * download links, with focus on the message; the bin days stay. With checked data this can only
 * come from the browser, so the story makes the browser's `URL.createObjectURL` fail while the
 * resident reaches the link.
 */
export const CalendarFileCouldNotBeMade: Story = {
  args: { uprn: '100000001', today: TUESDAY },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await el.whenSettled();
    const make = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('the story: no room for the file');
    };
    try {
      // Reaching the link (focus) makes its file.
      el.shadowRoot!.querySelector<HTMLElement>('[part=download]')!.focus();
      await el.updateComplete;
    } finally {
      URL.createObjectURL = make;
    }
  },
};
/** A real postcode outside the council's area: said plainly, with GOV.UK's "Find your local council". */
export const OutOfArea: Story = { play: search('ZZ9 9ZZ') };
/** `postcode-areas` tells an empty answer outside the council's areas from one inside them. */
export const OutOfAreaByPostcodeAreas: Story = {
  args: { provider: { ...demoProvider(), findAddresses: async () => [] }, postcodeAreas: 'AA3 AA4' },
  play: search('BB1 2AB'),
};
/** Today's collection was made (Local Waste Service Standards task status "Completed"). */
export const CollectedToday: Story = {
  args: { provider: demoProvider({ todayOutcome: 'collected' }), uprn: '100000001', today: TUESDAY },
};
/** Today's collection has not been made yet ("In progress"). */
export const NotCollectedYet: Story = {
  args: { provider: demoProvider({ todayOutcome: 'not-yet' }), uprn: '100000001', today: TUESDAY },
};
/** Today's collection could not be made ("Not done"), with the council's reason. */
export const CouldNotBeCollected: Story = {
  args: {
    provider: demoProvider({
      todayOutcome: 'not-collected',
      todayReason: 'Your bin was not out when we came. Put it out by 7am.',
    }),
    uprn: '100000001',
    today: TUESDAY,
  },
};
/** December: garden waste stops for the winter, and the look-ahead shows its first collections in March. */
export const SeasonalServiceInWinter: Story = { args: { uprn: '100000001', today: TUESDAY } };
/** Continue with no address chosen: the error summary and the inline error. */
export const ErrorNoAddressChosen: Story = {
  play: async (context) => {
    await search('AA3 1AB')!(context as never);
    const el = context.canvasElement.querySelector<LdcWasteLookup>('ldc-waste-lookup')!;
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!);
    await el.whenSettled();
  },
};
/** A provider registered by name with registerWasteProvider(), its settings in provider-options. */
export const RegisteredProvider: Story = {
  args: { provider: 'ashdown-example', providerOptions: '{"delayMs": 300}' },
  play: search('AA3 1AB'),
};
/** provider-options that are not JSON: the configuration message and the fallback. */
export const ProviderOptionsNotJson: Story = { args: { provider: 'lwss', providerOptions: '{endpoint:' } };
/** `service-map` corrects the council's names and colours ("Rubbish" becomes "General waste", purple). */
export const ServiceMapCorrections: Story = {
  args: {
    uprn: '100000001',
    today: TUESDAY,
    serviceMap: '{"Rubbish": {"name": "General waste", "colour": "purple"}, "recycling": {"lidColour": "yellow"}}',
  },
};
/** An address with a 100,000-character street name: every word wraps, nothing is wider than the page. */
export const VeryLongAddress: Story = {
  args: {
    provider: {
      ...demoProvider(),
      findAddresses: async () => [
        { uprn: '100000001', label: `1 ${'Meadow'.repeat(17_000)} Lane, Ashdown` },
        { uprn: '100000002', label: '3 Meadow Lane, Ashdown', description: 'Community hall' },
      ],
    },
  },
  // WebKitGTK takes ~10 s or more to lay out a radio label (an inline-block) around 100,000
  // characters; the story tests allow for it.
  parameters: { ldc: { timeoutMs: 45_000 } },
  play: search('AA3 1AB'),
};
