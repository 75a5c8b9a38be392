/**
 * Recurrence rules (RFC 5545 §3.3.10) for bin collections, read strictly and expanded in bounded
 * time. A collection is a date, so every rule is expanded day by day in the event's own local
 * calendar, with one time of day; the caller turns local days into London dates.
 *
 * Bounded by construction: a rule is never iterated from its DTSTART. Without COUNT the first
 * period that can reach the window is found arithmetically (a DTSTART decades ago, or
 * INTERVAL=10000000, costs nothing); only the days of the window are looked at. COUNT needs the
 * occurrences before the window: common rules count them arithmetically, the others day by day
 * against a budget shared by the whole feed. Every fault is a ProviderError('invalid-data').
 * Plain TypeScript, no DOM.
 */
import { ProviderError } from './types.js';

// ---- calendar days ---------------------------------------------------------------------------

/** Days since 1970-01-01 of a proleptic Gregorian date (any year). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Year, month and day of the last day given to `toCivil` (no array per day: rules look at many). */
let Y = 1970;
let M = 1;
let D = 1;

let Z = 0;

function toCivil(z: number): void {
  // Rules look at runs of consecutive days: the next day of the same month is one addition.
  if (z === Z + 1 && D < 28) {
    Z = z;
    D++;
    return;
  }
  Z = z;
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  D = doy - Math.floor((153 * mp + 2) / 5) + 1;
  M = mp < 10 ? mp + 3 : mp - 9;
  Y = yoe + era * 400 + (M <= 2 ? 1 : 0);
}

