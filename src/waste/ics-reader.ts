/**
 * Reads a council's calendar feed (RFC 5545) into bin collections, in time linear in the feed
 * and with bounded work for every recurrence, whatever the feed holds.
 *
 * - Content lines are read by one scan, without regular expressions that can backtrack; only the
 *   properties a bin day needs are parsed (DTSTART, RRULE, RDATE, EXDATE, RECURRENCE-ID, SUMMARY,
 *   UID, STATUS); others (attachments, alarms, descriptions) are skipped whatever their length.
 * - The common faults of council feeds are read as meant (the ones the Home Assistant
 *   waste_collection_schedule ICS source repairs): a DTSTART cut off after "T", a TZID on an
 *   all-day date, EXDATE dates without VALUE=DATE, and RECURRENCE-ID overrides with no SUMMARY.
 * - Time zones: a feed's own VTIMEZONE is never trusted or registered anywhere, so one feed cannot
 *   change how another is read. Times in Europe/London, floating times and unknown TZIDs are
 *   London times; UTC and other IANA zones are converted with the browser's own rules (Intl).
 * - Limits (each refusal is a ProviderError('invalid-data')): 10,000,000 characters (a 5 MB
 *   feed reads in a few hundred milliseconds; reading is linear, so the limit is about memory,
 *   not time), 50,000 events, 1,000 EXDATE and RDATE values per event, 10,000 characters for a
 *   property it reads, and a work budget for expanding repeating events.
 * - Service names are the council's SUMMARY as written (white space tidied); `tidyNames` opts in
 *   to dropping "Bin collection:" and " collection".
 * - The look-ahead (`lookAhead`) finds the next collections of services that have too few in the
 *   window, however far ahead, with its own work budget: when that runs out, the look-ahead is
 *   left out (the window's collections still show), never the feed refused.
 * Plain TypeScript, no DOM.
 */
import { ProviderError, type Collection, type Schedule } from './types.js';
import { colourInName } from './colours.js';
import { isUsableDate } from './dates.js';
import { dayNumber, daysInMonth, expand, isoDay, parseRule, type Budget, type Rule } from './recurrence.js';
import { serviceIds } from './service-ids.js';
import { lookAheadCollections } from './look-ahead.js';

export const ICS_LIMITS = {
  characters: 10_000_000,
  events: 50_000,
  valuesPerEvent: 1_000,
  propertyLength: 10_000,
  /** Days looked at while expanding all of a feed's rules, for the window and again for the look-ahead. */
  work: 1_000_000,
} as const;

export interface ReadOptions {
  /** Tidy service names: "Bin collection: Refuse" and "Refuse collection" become "Refuse". Off by default. */
  tidyNames?: boolean;
  /** Look past `to` for services with fewer than `perService` collections, up to `until`. */
  lookAhead?: { perService: number; until: string };
}

const fail = (message: string): never => {
  throw new ProviderError('invalid-data', `the calendar feed could not be read: ${message}`);
};

// ---- content lines ---------------------------------------------------------------------------

interface Prop {
  name: string;
  /** Parameters by upper-case name; undefined when there are none. */
  params?: Map<string, string>;
  value: string;
  line: number;
}

interface RawEvent {
  props: Prop[];
  line: number;
}

/** Properties of a VEVENT this reader uses; all others are skipped unparsed. */
const READ = new Set(['DTSTART', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID', 'SUMMARY', 'UID', 'STATUS']);

const isNameChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45; // A-Z a-z 0-9 -

/** Parameters and value of a content line from position i (at ';' or ':'). */
function paramsAndValue(line: string, i: number, n: number): { params?: Map<string, string>; value: string } {
  let params: Map<string, string> | undefined;
  while (line.charCodeAt(i) === 59 /* ; */) {
    const start = ++i;
    while (i < line.length && isNameChar(line.charCodeAt(i))) i++;
    const name = line.slice(start, i).toUpperCase();
    if (!name || line[i] !== '=') fail(`line ${n} has a parameter without a name or value`);
    const values: string[] = [];
    do {
      i++;
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) fail(`line ${n} has an unclosed quote`);
        values.push(line.slice(i + 1, close));
        i = close + 1;
      } else {
        const s = i;
        while (i < line.length && line[i] !== ',' && line[i] !== ';' && line[i] !== ':' && line[i] !== '"') i++;
        values.push(line.slice(s, i));
      }
    } while (line[i] === ',');
    (params ??= new Map()).set(name, values.join(','));
  }
  if (line[i] !== ':') fail(`line ${n} is not a property (NAME:value)`);
  return { params, value: line.slice(i + 1) };
}

