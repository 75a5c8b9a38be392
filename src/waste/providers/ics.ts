import type { Address, CollectionOptions, LookupOptions, Schedule, WasteProvider } from '../types.js';
import { readCalendar } from '../ics-reader.js';
import { absolute, fillTemplate, lookUpAddresses, providerFetch, requireUprn } from './http.js';

export interface IcsOptions {
  /** Address lookup in the normalised contract, e.g. "https://…/addresses?postcode={postcode}". */
  addressesUrl: string;
  /** The calendar feed for a property, e.g. "https://…/waste/{uprn}/calendar.ics". */
  icsUrl: string;
}

/**
 * A calendar (ICS) feed per property: RRULE, RDATE, EXDATE, RECURRENCE-ID overrides, TZID and
 * all-day events, read by readCalendar() (src/waste/ics-reader.ts) in bounded time. This module
 * loads only when a page uses it. The feed's URL is offered for subscribing.
 */
export function icsProvider(config: IcsOptions): WasteProvider {
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return lookUpAddresses(config.addressesUrl, postcode, options);
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      const url = fillTemplate(config.icsUrl, { uprn: requireUprn(uprn) });
      const text = await providerFetch<string>(url, options, 'text');
      return {
        ...readCalendar(text, options.from, options.to),
        feedUrl: absolute(url),
      };
    },
  };
}

export { readCalendar };
