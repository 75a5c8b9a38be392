import type { Address, CollectionOptions, LookupOptions, Schedule, WasteProvider } from '../types.js';
import { isUsableDate } from '../dates.js';
import { colourInName } from '../colours.js';
import { fillTemplate, invalid, isObj, lookUpAddresses, providerFetch, slug, text } from './http.js';

export interface UkbcdOptions {
  /** Address lookup in the normalised contract, e.g. "https://…/addresses?postcode={postcode}". */
  addressesUrl: string;
  /** UKBinCollectionData-shaped JSON per property, e.g. "https://…/bins/{uprn}". */
  collectionsUrl: string;
}

/**
 * JSON in the UKBinCollectionData output contract: { bins: [{ type, collectionDate:
 * "dd/mm/yyyy" }] }. It has no colours, frequency or changes: the service name is the
 * council's `type` text, and a colour word in it ("Green bin") colours the picture.
 */
export function ukbcdProvider(config: UkbcdOptions): WasteProvider {
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return lookUpAddresses(config.addressesUrl, postcode, options);
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      const payload = await providerFetch(fillTemplate(config.collectionsUrl, { uprn }), options);
      if (!isObj(payload) || !Array.isArray(payload.bins)) return invalid('bins', 'must be a list');
      const services = new Map<string, string>();
      const collections = payload.bins.flatMap((b, i) => {
        if (!isObj(b)) return invalid(`bins[${i}]`, 'must be an object');
        const type = text(b.type, `bins[${i}].type`);
        const raw = text(b.collectionDate, `bins[${i}].collectionDate`);
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
        if (!m) return invalid(`bins[${i}].collectionDate`, `"${raw}" is not a dd/mm/yyyy date`);
        const date = `${m[3]}-${m[2]}-${m[1]}`;
        if (!isUsableDate(date) || date < options.from || date > options.to) return [];
        services.set(slug(type), type);
        return [{ date, serviceId: slug(type), status: 'scheduled' as const }];
      });
      return {
        services: [...services].map(([id, name]) => ({
          id,
          name,
          container: { colour: colourInName(name) },
        })),
        collections: collections.sort((a, b) => a.date.localeCompare(b.date)),
      };
    },
  };
}
