/**
 * A UPRN is 1 to 12 digits (OS AddressBase). Only such a string reaches a request URL, a
 * calendar UID, a saved address or a file; anything else from a provider is invalid data.
 * Its own module, so that the waste lookup's entry carries this and not the address checks.
 */
export const isUprn = (v: unknown): v is string => typeof v === 'string' && /^\d{1,12}$/.test(v);