/** The year, month and day of a day number. */
export function civil(z: number): [number, number, number] {
  toCivil(z);
  return [Y, M, D];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (z: number) => (((z + 3) % 7) + 7) % 7;

/** "2026-12-01" for a day number. */
export function isoDay(z: number): string {
  const [y, m, d] = civil(z);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---- rules -----------------------------------------------------------------------------------

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Freq = (typeof FREQS)[number];

export interface Rule {
  freq: Freq;
  interval: number;
  count?: number;
  /** UNTIL as written; the caller reads it in the event's zone. */
  until?: string;
  byMonth?: number[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  /** [ordinal (0 = every), weekday (0 = Monday)]. */
  byDay?: [number, number][];
  bySetPos?: number[];
  wkst: number;
  /** A single BYHOUR, BYMINUTE or BYSECOND: the time of day of every occurrence. */
  hour?: number;
  minute?: number;
  second?: number;
}

const bad = (message: string): never => {
  throw new ProviderError('invalid-data', `RRULE ${message}`);
};
const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A whole number written plainly (at most 9 digits), within [min, max], either sign if allowed. */
function int(text: string, part: string, min: number, max: number, signed = false): number {
  if (!(signed ? /^[+-]?\d{1,9}$/ : /^\+?\d{1,9}$/).test(text)) bad(`${part}=${show(text)} is not a whole number`);
  const n = Number(text);
  if (n < min || n > max || (signed && n === 0))
    bad(`${part}=${show(text)} is out of range (${signed ? `±${Math.max(-min, max)}` : `${min} to ${max}`})`);
  return n;
}

function list(text: string, part: string, min: number, max: number, signed: boolean): number[] {
  const items = text.split(',');
  if (items.length > 400) bad(`${part} has more than 400 values`);
  return items.map((v) => int(v, part, min, max, signed));
}

function weekdayOf(text: string, part: string): number {
  const i = WEEKDAYS.indexOf(text);
  if (i < 0) bad(`${part}=${show(text)} is not a day (MO, TU, WE, TH, FR, SA or SU)`);
  return i;
}

/**
 * Reads an RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"). Refuses what RFC 5545 forbids
 * (COUNT or INTERVAL below 1, COUNT with UNTIL, impossible BYDAY ordinals, parts the frequency
 * does not allow) and what a bin collection never needs (repeating more than once a day).
 */
export function parseRule(value: string): Rule {
  const text = value.trim().toUpperCase();
  if (!text) bad('is empty');
  if (text.length > 2000) bad('is longer than 2000 characters');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq) : '';
    const v = part.slice(eq + 1);
    if (!key || !v) bad(`part ${show(part)} is not NAME=VALUE`);
    if (key.startsWith('X-')) continue;
    if (parts.has(key)) bad(`gives ${key} twice`);
    parts.set(key, v);
  }
  const freq = parts.get('FREQ');
  if (!freq) bad('has no FREQ');
  if (freq === 'HOURLY' || freq === 'MINUTELY' || freq === 'SECONDLY')
    bad(`FREQ=${freq}: bin collections repeat by day, week, month or year`);
  if (!(FREQS as readonly string[]).includes(freq!)) bad(`FREQ=${show(freq!)} is not a frequency`);
  const rule: Rule = { freq: freq as Freq, interval: 1, wkst: 0 };
  const has = (k: string) => parts.has(k);
  for (const [key, v] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = int(v, key, 1, 999_999_999);
        break;
      case 'COUNT':
        rule.count = int(v, key, 1, 999_999_999);
        break;
      case 'UNTIL':
        rule.until = v;
        break;
      case 'WKST':
        rule.wkst = weekdayOf(v, key);
        break;
      case 'BYMONTH':
        rule.byMonth = list(v, key, 1, 12, false);
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = list(v, key, -31, 31, true);
        break;
      case 'BYYEARDAY':
        rule.byYearDay = list(v, key, -366, 366, true);
        break;
      case 'BYWEEKNO':
        rule.byWeekNo = list(v, key, -53, 53, true);
        break;
      case 'BYSETPOS':
        rule.bySetPos = list(v, key, -366, 366, true);
        break;
      case 'BYHOUR':
      case 'BYMINUTE':
      case 'BYSECOND': {
        if (v.includes(',')) bad(`${key} with more than one value: bin collections happen once a day`);
        const n = int(v, key, 0, key === 'BYHOUR' ? 23 : key === 'BYMINUTE' ? 59 : 60);
        if (key === 'BYHOUR') rule.hour = n;
        else if (key === 'BYMINUTE') rule.minute = n;
        else rule.second = Math.min(n, 59);
        break;
      }
      case 'BYDAY': {
        const items = v.split(',');
        if (items.length > 400) bad('BYDAY has more than 400 values');
        rule.byDay = items.map((item) => {
          const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
          if (!m) bad(`BYDAY=${show(item)} is not a day like MO, 2TU or -1FR`);
          const n = m![1] ? Number(m![1]) : 0;
          if (m![1] && (n === 0 || Math.abs(n) > 53)) bad(`BYDAY=${show(item)}: no such week`);
          return [n, weekdayOf(m![2], key)];
        });
        break;
      }
      default:
        bad(`part ${show(key)} is unknown`);
    }
  }
  const f = rule.freq;
  if (has('COUNT') && has('UNTIL')) bad('gives both COUNT and UNTIL');
  const ordinals = rule.byDay?.some(([n]) => n !== 0);
  if (ordinals) {
    if (f === 'DAILY' || f === 'WEEKLY') bad(`BYDAY with a number is only for monthly or yearly rules`);
    if (rule.byWeekNo) bad('BYDAY with a number cannot be used with BYWEEKNO');
    const inMonth = f === 'MONTHLY' || rule.byMonth;
    if (inMonth && rule.byDay!.some(([n]) => Math.abs(n) > 5)) bad(`BYDAY: a month has at most 5 of each day`);
  }
  if (rule.byMonthDay && f === 'WEEKLY') bad('BYMONTHDAY cannot be used in a weekly rule');
  if (rule.byYearDay && f !== 'YEARLY') bad('BYYEARDAY is only for yearly rules');
  if (rule.byWeekNo && f !== 'YEARLY') bad('BYWEEKNO is only for yearly rules');
  if (
    rule.bySetPos &&
    !(rule.byDay || rule.byMonth || rule.byMonthDay || rule.byYearDay || rule.byWeekNo || has('BYHOUR'))
  )
    bad('BYSETPOS needs another BY… part');
  return rule;
}

// ---- expansion -------------------------------------------------------------------------------

/** Work allowed for one feed, in days looked at; shared by its rules. */
export interface Budget {
  left: number;
}

function spend(budget: Budget, n: number): void {
  budget.left -= n;
  if (budget.left < 0)
    throw new ProviderError('invalid-data', 'the feed’s repeating events need too much work to expand');
}

