import type ICALModule from 'ical.js';
import { isUsableDate, londonToday } from '../dates.js';
import {
  ProviderError,
  type Address,
  type CollectionOptions,
  type LookupOptions,
  type Schedule,
  type WasteProvider,
} from '../types.js';
import { colourInName } from '../colours.js';
import { fillTemplate, lookUpAddresses, providerFetch, slug } from './http.js';

type ICAL = typeof ICALModule;
type ICALTime = InstanceType<ICAL['Time']>;

export interface IcsOptions {
  /** Address lookup in the normalised contract, e.g. "https://…/addresses?postcode={postcode}". */
  addressesUrl: string;
  /** The calendar feed for a property, e.g. "https://…/waste/{uprn}/calendar.ics". */
  icsUrl: string;
}

/** Loads ical.js (MPL-2.0, unmodified) only when a page uses this provider. */
const loadIcal = () => import('ical.js').then((m) => m.default);

/**
 * A calendar (ICS) feed per property, read with ical.js: RRULE, EXDATE, RECURRENCE-ID
 * overrides, TZID and all-day events. The feed's URL is offered for subscribing.
 */
export function icsProvider(config: IcsOptions): WasteProvider {
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return lookUpAddresses(config.addressesUrl, postcode, options);
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      const url = fillTemplate(config.icsUrl, { uprn });
      const text = await providerFetch<string>(url, options, 'text');
      const ICAL = await loadIcal();
      return {
        ...readCalendar(ICAL, text, options.from, options.to),
        feedUrl: new URL(url, globalThis.location?.href).href,
      };
    },
  };
}

/**
 * Repairs the faults common in council feeds before parsing (the ones the Home Assistant
 * waste_collection_schedule ICS source repairs): a DTSTART cut off after "T", a TZID on an
 * all-day value, and EXDATE dates without VALUE=DATE.
 */
export function repairFeed(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '') // unfold first, so every repair sees whole lines
    .replace(/^(DTSTART|DTEND|EXDATE|RECURRENCE-ID)((?:;[^:\r\n]*)?):(\d{8})T$/gm, '$1;VALUE=DATE:$3')
    .replace(/^([A-Z-]+);TZID=[^;:\r\n]*(;VALUE=DATE)(?=[;:])/gm, '$1$2')
    .replace(/^([A-Z-]+);VALUE=DATE;TZID=[^;:\r\n]*:/gm, '$1;VALUE=DATE:')
    .replace(/^EXDATE:((?:\d{8},?)+)$/gm, 'EXDATE;VALUE=DATE:$1');
}

/** "Bin collection: Refuse" or "Refuse collection" → "Refuse". */
const serviceName = (summary: string) =>
  summary
    .replace(/^\s*bin collection:\s*/i, '')
    .replace(/\s+collection\s*$/i, '')
    .trim();

/** Every occurrence between `from` and `to` (ISO dates) as collections, one service per summary. */
export function readCalendar(ICAL: ICAL, text: string, from: string, to: string): Omit<Schedule, 'feedUrl'> {
  let root: InstanceType<ICAL['Component']>;
  try {
    root = new ICAL.Component(ICAL.parse(repairFeed(text)));
  } catch (e) {
    throw new ProviderError(
      'invalid-data',
      `the calendar feed could not be read: ${e instanceof Error ? e.message : e}`,
    );
  }
  if (root.name !== 'vcalendar') throw new ProviderError('invalid-data', 'the feed is not a VCALENDAR');
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);

  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const ex of events.filter((e) => e.isRecurrenceException())) {
    masters.find((m) => m.uid === ex.uid)?.relateException(ex);
  }

  const services = new Map<string, string>();
  const seen = new Set<string>();
  const collections: Schedule['collections'] = [];
  const add = (summary: string | null | undefined, start: ICALTime) => {
    const name = serviceName(summary ?? '');
    if (!name) return; // an event with no summary names no bin
    const date = dateOf(start);
    if (!isUsableDate(date) || date < from || date > to) return;
    const id = slug(name);
    if (seen.has(`${id}|${date}`)) return;
    seen.add(`${id}|${date}`);
    services.set(id, name);
    collections.push({ date, serviceId: id, status: 'scheduled' });
  };

  for (const event of masters) {
    if (!event.startDate) continue;
    if (!event.isRecurring()) {
      add(event.summary, event.startDate);
      continue;
    }
    const it = event.iterator();
    for (let n = 0, next = it.next(); next && n < 2000; n++, next = it.next()) {
      if (dateOf(next) > to) break;
      const details = event.getOccurrenceDetails(next);
      // A RECURRENCE-ID override without a SUMMARY keeps the series' summary.
      add(details.item.summary || event.summary, details.startDate);
    }
  }
  return {
    services: [...services].map(([id, name]) => ({
      id,
      name,
      container: { colour: colourInName(name) },
    })),
    collections: collections.sort((a, b) => a.date.localeCompare(b.date) || a.serviceId.localeCompare(b.serviceId)),
  };
}

/** The London calendar date of an ICAL time: all-day and floating times keep their date. */
function dateOf(t: ICALTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  if (t.isDate || !t.zone || t.zone.tzid === 'floating') return local;
  return londonToday(t.toJSDate());
}
