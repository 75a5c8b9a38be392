import { addDays, isCalendarDate, isUsableDate, londonToday } from '../dates.js';
import { horizon, lookAheadCollections } from '../look-ahead.js';
import type {
  Address,
  Collection,
  CollectionOutcome,
  CollectionOptions,
  LookupOptions,
  Schedule,
  WasteProvider,
  WasteService,
} from '../types.js';
import { invalid, isObj, listFrom, providerFetch, requireUprn, text, uprnFrom } from './http.js';

/**
 * The Local Waste Service Standards API (communitiesuk/waste-service-standards):
 * GET {endpoint}/places?postcode= and GET {endpoint}/services?uprn=&start_date=&end_date=.
 * Field mapping follows the standard's examples: Place { uprn, address { saon, paon,
 * street, locality, town, postcode }, parent_uprn }, WasteService { id, name, frequency,
 * feature_types[] { color, lid_color, shape, materials[] { name } }, next_collections[]
 * { start_date } }. The standard has no way to say a collection moved (an open issue in
 * its RAML), so tasks may add `original_start_date`, `reason` and `status: "cancelled"`.
 * A task's `status` on the day ("Completed", "In progress", "Not done"…, the standard's codelist)
 * becomes the collection's outcome; `reason` says why one was not done.
 * With `lookAhead`, a second request asks for the tasks after the window, only when a service
 * has too few in it (a garden waste service in winter).
 */
export function lwssProvider(endpoint: string): WasteProvider {
  let end = endpoint.length;
  while (end > 0 && endpoint[end - 1] === '/') end--;
  const base = endpoint.slice(0, end);
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      return readPlaces(await providerFetch(`${base}/places?postcode=${encodeURIComponent(postcode)}`, options));
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      requireUprn(uprn);
      const read = async (from: string, to: string) =>
        readServices(
          await providerFetch(`${base}/services?uprn=${uprn}&start_date=${from}&end_date=${to}`, options),
          from,
          to,
        );
      const near = await read(options.from, options.to);
      const until = horizon(options);
      const per = options.lookAhead?.perService ?? 0;
      const have = new Map<string, number>();
      for (const c of near.collections)
        if (c.status !== 'cancelled') have.set(c.serviceId, (have.get(c.serviceId) ?? 0) + 1);
      if (until === options.to || near.services.every((s) => (have.get(s.id) ?? 0) >= per)) return near;
      const far = await read(addDays(options.to, 1), until);
      const known = new Set(near.services.map((s) => s.id));
      return {
        services: [...near.services, ...far.services.filter((s) => !known.has(s.id))],
        collections: lookAheadCollections([...near.collections, ...far.collections], options),
      };
    },
  };
}

/** GET /places: places (a list or a JSON-LD wrapper) as addresses. Invalid data throws a ProviderError. */
export function readPlaces(payload: unknown): Address[] {
  return listFrom(payload, 'places', ['places', 'hydra:member', '@graph']).map((p, i) => placeToAddress(p, i));
}

/**
 * GET /services: services and their tasks as a schedule, keeping the collections from `from` to
 * `to` (ISO dates). Invalid data throws a ProviderError('invalid-data') naming the field.
 */