/** A rule made ready for one DTSTART: defaults from DTSTART filled in (RFC 5545), parts as lookups. */
interface Ready {
  rule: Rule;
  start: number;
  interval: number;
  byMonth?: number[];
  byMonthDay?: number[];
  byDay?: [number, number][];
  /** The period index of DTSTART (day, week, month or year). */
  p0: number;
  // Lookups, so that looking at a day costs a few array reads.
  months?: boolean[];
  dayPos?: boolean[];
  dayNeg?: boolean[];
  yearPos?: boolean[];
  yearNeg?: boolean[];
  weekPos?: boolean[];
  weekNeg?: boolean[];
  weekdays?: boolean[];
  ordinals?: [number, number][];
  /** Ordinals count within the month (monthly rules, or yearly ones with BYMONTH), else the year. */
  inMonth: boolean;
  week1: Map<number, number>;
}

/** [positive, negative] lookups for a list of ±n. */
function lookups(values: number[], size: number): [boolean[], boolean[]] {
  const pos = new Array<boolean>(size + 1).fill(false);
  const neg = new Array<boolean>(size + 1).fill(false);
  for (const n of values) (n > 0 ? pos : neg)[Math.abs(n)] = true;
  return [pos, neg];
}

function prepare(rule: Rule, start: number): Ready {
  const [y, m, d] = civil(start);
  let { byMonth, byMonthDay, byDay } = rule;
  if (rule.freq === 'WEEKLY' && !byDay) byDay = [[0, weekday(start)]];
  if (rule.freq === 'MONTHLY' && !byDay && !byMonthDay) byMonthDay = [d];
  if (rule.freq === 'YEARLY' && !byDay && !byMonthDay && !rule.byYearDay) {
    if (rule.byWeekNo) byDay = [[0, weekday(start)]];
    else {
      byMonthDay = [d];
      byMonth ??= [m];
    }
  }
  const r: Ready = {
    rule,
    start,
    interval: rule.interval,
    byMonth,
    byMonthDay,
    byDay,
    p0: 0,
    inMonth: rule.freq === 'MONTHLY' || !!byMonth,
    week1: new Map(),
  };
  r.p0 = period(r, start, y, m);
  if (byMonth) r.months = lookups(byMonth, 12)[0];
  if (byMonthDay) [r.dayPos, r.dayNeg] = lookups(byMonthDay, 31);
  if (rule.byYearDay) [r.yearPos, r.yearNeg] = lookups(rule.byYearDay, 366);
  if (rule.byWeekNo) [r.weekPos, r.weekNeg] = lookups(rule.byWeekNo, 53);
  if (byDay) {
    r.weekdays = new Array<boolean>(7).fill(false);
    for (const [n, w] of byDay) if (n === 0) r.weekdays[w] = true;
    const ordinals = byDay.filter(([n]) => n !== 0);
    if (ordinals.length) r.ordinals = ordinals;
  }
  return r;
}

/** The first day of the week (by WKST) that holds `z`. */
const weekStart = (z: number, wkst: number) => z - ((weekday(z) - wkst + 7) % 7);

/** The index of the period that holds day z: days, weeks, months or years since 1970. */
function period(r: Ready, z: number, y: number, m: number): number {
  switch (r.rule.freq) {
    case 'DAILY':
      return z;
    case 'WEEKLY':
      return Math.floor(weekStart(z, r.rule.wkst) / 7);
    case 'MONTHLY':
      return y * 12 + m - 1;
    default:
      return y;
  }
}

/** First and last day of period p. */
function periodDays(r: Ready, p: number): [number, number] {
  switch (r.rule.freq) {
    case 'DAILY':
      return [p, p];
    case 'WEEKLY': {
      // Weeks start on the days ≡ WKST + 4 (mod 7), since day 0 was a Thursday.
      const s = 7 * p + ((r.rule.wkst + 4) % 7);
      return [s, s + 6];
    }
    case 'MONTHLY': {
      const y = Math.floor(p / 12);
      const m = p - y * 12 + 1;
      const s = dayNumber(y, m, 1);
      return [s, s + daysInMonth(y, m) - 1];
    }
    default:
      return [dayNumber(p, 1, 1), dayNumber(p + 1, 1, 1) - 1];
  }
}

let jan1Year = 1970;
let jan1Day = 0;
/** The day number of 1 January of a year (the last one asked for is kept). */
function jan1(y: number): number {
  if (y !== jan1Year) {
    jan1Year = y;
    jan1Day = dayNumber(y, 1, 1);
  }
  return jan1Day;
}

