/**
 * `service-map`: a council's corrections to its own data, applied after the data is checked:
 *
 *   service-map='{ "Green Bin": { "name": "Garden waste", "colour": "green" },
 *                  "refuse": { "colour": "black", "lidColour": "purple", "container": "wheelie_bin" } }'
 *
 * Each key is a service id or the service's name as the data gives it (case and spacing aside);
 * each value may set `name`, `colour`, `lidColour` (black, grey, green, blue, brown, purple, red,
 * yellow, white, and the aliases gray, silver, burgundy, maroon, orange) and `container`
 * (wheelie_bin, communal_bin, box, triple_box_stack, sack, reusable_sack, carrier_bag, caddy,
 * inner_caddy). Anything else is ignored with one console warning naming it. No DOM.
 */
import { warnIgnored } from '../../core/warn.js';
import { binColour } from '../../waste/colours.js';
import type { Schedule, WasteService } from '../../waste/types.js';

export const CONTAINERS = [
  'wheelie_bin',
  'communal_bin',
  'box',
  'triple_box_stack',
  'sack',
  'reusable_sack',
  'carrier_bag',
  'caddy',
  'inner_caddy',
] as const;

interface Correction {
  name?: string;
  colour?: string;
  lidColour?: string;
  container?: string;
}

const where = { element: 'ldc-waste-lookup', attribute: 'service-map' };
const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The corrections from the attribute (JSON) or property (an object), each value checked. */
export function readServiceMap(value: unknown): Map<string, Correction> {
  const map = new Map<string, Correction>();
  if (value === undefined || value === null || value === '') return map;
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      warnIgnored(where, value, 'use JSON like {"Green Bin": {"colour": "green"}}. No corrections are made');
      return map;
    }
  }
  if (!isObject(data)) {
    warnIgnored(where, typeof value === 'string' ? value : JSON.stringify(value), 'use an object of corrections');
    return map;
  }
  for (const [service, raw] of Object.entries(data)) {
    if (!isObject(raw)) {
      warnIgnored(where, `${service}: ${JSON.stringify(raw)}`, 'a correction is an object like {"colour": "green"}');
      continue;
    }
    const c: Correction = {};
    const text = (k: string) => {
      const v = raw[k];
      if (v === undefined) return undefined;
      if (typeof v === 'string' && v.trim() && v.length <= 200) return v.replace(/\s+/g, ' ').trim();
      warnIgnored(where, `${service}.${k}: ${JSON.stringify(v)}`, 'use text of up to 200 characters');
      return undefined;
    };
    const name = text('name');
    if (name) c.name = name;
    for (const k of ['colour', 'lidColour'] as const) {
      const v = text(k);
      if (v && binColour(v)) c[k] = binColour(v);
      else if (v)
        warnIgnored(
          where,
          `${service}.${k}: ${v}`,
          'use black, grey, green, blue, brown, purple, red, yellow or white',
        );
    }
    const container = text('container');
    if (container && (CONTAINERS as readonly string[]).includes(container)) c.container = container;
    else if (container) warnIgnored(where, `${service}.container: ${container}`, `use one of ${CONTAINERS.join(', ')}`);
    map.set(key(service), c);
  }
  return map;
}

/** The schedule with the corrections applied: by id first, then by the data's name. */
export function applyServiceMap(schedule: Schedule, map: Map<string, Correction>): Schedule {
  if (!map.size) return schedule;
  const services = schedule.services.map((s): WasteService => {
    const c = map.get(key(s.id)) ?? map.get(key(s.name));
    if (!c) return s;
    const container =
      c.colour || c.lidColour || c.container
        ? {
            ...s.container,
            ...(c.colour ? { colour: c.colour } : {}),
            ...(c.lidColour ? { lidColour: c.lidColour } : {}),
            ...(c.container ? { type: c.container } : {}),
          }
        : s.container;
    return { ...s, ...(c.name ? { name: c.name } : {}), container };
  });
  return { ...schedule, services };
}
