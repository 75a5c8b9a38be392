import type { Address, CollectionOptions, LookupOptions, Schedule, WasteProvider } from '../types.js';
import { ICS_LIMITS, readCalendar } from '../ics-reader.js';
import { absolute, fillTemplate, lookUpAddresses, providerFetch, requireUprn } from './http.js';

export interface IcsOptions {
  /** Address lookup in the normalised contract, e.g. "https://…/addresses?postcode={postcode}". */
  addressesUrl: string;
  /**
   * The calendar feed for a property, e.g. "https://…/waste/{uprn}/calendar.ics". A `{reminder}`
   * in it is left empty when the lookup reads the feed, and filled with the time a resident
   * picks ("20:00") in the subscription link, for a feed server that can add reminders.
   */
  icsUrl: string;
  /** Tidy service names ("Refuse collection" → "Refuse"); off, so names are the council's own. */
  tidyNames?: boolean;
}

/**
 * A calendar (ICS) feed per property: RRULE, RDATE, EXDATE, RECURRENCE-ID overrides, TZID and
 * all-day events, read by readCalendar() (src/waste/ics-reader.ts) in bounded time. This module
 * loads only when a page uses it. The feed's URL is offered for subscribing. A response larger
 * than the reader's limit is refused while it downloads.
 */
export function icsProvider(config: IcsOptions): WasteProvider {
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return lookUpAddresses(config.addressesUrl, postcode, options);
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      requireUprn(uprn);
      const url = fillTemplate(config.icsUrl, { uprn, reminder: '' });
      const text = await providerFetch<string>(url, options, 'text', ICS_LIMITS.characters);
      return {
        ...readCalendar(text, options.from, options.to, { tidyNames: config.tidyNames, lookAhead: options.lookAhead }),
        feedUrl: absolute(fillTemplate(config.icsUrl, { uprn })),
      };
    },
  };
}

export { readCalendar };
