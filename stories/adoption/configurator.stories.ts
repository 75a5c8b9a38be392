import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { emptyChoices, type Choices } from './configurator/snippet.js';
import type { LdcConfigurator } from './configurator/configurator.js';
import './configurator/configurator.js';

const meta: Meta = {
  title: 'Adoption/Configurator',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Choose a component, its settings and your colours; see it live, with the contrast check; then copy the snippet: the script tag pinned to this release with its integrity hash, the element, the CSS for your colours and the Content-Security-Policy your page needs. Each story is one state of the form.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const render =
  (choices: Partial<Choices> = {}) =>
  () =>
    html`<ldc-configurator .choices=${{ ...emptyChoices(), ...choices }}></ldc-configurator>`;

/** Presses "Create snippet", as a web editor would, and waits for the result. */
const create: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<LdcConfigurator>('ldc-configurator')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('form > button[type=submit]')!.click();
  await el.updateComplete;
};

const blueBadge: Partial<Choices> = {
  component: 'blue-badge-checker',
  nation: 'wales',
  council: 'Ashdown District Council',
  applyHref: 'https://www.example.gov.uk/blue-badge/apply',
  fallbackHref: 'https://www.example.gov.uk/blue-badge',
  fallbackText: 'Find out about Blue Badges',
};

/** Nothing chosen yet: the first question. */
export const Start: Story = { render: render() };

/** "Create snippet" with nothing chosen: the error summary, focused, and the inline error. */
export const NothingChosen: Story = { render: render(), play: create };

/** A Blue Badge checker for Wales, with a live preview. */
export const BlueBadgeChosen: Story = { render: render(blueBadge) };

/** Links that the URL policy refuses, and no fallback link: each field says what to fix. */
export const UnsafeLinks: Story = {
  render: render({
    ...blueBadge,
    applyHref: 'javascript:alert(1)',
    fallbackHref: '',
  }),
  play: create,
};

/** Council colours, two of which fail the contrast check: each failing pair with the nearest passing colour. */
export const ColoursFailingContrast: Story = {
  render: render({
    ...blueBadge,
    theme: 'custom',
    colours: { 'color-brand': '#8a1538', 'color-link': '#e07ba0', 'color-button': '#f0a030', 'color-background': '' },
  }),
};

/** Council colours that pass: the check says so. */
export const ColoursPassing: Story = {
  render: render({
    ...blueBadge,
    theme: 'custom',
    colours: { 'color-brand': '#00636a', 'color-link': '#4b2a85', 'color-button': '#00636a', 'color-background': '' },
  }),
};

/** A colour that is not a hex code: the error on "Create snippet". */
export const ColourNotHex: Story = {
  render: render({
    ...blueBadge,
    theme: 'custom',
    colours: { 'color-brand': 'teal', 'color-link': '', 'color-button': '', 'color-background': '' },
  }),
  play: create,
};

/** The bin day lookup over a Local Waste Service Standards API: the address it needs. */
export const WasteLookupApi: Story = {
  render: render({
    component: 'waste-lookup',
    provider: 'lwss',
    endpoint: '',
    fallbackHref: 'https://www.example.gov.uk/bins',
    fallbackText: 'Find your bin collection day',
  }),
  play: create,
};

/** The snippet: script tag with version and integrity, the element, the policy. */
export const Snippet: Story = { render: render(blueBadge), play: create };

/** The snippet with council colours: the CSS for the stylesheet too. */
export const SnippetWithColours: Story = {
  render: render({
    ...blueBadge,
    theme: 'custom',
    colours: { 'color-brand': '#00636a', 'color-link': '#4b2a85', 'color-button': '#00636a', 'color-background': '' },
    analytics: 'matomo',
  }),
  play: create,
};

/** The snippet for a LocalGov Drupal site: the preset stylesheet, pinned and hashed. */
export const SnippetLocalGovDrupal: Story = {
  render: render({
    component: 'waste-lookup',
    provider: 'demo',
    theme: 'localgov',
    fallbackHref: 'https://www.example.gov.uk/bins',
    fallbackText: 'Find your bin collection day',
  }),
  play: create,
};

/** Changed after "Create snippet": the snippet says it is out of date. */
export const SnippetOutOfDate: Story = {
  render: render(blueBadge),
  play: async (context) => {
    await create(context);
    const el = context.canvasElement.querySelector<LdcConfigurator>('ldc-configurator')!;
    el.choices = { ...el.choices, council: 'Westmere Borough Council' };
    await el.updateComplete;
  },
};
