/** Named providers and how a widget's attributes choose one. */
import type { WasteProvider } from '../types.js';
import { ProviderError } from '../types.js';

export const PROVIDERS = ['demo', 'lwss', 'ukbcd', 'ics'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ProviderConfig {
  endpoint?: string;
  addressesUrl?: string;
  collectionsUrl?: string;
  icsUrl?: string;
}

/**
 * A provider from its name and URLs; a missing URL is a configuration error naming the attribute.
 * Every provider, the demo included, loads its code on first use.
 */
export function providerFromConfig(name: string, config: ProviderConfig): WasteProvider {
  const need = (value: string | undefined, attribute: string, example: string): string => {
    if (!value)
      throw new ProviderError('configuration', `provider="${name}" needs ${attribute}, like ${attribute}="${example}"`);
    return value;
  };
  switch (name) {
    case 'demo':
      return { ...lazy(() => import('./demo.js').then((m) => m.demoProvider())), example: true };
    case 'lwss': {
      const endpoint = need(config.endpoint, 'endpoint', 'https://api.example.gov.uk/waste');
      return lazy(() => import('./lwss.js').then((m) => m.lwssProvider(endpoint)));
    }
    case 'ukbcd': {
      const urls = {
        addressesUrl: need(config.addressesUrl, 'addresses-url', 'https://…/addresses?postcode={postcode}'),
        collectionsUrl: need(config.collectionsUrl, 'collections-url', 'https://…/bins/{uprn}'),
      };
      return lazy(() => import('./ukbcd-json.js').then((m) => m.ukbcdProvider(urls)));
    }
    case 'ics': {
      const urls = {
        addressesUrl: need(config.addressesUrl, 'addresses-url', 'https://…/addresses?postcode={postcode}'),
        icsUrl: need(config.icsUrl, 'ics-url', 'https://…/waste/{uprn}/calendar.ics'),
      };
      return lazy(() => import('./ics.js').then((m) => m.icsProvider(urls)));
    }
    default:
      throw new ProviderError(
        'configuration',
        `provider="${name}" is not supported; use one of ${PROVIDERS.join(', ')}`,
      );
  }
}

/**
 * A provider whose code loads on first use: a page that embeds the demo or its own provider
 * never downloads the others (nor ical.js, which only the ICS provider imports).
 */
function lazy(load: () => Promise<WasteProvider>): WasteProvider {
  let loading: Promise<WasteProvider> | undefined;
  const get = () =>
    (loading ??= load().catch((e) => {
      loading = undefined;
      throw new ProviderError('network', `could not load the provider: ${e instanceof Error ? e.message : e}`);
    }));
  return {
    findAddresses: async (postcode, options) => (await get()).findAddresses(postcode, options),
    getCollections: async (uprn, options) => (await get()).getCollections(uprn, options),
  };
}

export { demoProvider } from './demo.js';
export { icsProvider, readCalendar } from './ics.js';
export { lwssProvider } from './lwss.js';
export { ukbcdProvider } from './ukbcd-json.js';
