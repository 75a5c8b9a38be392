import { addDays } from './dates.js';
import type { Schedule } from './types.js';

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF then a space. Counts UTF-8 bytes
 * and never splits a character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

export interface CalendarOptions {
  /** The calendar's name, e.g. "Bin days: 14 Meadow Lane". */
  name: string;
  /** Identifies the property, for stable UIDs. */
  uprn: string;
  /** DTSTAMP: when the file was made (UTC). */
  now?: Date;
  /** Domain part of every UID. */
  domain?: string;
}

/**
 * An RFC 5545 calendar of all-day events, one per service per date. UIDs are stable per
 * property, service and date, so importing the file again updates rather than duplicates.
 * Cancelled collections are left out; moved ones carry their reason.
 */
export function writeCalendar(schedule: Schedule, options: CalendarOptions): string {
  const stamp = (options.now ?? new Date())
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
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Europe/London',
  ];
  for (const c of schedule.collections) {
    if (c.status === 'cancelled') continue;
    const service = names.get(c.serviceId) ?? c.serviceId;
    const description =
      c.status === 'moved' && c.originalDate
        ? `Moved from ${c.originalDate}${c.reason ? ` ${c.reason}` : ''}`
        : undefined;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uprn}-${c.serviceId.replace(/[^A-Za-z0-9-]/g, '-')}-${compact(c.date)}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(c.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(c.date, 1))}`,
      `SUMMARY:${escapeText(`${service} collection`)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
