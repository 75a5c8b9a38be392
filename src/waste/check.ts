/**
 * What any provider returns, checked before the widget uses it: a council's own provider
 * object is held to the same contract as the built-in ones. A value that breaks it is a
 * ProviderError('invalid-data'), which the widget words for residents. Schedules are checked by
 * check-schedule.ts, which loads with the results. No DOM.
 */
import { ProviderError, type Address } from './types.js';
import { isUprn } from './uprn.js';

export { isUprn };

/** @internal The checks' shared parts (check-schedule.ts uses them). */
export const wrong = (path: string, what: string): never => {
  throw new ProviderError('invalid-data', `${path} must be ${what}`);
};
export const str = (v: unknown, path: string, optional = false): string | undefined =>
  (optional && v === undefined) || (typeof v === 'string' && (optional || v.trim()))
    ? (v as string | undefined)
    : wrong(path, 'text');
export const obj = (v: unknown, path: string) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : wrong(path, 'an object');
export const arr = (v: unknown, path: string) => (Array.isArray(v) ? v : wrong(path, 'a list'));

/** Text as shown: runs of white space as one space, trimmed. */
export const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A list of addresses, each with a UPRN (1–12 digits) and a label; an address given twice (the
 * same UPRN) is listed once, as it first appeared.
 */
export function checkAddresses(value: unknown): Address[] {
  const seen = new Set<string>();
  const out: Address[] = [];
  arr(value, 'addresses').forEach((a, i) => {
    const o = obj(a, `addresses[${i}]`);
    if (!isUprn(o.uprn)) wrong(`addresses[${i}].uprn`, '1 to 12 digits');
    if (o.parentUprn !== undefined && !isUprn(o.parentUprn)) wrong(`addresses[${i}].parentUprn`, '1 to 12 digits');
    const label = tidy(str(o.label, `addresses[${i}].label`)!);
    const description = str(o.description, `addresses[${i}].description`, true);
    if (seen.has(o.uprn as string)) return;
    seen.add(o.uprn as string);
    out.push({
      uprn: o.uprn as string,
      label,
      ...(o.parentUprn ? { parentUprn: o.parentUprn as string } : {}),
      ...(description && tidy(description) && tidy(description) !== label ? { description: tidy(description) } : {}),
    });
  });
  return out;
}