/** The first day of week 1 of a year (ISO 8601 weeks starting on WKST, as RFC 5545 says). */
function week1(r: Ready, year: number): number {
  let w = r.week1.get(year);
  if (w === undefined) {
    const jan1 = dayNumber(year, 1, 1);
    const offset = (weekday(jan1) - r.rule.wkst + 7) % 7;
    w = offset <= 3 ? jan1 - offset : jan1 - offset + 7;
    r.week1.set(year, w);
  }
  return w;
}

/** Whether day z satisfies every BY… part of the rule (alignment to INTERVAL is checked apart). */
function matches(r: Ready, z: number): boolean {
  toCivil(z);
  const y = Y;
  const m = M;
  const d = D;
  if (r.months && !r.months[m]) return false;
  const dim = daysInMonth(y, m);
  // BYMONTHDAY=-n is day dim + 1 - n.
  if (r.dayPos && !r.dayPos[d] && !r.dayNeg![dim + 1 - d]) return false;
  const doy = r.yearPos || r.weekPos || (r.ordinals && !r.inMonth) ? z - jan1(y) + 1 : 0;
  const diy = isLeap(y) ? 366 : 365;
  if (r.yearPos && !r.yearPos[doy] && !r.yearNeg![diy + 1 - doy]) return false;
  if (r.weekPos) {
    // The week-year of z may be the year before or after its calendar year; it must be this one.
    const w1 = week1(r, y);
    const next = week1(r, y + 1);
    if (z < w1 || z >= next) return false;
    const n = Math.floor((z - w1) / 7) + 1;
    if (!r.weekPos[n] && !r.weekNeg![(next - w1) / 7 + 1 - n]) return false;
  }
  if (r.weekdays) {
    const wd = weekday(z);
    if (r.weekdays[wd]) return true;
    if (!r.ordinals) return false;
    const pos = r.inMonth ? d : doy;
    const len = r.inMonth ? dim : diy;
    const forward = Math.floor((pos - 1) / 7) + 1;
    const back = -(Math.floor((len - pos) / 7) + 1);
    for (const [n, w] of r.ordinals) if (w === wd && (n === forward || n === back)) return true;
    return false;
  }
  return true;
}

function aligned(r: Ready, z: number): boolean {
  if (r.rule.freq === 'MONTHLY' || r.rule.freq === 'YEARLY') toCivil(z);
  return (period(r, z, Y, M) - r.p0) % r.interval === 0;
}

/** The occurrences of period p (all of them, BYSETPOS applied), in order. */
function periodSet(r: Ready, p: number, budget: Budget): number[] {
  const [a, b] = periodDays(r, p);
  spend(budget, b - a + 1);
  const days: number[] = [];
  for (let z = a; z <= b; z++) if (matches(r, z)) days.push(z);
  if (!r.rule.bySetPos) return days;
  const picked = new Set<number>();
  for (const n of r.rule.bySetPos) {
    const i = n > 0 ? n - 1 : days.length + n;
    if (i >= 0 && i < days.length) picked.add(days[i]);
  }
  return [...picked].sort((x, y) => x - y);
}

/** The first aligned period at or after the one holding day z. */
function firstAlignedPeriod(r: Ready, z: number): number {
  toCivil(z);
  const p = period(r, z, Y, M);
  if (p <= r.p0) return r.p0;
  return r.p0 + Math.ceil((p - r.p0) / r.interval) * r.interval;
}

/**
 * For the rules bin feeds use most (every n days; every n weeks on some weekdays), the
 * arithmetic progressions of their days: [first day, step]. Undefined for other rules.
 */
function progressions(r: Ready): [number, number][] | undefined {
  const { rule } = r;
  if (r.byMonth || r.byMonthDay || rule.byYearDay || rule.byWeekNo || rule.bySetPos) return undefined;
  if (rule.freq === 'DAILY' && !r.byDay) return [[r.start, r.interval]];
  if (rule.freq !== 'WEEKLY') return undefined;
  const week0 = periodDays(r, r.p0)[0];
  // Each weekday of the rule, in DTSTART's week, then every INTERVAL weeks.
  return [...new Set(r.byDay!.map(([, wd]) => wd))].map((w) => [week0 + ((w - rule.wkst + 7) % 7), 7 * r.interval]);
}

