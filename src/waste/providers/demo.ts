import { addDays } from '../dates.js';
import { isUprn } from '../uprn.js';
import { horizon, lookAheadCollections } from '../look-ahead.js';
import type {
  Address,
  Collection,
  CollectionOptions,
  CollectionOutcome,
  LookupOptions,
  Schedule,
  WasteProvider,
  WasteService,
} from '../types.js';
import { ProviderError } from '../types.js';
import type { ProviderOptions } from './registry.js';

/**
 * Demo data for a fictional council, Ashdown District Council, so Storybook and `npm start`
 * work with no server. The schedule is generated relative to today; one refuse collection is
 * moved by a day "because of the bank holiday", and garden waste stops for the winter
 * (December to February). Postcodes:
 *   AA3 1AB  4 houses          AA3 1AD  24 flats in one block (a select)
 *   AA3 1AE  no addresses      AA3 1AF  300 addresses (performance)
 *   any postcode outside AA3 is not in the council's area (ZZ9 9ZZ, SW1A 2AA…)
 * It honours `signal` and `timeoutMs` like a real provider, so it passes runProviderConformance.
 */
export const DEMO_POSTCODES = {
  few: 'AA3 1AB',
  many: 'AA3 1AD',
  none: 'AA3 1AE',
  huge: 'AA3 1AF',
  outOfArea: 'ZZ9 9ZZ',
} as const;

const STREETS: Record<string, (i: number) => string> = {
  'AA3 1AB': (i) => `${i * 2 + 1} Meadow Lane, Ashdown`,
  'AA3 1AD': (i) => `Flat ${i + 1}, Kestrel House, 2 Mill Road, Ashdown`,
  'AA3 1AF': (i) => `${i + 1} Long Street, Ashdown`,
};
const COUNTS: Record<string, number> = { 'AA3 1AB': 4, 'AA3 1AD': 24, 'AA3 1AF': 300 };
const PREFIX: Record<string, string> = { 'AA3 1AB': '1000', 'AA3 1AD': '2000', 'AA3 1AF': '3000' };

export const DEMO_SERVICES: WasteService[] = [
  {
    id: 'refuse',
    name: 'Rubbish',
    container: { type: 'wheelie_bin', colour: 'black', size: 180 },
    materials: ['Non-recyclable household waste'],
    frequency: 'alternate weekly',
  },
  {
    id: 'recycling',
    name: 'Mixed recycling',
    container: { type: 'wheelie_bin', colour: 'grey', lidColour: 'blue', size: 240 },
    materials: ['Paper and card', 'Plastic bottles, pots, tubs and trays', 'Tins and cans', 'Glass bottles and jars'],
    frequency: 'alternate weekly',
  },
  {
    id: 'food',
    name: 'Food waste',
    container: { type: 'caddy', colour: 'brown', size: 23 },
    materials: ['All cooked and uncooked food'],
    frequency: 'weekly',
  },
  {
    id: 'garden',
    name: 'Garden waste',
    container: { type: 'wheelie_bin', colour: 'green', size: 240 },
    materials: ['Grass cuttings, leaves, hedge trimmings'],
    frequency: 'alternate weekly (subscription)',
  },
];

/** Options for the demo: a delay (to show loading), a failure, or how today went, for stories and tests. */
export interface DemoOptions {
  delayMs?: number;
  fail?: 'network' | 'timeout' | 'http';
  /** The date treated as today (tests fix the clock); London's today by default. */
  today?: string;
  /** How today's collections went (the Local Waste Service Standards task status), and why one was not done. */
  todayOutcome?: CollectionOutcome;
  todayReason?: string;
}

const OUTCOMES: readonly CollectionOutcome[] = ['collected', 'not-yet', 'not-collected'];

/** The demo's settings from `provider-options`, each checked: anything else is left out. */
export function demoOptionsFrom(o: ProviderOptions): DemoOptions {
  const delay = o.delayMs;
  return {
    ...(typeof delay === 'number' && delay >= 0 && delay <= 60_000 ? { delayMs: delay } : {}),
    ...(o.fail === 'network' || o.fail === 'timeout' || o.fail === 'http'
      ? { fail: o.fail as DemoOptions['fail'] }
      : {}),
    ...(OUTCOMES.includes(o.todayOutcome as CollectionOutcome)
      ? { todayOutcome: o.todayOutcome as CollectionOutcome }
      : {}),
    ...(typeof o.todayReason === 'string' ? { todayReason: o.todayReason.slice(0, 500) } : {}),
  };
}