/** The name of a content line if it is one this reader needs ('' for the others), upper case. */
function wanted(text: string, start: number, end: number): string {
  const length = end - start;
  if (length < 3 || length > 13) return '';
  let name = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    name += String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
  }
  return name === 'BEGIN' || name === 'END' || READ.has(name) ? name : '';
}

/**
 * Finds line ends with the engine's own indexOf, remembering the next CR and the next LF so that
 * each is searched for once per line break: linear, whichever breaks a feed uses.
 */
function lineEnds(text: string) {
  let lf = -1;
  let cr = -1;
  return (i: number): number => {
    if (lf < i) lf = text.indexOf('\n', i) >>> 0; // not found: 4294967295, past any text
    if (cr < i) cr = text.indexOf('\r', i) >>> 0;
    return Math.min(lf, cr, text.length);
  };
}
const afterBreak = (text: string, end: number) =>
  text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
const isFold = (c: number) => c === 32 || c === 9;

/**
 * The VEVENTs of a feed, in one pass over the text: unfolded as it goes, and only the lines it
 * needs are copied out (a long attachment or description costs one scan, nothing more).
 */
function readEvents(text: string, onEvent: (raw: RawEvent) => void): void {
  if (text.length > ICS_LIMITS.characters) fail(`it is longer than ${ICS_LIMITS.characters} characters`);
  const lineEnd = lineEnds(text);
  let events = 0;
  const stack: string[] = [];
  let calendars = 0;
  let event: RawEvent | null = null;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let physical = 0;
  while (pos < text.length) {
    const n = ++physical;
    const start = pos;
    const end = lineEnd(pos);
    pos = afterBreak(text, end);
    // Unfold: a line starting with a space or tab continues the one before.
    let folds: string[] | undefined;
    while (pos < text.length && isFold(text.charCodeAt(pos))) {
      const e = lineEnd(pos + 1);
      (folds ??= [text.slice(start, end)]).push(text.slice(pos + 1, e));
      pos = afterBreak(text, e);
      physical++;
    }
    const line = folds ? folds.join('') : text;
    const from = folds ? 0 : start;
    const to = folds ? line.length : end;
    let blank = true;
    for (let i = from; i < to && blank; i++) blank = line.charCodeAt(i) <= 32;
    if (blank) continue;
    let nameEnd = from;
    while (nameEnd < to && isNameChar(line.charCodeAt(nameEnd))) nameEnd++;
    const delimiter = line.charCodeAt(nameEnd);
    if (nameEnd === from || nameEnd === to || (delimiter !== 58 && delimiter !== 59))
      fail(`line ${n} is not a property (NAME:value)`);
    const name = wanted(line, from, nameEnd);
    if (!stack.length && name !== 'BEGIN') fail('it is not a VCALENDAR');
    if (!name) continue;
    const own = folds ? line : line.slice(from, to);
    const at = nameEnd - from;
    if (name === 'BEGIN' || name === 'END') {
      const component = paramsAndValue(own, at, n).value.trim().toUpperCase();
      if (name === 'BEGIN') {
        if (!stack.length && component !== 'VCALENDAR') fail('it is not a VCALENDAR');
        if (stack.length > 20) fail(`line ${n}: components nested too deeply`);
        stack.push(component);
        if (component === 'VCALENDAR' && stack.length === 1) calendars++;
        if (component === 'VEVENT' && stack.length === 2) {
          if (++events > ICS_LIMITS.events) fail(`it has more than ${ICS_LIMITS.events} events`);
          event = { props: [], line: n };
        }
      } else {
        if (stack.pop() !== component) fail(`line ${n} ends ${component || 'nothing'} before it began`);
        if (stack.length === 1 && event) onEvent(event); // each event is read as soon as it ends
        if (stack.length < 2) event = null;
      }
      continue;
    }
    if (!event || stack.length !== 2) continue;
    if (own.length > ICS_LIMITS.propertyLength && name !== 'EXDATE' && name !== 'RDATE')
      fail(`line ${n}: ${name} is longer than ${ICS_LIMITS.propertyLength} characters`);
    const { params, value } = paramsAndValue(own, at, n);
    event.props.push({ name, params, value, line: n });
  }
  if (stack.length) fail(`${stack[stack.length - 1]} does not end`);
  if (!calendars) fail('it is not a VCALENDAR');
}

