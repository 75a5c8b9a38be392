/** Named providers and how a widget's attributes choose one. */
import type { WasteProvider } from '../types.js';
import { ProviderError } from '../types.js';
import { demoProvider } from './demo.js';
import { icsProvider } from './ics.js';
import { lwssProvider } from './lwss.js';
import { ukbcdProvider } from './ukbcd-json.js';

export const PROVIDERS = ['demo', 'lwss', 'ukbcd', 'ics'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ProviderConfig {
  endpoint?: string;
  addressesUrl?: string;
  collectionsUrl?: string;
  icsUrl?: string;
}

/** A provider from its name and URLs; a missing URL is a configuration error naming the attribute. */
export function providerFromConfig(name: string, config: ProviderConfig): WasteProvider {
  const need = (value: string | undefined, attribute: string, example: string): string => {
    if (!value)
      throw new ProviderError('configuration', `provider="${name}" needs ${attribute}, like ${attribute}="${example}"`);
    return value;
  };
  switch (name) {
    case 'demo':
      return demoProvider();
    case 'lwss':
      return lwssProvider(need(config.endpoint, 'endpoint', 'https://api.example.gov.uk/waste'));
    case 'ukbcd':
      return ukbcdProvider({
        addressesUrl: need(config.addressesUrl, 'addresses-url', 'https://…/addresses?postcode={postcode}'),
        collectionsUrl: need(config.collectionsUrl, 'collections-url', 'https://…/bins/{uprn}'),
      });
    case 'ics':
      return icsProvider({
        addressesUrl: need(config.addressesUrl, 'addresses-url', 'https://…/addresses?postcode={postcode}'),
        icsUrl: need(config.icsUrl, 'ics-url', 'https://…/waste/{uprn}/calendar.ics'),
      });
    default:
      throw new ProviderError(
        'configuration',
        `provider="${name}" is not supported; use one of ${PROVIDERS.join(', ')}`,
      );
  }
}

export { demoProvider, icsProvider, lwssProvider, ukbcdProvider };
