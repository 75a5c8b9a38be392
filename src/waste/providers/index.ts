/** Named providers and how a widget's attributes choose one. */
import type { WasteProvider } from '../types.js';
import { ProviderError } from '../types.js';
import {
  lazyProvider,
  providerFromRegistry,
  registerBuiltIn,
  type ProviderFactory,
  type ProviderOptions,
} from './registry.js';

export const PROVIDERS = ['demo', 'lwss', 'ukbcd', 'ics'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** The settings of the built-in providers (all optional here; each provider says which it needs). */
export interface ProviderConfig {
  endpoint?: string;
  addressesUrl?: string;
  collectionsUrl?: string;
  icsUrl?: string;
  /** ics: tidy service names ("Refuse collection" → "Refuse"). */
  tidyNames?: boolean;
}

/** Option keys and the attributes that also set them, for messages. */
const ATTRIBUTES: Record<string, string> = {
  endpoint: 'endpoint',
  addressesUrl: 'addresses-url',
  collectionsUrl: 'collections-url',
  icsUrl: 'ics-url',
};

function need(name: string, options: ProviderOptions, key: string, example: string): string {
  const value = options[key];
  if (typeof value === 'string' && value) return value;
  const attribute = ATTRIBUTES[key] ?? key;
  throw new ProviderError('configuration', `provider="${name}" needs ${attribute}, like ${attribute}="${example}"`);
}

const BUILT_IN: Record<ProviderName, ProviderFactory> = {
  demo: (o) => ({
    ...lazyProvider(() => import('./demo.js').then((m) => m.demoProvider(m.demoOptionsFrom(o)))),
    example: true,
  }),
  lwss: (o) => {
    const endpoint = need('lwss', o, 'endpoint', 'https://api.example.gov.uk/waste');
    return lazyProvider(() => import('./lwss.js').then((m) => m.lwssProvider(endpoint)));
  },
  ukbcd: (o) => {
    const urls = {
      addressesUrl: need('ukbcd', o, 'addressesUrl', 'https://…/addresses?postcode={postcode}'),
      collectionsUrl: need('ukbcd', o, 'collectionsUrl', 'https://…/bins/{uprn}'),
    };
    return lazyProvider(() => import('./ukbcd-json.js').then((m) => m.ukbcdProvider(urls)));
  },
  ics: (o) => {
    const config = {
      addressesUrl: need('ics', o, 'addressesUrl', 'https://…/addresses?postcode={postcode}'),
      icsUrl: need('ics', o, 'icsUrl', 'https://…/waste/{uprn}/calendar.ics'),
      tidyNames: o.tidyNames === true,
    };
    return lazyProvider(() => import('./ics.js').then((m) => m.icsProvider(config)));
  },
};
for (const name of PROVIDERS) registerBuiltIn(name, BUILT_IN[name]);

/**
 * A provider from its registered name and settings; a missing setting is a configuration error
 * naming the attribute. Every built-in provider, the demo included, loads its code on first use.
 */
export function providerFromConfig(name: string, config: ProviderConfig | ProviderOptions): WasteProvider {
  return providerFromRegistry(name, config as ProviderOptions);
}

export {
  registerWasteProvider,
  registeredProviders,
  onProviderRegistered,
  lazyProvider,
  type ProviderFactory,
  type ProviderOptions,
} from './registry.js';
// The providers themselves are imported only on demand above, never re-exported from here: a
// static re-export would put every provider in the element's bundle in Vite and other bundlers
// (waste/index.ts exports them for the engine's own API, straight from their modules).
