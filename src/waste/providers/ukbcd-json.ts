import type { Address, CollectionOptions, LookupOptions, Schedule, WasteProvider } from '../types.js';
import { isCalendarDate, isUsableDate } from '../dates.js';
import { colourInName } from '../colours.js';
import { serviceIds } from '../service-ids.js';
import { horizon, lookAheadCollections } from '../look-ahead.js';
import { fillTemplate, invalid, isObj, lookUpAddresses, providerFetch, requireUprn, text } from './http.js';

export interface UkbcdOptions {
  /** Address lookup in the normalised contract, e.g. "https://…/addresses?postcode={postcode}". */
  addressesUrl: string;
  /** UKBinCollectionData-shaped JSON per property, e.g. "https://…/bins/{uprn}". */
  collectionsUrl: string;
}

/**
 * JSON in the UKBinCollectionData output contract: { bins: [{ type, collectionDate:
 * "dd/mm/yyyy" }] }. It has no colours, frequency or changes: the service name is the
 * council's `type` text, and a colour word in it ("Green bin") colours the picture. The file
 * holds what it holds: with `lookAhead`, the next dates of a service with too few in the window
 * come from the same file.
 */
export function ukbcdProvider(config: UkbcdOptions): WasteProvider {
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return lookUpAddresses(config.addressesUrl, postcode, options);
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      const payload = await providerFetch(fillTemplate(config.collectionsUrl, { uprn: requireUprn(uprn) }), options);
      const read = readBins(payload, options.from, horizon(options));
      const collections = lookAheadCollections(read.collections, options);
      const used = new Set(collections.map((c) => c.serviceId));
      return { services: read.services.filter((s) => used.has(s.id)), collections };
    },
  };
}

/**
 * { bins: [{ type, collectionDate: "dd/mm/yyyy" }] } as a schedule, keeping the collections from
 * `from` to `to` (ISO dates). 01/01/1900-style placeholders are no date; a date that is not real
 * (31/02/2026, 45/13/2026) or not dd/mm/yyyy is a ProviderError('invalid-data').
 */
export function readBins(payload: unknown, from: string, to: string): Schedule {
  if (!isObj(payload) || !Array.isArray(payload.bins)) return invalid('bins', 'must be a list');
  const ids = serviceIds();
  const used = new Set<string>();
  const collections = payload.bins.flatMap((b, i) => {
    if (!isObj(b)) return invalid(`bins[${i}]`, 'must be an object');
    const type = text(b.type, `bins[${i}].type`);
    const raw = text(b.collectionDate, `bins[${i}].collectionDate`);
    const m = raw.length === 10 ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw) : null;
    const date = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
    if (!isCalendarDate(date))
      return invalid(`bins[${i}].collectionDate`, `${JSON.stringify(raw.slice(0, 40))} is not a dd/mm/yyyy date`);
    if (!isUsableDate(date) || date < from || date > to) return [];
    const serviceId = ids.id(type);
    used.add(serviceId);
    return [{ date, serviceId, status: 'scheduled' as const }];
  });
  return {
    services: ids
      .list()
      .filter((s) => used.has(s.id))
      .map(({ id, name }) => ({ id, name, container: { colour: colourInName(name) } })),
    collections: collections.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}
