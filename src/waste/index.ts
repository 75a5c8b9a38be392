/** Bin collections: types, postcodes, UK dates, ICS writing and data providers. No DOM. */
export * from './types.js';
export { checkPostcode, type PostcodeCheck } from './postcode.js';
export { londonToday, addDays, daysBetween, formatDay, relativeDay, isUsableDate, isCalendarDate } from './dates.js';
export { writeCalendar, foldLine, escapeText, uidPart, type CalendarOptions } from './ics-writer.js';
export { readCalendar, serviceName, ICS_LIMITS } from './ics-reader.js';
export { parseRule, type Rule } from './recurrence.js';
export { isUprn, checkAddresses, checkSchedule } from './check.js';
export { binColour, BIN_COLOURS, type BinColour } from './colours.js';
export {
  providerFromConfig,
  PROVIDERS,
  demoProvider,
  lwssProvider,
  ukbcdProvider,
  icsProvider,
} from './providers/index.js';
