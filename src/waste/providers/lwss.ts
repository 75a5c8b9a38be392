import { isCalendarDate, isUsableDate, londonToday } from '../dates.js';
import type {
  Address,
  Collection,
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
      const url = `${base}/services?uprn=${requireUprn(uprn)}&start_date=${options.from}&end_date=${options.to}`;
      return readServices(await providerFetch(url, options), options.from, options.to);
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
  listFrom(payload, 'services', ['services', 'hydra:member', '@graph']).forEach((s, i) => {
    const path = `services[${i}]`;
    if (!isObj(s)) invalid(path, 'must be an object');
    const id = text(s.id ?? s['@id'], `${path}.id`);
    const feature = Array.isArray(s.feature_types) && isObj(s.feature_types[0]) ? s.feature_types[0] : {};
    const materials = Array.isArray(feature.materials)
      ? feature.materials.map((m) => (isObj(m) && typeof m.name === 'string' ? m.name : '')).filter(Boolean)
      : [];
    const task0 = Array.isArray(s.next_collections) && isObj(s.next_collections[0]) ? s.next_collections[0] : {};
    const size = Array.isArray(task0.features) && isObj(task0.features[0]) ? Number(task0.features[0].size) : NaN;
    services.push({
      id,
      name: text(s.name, `${path}.name`),
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
      const cancelled = typeof t.status === 'string' && /cancel/i.test(t.status);
      collections.push({
        date,
        serviceId: id,
        status: cancelled ? 'cancelled' : original && original !== date ? 'moved' : 'scheduled',
        ...(original && original !== date ? { originalDate: original } : {}),
        ...(typeof t.reason === 'string' && t.reason.trim() ? { reason: t.reason.trim() } : {}),
      });
    });
  });
  return { services, collections: collections.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
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

function placeToAddress(p: unknown, i: number): Address {
  const path = `places[${i}]`;
  if (!isObj(p)) return invalid(path, 'must be an object');
  const uprn = uprnFrom(p.uprn, `${path}.uprn`);
  const a = isObj(p.address) ? p.address : {};
  const parts = ['description', 'saon', 'paon', 'street', 'locality', 'town']
    .map((k) => a[k])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  // The description (if given) is the whole address already.
  const label = typeof a.description === 'string' && a.description.trim() ? a.description.trim() : parts.join(', ');
  if (!label) invalid(`${path}.address`, 'has no address lines');
  return {
    uprn,
    label,
    ...(p.parent_uprn ? { parentUprn: uprnFrom(p.parent_uprn, `${path}.parent_uprn`) } : {}),
  };
}