export function readServices(payload: unknown, from: string, to: string): Schedule {
  const services: WasteService[] = [];
  const collections: Collection[] = [];
  /** Each id's service name: one id given twice with the same name is one service. */
  const named = new Map<string, string>();
  /** The id for each (id, name) pair seen, and the next suffix to try for an id. */
  const ids = new Map<string, string>();
  const next = new Map<string, number>();
  listFrom(payload, 'services', ['services', 'hydra:member', '@graph']).forEach((s, i) => {
    const path = `services[${i}]`;
    if (!isObj(s)) invalid(path, 'must be an object');
    const name = text(s.name, `${path}.name`);
    // Two services under one id keep their own collections: the second gets an id of its own.
    const given = text(s.id ?? s['@id'], `${path}.id`);
    const pair = JSON.stringify([given, name]);
    let id = ids.get(pair);
    const again = id !== undefined;
    if (id === undefined) {
      id = given;
      let n = next.get(given) ?? 2;
      while (named.has(id)) id = `${given}-${n++}`;
      next.set(given, n);
      named.set(id, name);
      ids.set(pair, id);
    }
    const feature = Array.isArray(s.feature_types) && isObj(s.feature_types[0]) ? s.feature_types[0] : {};
    const materials = Array.isArray(feature.materials)
      ? feature.materials.map((m) => (isObj(m) && typeof m.name === 'string' ? m.name : '')).filter(Boolean)
      : [];
    const task0 = Array.isArray(s.next_collections) && isObj(s.next_collections[0]) ? s.next_collections[0] : {};
    const size = Array.isArray(task0.features) && isObj(task0.features[0]) ? Number(task0.features[0].size) : NaN;
    if (!again)
      services.push({
        id,
        name,
        frequency: typeof s.frequency === 'string' ? s.frequency : undefined,
        materials,
        container: {
          type: typeof feature.shape === 'string' ? feature.shape : undefined,
          colour: typeof feature.color === 'string' ? feature.color : undefined,
          lidColour: typeof feature.lid_color === 'string' ? feature.lid_color : undefined,
          size: size > 0 && size < 1e6 ? size : undefined,
        },
      });
    const tasks = s.next_collections ?? [];
    if (!Array.isArray(tasks)) invalid(`${path}.next_collections`, 'must be a list');
    tasks.forEach((t, j) => {
      const tp = `${path}.next_collections[${j}]`;
      if (!isObj(t)) invalid(tp, 'must be an object');
      const date = toDate(t.start_date, `${tp}.start_date`);
      const original = toDate(t.original_start_date, `${tp}.original_start_date`);
      if (!date) return; // placeholder dates (0001-01-01, 1900-01-01) mean no date
      if (date < from || date > to) return;
      const status = statusOf(t.status);
      collections.push({
        date,
        serviceId: id,
        status: status === 'cancelled' ? 'cancelled' : original && original !== date ? 'moved' : 'scheduled',
        ...(original && original !== date ? { originalDate: original } : {}),
        ...(typeof t.reason === 'string' && t.reason.trim() ? { reason: t.reason.trim() } : {}),
        ...(status && status !== 'cancelled' ? { outcome: status } : {}),
      });
    });
  });
  return { services, collections: collections.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

/**
 * A task's `status` (the standard's codelist: Not started, In progress, On break, Closed /
 * Complete, Closed / Not done, Closed / Not required, Closed / Part done, Blocked, Abandoned;
 * and the common "Completed", "Not done", "Cancelled") as what a resident needs to know.
 * Anything else, or none, says nothing.
 */
export function statusOf(status: unknown): CollectionOutcome | 'cancelled' | undefined {
  if (typeof status !== 'string' || status.length > 100) return undefined;
  const s = status.toLowerCase().replace(/\s+/g, ' ').trim();
  if (s.includes('cancel')) return 'cancelled';
  if (/not done|not complete|part done|abandon|blocked|missed|not collected/.test(s)) return 'not-collected';
  if (/complete|^(closed \/ )?done$|^collected$/.test(s)) return 'collected';
  if (/not started|in progress|on break|^started$|^pending$/.test(s)) return 'not-yet';
  return undefined;
}

/**
 * A task's start as a London date: "2026-12-01", or a date-time "2026-12-01T07:00[:00[.000]]"
 * with "Z" or an offset ("+01:00"). A date-time without a zone is London's wall time, whatever
 * the device's zone. Absent or null is no date, and so is a placeholder year (0001, 1900);
 * anything else ("T", "2026-13-01", a number) is invalid data.
 */
function toDate(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const m =
    typeof value === 'string' && value.length < 64
      ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2})?)?)?$/i.exec(
          value.trim(),
        )
      : null;
  const [, day, h, min, sec = '0', zone, sign, oh, om = '0'] = m ?? [];
  const real =
    m &&
    isCalendarDate(day) &&
    (h === undefined || (+h < 24 && +min < 60 && +sec <= 60 && (!oh || (+oh < 24 && +om < 60))));
  if (!real) return invalid(path, `${JSON.stringify(String(value).slice(0, 40))} is not a date or date-time`);
  if (!zone || !isUsableDate(day)) return isUsableDate(day) ? day : undefined;
  const offset = zone.toUpperCase() === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
  const ms = Date.parse(`${day}T00:00:00Z`) + ((+h * 60 + +min - offset) * 60 + Math.min(+sec, 59)) * 1000;
  const date = londonToday(new Date(ms));
  return isUsableDate(date) ? date : undefined;
}

/** A building number or range ("3", "12A", "1-3"), which reads with its street: "3 Meadow Lane". */
const NUMBER = /^\d{1,6}[a-z]?(?: ?[-–] ?\d{1,6}[a-z]?)?$/i;

/**
 * The words of an address from its parts (BS 7666: SAON, PAON, street, locality, town), the
 * way a letter is addressed: "Flat 2, 3 Meadow Lane, Ashdown". A part that repeats the one
 * before (a locality that is also the town) is given once. The `description` is never the label.
 */
export function addressLabel(a: Record<string, unknown>): string {
  const part = (k: string) => (typeof a[k] === 'string' ? (a[k] as string).replace(/\s+/g, ' ').trim() : '');
  const parts: string[] = [];
  const add = (p: string) => {
    if (p && p.toLowerCase() !== parts[parts.length - 1]?.toLowerCase()) parts.push(p);
  };
  add(part('saon'));
  const paon = part('paon');
  const street = part('street');
  if (paon && street && NUMBER.test(paon)) add(`${paon} ${street}`);
  else {
    add(paon);
    add(street);
  }
  add(part('locality'));
  add(part('town'));
  return parts.join(', ');
}

function placeToAddress(p: unknown, i: number): Address {
  const path = `places[${i}]`;
  if (!isObj(p)) return invalid(path, 'must be an object');
  const uprn = uprnFrom(p.uprn, `${path}.uprn`);
  const a = isObj(p.address) ? p.address : {};
  const label = addressLabel(a);
  if (!label) invalid(`${path}.address`, 'has no address lines (saon, paon, street, locality or town)');
  const description = typeof a.description === 'string' ? a.description.replace(/\s+/g, ' ').trim() : '';
  return {
    uprn,
    label,
    ...(p.parent_uprn ? { parentUprn: uprnFrom(p.parent_uprn, `${path}.parent_uprn`) } : {}),
    ...(description && description.toLowerCase() !== label.toLowerCase() ? { description } : {}),
  };
}
