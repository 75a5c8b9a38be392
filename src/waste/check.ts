/**
 * What any provider returns, checked before the widget uses it: a council's own provider
 * object is held to the same contract as the built-in ones. A value that breaks it is a
 * ProviderError('invalid-data'), which the widget words for residents. No DOM.
 */
import { isCalendarDate, isUsableDate } from './dates.js';
import { ProviderError, type Address, type Collection, type Schedule, type WasteService } from './types.js';

/**
 * A UPRN is 1 to 12 digits (OS AddressBase). Only such a string reaches a request URL, a
 * calendar UID, a saved address or a file; anything else from a provider is invalid data.
 */
export const isUprn = (v: unknown): v is string => typeof v === 'string' && /^\d{1,12}$/.test(v);

const wrong = (path: string, what: string): never => {
  throw new ProviderError('invalid-data', `${path} must be ${what}`);
};
const str = (v: unknown, path: string, optional = false): string | undefined =>
  (optional && v === undefined) || (typeof v === 'string' && (optional || v.trim()))
    ? (v as string | undefined)
    : wrong(path, 'text');
const obj = (v: unknown, path: string) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : wrong(path, 'an object');
const arr = (v: unknown, path: string) => (Array.isArray(v) ? v : wrong(path, 'a list'));

/** A list of addresses, each with a UPRN (1–12 digits) and a label. */
export function checkAddresses(value: unknown): Address[] {
  return arr(value, 'addresses').map((a, i) => {
    const o = obj(a, `addresses[${i}]`);
    if (!isUprn(o.uprn)) wrong(`addresses[${i}].uprn`, '1 to 12 digits');
    if (o.parentUprn !== undefined && !isUprn(o.parentUprn)) wrong(`addresses[${i}].parentUprn`, '1 to 12 digits');
    return {
      uprn: o.uprn as string,
      label: str(o.label, `addresses[${i}].label`)!,
      ...(o.parentUprn ? { parentUprn: o.parentUprn as string } : {}),
    };
  });
}

/** A date for a collection: ISO and real, or undefined for a placeholder outside 2000–2099. */
function date(v: unknown, path: string): string | undefined {
  if (!isCalendarDate(v)) return wrong(path, 'a date like 2026-12-01');
  return isUsableDate(v) ? v : undefined;
}

/** A schedule: services and collections copied field by field, placeholder dates left out. */
export function checkSchedule(value: unknown): Schedule {
  const s = obj(value, 'schedule');
  const services = arr(s.services, 'services').map((v, i): WasteService => {
    const p = `services[${i}]`;
    const o = obj(v, p);
    const c = o.container === undefined ? undefined : obj(o.container, `${p}.container`);
    const size = c?.size;
    if (size !== undefined && !(typeof size === 'number' && size > 0 && size < 1e6))
      wrong(`${p}.container.size`, 'litres');
    const materials = o.materials === undefined ? undefined : arr(o.materials, `${p}.materials`);
    return {
      id: str(o.id, `${p}.id`)!,
      name: str(o.name, `${p}.name`)!,
      frequency: str(o.frequency, `${p}.frequency`, true),
      materials: materials?.map((m, j) => str(m, `${p}.materials[${j}]`)!),
      container: c && {
        type: str(c.type, `${p}.container.type`, true),
        colour: str(c.colour, `${p}.container.colour`, true),
        lidColour: str(c.lidColour, `${p}.container.lidColour`, true),
        size: size as number | undefined,
      },
    };
  });
  const collections: Collection[] = [];
  arr(s.collections, 'collections').forEach((v, i) => {
    const p = `collections[${i}]`;
    const o = obj(v, p);
    const status = o.status;
    if (status !== 'scheduled' && status !== 'moved' && status !== 'cancelled')
      wrong(`${p}.status`, 'scheduled, moved or cancelled');
    const d = date(o.date, `${p}.date`);
    const original = o.originalDate === undefined ? undefined : date(o.originalDate, `${p}.originalDate`);
    const reason = str(o.reason, `${p}.reason`, true);
    if (d)
      collections.push({
        date: d,
        serviceId: str(o.serviceId, `${p}.serviceId`)!,
        status: status as Collection['status'],
        ...(original ? { originalDate: original } : {}),
        ...(reason ? { reason } : {}),
      });
  });
  const feedUrl = str(s.feedUrl, 'feedUrl', true);
  return { services, collections, ...(feedUrl ? { feedUrl } : {}) };
}
