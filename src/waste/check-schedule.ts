/**
 * A schedule from any provider, checked before the widget uses it (with the results, on demand):
 * the same contract for a council's own provider as for the built-in ones. No DOM.
 */
import { arr, obj, str, tidy, wrong } from './check.js';
import { isCalendarDate, isUsableDate } from './dates.js';
import type { Collection, Schedule, WasteService } from './types.js';

/** A date for a collection: ISO and real, or undefined for a placeholder outside 2000–2099. */
function date(v: unknown, path: string): string | undefined {
  if (!isCalendarDate(v)) return wrong(path, 'a date like 2026-12-01');
  return isUsableDate(v) ? v : undefined;
}

const STATUSES: readonly string[] = ['scheduled', 'moved', 'cancelled'];
const OUTCOMES: readonly string[] = ['collected', 'not-yet', 'not-collected'];
/** Which of two records of one collection to keep: the one that says more. */
const RANK: Record<Collection['status'], number> = { cancelled: 0, scheduled: 1, moved: 2 };

/**
 * A schedule: services and collections copied field by field, placeholder dates left out.
 * Merged, never doubled: a service given twice with the same id and name is one service (two
 * different names under one id are invalid data: whose bin days would they be?); a service's
 * collection given twice on one date is one collection (a moved or scheduled record wins over
 * a cancelled one). Collections of a service the schedule does not name are left out.
 * Collections come back in date order.
 */
export function checkSchedule(value: unknown): Schedule {
  const s = obj(value, 'schedule');
  const services: WasteService[] = [];
  const names = new Map<string, string>();
  arr(s.services, 'services').forEach((v, i) => {
    const p = `services[${i}]`;
    const o = obj(v, p);
    const c = o.container === undefined ? undefined : obj(o.container, `${p}.container`);
    const size = c?.size;
    if (size !== undefined && !(typeof size === 'number' && size > 0 && size < 1e6))
      wrong(`${p}.container.size`, 'litres');
    const materials = o.materials === undefined ? undefined : arr(o.materials, `${p}.materials`);
    const service: WasteService = {
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
    const before = names.get(service.id);
    if (before === undefined) {
      names.set(service.id, service.name);
      services.push(service);
    } else if (tidy(before) !== tidy(service.name))
      wrong(`${p}.id`, `a different id: ${JSON.stringify(service.id.slice(0, 40))} already names another service`);
  });
  const byKey = new Map<string, Collection>();
  arr(s.collections, 'collections').forEach((v, i) => {
    const p = `collections[${i}]`;
    const o = obj(v, p);
    const status = o.status;
    if (typeof status !== 'string' || !STATUSES.includes(status)) wrong(`${p}.status`, 'scheduled, moved or cancelled');
    const outcome = o.outcome;
    if (outcome !== undefined && (typeof outcome !== 'string' || !OUTCOMES.includes(outcome)))
      wrong(`${p}.outcome`, 'collected, not-yet or not-collected');
    const d = date(o.date, `${p}.date`);
    const original = o.originalDate === undefined ? undefined : date(o.originalDate, `${p}.originalDate`);
    const reason = str(o.reason, `${p}.reason`, true);
    const serviceId = str(o.serviceId, `${p}.serviceId`)!;
    if (!d || !names.has(serviceId)) return;
    const c: Collection = {
      date: d,
      serviceId,
      status: status as Collection['status'],
      ...(original && original !== d ? { originalDate: original } : {}),
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      ...(outcome ? { outcome: outcome as Collection['outcome'] } : {}),
    };
    // A string key that two different (service, date) pairs cannot share: the date has a fixed length.
    const key = `${d}${serviceId}`;
    const before = byKey.get(key);
    if (!before) return void byKey.set(key, c);
    // The record that says more wins (the first on a tie); only a day's outcome is taken from the other.
    const [win, other] = RANK[c.status] > RANK[before.status] ? [c, before] : [before, c];
    const outcomeOf = win.outcome ?? other.outcome;
    byKey.set(key, outcomeOf ? { ...win, outcome: outcomeOf } : win);
  });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const collections = [...byKey.values()].sort((a, b) => order(a.date, b.date) || order(a.serviceId, b.serviceId));
  const feedUrl = str(s.feedUrl, 'feedUrl', true);
  return { services, collections, ...(feedUrl ? { feedUrl } : {}) };
}