/** TEXT unescaping (RFC 5545 §3.3.11): \n, \, \; \\ . */
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

// ---- dates, times and zones ------------------------------------------------------------------

/** A local date and time in a zone: 'date' for all-day values, 'london' for London wall time. */
interface Stamp {
  day: number;
  secs: number;
  zone: Zone;
}

type Zone = 'date' | 'london' | 'utc' | Intl.DateTimeFormat;

const two = (s: string, at: number) => (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
const digits = (s: string, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/**
 * Zones, per feed: a TZID naming Europe/London (or one the browser does not know, such as a
 * Windows name) is London; another IANA zone is converted with Intl; the feed's VTIMEZONE is not
 * used. The cache lives as long as one reading.
 */
class Zones {
  private known = new Map<string, Zone>();
  private made = 0;

  get(tzid: string | undefined): Zone {
    if (tzid === undefined) return 'london'; // floating: a UK council's feed means London
    let zone = this.known.get(tzid);
    if (zone) return zone;
    const name = tzid.trim().replace(/^\/+/, '');
    zone = 'london';
    if (!/Europe\/London$/i.test(name) && /^[A-Za-z0-9_+\-/]{1,64}$/.test(name)) {
      if (++this.made > 100) fail('it names more than 100 time zones');
      try {
        const format = new Intl.DateTimeFormat('en-GB', { ...PARTS, timeZone: name });
        const resolved = format.resolvedOptions().timeZone;
        zone =
          resolved === 'Europe/London' ? 'london' : /^(UTC|Etc\/UTC|Etc\/GMT|GMT)$/.test(resolved) ? 'utc' : format;
      } catch {
        zone = 'london';
      }
    }
    this.known.set(tzid, zone);
    return zone;
  }
}

const PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};
let londonFormat: Intl.DateTimeFormat | undefined;
const london = () => (londonFormat ??= new Intl.DateTimeFormat('en-GB', { ...PARTS, timeZone: 'Europe/London' }));

/** Wall-clock seconds since 1970 in a zone at an instant (ms). */
function wallSeconds(format: Intl.DateTimeFormat, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return dayNumber(p.year, p.month, p.day) * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
}

/** The zone's offset (seconds) at an instant (seconds); instants outside 1900–2200 count as UTC. */
function offsetAt(format: Intl.DateTimeFormat, t: number): number {
  if (t < -2_208_988_800 || t > 7_258_118_400) return 0;
  return wallSeconds(format, t * 1000) - t;
}

/** The instant (seconds since 1970, UTC) of a stamp. */
function instant(s: Stamp): number {
  const wall = s.day * 86400 + s.secs;
  if (s.zone === 'utc' || s.zone === 'date') return wall;
  const format = s.zone === 'london' ? london() : s.zone;
  // Two steps find the offset in force at that wall time (either side of a clock change).
  const guess = wall - offsetAt(format, wall);
  return wall - offsetAt(format, guess);
}

/** The London calendar day of a stamp: all-day and London times keep their date. */
function londonDay(s: Stamp): number {
  if (s.zone === 'date' || s.zone === 'london') return s.day;
  const t = instant(s);
  return Math.floor((t + offsetAt(london(), t)) / 86400);
}

/** A stamp read again as wall time in another zone (for UNTIL, read in DTSTART's zone). */
function inZone(s: Stamp, zone: Zone): { day: number; secs: number } {
  if (s.zone === 'date' || zone === 'date') return { day: londonDay(s), secs: 86399 };
  const t = instant(s);
  const wall = zone === 'utc' ? t : t + offsetAt(zone === 'london' ? london() : zone, t);
  return { day: Math.floor(wall / 86400), secs: ((wall % 86400) + 86400) % 86400 };
}

/**
 * A DATE or DATE-TIME value, read by its shape: YYYYMMDD, YYYYMMDDTHHMMSS with an optional Z,
 * and YYYYMMDDT (a time cut off) as a date. A TZID on a date is ignored.
 */
function readStamp(value: string, tzid: string | undefined, zones: Zones, at: Prop | string): Stamp {
  const what = () => (typeof at === 'string' ? at : where(at));
  const v = value.trim();
  const len = v.length;
  const ok =
    digits(v, 0, 8) &&
    (len === 8 ||
      (len === 9 && v[8] === 'T') ||
      ((len === 15 || (len === 16 && (v[15] === 'Z' || v[15] === 'z'))) &&
        (v[8] === 'T' || v[8] === 't') &&
        digits(v, 9, 15)));
  if (!ok) fail(`${what()} ${JSON.stringify(v.slice(0, 40))} is not a date`);
  const y = Number(v.slice(0, 4));
  const m = two(v, 4);
  const d = two(v, 6);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    fail(`${what()} ${JSON.stringify(v)} is not a real date`);
  const day = dayNumber(y, m, d);
  if (len <= 9) return { day, secs: 0, zone: 'date' };
  const hh = two(v, 9);
  const mm = two(v, 11);
  const ss = Math.min(two(v, 13), 59);
  if (hh > 23 || mm > 59 || two(v, 13) > 60) fail(`${what()} ${JSON.stringify(v)} is not a real time`);
  return { day, secs: hh * 3600 + mm * 60 + ss, zone: len === 16 ? 'utc' : zones.get(tzid) };
}

/** The values of an EXDATE or RDATE line (comma-separated; a PERIOD counts by its start). */
function readStamps(p: Prop, zones: Zones, count: { n: number }): Stamp[] {
  const tzid = p.params?.get('TZID');
  return p.value.split(',').map((v) => {
    if (++count.n > ICS_LIMITS.valuesPerEvent)
      fail(`line ${p.line}: more than ${ICS_LIMITS.valuesPerEvent} EXDATE and RDATE values in one event`);
    const slash = v.indexOf('/');
    return readStamp(slash >= 0 ? v.slice(0, slash) : v, tzid, zones, p);
  });
}

const where = (p: Prop) => `line ${p.line}: ${p.name}`;

// ---- events ----------------------------------------------------------------------------------

interface Event {
  uid?: string;
  summary: string;
  cancelled: boolean;
  start?: Stamp;
  rules: Rule[];
  rdates: Stamp[];
  exdates: Stamp[];
  recurrenceId?: Stamp;
  line: number;
}

function readEvent(
  raw: RawEvent,
  zones: Zones,
  rules: Map<string, Rule>,
  names: Map<string, string>,
  nameOf: (summary: string) => string,
): Event {
  const e: Event = { summary: '', cancelled: false, rules: [], rdates: [], exdates: [], line: raw.line };
  const values = { n: 0 };
  for (const p of raw.props) {
    switch (p.name) {
      case 'DTSTART':
        e.start ??= readStamp(p.value, p.params?.get('TZID'), zones, p);
        break;
      case 'RECURRENCE-ID':
        e.recurrenceId ??= readStamp(p.value, p.params?.get('TZID'), zones, p);
        break;
      case 'RRULE': {
        if (e.rules.length >= 5) fail(`${where(p)}: more than 5 RRULEs in one event`);
        // Feeds repeat the same few rules: each is read once.
        let rule = rules.get(p.value);
        if (!rule) {
          try {
            rule = parseRule(p.value);
          } catch (err) {
            fail(`${where(p)}: ${err instanceof Error ? err.message : String(err)}`);
          }
          if (rules.size < 1000) rules.set(p.value, rule!);
        }
        e.rules.push(rule!);
        break;
      }
      case 'RDATE':
        e.rdates.push(...readStamps(p, zones, values));
        break;
      case 'EXDATE':
        e.exdates.push(...readStamps(p, zones, values));
        break;
      case 'SUMMARY':
        if (!e.summary) {
          let name = names.get(p.value);
          if (name === undefined) {
            name = nameOf(unescapeText(p.value));
            if (names.size < 1000) names.set(p.value, name);
          }
          e.summary = name;
        }
        break;
      case 'UID':
        e.uid ??= p.value;
        break;
      case 'STATUS':
        e.cancelled = p.value.trim().toUpperCase() === 'CANCELLED';
        break;
    }
  }
  return e;
}

/**
 * "Bin collection: Refuse" or "Refuse collection" → "Refuse", whitespace collapsed. No regular
 * expression that can backtrack: a SUMMARY of 100,000 spaces takes as long as reading it.
 */
export function serviceName(summary: string): string {
  let s = summary.replace(/\s+/g, ' ').trim();
  if (s.slice(0, 15).toLowerCase() === 'bin collection:') s = s.slice(15).trim();
  if (s.length > 11 && s.slice(-11).toLowerCase() === ' collection') s = s.slice(0, -11).trim();
  return s;
}

/** A SUMMARY as the council wrote it: runs of white space as one space, trimmed. */
const asWritten = (summary: string) => summary.replace(/\s+/g, ' ').trim();

const dayOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y, m, d);
};

