/** Bin collection data, normalised from any provider. Plain TypeScript, no DOM. */

export interface Address {
  /** Unique Property Reference Number. */
  uprn: string;
  /** How the address reads, e.g. "Flat 2, 14 Meadow Lane, Ashdown". */
  label: string;
  /** For flats sharing a bin store: the building's UPRN. */
  parentUprn?: string;
  /**
   * Extra words about the property from the data, never the address itself: the Local Waste
   * Service Standards' `description` ("Community hall"). Shown beside the label, as text.
   */
  description?: string;
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

/**
 * How a collection went on the day, where the data says (Local Waste Service Standards task
 * `status`): `collected` (Completed), `not-yet` (Not started, In progress) or `not-collected`
 * (Not done, Abandoned; `reason` says why, in the council's words).
 */
export type CollectionOutcome = 'collected' | 'not-yet' | 'not-collected';

export interface Collection {
  /** ISO date, YYYY-MM-DD, in UK time. */
  date: string;
  serviceId: string;
  status: CollectionStatus;
  /** For a moved collection: the date it would have been. */
  originalDate?: string;
  /**
   * Why, in the council's words: "because of the bank holiday" for a moved collection, "Your bin
   * was not out" for one that could not be collected.
   */
  reason?: string;
  /** How it went on the day, for today's collections where the data says. */
  outcome?: CollectionOutcome;
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
  /**
   * Look further than `to`, up to `until` (an ISO date), for the services that have fewer than
   * `perService` collections from `from` to `to`: a garden waste service that restarts in
   * March still shows its next collections in December. A provider that cannot do this
   * cheaply may return every collection from `from` to `until`; one that ignores it returns
   * those up to `to`.
   */
  lookAhead?: { perService: number; until: string };
}

/**
 * What a council plugs in. Implement these two methods over your own API and pass the object
 * as the element's `provider` property, or register a factory with registerWasteProvider().
 * Reject with a ProviderError to choose the message; honour `signal` (reject with
 * ProviderError('aborted') once it aborts) and `timeoutMs`. runProviderConformance() checks all
 * of this.
 */
export interface WasteProvider {
  findAddresses(postcode: string, options: LookupOptions): Promise<Address[]>;
  getCollections(uprn: string, options: CollectionOptions): Promise<Schedule>;
  /** True when the data is invented (the demo, a test double): the widget then says so on screen. */
  readonly example?: boolean;
  /**
   * Optional: start loading what the provider needs (its code) before the first search. The
   * widget calls it once while the page is idle after it first shows; it must not throw.
   */
  prefetch?(): void;
}

export type ProviderErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid-data'
  | 'aborted'
  | 'configuration'
  /** The postcode is real but not in this council's area: the lookup says so and links to GOV.UK. */
  | 'out-of-area';

/** Every ProviderErrorKind, for checking a kind that arrives at run time. */
export const PROVIDER_ERROR_KINDS: readonly ProviderErrorKind[] = [
  'network',
  'timeout',
  'http',
  'invalid-data',
  'aborted',
  'configuration',
  'out-of-area',
];

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
