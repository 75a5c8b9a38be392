/**
 * Dates in UK time. A bin day is a calendar date in Europe/London, whatever the device's
 * time zone: "today" for a resident is London's today. Uses only Intl.
 */
import { dateFormat } from '../core/intl.js';

/** Today's date in London as YYYY-MM-DD (core/intl.ts: one for every component). */
export { londonToday } from '../core/intl.js';

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD, any year from 0001 (2026-02-30 and 2024-13-45 are not). */
export function isCalendarDate(iso: unknown): iso is string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** A real calendar date between 2000 and 2099 (placeholders like 0001-01-01 or 1900-01-01 are not). */
export function isUsableDate(iso: unknown): iso is string {
  return isCalendarDate(iso) && iso >= '2000' && iso < '2100';
}

/** "Friday 4 December" (with the year when it is not this year's). */
export function formatDay(iso: string, locale: string, today: string): string {
  const withYear = iso.slice(0, 4) !== today.slice(0, 4);
  return dateFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  })
    .format(new Date(`${iso}T12:00:00Z`))
    .replace(',', '');
}
