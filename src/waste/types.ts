/** Bin collection data, normalised from any provider. Plain TypeScript, no DOM. */

export interface Address {
  /** Unique Property Reference Number. */
  uprn: string;
  /** How the address reads, e.g. "Flat 2, 14 Meadow Lane, Ashdown". */
  label: string;
  /** For flats sharing a bin store: the building's UPRN. */
  parentUprn?: string;
}

export interface Container {
  /** "wheelie_bin", "box", "sack", "caddy", "communal_bin"… (Local Waste Service Standards names). */
  type?: string;
  /** A colour name: black, grey, green, blue, brown, purple, red, yellow, white. */
  colour?: string;
  lidColour?: string;
  /** Litres. */
  size?: number;
}

export interface WasteService {
  id: string;
  /** The council's own name for it, e.g. "Mixed recycling". */
  name: string;
  container?: Container;
  materials?: string[];
  /** "weekly", "alternate weekly", or the council's words. */
  frequency?: string;
}

export type CollectionStatus = 'scheduled' | 'moved' | 'cancelled';

export interface Collection {
  /** ISO date, YYYY-MM-DD, in UK time. */
  date: string;
  serviceId: string;
  status: CollectionStatus;
  /** For a moved collection: the date it would have been. */
  originalDate?: string;
  /** Why, in the council's words: "because of the bank holiday". */
  reason?: string;
}

export interface Schedule {
  services: WasteService[];
  collections: Collection[];
  /** A calendar feed residents can subscribe to, if the provider has one. */
  feedUrl?: string;
}

export interface LookupOptions {
  signal?: AbortSignal;
  /** Milliseconds before a request gives up. */
  timeoutMs?: number;
}

export interface CollectionOptions extends LookupOptions {
  /** ISO dates bounding the collections wanted (inclusive). */
  from: string;
  to: string;
}

/**
 * What a council plugs in. Implement these two methods over your own API and pass the object
 * as the element's `provider` property. Reject with a ProviderError to choose the message.
 */
export interface WasteProvider {
  findAddresses(postcode: string, options: LookupOptions): Promise<Address[]>;
  getCollections(uprn: string, options: CollectionOptions): Promise<Schedule>;
  /** True when the data is invented (the demo, a test double): the widget then says so on screen. */
  readonly example?: boolean;
}

export type ProviderErrorKind = 'network' | 'timeout' | 'http' | 'invalid-data' | 'aborted' | 'configuration';

/** A provider failure the widget turns into a polite message and a way forward. */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
