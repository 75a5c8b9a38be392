/**
 * The registry of waste providers: the four built in (demo, lwss, ukbcd, ics) and any a council
 * adds with registerWasteProvider(name, factory). `<ldc-waste-lookup provider="name"
 * provider-options='{…}'>` then makes its provider from the factory. No DOM.
 *
 * The registry lives on globalThis under a Symbol.for key, so the CDN bundle and an npm import
 * on one page (or two copies of the library) share one list: a provider registered through one
 * is found by elements of the other.
 */
import { ProviderError, type WasteProvider } from '../types.js';

/** A provider's settings: the element's `provider-options` (JSON) merged over its URL attributes. */
export type ProviderOptions = Readonly<Record<string, unknown>>;

/**
 * Makes a provider from its settings. Throw a ProviderError('configuration') naming a missing or
 * wrong setting: the lookup shows it as its configuration message. Return the provider, or a
 * promise of it (to load its code on first use).
 */
export type ProviderFactory = (options: ProviderOptions) => WasteProvider | Promise<WasteProvider>;

interface Registry {
  factories: Map<string, ProviderFactory>;
  listeners: Set<(name: string) => void>;
}

const KEY = Symbol.for('local-digital-components:waste-providers');
const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (holder[KEY] ??= { factories: new Map(), listeners: new Set() });

/** Lower-case letters, digits and hyphens, starting with a letter: what an attribute value can hold plainly. */
const NAME = /^[a-z][a-z0-9-]{0,49}$/;

/**
 * Adds a provider under `name`, for `provider="name"`. Names are lower case (letters, digits,
 * hyphens); a name already registered (the built-in ones too) cannot be replaced. Elements that
 * were waiting for this name start at once.
 */
export function registerWasteProvider(name: string, factory: ProviderFactory): void {
  if (typeof name !== 'string' || !NAME.test(name))
    throw new TypeError(
      `registerWasteProvider: ${JSON.stringify(String(name).slice(0, 60))} is not a provider name (lower-case letters, digits and hyphens, starting with a letter)`,
    );
  if (typeof factory !== 'function') throw new TypeError('registerWasteProvider: the factory must be a function');
  if (registry.factories.has(name))
    throw new Error(`registerWasteProvider: a waste provider called "${name}" is already registered`);
  registry.factories.set(name, factory);
  for (const listener of [...registry.listeners]) listener(name);
}

/** The built-in providers register here: once, however many copies of the library a page loads. */
export function registerBuiltIn(name: string, factory: ProviderFactory): void {
  if (!registry.factories.has(name)) registry.factories.set(name, factory);
}

/** The names registered so far, built-in first. */
export function registeredProviders(): string[] {
  return [...registry.factories.keys()];
}

/** Calls `listener` with each name registered from now on; returns a function that stops it. */
export function onProviderRegistered(listener: (name: string) => void): () => void {
  registry.listeners.add(listener);
  return () => void registry.listeners.delete(listener);
}

const isProvider = (p: unknown): p is WasteProvider =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as WasteProvider).findAddresses === 'function' &&
  typeof (p as WasteProvider).getCollections === 'function';

/**
 * A provider whose code loads when the widget prefetches it (while the page is idle) or on first
 * use: a page that embeds the demo or its own provider never downloads the others. A load that
 * fails is a ProviderError('network'), tried again next time.
 */
export function lazyProvider(load: () => Promise<WasteProvider>): WasteProvider {
  let loading: Promise<WasteProvider> | undefined;
  const get = () =>
    (loading ??= load().then(
      (p) => {
        if (!isProvider(p))
          throw new ProviderError('configuration', 'the provider factory gave no findAddresses() and getCollections()');
        return p;
      },
      (e: unknown) => {
        loading = undefined;
        if (e instanceof ProviderError) throw e;
        throw new ProviderError('network', `could not load the provider: ${e instanceof Error ? e.message : e}`);
      },
    ));
  return {
    findAddresses: async (postcode, options) => (await get()).findAddresses(postcode, options),
    getCollections: async (uprn, options) => (await get()).getCollections(uprn, options),
    // Fetched while the page is idle, so the first search does not wait for it (see prefetch).
    prefetch: () => void get().catch(() => undefined),
  };
}

/**
 * The provider registered as `name`, made from `options`. An unknown name, or settings the
 * factory refuses, is a ProviderError('configuration') naming them.
 */
export function providerFromRegistry(name: string, options: ProviderOptions): WasteProvider {
  const factory = registry.factories.get(name);
  if (!factory)
    throw new ProviderError(
      'configuration',
      `provider="${String(name).slice(0, 60)}" is not supported; use one of ${registeredProviders().join(', ')}`,
    );
  let made: WasteProvider | Promise<WasteProvider>;
  try {
    made = factory(options);
  } catch (e) {
    if (e instanceof ProviderError) throw e;
    throw new ProviderError('configuration', `provider="${name}": ${e instanceof Error ? e.message : String(e)}`);
  }
  if (made && typeof (made as Promise<WasteProvider>).then === 'function') {
    const pending = made as Promise<WasteProvider>;
    return lazyProvider(() => pending);
  }
  if (!isProvider(made))
    throw new ProviderError(
      'configuration',
      `provider="${name}": the factory gave no findAddresses() and getCollections()`,
    );
  return made;
}
