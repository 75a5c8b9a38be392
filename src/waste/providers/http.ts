import { fetchJson, type FetchOptions } from '../../core/fetch-json.js';
import { safeUrl } from '../../core/url-policy.js';
import { isUprn } from '../uprn.js';
import { fillTemplate } from '../template.js';
import { ProviderError, type LookupOptions } from '../types.js';

export { fillTemplate };

/**
 * Fetches for a provider; every failure becomes a ProviderError with a kind the widget words.
 * A body over `maxBytes` is invalid data, refused while it downloads.
 */
export async function providerFetch<T = unknown>(
  url: string,
  options: LookupOptions,
  as: FetchOptions['as'] = 'json',
  maxBytes?: number,
): Promise<T> {
  // The URL policy again, after the template is filled: only http(s) and relative addresses.
  if (safeUrl(url, 'request') === null)
    throw new ProviderError('configuration', `${JSON.stringify(url.slice(0, 200))} is not an address to request`);
  if (options.signal?.aborted) throw new ProviderError('aborted', 'Cancelled');
  const res = await fetchJson<T>(url, { signal: options.signal, timeoutMs: options.timeoutMs, as, maxBytes });
  if (res.ok) return res.data;
  const e = res.error;
  if (e.kind === 'invalid-json' || e.kind === 'too-large') throw new ProviderError('invalid-data', e.message);
  throw new ProviderError(e.kind, e.message);
}

/** Throws a ProviderError('invalid-data') naming where the payload did not fit. */
export function invalid(path: string, message: string): never {
  throw new ProviderError('invalid-data', `${path}: ${message}`);
}

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list at the top level, or in one of the wrappers APIs use ({ "hydra:member": [] } …). */
export function listFrom(payload: unknown, path: string, keys: string[]): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (isObj(payload)) for (const k of keys) if (Array.isArray(payload[k])) return payload[k] as unknown[];
  return invalid(path, `must be a list${keys.length ? ` (or an object with ${keys.join(' or ')})` : ''}`);
}

/** A string (or number, for ids) that is not empty; otherwise the payload is invalid. */
export function text(v: unknown, path: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || !v.trim()) return invalid(path, 'must be a non-empty string');
  return v.trim();
}

/**
 * A UPRN from a payload: 1 to 12 digits, as a string or a whole number. Anything else (letters,
 * line breaks, "1e+21") is invalid data: a UPRN goes into URLs, calendar UIDs and saved addresses.
 */
export function uprnFrom(v: unknown, path: string): string {
  const s = text(v, path);
  const shown = JSON.stringify(s.slice(0, 40));
  return isUprn(s) ? s : invalid(path, `${shown} is not a UPRN (1 to 12 digits)`);
}

/** The UPRN a widget asks about, checked before it reaches a URL. */
export function requireUprn(uprn: string): string {
  if (!isUprn(uprn)) throw new ProviderError('invalid-data', 'a UPRN is 1 to 12 digits');
  return uprn;
}

/** Addresses in the normalised contract: [{ uprn, label, parentUprn? }]. */
export function parseAddressList(payload: unknown): { uprn: string; label: string; parentUprn?: string }[] {
  return listFrom(payload, 'addresses', ['addresses', 'results']).map((a, i) => {
    if (!isObj(a)) return invalid(`addresses[${i}]`, 'must be an object');
    const parent = a.parentUprn ?? a.parent_uprn;
    return {
      uprn: uprnFrom(a.uprn, `addresses[${i}].uprn`),
      label: text(a.label ?? a.address, `addresses[${i}].label`),
      ...(parent ? { parentUprn: uprnFrom(parent, `addresses[${i}].parentUprn`) } : {}),
    };
  });
}

/** findAddresses over a URL template with {postcode} that answers in the normalised contract. */
export async function lookUpAddresses(template: string, postcode: string, options: LookupOptions) {
  return parseAddressList(await providerFetch(fillTemplate(template, { postcode }), options));
}

/** The absolute address of a feed, for subscribing; undefined if it cannot be made absolute. */
export function absolute(url: string): string | undefined {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return undefined;
  }
}
