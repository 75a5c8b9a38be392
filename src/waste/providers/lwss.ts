import { isUsableDate, londonToday } from '../dates.js';
import type {
  Address,
  Collection,
  CollectionOptions,
  LookupOptions,
  Schedule,
  WasteProvider,
  WasteService,
} from '../types.js';
import { invalid, isObj, listFrom, providerFetch, text } from './http.js';

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
  const base = endpoint.replace(/\/+$/, '');
  return {
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      const payload = await providerFetch(`${base}/places?postcode=${encodeURIComponent(postcode)}`, options);
      return listFrom(payload, 'places', ['places', 'hydra:member', '@graph']).map((p, i) => placeToAddress(p, i));
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      const url = `${base}/services?uprn=${encodeURIComponent(uprn)}&start_date=${options.from}&end_date=${options.to}`;
      const payload = await providerFetch(url, options);
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
            size: Number.isFinite(size) ? size : undefined,
          },
        });
        const tasks = s.next_collections ?? [];
        if (!Array.isArray(tasks)) invalid(`${path}.next_collections`, 'must be a list');
        tasks.forEach((t, j) => {
          const tp = `${path}.next_collections[${j}]`;
          if (!isObj(t)) invalid(tp, 'must be an object');
          const date = toDate(t.start_date);
          if (!date) return; // placeholder dates (0001-01-01, 1900-01-01) mean no date
          if (date < options.from || date > options.to) return;
          const original = toDate(t.original_start_date);
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
      return { services, collections: collections.sort((a, b) => a.date.localeCompare(b.date)) };
    },
  };
}

/** A task's start: a date or a date-time (taken as the London calendar date). */
function toDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : /T/.test(value) ? londonToday(new Date(value)) : '';
  return isUsableDate(date) ? date : undefined;
}

function placeToAddress(p: unknown, i: number): Address {
  const path = `places[${i}]`;
  if (!isObj(p)) return invalid(path, 'must be an object');
  const uprn = text(p.uprn, `${path}.uprn`);
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
    ...(p.parent_uprn ? { parentUprn: text(p.parent_uprn, `${path}.parent_uprn`) } : {}),
  };
}
