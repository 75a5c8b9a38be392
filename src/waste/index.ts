/** Bin collections: types, postcodes, UK dates, ICS writing and data providers. No DOM. */
export * from './types.js';
export { checkPostcode, type PostcodeCheck } from './postcode.js';
export { londonToday, addDays, daysBetween, formatDay, relativeDay, isUsableDate } from './dates.js';
export { writeCalendar, foldLine, escapeText, type CalendarOptions } from './ics-writer.js';
export { binColour, BIN_COLOURS, type BinColour } from './colours.js';
export {
  providerFromConfig,
  PROVIDERS,
  demoProvider,
  lwssProvider,
  ukbcdProvider,
  icsProvider,
} from './providers/index.js';