/**
 * Every collection between `from` and `to` (ISO dates, inclusive, in London), one service per
 * summary, and with `lookAhead` the next ones of services that have too few. A feed that breaks
 * these rules is a ProviderError('invalid-data') naming the line.
 */
export function readCalendar(
  text: string,
  from: string,
  to: string,
  options: ReadOptions = {},
): Omit<Schedule, 'feedUrl'> {
  if (typeof text !== 'string') fail('it is not text');
  if (!isUsableDate(from) || !isUsableDate(to))
    throw new ProviderError('configuration', 'from and to must be dates between 2000 and 2099');
  const zones = new Zones();
  const rules = new Map<string, Rule>();
  const names = new Map<string, string>();
  const events: Event[] = [];
  const nameOf = options.tidyNames ? serviceName : asWritten;
  readEvents(text, (raw) => events.push(readEvent(raw, zones, rules, names, nameOf)));
  const lo = dayOf(from);
  const hi = dayOf(to);
  const ids = serviceIds();
  const index = new Map<string, number>();
  /** Adds collections on London days lo…hi to `found`; the same service on one day is one collection. */
  const adder =
    (lo: number, hi: number, found: Map<number, Collection>): Add =>
    (name, day, status, originalDay) => {
      if (!name || day < lo || day > hi) return;
      const serviceId = ids.id(name);
      let i = index.get(serviceId);
      if (i === undefined) index.set(serviceId, (i = index.size));
      const key = i * 100_000 + day - lo; // a window is at most 36,525 days
      const before = found.get(key);
      if (before && !(before.status === 'cancelled' && status !== 'cancelled')) return;
      found.set(key, {
        date: isoDay(day),
        serviceId,
        status,
        ...(originalDay !== undefined ? { originalDate: isoDay(originalDay) } : {}),
      });
    };

  // Overrides (RECURRENCE-ID) by UID: one map lookup per event, however many events.
  const overrides = new Map<string, Event[]>();
  const masters: Event[] = [];
  for (const e of events) {
    if (e.recurrenceId && e.uid !== undefined) {
      const list = overrides.get(e.uid);
      if (list) list.push(e);
      else overrides.set(e.uid, [e]);
    } else masters.push(e);
  }
  const hasMaster = new Set(masters.map((m) => m.uid));
  const ownOf = (master: Event) => (master.uid !== undefined && overrides.get(master.uid)) || [];

  /** Every series and override in one window (with a limit per rule for the look-ahead). */
  const readWindow = (w: Window, add: Add, wanted: (name: string) => boolean) => {
    for (const master of masters) {
      const own = ownOf(master);
      if (!wanted(master.summary) && !own.some((o) => wanted(o.summary || master.summary))) continue;
      if (master.start && !master.cancelled)
        expandMaster(
          master,
          own,
          w.limit === undefined ? w : { ...w, limit: w.limit + master.exdates.length + own.length },
          add,
        );
      for (const o of own) {
        const original = londonDay(o.recurrenceId!);
        const name = o.summary || master.summary;
        if (o.cancelled) add(name, original, 'cancelled');
        else if (o.start) {
          const day = londonDay(o.start);
          add(name, day, day === original ? 'scheduled' : 'moved', day === original ? undefined : original);
        }
      }
    }
    // An override whose series is missing still names a collection.
    for (const [uid, list] of overrides)
      if (!hasMaster.has(uid))
        for (const o of list)
          if (o.start && !o.cancelled && wanted(o.summary)) add(o.summary, londonDay(o.start), 'scheduled');
  };

  const found = new Map<number, Collection>();
  readWindow({ lo, hi, budget: { left: ICS_LIMITS.work }, zones }, adder(lo, hi, found), () => true);
  let collections = [...found.values()];

  const ahead = options.lookAhead;
  if (ahead && isUsableDate(ahead.until) && ahead.until > to && ahead.perService >= 1) {
    const per = Math.min(Math.floor(ahead.perService), 100);
    const have = new Map<string, number>();
    for (const c of collections) if (c.status !== 'cancelled') have.set(c.serviceId, (have.get(c.serviceId) ?? 0) + 1);
    const short = (name: string) => !!name && (have.get(ids.id(name)) ?? 0) < per;
    const far = new Map<number, Collection>();
    const budget: Budget = { left: ICS_LIMITS.work };
    const end = dayOf(ahead.until);
    try {
      // Each rule's first occurrences past the window: enough to survive its EXDATEs and overrides,
      // and two days more for the days a time zone can move.
      readWindow({ lo: hi + 1, hi: end, budget, zones, limit: per + 4 }, adder(hi + 1, end, far), short);
      collections = lookAheadCollections([...collections, ...far.values()], {
        from,
        to,
        lookAhead: { perService: per, until: ahead.until },
      });
    } catch (e) {
      if (budget.left >= 0) throw e; // a fault in the feed, not the look-ahead's own budget
    }
  }

  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  collections.sort((a, b) => order(a.date, b.date) || order(a.serviceId, b.serviceId));
  const used = new Set(collections.map((c) => c.serviceId));
  return {
    services: ids
      .list()
      .filter((s) => used.has(s.id))
      .map(({ id, name }) => ({ id, name, container: { colour: colourInName(name) } })),
    collections,
  };
}