/** Waits `ms` (none when 0), ending early with ProviderError('aborted') or ('timeout') as a real request would. */
function wait(ms: number, options: LookupOptions): Promise<void> {
  const { signal, timeoutMs } = options;
  if (signal?.aborted) return Promise.reject(new ProviderError('aborted', 'Cancelled'));
  if (!ms) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const stop = (e: ProviderError) => {
      clearTimeout(done);
      clearTimeout(late);
      signal?.removeEventListener('abort', onAbort);
      reject(e);
    };
    const onAbort = () => stop(new ProviderError('aborted', 'Cancelled'));
    const done = setTimeout(() => {
      clearTimeout(late);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const late =
      timeoutMs !== undefined && timeoutMs < ms
        ? setTimeout(() => stop(new ProviderError('timeout', `No response within ${timeoutMs} ms`)), timeoutMs)
        : undefined;
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function demoProvider(demo: DemoOptions = {}): WasteProvider {
  const answer = async (options: LookupOptions) => {
    await wait(demo.delayMs ?? 0, options);
    if (demo.fail)
      throw new ProviderError(
        demo.fail,
        demo.fail === 'timeout' ? 'No response' : demo.fail === 'http' ? 'HTTP 500' : 'Failed to fetch',
      );
  };
  return {
    example: true,
    async findAddresses(postcode: string, options: LookupOptions): Promise<Address[]> {
      await answer(options);
      if (!postcode.startsWith('AA3 '))
        throw new ProviderError('out-of-area', `${postcode.slice(0, 10)} is not in Ashdown District Council’s area`);
      const make = STREETS[postcode];
      if (!make) return [];
      return Array.from({ length: COUNTS[postcode] }, (_, i) => ({
        uprn: `${PREFIX[postcode]}${String(i + 1).padStart(5, '0')}`,
        label: `${make(i)}, ${postcode}`,
        ...(postcode === 'AA3 1AD' ? { parentUprn: '200000000' } : {}),
      }));
    },
    async getCollections(uprn: string, options: CollectionOptions): Promise<Schedule> {
      if (!isUprn(uprn)) throw new ProviderError('invalid-data', 'a UPRN is 1 to 12 digits');
      await answer(options);
      // The lookup's own today (its `today` attribute) arrives as `from`: the schedule follows it.
      const today = demo.today ?? options.from;
      const all = demoSchedule(uprn, options.from, horizon(options), today);
      const collections = lookAheadCollections(all.collections, options).map((c) =>
        c.date === today && demo.todayOutcome && c.status !== 'cancelled'
          ? {
              ...c,
              outcome: demo.todayOutcome,
              ...(demo.todayOutcome === 'not-collected' && demo.todayReason ? { reason: demo.todayReason } : {}),
            }
          : c,
      );
      return { services: all.services, collections };
    },
  };
}

/**
 * Food weekly on the property's day; rubbish and recycling on alternate weeks; garden waste
 * fortnightly for houses only, March to November. The property's collection day comes from its UPRN.
 */
export function demoSchedule(uprn: string, from: string, to: string, today: string): Schedule {
  const weekday = Number(uprn.slice(-1)) % 5; // 0 = Monday … 4 = Friday
  // The first collection day on or after today.
  const todayWeekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const first = addDays(today, (weekday - todayWeekday + 7) % 7);
  const flats = uprn.startsWith('2000');
  const collections: Collection[] = [];
  for (let week = 0; week < 260; week++) {
    const date = addDays(first, week * 7);
    if (date > to) break;
    if (date < from) continue;
    collections.push({ date, serviceId: 'food', status: 'scheduled' });
    collections.push({ date, serviceId: week % 2 === 0 ? 'refuse' : 'recycling', status: 'scheduled' });
    const month = Number(date.slice(5, 7));
    if (!flats && week % 2 === 1 && month >= 3 && month <= 11)
      collections.push({ date, serviceId: 'garden', status: 'scheduled' });
  }
  // One change: the second rubbish collection moves a day later for a bank holiday.
  const refuse = collections.filter((c) => c.serviceId === 'refuse');
  const moved = refuse[1] ?? refuse[0];
  if (moved) {
    moved.status = 'moved';
    moved.originalDate = moved.date;
    moved.date = addDays(moved.date, 1);
    moved.reason = 'because of the bank holiday';
  }
  collections.sort((a, b) => a.date.localeCompare(b.date));
  return {
    services: flats ? DEMO_SERVICES.filter((s) => s.id !== 'garden') : DEMO_SERVICES,
    collections,
  };
}