/** The first day of the progression on or after a. */
const firstFrom = ([x, step]: [number, number], a: number) => (x < a ? x + Math.ceil((a - x) / step) * step : x);

/** How many rule occurrences fall on days a…b (a ≥ the first day the rule may use). */
function countBetween(r: Ready, a: number, b: number, budget: Budget): number {
  if (b < a) return 0;
  const { rule } = r;
  const arithmetic = progressions(r);
  if (arithmetic) {
    let total = 0;
    for (const p of arithmetic) {
      const x = firstFrom(p, a);
      if (x <= b) total += Math.floor((b - x) / p[1]) + 1;
    }
    return total;
  }
  // The others, period by period.
  let total = 0;
  for (let p = firstAlignedPeriod(r, a); ; p += r.interval) {
    const [s, e] = periodDays(r, p);
    if (s > b) break;
    if (rule.bySetPos) {
      for (const z of periodSet(r, p, budget)) if (z >= a && z <= b) total++;
    } else {
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      spend(budget, hi - lo + 1);
      for (let z = lo; z <= hi; z++) if (matches(r, z)) total++;
    }
  }
  return total;
}

export interface Occurrences {
  /** Local days of the rule's occurrences within the window, in order. */
  days: number[];
  /** Seconds after local midnight of each of them. */
  secs: number;
}

/**
 * The occurrences of `rule` for an event starting on local day `start` at `startSecs`, that fall
 * on local days lo…hi. DTSTART itself is not among them (it is always the first occurrence,
 * and the caller adds it); it counts towards COUNT. `until` is UNTIL read in the event's zone.
 * With `limit`, only the first `limit` occurrences from lo are wanted: the work stops there (a
 * look-ahead over years costs what it takes to find them, not the years).
 */
export function expand(
  rule: Rule,
  start: number,
  startSecs: number,
  until: { day: number; secs: number } | undefined,
  lo: number,
  hi: number,
  budget: Budget,
  limit = Infinity,
): Occurrences {
  const secs =
    rule.hour === undefined && rule.minute === undefined && rule.second === undefined
      ? startSecs
      : (rule.hour ?? Math.floor(startSecs / 3600)) * 3600 +
        (rule.minute ?? Math.floor(startSecs / 60) % 60) * 60 +
        (rule.second ?? startSecs % 60);
  const out: Occurrences = { days: [], secs };
  // The rule's own occurrences start after DTSTART: on its day only if at a later time.
  const first = secs > startSecs ? start : start + 1;
  const after = (z: number) => until && (z > until.day || (z === until.day && secs > until.secs));
  if (hi < first || hi < lo || limit < 1 || (until && after(Math.max(first, lo)))) return out;
  const r = prepare(rule, start);
  let counted = 1; // DTSTART
  if (rule.count !== undefined) {
    if (lo > first) counted += countBetween(r, first, lo - 1, budget);
    if (counted >= rule.count) return out;
  }
  const from = Math.max(first, lo);
  const take = (z: number): boolean => {
    if (after(z)) return false;
    if (rule.count !== undefined && ++counted > rule.count) return false;
    out.days.push(z);
    return out.days.length < limit;
  };
  if (rule.bySetPos) {
    for (let p = firstAlignedPeriod(r, from); ; p += r.interval) {
      const [s] = periodDays(r, p);
      if (s > hi) break;
      for (const z of periodSet(r, p, budget)) {
        if (z < from) continue; // before the window: counted above
        if (z > hi || !take(z)) return out;
      }
    }
    return out;
  }
  const arithmetic = progressions(r);
  if (arithmetic) {
    const days: number[] = [];
    // The first `limit` days of each progression hold the first `limit` of them all.
    for (const p of arithmetic)
      for (let z = firstFrom(p, from), n = 0; z <= hi && n < limit; z += p[1], n++) days.push(z);
    spend(budget, days.length + 1);
    for (const z of days.sort((x, y) => x - y)) if (!take(z)) break;
    return out;
  }
  // Day by day, paying for the days as they are looked at (a few weeks at a time).
  for (let z = from; z <= hi;) {
    const end = Math.min(hi, z + 63);
    spend(budget, end - z + 1);
    for (; z <= end; z++) if (aligned(r, z) && matches(r, z) && !take(z)) return out;
  }
  return out;
}
