/**
 * Bin collections: types, postcodes, UK dates, ICS reading and writing, data providers, the
 * provider registry and the conformance suite for providers. No DOM.
 */
export * from './types.js';
export { checkPostcode, type PostcodeCheck } from './postcode.js';
export { londonToday, addDays, formatDay, isUsableDate, isCalendarDate } from './dates.js';
export { daysBetween, relativeDay } from './relative-day.js';
export {
  writeCalendar,
  reminderTrigger,
  foldLine,
  escapeText,
  uidPart,
  type CalendarOptions,
  type CalendarWords,
} from './ics-writer.js';
export { readCalendar, serviceName, ICS_LIMITS, type ReadOptions } from './ics-reader.js';
export { parseRule, type Rule } from './recurrence.js';
export { isUprn, checkAddresses } from './check.js';
export { checkSchedule } from './check-schedule.js';
export { lookAheadCollections } from './look-ahead.js';
export { binColour, BIN_COLOURS, type BinColour } from './colours.js';
export {
  runProviderConformance,
  CONFORMANCE_CHECKS,
  type ConformanceFixtures,
  type ConformanceCheck,
  type ConformanceReport,
} from './conformance.js';
export { providerFetch, fillTemplate } from './providers/http.js';
export {
  providerFromConfig,
  registerWasteProvider,
  registeredProviders,
  lazyProvider,
  PROVIDERS,
  type ProviderFactory,
  type ProviderOptions,
  type ProviderConfig,
} from './providers/index.js';
export { demoProvider } from './providers/demo.js';
export { lwssProvider } from './providers/lwss.js';
export { ukbcdProvider } from './providers/ukbcd-json.js';
export { icsProvider } from './providers/ics.js';