type Add = (name: string, day: number, status: Collection['status'], originalDay?: number) => void;

interface Window {
  lo: number;
  hi: number;
  budget: Budget;
  zones: Zones;
  /** At most this many occurrences of each rule (the look-ahead). */
  limit?: number;
}

/** A series: DTSTART, RDATEs and every RRULE, less EXDATEs and the dates its overrides replace. */
function expandMaster(
  e: Event,
  overrides: Event[],
  w: Window,
  add: (name: string, day: number, status: Collection['status']) => void,
): void {
  const start = e.start!;
  // Removed or replaced: an all-day value removes that day of the event's own calendar; a time
  // removes the occurrence on its London date.
  const skipLocal = new Set<number>();
  const skipLondon = new Set<number>();
  for (const x of e.exdates) (x.zone === 'date' ? skipLocal : skipLondon).add(londonDay(x));
  for (const o of overrides) (o.recurrenceId!.zone === 'date' ? skipLocal : skipLondon).add(londonDay(o.recurrenceId!));
  const emit = (s: Stamp) => {
    const day = londonDay(s);
    if (!skipLondon.has(day) && !skipLocal.has(s.day)) add(e.summary, day, 'scheduled');
  };
  emit(start);
  for (const r of e.rdates) emit(r);
  for (const rule of e.rules) {
    const until =
      rule.until === undefined
        ? undefined
        : inZone(readStamp(rule.until, undefined, w.zones, `line ${e.line}: UNTIL`), start.zone);
    // Local days that can fall on lo…hi in London: two days either side cover every zone.
    const { days, secs } = expand(rule, start.day, start.secs, until, w.lo - 2, w.hi + 2, w.budget, w.limit);
    for (const day of days) emit({ day, secs, zone: start.zone });
  }
}
