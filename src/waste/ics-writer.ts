import { isUprn } from './uprn.js';
import { addDays, isUsableDate } from './dates.js';
import type { Schedule } from './types.js';

/**
 * TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and every line break (CRLF, LF
 * or a bare CR) as \n. Other control characters (C0, DEL, C1) are dropped, a tab becomes a space
 * and a lone surrogate becomes U+FFFD, so no value can end a line or start a property.
 */
export function escapeText(value: string): string {
  return value.replace(
    // One character, CRLF or a surrogate pair at a time, no quantifiers: linear on any input.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /\r\n|[\ud800-\udbff][\udc00-\udfff]|[\\;,\n\r\t\0-\x1f\x7f-\x9f\ud800-\udfff]/g,
    (c) =>
      c === '\\' || c === ';' || c === ','
        ? `\\${c}`
        : c === '\r\n' || c === '\n' || c === '\r'
          ? '\\n'
          : c === '\t'
            ? ' '
            : c.length === 2
              ? c // a character outside the BMP
              : c >= '\ud800'
                ? '\ufffd' // a lone surrogate
                : '', // C0, DEL, C1
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF then a space. Counts UTF-8 bytes
 * arithmetically and never splits a character; linear in the line.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = 75; // continuation lines start with a space
  for (let i = 0; i < line.length;) {
    const c = line.codePointAt(i)!;
    const units = c > 0xffff ? 2 : 1;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c > 0xffff ? 4 : 3;
    if (bytes + size > limit) {
      out.push(line.slice(start, i));
      start = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

/**
 * A service id as a UID part, reversibly: letters, digits and "-" stay, every other UTF-8 byte
 * is "_" and two hex digits ("a b" → "a_20b", "a_b" → "a_5Fb"). Distinct ids give distinct UIDs,
 * in any script.
 */
export function uidPart(id: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(id))
    out +=
      (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45
        ? String.fromCharCode(b)
        : `_${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

export interface CalendarOptions {
  /** The calendar's name, e.g. "Bin days: 14 Meadow Lane". */
  name: string;
  /** Identifies the property, for stable UIDs: 1 to 12 digits, or writeCalendar throws a RangeError. */
  uprn: string;
  /** DTSTAMP: when the file was made (UTC). */
  now?: Date;
  /** Domain part of every UID. */
  domain?: string;
  /** Only these services' collections (by id): a calendar per service. All of them when absent. */
  services?: readonly string[];
  /**
   * A reminder the evening before each collection, at this time ("20:00": 24-hour HH:MM, from
   * 12:00 to 23:59), as a VALARM in every event. A time outside that is a RangeError.
   */
  reminder?: string;
  /** The words of the file, in the resident's language (English when absent). */
  words?: CalendarWords;
}

/** The sentences a calendar file holds, so a lookup can write them in its own language. */
export interface CalendarWords {
  /** An event's title: "Food waste collection". */
  summary?(service: string): string;
  /** A moved collection's description: "Moved from 2026-12-15 because of the bank holiday". */
  moved?(originalDate: string, reason: string | undefined): string;
  /** What the reminder says: "Put your Food waste out tonight". */
  reminder?(service: string): string;
}

const ENGLISH: Required<CalendarWords> = {
  summary: (service) => `${service} collection`,
  moved: (original, reason) => `Moved from ${original}${reason ? ` ${reason}` : ''}`,
  reminder: (service) => `${service} collection tomorrow`,
};

/**
 * The VALARM trigger for a reminder at `time` the evening before an all-day event: the
 * duration before the event's start (midnight), e.g. "20:00" → "-PT4H", "19:30" → "-PT4H30M".
 */
export function reminderTrigger(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(typeof time === 'string' ? time : '');
  const h = m ? Number(m[1]) : Number.NaN;
  const min = m ? Number(m[2]) : Number.NaN;
  if (!(h >= 12 && h <= 23 && min >= 0 && min <= 59))
    throw new RangeError('writeCalendar: a reminder is a time from 12:00 to 23:59, like 20:00');
  const before = 24 * 60 - (h * 60 + min);
  const hours = Math.floor(before / 60);
  const minutes = before % 60;
  return `-PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
}

/**
 * An RFC 5545 calendar of all-day events, one per service per date. UIDs are stable per
 * property, service and date, so importing the file again updates rather than duplicates.
 * Cancelled collections are left out; moved ones carry their reason. Every text is escaped, so
 * no name, reason or domain can add a property; collections without a real date are left out.
 * With `reminder`, every event has a VALARM the evening before. Throws a RangeError when `uprn`
 * is not 1 to 12 digits or `reminder` is not a time from 12:00 to 23:59.
 */
export function writeCalendar(schedule: Schedule, options: CalendarOptions): string {
  if (!isUprn(options.uprn)) throw new RangeError('writeCalendar: uprn must be 1 to 12 digits');
  const trigger = options.reminder === undefined ? undefined : reminderTrigger(options.reminder);
  const words = { ...ENGLISH, ...options.words };
  const only = options.services ? new Set(options.services.map(String)) : undefined;
  const now = options.now && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const domain = options.domain ?? 'bins.local-digital-components';
  const names = new Map(schedule.services.map((s) => [s.id, s.name]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Local Digital Components//Bin days//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(String(options.name))}`,
    'X-WR-TIMEZONE:Europe/London',
  ];
  const uids = new Set<string>();
  for (const c of schedule.collections) {
    if (c.status === 'cancelled' || !isUsableDate(c.date)) continue;
    const serviceId = String(c.serviceId);
    if (only && !only.has(serviceId)) continue;
    const uid = escapeText(`${options.uprn}-${uidPart(serviceId)}-${compact(c.date)}@${domain}`);
    if (uids.has(uid)) continue; // the same service twice on one day is one collection
    uids.add(uid);
    const service = String(names.get(c.serviceId) ?? serviceId);
    const original = isUsableDate(c.originalDate) ? c.originalDate : undefined;
    const reason = typeof c.reason === 'string' && c.reason ? c.reason : undefined;
    const description = c.status === 'moved' && original ? words.moved(original, reason) : undefined;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(c.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(c.date, 1))}`,
      `SUMMARY:${escapeText(String(words.summary(service)))}`,
      ...(description ? [`DESCRIPTION:${escapeText(String(description))}`] : []),
      'TRANSP:TRANSPARENT',
      ...(trigger
        ? [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            `DESCRIPTION:${escapeText(String(words.reminder(service)))}`,
            `TRIGGER:${trigger}`,
            'END:VALARM',
          ]
        : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
